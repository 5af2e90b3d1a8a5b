/**
 * The server store: the Store interface on PostgreSQL (npm `pg`). Reads run in
 * one REPEATABLE READ, READ ONLY transaction (one snapshot); writes in one
 * transaction that locks each record it reads (SELECT … FOR UPDATE), so a
 * version check and the save it guards cannot be overtaken by another writer.
 */
import type pg from 'pg';
import type { ActivitySummary } from '../../../shared/ipc/contract';
import type { BaselineInfo } from '../../../shared/compliance/baseline';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BaselineRecord, type Taxonomies, type WorkspaceDocument } from '../../../shared/interchange';
import type { NoticeOverride, Translation } from '../../../shared/notice';
import type { ProcessingActivity } from '../../../shared/model';
import type { ChangeEntry, ChangeQuery, NewChange } from '../workspace/change-log';
import { GENERATOR } from '../workspace/document-io';
import type {
  ActivityFilter,
  AnyRecord,
  ChangeContext,
  Dependents,
  LastChange,
  ReadDocumentOptions,
  RecordKind,
  ReferenceList,
  Store,
  StoreCounts,
  StoreReader,
  StoreWriter,
  TranslationKey,
} from '../store/store';
import { PG_SCHEMA_VERSION } from './schema';
import { DuplicateIdError } from '../store/conflict';
import { translatePgError } from './pg-errors';
import { ChangeFeed, type FeedStatus } from './live';
import type { DraftEntityType, FieldDraft } from '../../../shared/ipc/drafts';
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { NoticePublication } from '../../../shared/notice';
import type { NoticePublicationRecord } from '../../../shared/notice/publication-schema';
import { WorkspaceError } from '../workspace/errors';
import type { TaxonomyEntry, TaxonomyList } from '../store/feature-store';
import { pgFeatureReader, pgFeatureWriter } from './pg-features';
import { type Queryable, SerialClient } from './serial-client';
import { pgCarryReader, pgCarryWriter } from './pg-carry';
import type { CarriedSubmission } from '../store/carry-store';

const TABLE = { organisation: 'ropa.organisations', product: 'ropa.products', vendor: 'ropa.vendors', activity: 'ropa.activities' } as const;
const TAXONOMY_LISTS = { dataCategories: 'dataCategories', dataSubjects: 'dataSubjects', securityMeasures: 'securityMeasures' } as const;
const ISO_AT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A transaction's connection; its queries run one after another (serial-client.ts). */
type Client = Queryable;

function organisationOf(kind: RecordKind, record: AnyRecord): string | null {
  if (kind === 'organisation') return record.id;
  if (kind === 'vendor') return null;
  return (record as { organisationId: string }).organisationId;
}

class PgReader implements StoreReader {
  constructor(
    protected readonly c: Client,
    /** In a write transaction: lock what is read. */
    protected readonly lock: boolean,
  ) {}

