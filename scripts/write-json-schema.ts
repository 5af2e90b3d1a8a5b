// Regenerates resources/schema/workspace-v1.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { DOCUMENT_VERSION, workspaceJsonSchema } from '../shared/interchange';

writeFileSync(`resources/schema/workspace-v${DOCUMENT_VERSION}.schema.json`, `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`);
