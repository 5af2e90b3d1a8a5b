import { z } from 'zod';
import { DOCUMENT_VERSION, WorkspaceDocument } from './document';

/** JSON Schema (draft 2020-12) of the interchange document, as shipped in resources/schema/. */
export function workspaceJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(WorkspaceDocument, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://ropa-desk.invalid/schema/workspace-v${DOCUMENT_VERSION}.schema.json`,
    title: `RoPA Desk workspace document, format version ${DOCUMENT_VERSION}`,
    description:
      'A whole RoPA Desk workspace: taxonomies, organisations, products, vendors and processing activities (GDPR Art. 30 records). Cross-references (ids, taxonomy keys) are checked by the application on import.',
  };
}
