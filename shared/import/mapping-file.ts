/** The saved mapping file (`--save-mapping F`, `--mapping F`), validated like every other input. */
import { z } from 'zod';
import { IMPORT_FIELDS, type SavedMapping } from './types';

const Field = z.enum(IMPORT_FIELDS, { error: () => `must be one of: ${IMPORT_FIELDS.join(', ')}` });

export const SavedMappingSchema = z.strictObject({
  format: z.literal('ropa-desk-import-mapping', { error: 'must be "ropa-desk-import-mapping": this is not a RoPA Desk import mapping' }),
  version: z.literal(1, { error: 'must be 1' }),
  sheets: z
    .array(
      z.strictObject({
        sheet: z.string().max(200),
        layout: z.enum(['table', 'form']),
        headerAt: z.int().min(1).max(10_000),
        role: z.enum(['controller', 'processor']),
        columns: z.array(z.strictObject({ header: z.string().max(2000), field: Field })).max(500),
      }),
    )
    .max(200),
});

export type MappingParse = { ok: true; mapping: SavedMapping } | { ok: false; problems: string[] };

export function parseSavedMapping(value: unknown): MappingParse {
  const r = SavedMappingSchema.safeParse(value);
  if (r.success) return { ok: true, mapping: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${['$', ...i.path].join('.')}: ${i.message}`) };
}
