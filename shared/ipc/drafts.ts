import { z } from 'zod';
import { Id } from '../model';

/** Records an editor keeps field drafts for. */
export const DRAFT_ENTITY_TYPES = ['organisation', 'product', 'vendor', 'activity'] as const;
export type DraftEntityType = (typeof DRAFT_ENTITY_TYPES)[number];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A value typed into a field (path "website", "dataCategories.3") that its record refused, and why. */
export interface FieldDraft {
  path: string;
  value: Json;
  message: string;
}

export interface DraftHolder {
  entityType: DraftEntityType;
  entityId: string;
  /** Number of fields held as drafts. */
  fields: number;
}

const Ref = { entityType: z.enum(DRAFT_ENTITY_TYPES), entityId: Id };

export const DraftSchemas = {
  get: z.strictObject(Ref),
  set: z.strictObject({
    ...Ref,
    drafts: z
      .array(
        z.strictObject({
          path: z.string().regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,6}$/, { error: 'must be a field path such as "website"' }),
          value: z.json(),
          message: z.string().max(1000),
        }),
      )
      .max(500),
  }),
};
