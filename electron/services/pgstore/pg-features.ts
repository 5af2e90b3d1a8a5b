/**
 * The server store's side of the feature tables (store/feature-store.ts), over
 * the tables of server schema 2 (schema-v2.ts). Row-level security decides what
 * each login reads; triggers write who published, exported and submitted.
 */
import type pg from 'pg';
import type { DraftEntityType, DraftHolder, FieldDraft } from '../../../shared/ipc/drafts';
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { NoticePublication } from '../../../shared/notice';
import type { Taxonomies } from '../../../shared/interchange';
import type { Queryable } from './serial-client';
import type { FeatureReader, FeatureWriter, ReviewSubmission, TaxonomyList } from '../store/feature-store';

type Client = Queryable;

const PUBLICATION = `product_id AS "productId", version, published_at AS "publishedAt", published_by AS "publishedBy", fingerprint, documents`;
const STAMP = `product_id AS "productId", store, exported_at AS "exportedAt", exported_by AS "exportedBy", fingerprint, answers`;
const TABLE_OF: Readonly<Record<DraftEntityType, string>> = { organisation: 'organisations', product: 'products', vendor: 'vendors', activity: 'activities' };
/** The organisation a draft's record belongs to (none for a vendor), looked up where the record lives. */
const DRAFT_ORGANISATION = `CASE $1::text WHEN 'organisation' THEN $2::text
  WHEN 'product' THEN (SELECT organisation_id FROM ropa.products WHERE id = $2)
  WHEN 'activity' THEN (SELECT organisation_id FROM ropa.activities WHERE id = $2) END`;

async function rows<T extends pg.QueryResultRow>(c: Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await c.query<T>(sql, params)).rows;
}

async function meta(c: Client, key: string): Promise<string | undefined> {
  return (await rows<{ value: string }>(c, 'SELECT value FROM ropa.meta WHERE key = $1', [key]))[0]?.value;
}

export function pgFeatureReader(c: Client, lock: boolean): FeatureReader {
  return {
    noticePublications: (productId) => rows<NoticePublication>(c, `SELECT ${PUBLICATION} FROM ropa.notice_publications WHERE product_id = $1 ORDER BY version`, [productId]),
    async noticePublication(productId, version) {
      if (version !== undefined) {
        return (await rows<NoticePublication>(c, `SELECT ${PUBLICATION} FROM ropa.notice_publications WHERE product_id = $1 AND version = $2`, [productId, version]))[0];
      }
      // Publishing reads the latest inside its transaction: the product's row is locked so that two people never take the same number.
      if (lock) await c.query('SELECT 1 FROM ropa.products WHERE id = $1 FOR UPDATE', [productId]);
      return (await rows<NoticePublication>(c, `SELECT ${PUBLICATION} FROM ropa.notice_publications WHERE product_id = $1 ORDER BY version DESC LIMIT 1`, [productId]))[0];
    },
    latestNoticePublications: () =>
      rows<NoticePublication>(c, `SELECT DISTINCT ON (product_id) ${PUBLICATION} FROM ropa.notice_publications ORDER BY product_id, version DESC`),
    async fieldDrafts(entityType, entityId): Promise<FieldDraft[]> {
      return rows<FieldDraft>(c, 'SELECT path, value, message FROM ropa.field_drafts WHERE login = session_user AND entity_type = $1 AND entity_id = $2 ORDER BY position', [
        entityType,
        entityId,
      ]);
    },
    async draftHolders(): Promise<DraftHolder[]> {
      const parts = Object.entries(TABLE_OF).map(
        ([type, table]) =>
          `SELECT entity_type, entity_id, count(*) AS n FROM ropa.field_drafts d WHERE login = session_user AND entity_type = '${type}'
           AND EXISTS (SELECT 1 FROM ropa.${table} t WHERE t.id = d.entity_id) GROUP BY entity_type, entity_id`,
      );
      const found = await rows<{ entity_type: DraftEntityType; entity_id: string; n: string }>(c, parts.join(' UNION ALL '));
      return found.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id, fields: Number(r.n) }));
    },
    async reviewSubmission(activityId): Promise<ReviewSubmission | undefined> {
      return (
        await rows<ReviewSubmission>(
          c,
          `SELECT submitted_by AS "submittedBy", to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
           FROM ropa.review_submissions WHERE activity_id = $1`,
          [activityId],
        )
      )[0];
    },
    onePersonMode: async () => (await meta(c, 'review_one_person')) === '1',
    labelExportStamps: (productId) => rows<ExportStamp>(c, `SELECT ${STAMP} FROM ropa.store_label_exports WHERE product_id = $1 ORDER BY store`, [productId]),
    async labelExportStamp(productId, store: LabelStore) {
      return (await rows<ExportStamp>(c, `SELECT ${STAMP} FROM ropa.store_label_exports WHERE product_id = $1 AND store = $2${lock ? ' FOR UPDATE' : ''}`, [productId, store]))[0];
    },
    isSample: async () => (await meta(c, 'sample')) === '1',
    async changeActors() {
      return (await rows<{ actor: string }>(c, 'SELECT DISTINCT actor FROM ropa.change_log ORDER BY actor')).map((r) => r.actor).sort((a, b) => a.localeCompare(b));
    },
  };
}

