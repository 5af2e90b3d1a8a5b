import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, workspaceJsonSchema } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';

const FILE = `resources/schema/workspace-v${DOCUMENT_VERSION}.schema.json`;

describe('the JSON Schema of the interchange document', () => {
  it('is the one in resources/schema (regenerate with npm run schema)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(workspaceJsonSchema())));
  });

  it('accepts the sample workspace and rejects an unknown field or a wrong value', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(FILE, 'utf8')) as object);
    const doc = buildSampleDocument(new Date('2026-11-01T00:00:00Z'));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [first] = doc.activities;
    const bad = { ...doc, activities: [{ ...first, role: 'overlord', colour: 'blue' }] };
    expect(validate(bad)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    expect(messages).toContain('/activities/0/role must be equal to one of the allowed values');
    expect(messages).toContain('/activities/0 must NOT have additional properties');
  });
});