  protected async rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.c.query<T>(sql, params)).rows;
  }

  async workspaceName(): Promise<string> {
    return (await this.rows<{ value: string }>("SELECT value FROM ropa.meta WHERE key = 'name'"))[0]?.value ?? '';
  }

  async taxonomies(): Promise<Taxonomies> {
    const rows = await this.rows<{ list: keyof Taxonomies; entry: never }>('SELECT list, entry FROM ropa.taxonomy ORDER BY list, position');
    const t: Taxonomies = { dataCategories: [], dataSubjects: [], securityMeasures: [] };
    for (const r of rows) (t[r.list] as unknown[]).push(r.entry);
    return t;
  }

  async organisations() {
    return (await this.rows<{ record: never }>('SELECT record FROM ropa.organisations ORDER BY position, id')).map((x) => x.record);
  }

  async products(organisationId?: string) {
    const rows =
      organisationId === undefined
        ? await this.rows<{ record: never }>('SELECT record FROM ropa.products ORDER BY position, id')
        : await this.rows<{ record: never }>('SELECT record FROM ropa.products WHERE organisation_id = $1 ORDER BY position, id', [organisationId]);
    return rows.map((x) => x.record);
  }

  async vendors(ids?: readonly string[]) {
    const rows =
      ids === undefined
        ? await this.rows<{ record: never }>('SELECT record FROM ropa.vendors ORDER BY position, id')
        : await this.rows<{ record: never }>('SELECT record FROM ropa.vendors WHERE id = ANY($1) ORDER BY position, id', [ids]);
    return rows.map((x) => x.record);
  }

  async activities(filter: ActivityFilter = {}): Promise<ProcessingActivity[]> {
    let rows: { record: ProcessingActivity }[];
    if (filter.productId !== undefined) rows = await this.rows('SELECT record FROM ropa.activities WHERE product_id = $1 ORDER BY position, id', [filter.productId]);
    else if (filter.organisationId !== undefined) {
      rows = await this.rows('SELECT record FROM ropa.activities WHERE organisation_id = $1 ORDER BY position, id', [filter.organisationId]);
    } else rows = await this.rows('SELECT record FROM ropa.activities ORDER BY position, id');
    return rows.map((x) => x.record);
  }

  async activitySummaries(): Promise<ActivitySummary[]> {
    const rows = await this.rows<{
      id: string;
      name: string;
      organisation_id: string;
      product_id: string | null;
      role: ActivitySummary['role'];
      status: ActivitySummary['status'];
      updated_at: string | null;
      next_review_due: string | null;
    }>(`SELECT id, name, organisation_id, product_id, record->>'role' AS role, record->>'status' AS status,
          record->>'updatedAt' AS updated_at, record->>'nextReviewDue' AS next_review_due
        FROM ropa.activities ORDER BY position, id`);
    return rows.map((x) => ({
      id: x.id,
      name: x.name,
      organisationId: x.organisation_id,
      ...(x.product_id !== null ? { productId: x.product_id } : {}),
      role: x.role,
      status: x.status,
      ...(x.updated_at !== null ? { updatedAt: x.updated_at } : {}),
      ...(x.next_review_due !== null ? { nextReviewDue: x.next_review_due } : {}),
    }));
  }

  async record(kind: RecordKind, id: string): Promise<AnyRecord | undefined> {
    const rows = await this.rows<{ record: AnyRecord }>(`SELECT record FROM ${TABLE[kind]} WHERE id = $1${this.lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0]?.record;
  }

  async document(now: Date, options: ReadDocumentOptions = {}): Promise<WorkspaceDocument> {
    const name = await this.workspaceName();
    const taxonomies = await this.taxonomies();
    const organisations = await this.organisations();
    const products = await this.products();
    const vendors = await this.vendors();
    const activities = await this.activities(options.organisationId === undefined ? {} : { organisationId: options.organisationId });
    const translations = await this.translations();
    const noticeOverrides = await this.noticeOverrides();
    const baselines = options.baselines === false ? [] : await this.baselineRecords();
    // As the file's document: every published version, oldest first, unless the baselines are left out too.
    const publications = (options.publications ?? options.baselines !== false) ? await this.publicationRecords() : [];
    return {
      format: DOCUMENT_FORMAT,
      formatVersion: DOCUMENT_VERSION,
      exportedAt: now.toISOString(),
      generator: GENERATOR,
      workspace: { name: name === '' ? 'Workspace' : name },
      taxonomies,
      organisations,
      products,
      vendors,
      activities,
      ...(translations.length > 0 ? { translations } : {}),
      ...(noticeOverrides.length > 0 ? { noticeOverrides } : {}),
      ...(baselines.length > 0 ? { baselines } : {}),
      ...(publications.length > 0 ? { noticePublications: publications } : {}),
    };
  }

  private publicationRecords(): Promise<NoticePublicationRecord[]> {
    return this.rows<NoticePublicationRecord>(
      'SELECT product_id AS "productId", version, published_at AS "publishedAt", published_by AS "publishedBy", fingerprint, documents FROM ropa.notice_publications ORDER BY product_id, version',
    );
  }

  async changes(q: ChangeQuery = {}): Promise<ChangeEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(`${sql} $${params.length}`);
    };
    if (q.entityType !== undefined) add('entity_type =', q.entityType);
    if (q.entityId !== undefined) add('entity_id =', q.entityId);
    if (q.beforeId !== undefined) add('id <', q.beforeId);
    if (q.actor !== undefined) add('actor =', q.actor);
    // Days are UTC days, as in the file store.
    const utcDay = (day: string, end: boolean) => {
      params.push(day);
      where.push(`at ${end ? '<' : '>='} ($${params.length}::date${end ? ' + 1' : ''})::timestamp AT TIME ZONE 'UTC'`);
    };
    if (q.from !== undefined) utcDay(q.from, false);
    if (q.to !== undefined) utcDay(q.to, true);
    params.push(q.limit ?? 200);
    const rows = await this.rows<{
      id: string;
      at: string;
      actor: string;
      entity_type: ChangeEntry['entityType'];
      entity_id: string;
      action: ChangeEntry['action'];
      summary: string;
      before: unknown;
      after: unknown;
    }>(
      `SELECT id, ${ISO_AT} AS at, actor, entity_type, entity_id, action, summary, before, after FROM ropa.change_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      actor: row.actor,
      entityType: row.entity_type,
      entityId: row.entity_id,
      action: row.action,
      summary: row.summary,
      ...(row.before !== null ? { before: row.before } : {}),
      ...(row.after !== null ? { after: row.after } : {}),
    }));
  }

  async lastChange(kind: RecordKind, id: string): Promise<LastChange | undefined> {
    return (
      await this.rows<LastChange>(`SELECT actor, ${ISO_AT} AS at, action FROM ropa.change_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1`, [kind, id])
    )[0];
  }

  async counts(): Promise<StoreCounts> {
    const row = (
      await this.rows<Record<string, string>>(`SELECT
        (SELECT count(*) FROM ropa.organisations) AS organisations, (SELECT count(*) FROM ropa.products) AS products,
        (SELECT count(*) FROM ropa.activities) AS activities, (SELECT count(*) FROM ropa.vendors) AS vendors,
        (SELECT coalesce(sum(json_array_length(record->'purposes')), 0) FROM ropa.activities) AS purposes,
        (SELECT coalesce(sum(json_array_length(record->'dataCategories')), 0) FROM ropa.activities) AS "dataCategories",
        (SELECT coalesce(sum(json_array_length(record->'recipients')), 0) FROM ropa.activities) AS recipients,
        (SELECT coalesce(sum(json_array_length(record->'transfers')), 0) FROM ropa.activities) AS transfers,
        (SELECT count(*) FROM ropa.change_log) AS changes`)
    )[0];
    if (row === undefined) throw new Error('count query returned nothing');
    const n = (k: string) => Number(row[k] ?? 0);
    return {
      organisations: n('organisations'),
      products: n('products'),
      activities: n('activities'),
      vendors: n('vendors'),
      purposes: n('purposes'),
      dataCategories: n('dataCategories'),
      recipients: n('recipients'),
      transfers: n('transfers'),
      changes: n('changes'),
    };
  }

  async missing(list: ReferenceList, values: readonly string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const wanted = [...new Set(values)];
    const found =
      list === 'vendors'
        ? // KEY SHARE: a vendor named by the activity being saved cannot be deleted before this commits.
          await this.rows<{ k: string }>(`SELECT id AS k FROM ropa.vendors WHERE id = ANY($1)${this.lock ? ' FOR KEY SHARE' : ''}`, [wanted])
        : await this.rows<{ k: string }>('SELECT key AS k FROM ropa.taxonomy WHERE list = $1 AND key = ANY($2)', [TAXONOMY_LISTS[list], wanted]);
    const have = new Set(found.map((x) => x.k));
    return wanted.filter((v) => !have.has(v));
  }

  async productOwner(productId: string) {
    return (await this.rows<{ organisationId: string; name: string }>('SELECT organisation_id AS "organisationId", name FROM ropa.products WHERE id = $1', [productId]))[0];
  }

  async dependents(kind: RecordKind, id: string): Promise<Dependents> {
    const names = async (sql: string) => (await this.rows<{ name: string }>(sql, [id])).map((x) => x.name);
    switch (kind) {
      case 'organisation':
        return {
          products: await names('SELECT name FROM ropa.products WHERE organisation_id = $1 ORDER BY position, id'),
          activities: await names('SELECT name FROM ropa.activities WHERE organisation_id = $1 ORDER BY position, id'),
        };
      case 'product':
        return { products: [], activities: await names('SELECT name FROM ropa.activities WHERE product_id = $1 ORDER BY position, id') };
      case 'vendor':
        return {
          products: [],
          activities: await names('SELECT a.name FROM ropa.activities a JOIN ropa.activity_vendors v ON v.activity_id = a.id WHERE v.vendor_id = $1 ORDER BY a.position, a.id'),
        };
      case 'activity':
        return { products: [], activities: [] };
    }
  }

  async noticeOverrides(productId?: string): Promise<NoticeOverride[]> {
    const cols = 'product_id AS "productId", lang, section_key AS "sectionKey", text, generated_text AS "generatedText", updated_at AS "updatedAt"';
    const order = 'ORDER BY position, product_id, lang, section_key';
    return productId === undefined
      ? this.rows<NoticeOverride>(`SELECT ${cols} FROM ropa.notice_overrides ${order}`)
      : this.rows<NoticeOverride>(`SELECT ${cols} FROM ropa.notice_overrides WHERE product_id = $1 ${order}`, [productId]);
  }

  async translations(): Promise<Translation[]> {
    // source_text (issue 13): kept only where a translation was written for a known source; older rows have none.
    const rows = await this.rows<Translation & { sourceText: string | null }>(
      'SELECT entity_type AS "entityType", entity_id AS "entityId", field, lang, text, source_text AS "sourceText" FROM ropa.translations ORDER BY position, entity_type, entity_id, field, lang',
    );
    return rows.map(({ sourceText, ...t }) => (sourceText === null ? t : { ...t, sourceText }));
  }

  async baselines(): Promise<BaselineInfo[]> {
    const rows = await this.rows<{ id: string; label: string; scope: string; created_at: string; created_by: string; organisation_name: string | null; activity_count: number }>(
      `SELECT id, label, scope, created_at, created_by,
         CASE WHEN scope = 'workspace' THEN NULL ELSE document->'organisations'->0->>'name' END AS organisation_name,
         json_array_length(document->'activities') AS activity_count
       FROM ropa.baselines ORDER BY created_at DESC, label`,
    );
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      scope: row.scope,
      createdAt: row.created_at,
      createdBy: row.created_by,
      ...(row.organisation_name !== null ? { organisationName: row.organisation_name } : {}),
      activityCount: row.activity_count,
    }));
  }

  private async baselineRecords(where = '', params: unknown[] = []): Promise<BaselineRecord[]> {
    return this.rows<BaselineRecord>(
      `SELECT id, label, scope, created_at AS "createdAt", created_by AS "createdBy", document FROM ropa.baselines ${where} ORDER BY created_at, label`,
      params,
    );
  }

  async baseline(idOrLabel: string): Promise<BaselineRecord | undefined> {
    return (await this.baselineRecords('WHERE id = $1 OR label = $1', [idOrLabel]))[0];
  }

  // Feature tables (pg-features.ts, server schema 2).
  noticePublications(productId: string) {
    return pgFeatureReader(this.c, this.lock).noticePublications(productId);
  }

  noticePublication(productId: string, version?: number) {
    return pgFeatureReader(this.c, this.lock).noticePublication(productId, version);
  }

  latestNoticePublications() {
    return pgFeatureReader(this.c, this.lock).latestNoticePublications();
  }

  fieldDrafts(entityType: DraftEntityType, entityId: string) {
    return pgFeatureReader(this.c, this.lock).fieldDrafts(entityType, entityId);
  }

  draftHolders() {
    return pgFeatureReader(this.c, this.lock).draftHolders();
  }

  reviewSubmission(activityId: string) {
    return pgFeatureReader(this.c, this.lock).reviewSubmission(activityId);
  }

  onePersonMode() {
    return pgFeatureReader(this.c, this.lock).onePersonMode();
  }

  labelExportStamps(productId: string) {
    return pgFeatureReader(this.c, this.lock).labelExportStamps(productId);
  }

  labelExportStamp(productId: string, store: LabelStore) {
    return pgFeatureReader(this.c, this.lock).labelExportStamp(productId, store);
  }

  isSample() {
    return pgFeatureReader(this.c, this.lock).isSample();
  }

  changeActors() {
    return pgFeatureReader(this.c, this.lock).changeActors();
  }

  // Copying a workspace whole (pg-carry.ts, server schema 4).
  reviewSubmissions() {
    return pgCarryReader(this.c).reviewSubmissions();
  }
}