export function pgFeatureWriter(c: Client): FeatureWriter {
  return {
    async addNoticePublication(p) {
      // The publisher is stamped by the database (trigger stamp_login); the organisation is the product's.
      const r = await c.query(
        `INSERT INTO ropa.notice_publications (product_id, organisation_id, version, published_at, published_by, fingerprint, documents)
         SELECT $1, organisation_id, $2, $3, $4, $5, $6 FROM ropa.products WHERE id = $1`,
        [p.productId, p.version, p.publishedAt, p.publishedBy, p.fingerprint, JSON.stringify(p.documents)],
      );
      if (r.rowCount !== 1) throw new Error(`no product "${p.productId}" to publish`);
    },
    async replaceFieldDrafts(entityType, entityId, drafts, by) {
      await c.query('DELETE FROM ropa.field_drafts WHERE login = session_user AND entity_type = $1 AND entity_id = $2', [entityType, entityId]);
      if (drafts.length === 0) return;
      await c.query(
        `INSERT INTO ropa.field_drafts (entity_type, entity_id, organisation_id, path, value, message, position, updated_at)
         SELECT $1, $2, ${DRAFT_ORGANISATION}, d.value->>'path', d.value->'value', d.value->>'message', (d.ordinality - 1)::int, $3
         FROM json_array_elements($4::json) WITH ORDINALITY d`,
        [entityType, entityId, by.at.toISOString(), JSON.stringify(drafts.map((d) => ({ path: d.path, value: d.value, message: d.message })))],
      );
    },
    // The database records and forgets submissions itself (trigger activities_review), from the login.
    recordSubmission: () => Promise.resolve(),
    clearSubmission: () => Promise.resolve(),
    async setOnePersonMode(enabled) {
      await c.query("INSERT INTO ropa.meta (key, value) VALUES ('review_one_person', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [enabled ? '1' : '0']);
    },
    async putLabelExportStamp(s) {
      const r = await c.query(
        `INSERT INTO ropa.store_label_exports (product_id, organisation_id, store, exported_at, exported_by, fingerprint, answers)
         SELECT $1, organisation_id, $2, $3, $4, $5, $6 FROM ropa.products WHERE id = $1
         ON CONFLICT (product_id, store) DO UPDATE SET exported_at = excluded.exported_at, fingerprint = excluded.fingerprint, answers = excluded.answers`,
        [s.productId, s.store, s.exportedAt, s.exportedBy, s.fingerprint, JSON.stringify(s.answers)],
      );
      if (r.rowCount !== 1) throw new Error(`no product "${s.productId}" for the label export`);
    },
    async updateTaxonomyEntry(list: TaxonomyList, entry) {
      const r = await c.query('UPDATE ropa.taxonomy SET entry = $3 WHERE list = $1 AND key = $2', [list, entry.key, JSON.stringify(entry)]);
      return (r.rowCount ?? 0) > 0;
    },
    async addTaxonomyEntries(entries: Partial<Taxonomies>) {
      for (const list of ['dataCategories', 'dataSubjects', 'securityMeasures'] as const) {
        const add = entries[list] ?? [];
        if (add.length === 0) continue;
        await c.query(
          `INSERT INTO ropa.taxonomy (list, key, position, entry)
           SELECT $1, e.value->>'key', (SELECT coalesce(max(position) + 1, 0) FROM ropa.taxonomy WHERE list = $1) + (e.ordinality - 1)::int, e.value
           FROM json_array_elements($2::json) WITH ORDINALITY e`,
          [list, JSON.stringify(add)],
        );
      }
    },
    async markAsSample() {
      await c.query("INSERT INTO ropa.meta (key, value) VALUES ('sample', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    },
  };
}
