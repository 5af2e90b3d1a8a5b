/**
 * Field drafts (schema 6): values a person typed that their record's schema
 * refuses, kept per record and field path until fixed. The record holds only
 * valid values; these are what the editor shows on top of it.
 *
 * Storage is these four functions over a Reader/Writer; a PostgreSQL store
 * implements the same `FieldDraftStore` with its own SQL.
 */
import type { DraftEntityType, DraftHolder, FieldDraft } from '../../../shared/ipc/drafts';
import type { Reader, Writer } from './sqlite';

export interface FieldDraftStore<R, W> {
  read(r: R, entityType: DraftEntityType, entityId: string): Promise<FieldDraft[]>;
  /** Replaces every draft of the record by `drafts` (none: the record has no draft left). */
  replace(w: W, entityType: DraftEntityType, entityId: string, drafts: readonly FieldDraft[], by: { at: Date; actor: string }): Promise<void>;
  /** Records holding drafts that still exist, with how many fields each. */
  holders(r: R): Promise<DraftHolder[]>;
  clear(w: W, entityType: DraftEntityType, entityId: string): Promise<void>;
}

interface Row {
  path: string;
  value_json: string;
  message: string;
}

const TABLE_OF: Readonly<Record<DraftEntityType, string>> = {
  organisation: 'organisations',
  product: 'products',
  vendor: 'vendors',
  activity: 'activities',
};

export const sqliteFieldDrafts: FieldDraftStore<Reader, Writer> = {
  async read(r, entityType, entityId) {
    const rows = await r.all<Row>('SELECT path, value_json, message FROM field_drafts WHERE entity_type = ? AND entity_id = ? ORDER BY position', [entityType, entityId]);
    return rows.map((row) => ({ path: row.path, value: JSON.parse(row.value_json) as FieldDraft['value'], message: row.message }));
  },

  async replace(w, entityType, entityId, drafts, by) {
    await w.run('DELETE FROM field_drafts WHERE entity_type = ? AND entity_id = ?', [entityType, entityId]);
    if (drafts.length === 0) return;
    await w.run(
      `INSERT INTO field_drafts (entity_type, entity_id, path, value_json, message, position, updated_at, updated_by)
       SELECT ?, ?, json_extract(d.value, '$.path'), json(json_extract(d.value, '$.value')), json_extract(d.value, '$.message'), d.key, ?, ?
       FROM json_each(?) d`,
      [entityType, entityId, by.at.toISOString(), by.actor, JSON.stringify(drafts.map((d) => ({ path: d.path, value: JSON.stringify(d.value), message: d.message })))],
    );
  },

  async holders(r) {
    const parts = Object.entries(TABLE_OF).map(
      ([type, table]) => `SELECT entity_type, entity_id, count(*) AS n FROM field_drafts d WHERE entity_type = '${type}' AND EXISTS (SELECT 1 FROM ${table} t WHERE t.id = d.entity_id) GROUP BY entity_id`,
    );
    const rows = await r.all<{ entity_type: DraftEntityType; entity_id: string; n: number }>(parts.join(' UNION ALL '));
    return rows.map((row) => ({ entityType: row.entity_type, entityId: row.entity_id, fields: row.n }));
  },

  async clear(w, entityType, entityId) {
    await w.run('DELETE FROM field_drafts WHERE entity_type = ? AND entity_id = ?', [entityType, entityId]);
  },
};