class PgWriter extends PgReader implements StoreWriter {
  constructor(c: Client) {
    super(c, true);
  }

  async putRecord(kind: RecordKind, record: AnyRecord, options: { isNew?: boolean } = {}): Promise<void> {
    if (options.isNew === true) {
      // A new record: inserted only. Another transaction inserting the same id makes this one wait
      // for it, then fail on the key; the savepoint keeps this transaction usable to say by whom.
      await this.c.query('SAVEPOINT put_new');
      try {
        await this.upsert(kind, record, false);
      } catch (e) {
        if ((e as { code?: string }).code !== '23505') throw e;
        await this.c.query('ROLLBACK TO SAVEPOINT put_new');
        throw new DuplicateIdError(kind, record.id);
      }
      await this.c.query('RELEASE SAVEPOINT put_new');
      return;
    }
    await this.upsert(kind, record, true);
  }

  private async upsert(kind: RecordKind, record: AnyRecord, replace: boolean): Promise<void> {
    const table = TABLE[kind];
    const json = JSON.stringify(record);
    const position = `(SELECT coalesce(max(position) + 1, 0) FROM ${table})`;
    if (kind === 'organisation' || kind === 'vendor') {
      await this.c.query(
        `INSERT INTO ${table} (id, position, name, record) VALUES ($1, ${position}, $2, $3)
         ${replace ? 'ON CONFLICT (id) DO UPDATE SET name = excluded.name, record = excluded.record' : ''}`,
        [record.id, record.name, json],
      );
      return;
    }
    const org = organisationOf(kind, record);
    if (kind === 'product') {
      await this.c.query(
        `INSERT INTO ${table} (id, organisation_id, position, name, record) VALUES ($1, $2, ${position}, $3, $4)
         ${replace ? 'ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name, record = excluded.record' : ''}`,
        [record.id, org, record.name, json],
      );
      return;
    }
    const a = record as ProcessingActivity;
    await this.c.query(
      `INSERT INTO ${table} (id, organisation_id, product_id, position, name, record) VALUES ($1, $2, $3, ${position}, $4, $5)
       ${replace ? 'ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, product_id = excluded.product_id, name = excluded.name, record = excluded.record' : ''}`,
      [a.id, a.organisationId, a.productId ?? null, a.name, json],
    );
    await this.c.query('DELETE FROM ropa.activity_vendors WHERE activity_id = $1', [a.id]);
    const vendorIds = [...new Set([...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId === undefined ? [] : [x.vendorId])))];
    if (vendorIds.length > 0) {
      await this.c.query('INSERT INTO ropa.activity_vendors (activity_id, vendor_id, organisation_id) SELECT $1, unnest($2::text[]), $3', [a.id, vendorIds, a.organisationId]);
    }
  }

  async deleteRecord(kind: RecordKind, id: string): Promise<void> {
    await this.c.query(`DELETE FROM ${TABLE[kind]} WHERE id = $1`, [id]);
  }

  private async organisationOfChange(change: NewChange): Promise<string | null> {
    if (change.entityType === 'organisation') return change.entityId;
    const rec = (change.after ?? change.before) as { organisationId?: unknown; productId?: unknown } | undefined;
    if (rec !== null && typeof rec === 'object' && typeof rec.organisationId === 'string') return rec.organisationId;
    if (change.entityType === 'product') return (await this.productOwner(change.entityId))?.organisationId ?? null;
    if (change.entityType === 'activity') {
      return (await this.rows<{ o: string }>('SELECT organisation_id AS o FROM ropa.activities WHERE id = $1', [change.entityId]))[0]?.o ?? null;
    }
    if (change.entityType === 'workspace') {
      return (await this.rows<{ o: string | null }>('SELECT organisation_id AS o FROM ropa.baselines WHERE id = $1', [change.entityId]))[0]?.o ?? null;
    }
    return null;
  }

  async logChange(_ctx: ChangeContext, change: NewChange): Promise<void> {
    // The author and time are set by the database (trigger change_log_stamp), whatever is sent.
    await this.c.query(
      'INSERT INTO ropa.change_log (organisation_id, entity_type, entity_id, action, summary, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [
        await this.organisationOfChange(change),
        change.entityType,
        change.entityId,
        change.action,
        change.summary,
        change.before === undefined ? null : JSON.stringify(change.before),
        change.after === undefined ? null : JSON.stringify(change.after),
      ],
    );
  }

  async replaceContents(doc: WorkspaceDocument): Promise<void> {
    for (const t of ['activity_vendors', 'translations', 'notice_overrides', 'activities', 'products', 'vendors', 'organisations', 'taxonomy']) {
      await this.c.query(`DELETE FROM ropa.${t}`);
    }
    await this.c.query("INSERT INTO ropa.meta (key, value) VALUES ('name', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [doc.workspace.name]);
    await insertTaxonomies(this.c, doc.taxonomies);
    const put = async (table: string, cols: string, items: readonly AnyRecord[], extra: (x: AnyRecord) => unknown[]) => {
      if (items.length === 0) return;
      // One statement per table, whatever the number of records.
      await this.c.query(
        `INSERT INTO ropa.${table} (id, position, name, record${cols}) SELECT r->>0, (r->>1)::int, r->>2, r->3${cols === '' ? '' : cols.split(',').slice(1).map((_, i) => `, r->>${4 + i}`).join('')}
         FROM json_array_elements($1::json) r`,
        [JSON.stringify(items.map((x, i) => [x.id, i, x.name, x, ...extra(x)]))],
      );
    };
    await put('organisations', '', doc.organisations, () => []);
    await put('vendors', '', doc.vendors, () => []);
    await put('products', ', organisation_id', doc.products, (x) => [(x as { organisationId: string }).organisationId]);
    await put('activities', ', organisation_id, product_id', doc.activities, (x) => [(x as ProcessingActivity).organisationId, (x as ProcessingActivity).productId ?? null]);
    const links = doc.activities.flatMap((a) =>
      [...new Set([...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId === undefined ? [] : [x.vendorId])))].map((v) => [a.id, v, a.organisationId]),
    );
    if (links.length > 0) {
      await this.c.query('INSERT INTO ropa.activity_vendors (activity_id, vendor_id, organisation_id) SELECT r->>0, r->>1, r->>2 FROM json_array_elements($1::json) r', [JSON.stringify(links)]);
    }
    await this.putTranslations(doc.translations ?? []);
    await this.putNoticeOverrides(doc.noticeOverrides ?? []);
    if (doc.baselines !== undefined) {
      await this.c.query('DELETE FROM ropa.baselines');
      for (const b of doc.baselines) await this.insertBaseline(b);
    }
    await this.insertPublicationRecords(doc.noticePublications ?? []);
  }

  /**
   * Published versions, set-wise. The publisher is the database login unless an admin
   * carries them (trigger stamp_login, server schema 4); each takes its product's organisation.
   */
  private async insertPublicationRecords(records: readonly NoticePublicationRecord[]): Promise<void> {
    if (records.length === 0) return;
    const r = await this.c.query(
      `INSERT INTO ropa.notice_publications (product_id, organisation_id, version, published_at, published_by, fingerprint, documents)
       SELECT x->>0, p.organisation_id, (x->>1)::int, x->>2, x->>3, x->>4, x->5 FROM json_array_elements($1::json) x JOIN ropa.products p ON p.id = x->>0`,
      [JSON.stringify(records.map((p) => [p.productId, p.version, p.publishedAt, p.publishedBy, p.fingerprint, p.documents]))],
    );
    const missing = records.length - (r.rowCount ?? 0);
    if (missing > 0) {
      throw new WorkspaceError(
        'invalid',
        `${missing} published notice version${missing === 1 ? ' belongs' : 's belong'} to a product that is not in the register; a team workspace keeps a version with its product's organisation. Nothing was changed.`,
      );
    }
  }

  async putNoticeOverrides(overrides: readonly NoticeOverride[]): Promise<void> {
    if (overrides.length === 0) return;
    const base = Number((await this.rows<{ n: string }>('SELECT coalesce(max(position) + 1, 0) AS n FROM ropa.notice_overrides'))[0]?.n ?? 0);
    await this.c.query(
      `INSERT INTO ropa.notice_overrides (product_id, organisation_id, lang, section_key, text, generated_text, updated_at, position)
       SELECT r->>0, p.organisation_id, r->>1, r->>2, r->>3, r->>4, r->>5, (r->>6)::int
       FROM json_array_elements($1::json) r JOIN ropa.products p ON p.id = r->>0
       ON CONFLICT (product_id, lang, section_key) DO UPDATE SET text = excluded.text, generated_text = excluded.generated_text, updated_at = excluded.updated_at`,
      [JSON.stringify(overrides.map((o, i) => [o.productId, o.lang, o.sectionKey, o.text, o.generatedText, o.updatedAt, base + i]))],
    );
  }

  async deleteNoticeOverride(productId: string, lang: string, sectionKey: string): Promise<boolean> {
    const r = await this.c.query('DELETE FROM ropa.notice_overrides WHERE product_id = $1 AND lang = $2 AND section_key = $3', [productId, lang, sectionKey]);
    return (r.rowCount ?? 0) > 0;
  }

  async putTranslations(translations: readonly Translation[]): Promise<void> {
    if (translations.length === 0) return;
    const base = Number((await this.rows<{ n: string }>('SELECT coalesce(max(position) + 1, 0) AS n FROM ropa.translations'))[0]?.n ?? 0);
    await this.c.query(
      `INSERT INTO ropa.translations (entity_type, entity_id, field, lang, text, position, source_text, organisation_id)
       SELECT r->>0, r->>1, r->>2, r->>3, r->>4, (r->>5)::int, r->>6,
         CASE r->>0 WHEN 'organisation' THEN r->>1
           WHEN 'product' THEN (SELECT organisation_id FROM ropa.products WHERE id = r->>1)
           WHEN 'activity' THEN (SELECT organisation_id FROM ropa.activities WHERE id = r->>1) END
       FROM json_array_elements($1::json) r
       ON CONFLICT (entity_type, entity_id, field, lang) DO UPDATE SET text = excluded.text, source_text = excluded.source_text`,
      [JSON.stringify(translations.map((t, i) => [t.entityType, t.entityId, t.field, t.lang, t.text, base + i, t.sourceText ?? null]))],
    );
  }

  /** Issue 13: removes the translations of these fields in these languages, set-wise. */
  async deleteTranslations(keys: readonly TranslationKey[]): Promise<number> {
    if (keys.length === 0) return 0;
    const r = await this.c.query(
      `DELETE FROM ropa.translations t USING json_array_elements($1::json) k
       WHERE t.entity_type = k->>0 AND t.entity_id = k->>1 AND t.field = k->>2 AND t.lang = k->>3`,
      [JSON.stringify(keys.map((k) => [k.entityType, k.entityId, k.field, k.lang]))],
    );
    return r.rowCount ?? 0;
  }

  async insertBaseline(b: BaselineRecord): Promise<void> {
    const org = b.scope.startsWith('organisation:') ? b.scope.slice('organisation:'.length) : null;
    await this.c.query('INSERT INTO ropa.baselines (id, label, scope, organisation_id, created_at, created_by, document) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      b.id,
      b.label,
      b.scope,
      org,
      b.createdAt,
      b.createdBy,
      JSON.stringify(b.document),
    ]);
  }

  async deleteBaseline(id: string): Promise<void> {
    await this.c.query('DELETE FROM ropa.baselines WHERE id = $1', [id]);
  }

  // Feature tables (pg-features.ts, server schema 2).
  addNoticePublication(p: NoticePublication) {
    return pgFeatureWriter(this.c).addNoticePublication(p);
  }

  replaceFieldDrafts(entityType: DraftEntityType, entityId: string, drafts: readonly FieldDraft[], by: { at: Date; actor: string }) {
    return pgFeatureWriter(this.c).replaceFieldDrafts(entityType, entityId, drafts, by);
  }

  recordSubmission(activityId: string, by: { at: Date; actor: string }) {
    return pgFeatureWriter(this.c).recordSubmission(activityId, by);
  }

  clearSubmission(activityId: string) {
    return pgFeatureWriter(this.c).clearSubmission(activityId);
  }

  setOnePersonMode(enabled: boolean) {
    return pgFeatureWriter(this.c).setOnePersonMode(enabled);
  }

  putLabelExportStamp(s: ExportStamp) {
    return pgFeatureWriter(this.c).putLabelExportStamp(s);
  }

  updateTaxonomyEntry(list: TaxonomyList, entry: TaxonomyEntry) {
    return pgFeatureWriter(this.c).updateTaxonomyEntry(list, entry);
  }

  addTaxonomyEntries(entries: Partial<Taxonomies>) {
    return pgFeatureWriter(this.c).addTaxonomyEntries(entries);
  }

  markAsSample() {
    return pgFeatureWriter(this.c).markAsSample();
  }

  // Copying a workspace whole (pg-carry.ts, server schema 4).
  carryAuthors() {
    return pgCarryWriter(this.c).carryAuthors();
  }

  carrySubmission(s: CarriedSubmission) {
    return pgCarryWriter(this.c).carrySubmission(s);
  }

  appendHistory(entries: readonly ChangeEntry[]) {
    return pgCarryWriter(this.c).appendHistory(entries);
  }

  clearNoticePublications() {
    return pgCarryWriter(this.c).clearNoticePublications();
  }
}

