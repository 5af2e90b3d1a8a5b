import { z } from 'zod';
import { Id } from '../model';

export const ENTITY_TYPES = ['workspace', 'organisation', 'product', 'vendor', 'activity', 'taxonomy'] as const;

export const ChangeEntrySchema = {
  query: z.strictObject({
    entityType: z.enum(ENTITY_TYPES).optional(),
    entityId: Id.optional(),
    limit: z.int().min(1).max(1000).optional(),
    beforeId: z.int().min(1).optional(),
    // Filters of the change log screen (editor): one person, days from/to (inclusive).
    actor: z.string().min(1).max(100).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  }),
};

export interface ChangeEntryView {
  id: number;
  at: string;
  actor: string;
  entityType: (typeof ENTITY_TYPES)[number];
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  summary: string;
  before?: unknown;
  after?: unknown;
}
