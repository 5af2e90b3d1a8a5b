/**
 * Every field of the record schemas has a German and a French name for the reports (issue 13):
 * a new schema field without one fails here, instead of a report showing its key.
 */
import { describe, expect, it } from 'vitest';
import { Organisation, ProcessingActivity, Product, Vendor } from '../../shared/model';
import { FIELD_KEYS, knownFieldLabel, pathLabelIn } from '../../shared/reports/i18n/field-labels';

/** The object keys of a zod schema, nested objects, arrays, optionals and unions included. */
function schemaKeys(schema: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 10 || schema === null || typeof schema !== 'object') return out;
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };
  if (s.shape !== undefined) {
    for (const [k, v] of Object.entries(s.shape)) {
      out.add(k);
      schemaKeys(v, out, depth + 1);
    }
    return out;
  }
  const def = s._zod?.def ?? {};
  for (const k of ['innerType', 'element', 'in', 'out', 'schema', 'left', 'right']) schemaKeys(def[k], out, depth + 1);
  for (const o of (def.options as unknown[] | undefined) ?? []) schemaKeys(o, out, depth + 1);
  return out;
}

describe('record field names in German and French', () => {
  it('covers every key of the organisation, product, vendor and activity schemas', () => {
    const keys = new Set<string>();
    for (const s of [Organisation, Product, Vendor, ProcessingActivity]) schemaKeys(s, keys);
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((k) => !(FIELD_KEYS as readonly string[]).includes(k));
    expect(missing).toEqual([]);
    for (const k of keys) {
      expect(knownFieldLabel(k, 'de')?.trim(), k).toBeTruthy();
      expect(knownFieldLabel(k, 'fr')?.trim(), k).toBeTruthy();
    }
  });

  it('names a finding’s field path in words, leaving out keys that are no field', () => {
    expect(pathLabelIn('purposes[0].legalBasis', 'de')).toBe('Zwecke › Rechtsgrundlage');
    expect(pathLabelIn('dataCategories[3].retention', 'fr')).toBe('Catégories de données › Durée de conservation');
    expect(pathLabelIn('notice.sections.data.en', 'de')).toBe('Einstellungen der Datenschutzerklärung › Abschnitte');
    expect(pathLabelIn('purposes[0].legalBasis', 'en')).toBe('Purposes › Legal basis');
  });
});