export async function insertTaxonomies(c: Client, t: Taxonomies): Promise<void> {
  const rows = (Object.keys(TAXONOMY_LISTS) as (keyof Taxonomies)[]).flatMap((list) => t[list].map((entry, i) => [list, entry.key, i, entry]));
  if (rows.length === 0) return;
  await c.query('INSERT INTO ropa.taxonomy (list, key, position, entry) SELECT r->>0, r->>1, (r->>2)::int, r->3 FROM json_array_elements($1::json) r', [JSON.stringify(rows)]);
}

const guarded = new WeakSet<pg.PoolClient>();

/** A Store on a pool of connections to one server database. */
export class PgStore implements Store {
  readonly engine = 'server' as const;

  constructor(
    private readonly pool: pg.Pool,
    /** The server in words, for messages ("127.0.0.1:5432/ropa"). */
    readonly where: string,
    private readonly feed?: { url: string; config: pg.ClientConfig },
  ) {}

  async watch(listener: (entries: ChangeEntry[]) => void, onStatus?: (status: FeedStatus) => void): Promise<() => Promise<void>> {
    if (this.feed === undefined) throw new Error('this store was opened without a change feed');
    const feed = new ChangeFeed(this.feed.url, listener, onStatus, { pool: this.feed.config });
    await feed.start();
    return () => feed.stop();
  }

  private async session<T>(begin: string, fn: (c: Client) => Promise<T>): Promise<T> {
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (e) {
      throw translatePgError(e, this.where);
    }
    let broken = false;
    if (!guarded.has(c)) {
      // A checked-out client whose connection drops also emits 'error': the query's rejection reports it.
      c.on('error', () => undefined);
      guarded.add(c);
    }
    try {
      await c.query(begin);
      const result = await fn(new SerialClient(c));
      await c.query('COMMIT');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw translatePgError(e, this.where);
    } finally {
      c.release(broken ? true : undefined);
    }
  }

  read<T>(fn: (r: StoreReader) => Promise<T>): Promise<T> {
    return this.session('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', (c) => fn(new PgReader(c, false)));
  }

  write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T> {
    return this.session('BEGIN', (c) => fn(new PgWriter(c)));
  }

  async schemaVersion(): Promise<number> {
    return this.session('BEGIN READ ONLY', async (c) => Number((await c.query<{ value: string }>("SELECT value FROM ropa.meta WHERE key = 'schema_version'")).rows[0]?.value ?? PG_SCHEMA_VERSION));
  }

  integrity(): Promise<{ problems: string[]; foreignKeyProblems: number }> {
    // Foreign keys and constraints are the server's to enforce; there is nothing to check file-wise.
    return Promise.resolve({ problems: ['ok'], foreignKeyProblems: 0 });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
