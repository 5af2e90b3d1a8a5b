/**
 * The file store: the Store interface over the existing SQLite modules (tables,
 * activity-store, document-io, change-log, notice/store, baseline-io). All SQL
 * for a file workspace is here or in those modules; policy stays above.
 */
import type { ActivitySummary } from '../../../shared/ipc/contract';
import type { BaselineInfo } from '../../../shared/compliance/baseline';
import type { BaselineRecord, WorkspaceDocument } from '../../../shared/interchange';
import type { NoticeOverride, Translation } from '../../../shared/notice';
import type { ProcessingActivity } from '../../../shared/model';
import { deleteTranslations, readOverrides, readTranslations, writeOverrides, writeTranslations } from '../notice/store';
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
import { loadActivities, replaceActivity } from './activity-store';
import { type ChangeEntry, type ChangeQuery, type NewChange, logChange, readChanges } from './change-log';
import { clearRegister, readDocument, readTaxonomies, writeDocument } from './document-io';
import type { Connection, Reader, Writer } from './sqlite';
import { organisations, products, vendors } from './tables';
import type { ObjectTable } from './table-spec';
import type { DraftEntityType, FieldDraft } from '../../../shared/ipc/drafts';
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { NoticePublication } from '../../../shared/notice';
import type { Taxonomies } from '../../../shared/interchange';
import type { TaxonomyEntry, TaxonomyList } from '../store/feature-store';
import { sqliteFeatureReader, sqliteFeatureWriter } from './sqlite-features';
import { DuplicateIdError } from '../store/conflict';
import { sqliteCarryReader, sqliteCarryWriter } from './sqlite-carry';
import type { CarriedSubmission } from '../store/carry-store';

const TABLE = { organisation: 'organisations', product: 'products', vendor: 'vendors', activity: 'activities' } as const;
const REFERENCE: Record<ReferenceList, [table: string, column: string]> = {
  vendors: ['vendors', 'id'],
  dataCategories: ['data_category_types', 'key'],
  dataSubjects: ['data_subject_types', 'key'],
  securityMeasures: ['security_measure_types', 'key'],
};

function objectTable(kind: Exclude<RecordKind, 'activity'>): ObjectTable<AnyRecord> {
  return (kind === 'organisation' ? organisations : kind === 'product' ? products : vendors) as unknown as ObjectTable<AnyRecord>;
}

const BASELINE_INFO = `id, label, scope, created_at, created_by,
  CASE WHEN scope = 'workspace' THEN NULL ELSE json_extract(document, '$.organisations[0].name') END AS organisation_name,
  json_array_length(document, '$.activities') AS activity_count`;

interface BaselineRow {
  id: string;
  label: string;
  scope: string;
  created_at: string;
  created_by: string;
  organisation_name: string | null;
  activity_count: number;
}

function baselineInfo(row: BaselineRow): BaselineInfo {
  return {
    id: row.id,
    label: row.label,
    scope: row.scope,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ...(row.organisation_name !== null ? { organisationName: row.organisation_name } : {}),
    activityCount: row.activity_count,
  };
}

class SqliteReader implements StoreReader {
  constructor(protected readonly r: Reader) {}

  async workspaceName(): Promise<string> {
    return (await this.r.get<{ value: string }>("SELECT value FROM meta WHERE key = 'name'"))?.value ?? '';
  }

  taxonomies() {
    return readTaxonomies(this.r);
  }

  async organisations() {
    return (await organisations.select(this.r)).map((x) => organisations.decode(x));
  }

  async products(organisationId?: string) {
    const rows = organisationId === undefined ? await products.select(this.r) : await products.select(this.r, 'WHERE organisation_id = ?', [organisationId]);
    return rows.map((x) => products.decode(x));
  }

  async vendors(ids?: readonly string[]) {
    const rows = ids === undefined ? await vendors.select(this.r) : await vendors.select(this.r, 'WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]);
    return rows.map((x) => vendors.decode(x));
  }

  activities(filter: ActivityFilter = {}): Promise<ProcessingActivity[]> {
    if (filter.productId !== undefined) return loadActivities(this.r, 'WHERE product_id = ?', [filter.productId]);
    if (filter.organisationId !== undefined) return loadActivities(this.r, 'WHERE organisation_id = ?', [filter.organisationId]);
    return loadActivities(this.r);
  }

  async activitySummaries(): Promise<ActivitySummary[]> {
    const rows = await this.r.all<{
      id: string;
      name: string;
      organisation_id: string;
      product_id: string | null;
      role: ActivitySummary['role'];
      status: ActivitySummary['status'];
      updated_at: string | null;
      next_review_due: string | null;
    }>('SELECT id, name, organisation_id, product_id, role, status, updated_at, next_review_due FROM activities ORDER BY position');
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
    if (kind === 'activity') return (await loadActivities(this.r, 'WHERE id = ?', [id]))[0];
    const table = objectTable(kind);
    const rows = await table.select(this.r, 'WHERE id = ?', [id]);
    return rows[0] ? table.decode(rows[0]) : undefined;
  }

  document(now: Date, options: ReadDocumentOptions = {}): Promise<WorkspaceDocument> {
    return readDocument(this.r, now, options);
  }

  changes(query: ChangeQuery = {}) {
    return readChanges(this.r, query);
  }

  async lastChange(kind: RecordKind, id: string): Promise<LastChange | undefined> {
    return this.r.get<LastChange>('SELECT actor, at, action FROM change_log WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 1', [kind, id]);
  }

  async counts(): Promise<StoreCounts> {
    const row = await this.r.get<StoreCounts>(`SELECT
      (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM products) AS products,
      (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM vendors) AS vendors,
      (SELECT count(*) FROM activity_purposes) AS purposes, (SELECT count(*) FROM activity_data_categories) AS dataCategories,
      (SELECT count(*) FROM activity_recipients) AS recipients, (SELECT count(*) FROM activity_transfers) AS transfers,
      (SELECT count(*) FROM change_log) AS changes`);
    if (row === undefined) throw new Error('count query returned nothing');
    return row;
  }

  async missing(list: ReferenceList, values: readonly string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const [table, column] = REFERENCE[list];
    const rows = await this.r.all<{ value: string }>(
      `SELECT DISTINCT value FROM json_each(?) WHERE value NOT IN (SELECT ${column} FROM ${table})`,
      [JSON.stringify(values)],
    );
    return rows.map((x) => x.value);
  }

  productOwner(productId: string) {
    return this.r.get<{ organisationId: string; name: string }>('SELECT organisation_id AS organisationId, name FROM products WHERE id = ?', [productId]);
  }

  async dependents(kind: RecordKind, id: string): Promise<Dependents> {
    const names = async (sql: string) => (await this.r.all<{ name: string }>(sql, [id])).map((x) => x.name);
    switch (kind) {
      case 'organisation':
        return {
          products: await names('SELECT name FROM products WHERE organisation_id = ? ORDER BY position'),
          activities: await names('SELECT name FROM activities WHERE organisation_id = ? ORDER BY position'),
        };
      case 'product':
        return { products: [], activities: await names('SELECT name FROM activities WHERE product_id = ? ORDER BY position') };
      case 'vendor':
        return {
          products: [],
          activities: await names(`SELECT DISTINCT a.name FROM activities a WHERE a.id IN (
            SELECT activity_id FROM activity_recipients WHERE vendor_id = ?1
            UNION SELECT activity_id FROM activity_transfers WHERE vendor_id = ?1)`),
        };
      case 'activity':
        return { products: [], activities: [] };
    }
  }

  noticeOverrides(productId?: string): Promise<NoticeOverride[]> {
    return readOverrides(this.r, productId);
  }

  translations(): Promise<Translation[]> {
    return readTranslations(this.r);
  }

  async baselines(): Promise<BaselineInfo[]> {
    return (await this.r.all<BaselineRow>(`SELECT ${BASELINE_INFO} FROM baselines ORDER BY created_at DESC, label`)).map(baselineInfo);
  }

  async baseline(idOrLabel: string): Promise<BaselineRecord | undefined> {
    const row = await this.r.get<{ id: string; label: string; scope: string; created_at: string; created_by: string; document: string }>(
      'SELECT id, label, scope, created_at, created_by, document FROM baselines WHERE id = ?1 OR label = ?1',
      [idOrLabel],
    );
    if (row === undefined) return undefined;
    return { id: row.id, label: row.label, scope: row.scope, createdAt: row.created_at, createdBy: row.created_by, document: JSON.parse(row.document) as Record<string, unknown> };
  }

  // Feature tables (sqlite-features.ts).
  noticePublications(productId: string) {
    return sqliteFeatureReader(this.r).noticePublications(productId);
  }

  noticePublication(productId: string, version?: number) {
    return sqliteFeatureReader(this.r).noticePublication(productId, version);
  }

  latestNoticePublications() {
    return sqliteFeatureReader(this.r).latestNoticePublications();
  }

  fieldDrafts(entityType: DraftEntityType, entityId: string) {
    return sqliteFeatureReader(this.r).fieldDrafts(entityType, entityId);
  }

  draftHolders() {
    return sqliteFeatureReader(this.r).draftHolders();
  }

  reviewSubmission(activityId: string) {
    return sqliteFeatureReader(this.r).reviewSubmission(activityId);
  }

  onePersonMode() {
    return sqliteFeatureReader(this.r).onePersonMode();
  }

  labelExportStamps(productId: string) {
    return sqliteFeatureReader(this.r).labelExportStamps(productId);
  }

  labelExportStamp(productId: string, store: LabelStore) {
    return sqliteFeatureReader(this.r).labelExportStamp(productId, store);
  }

  isSample() {
    return sqliteFeatureReader(this.r).isSample();
  }

  changeActors() {
    return sqliteFeatureReader(this.r).changeActors();
  }

  // Copying a workspace whole (sqlite-carry.ts).
  reviewSubmissions() {
    return sqliteCarryReader(this.r).reviewSubmissions();
  }
}

class SqliteWriter extends SqliteReader implements StoreWriter {
  constructor(private readonly w: Writer) {
    super(w);
  }

  private async nextPosition(table: string): Promise<number> {
    return (await this.w.get<{ p: number }>(`SELECT coalesce(max(position) + 1, 0) AS p FROM ${table}`))?.p ?? 0;
  }

  async putRecord(kind: RecordKind, record: AnyRecord, options: { isNew?: boolean } = {}): Promise<void> {
    const table = TABLE[kind];
    const existing = await this.w.get<{ position: number }>(`SELECT position FROM ${table} WHERE id = ?`, [record.id]);
    // Writers queue (BEGIN IMMEDIATE), so a record made meanwhile is already seen here.
    if (options.isNew === true && existing !== undefined) throw new DuplicateIdError(kind, record.id);
    const position = existing?.position ?? (await this.nextPosition(table));
    if (kind === 'activity') await replaceActivity(this.w, record as ProcessingActivity, position);
    else await objectTable(kind).upsert(this.w, record, position);
  }

  async deleteRecord(kind: RecordKind, id: string): Promise<void> {
    await this.w.run(`DELETE FROM ${TABLE[kind]} WHERE id = ?`, [id]);
  }

  logChange(ctx: ChangeContext, change: NewChange): Promise<void> {
    return logChange(this.w, ctx.now, ctx.actor, change);
  }

  async replaceContents(doc: WorkspaceDocument): Promise<void> {
    await clearRegister(this.w);
    await writeDocument(this.w, doc);
  }

  putNoticeOverrides(overrides: readonly NoticeOverride[]): Promise<void> {
    return writeOverrides(this.w, overrides);
  }

  async deleteNoticeOverride(productId: string, lang: string, sectionKey: string): Promise<boolean> {
    const r = await this.w.run('DELETE FROM notice_overrides WHERE product_id = ? AND lang = ? AND section_key = ?', [productId, lang, sectionKey]);
    return r.changes > 0;
  }

  putTranslations(translations: readonly Translation[]): Promise<void> {
    return writeTranslations(this.w, translations);
  }

  deleteTranslations(keys: readonly TranslationKey[]): Promise<number> {
    return deleteTranslations(this.w, keys);
  }

  async insertBaseline(b: BaselineRecord): Promise<void> {
    await this.w.run('INSERT INTO baselines (id, label, scope, created_at, created_by, document) VALUES (?, ?, ?, ?, ?, ?)', [
      b.id,
      b.label,
      b.scope,
      b.createdAt,
      b.createdBy,
      JSON.stringify(b.document),
    ]);
  }

  async deleteBaseline(id: string): Promise<void> {
    await this.w.run('DELETE FROM baselines WHERE id = ?', [id]);
  }

  // Feature tables (sqlite-features.ts).
  addNoticePublication(p: NoticePublication) {
    return sqliteFeatureWriter(this.w).addNoticePublication(p);
  }

  replaceFieldDrafts(entityType: DraftEntityType, entityId: string, drafts: readonly FieldDraft[], by: { at: Date; actor: string }) {
    return sqliteFeatureWriter(this.w).replaceFieldDrafts(entityType, entityId, drafts, by);
  }

  recordSubmission(activityId: string, by: { at: Date; actor: string }) {
    return sqliteFeatureWriter(this.w).recordSubmission(activityId, by);
  }

  clearSubmission(activityId: string) {
    return sqliteFeatureWriter(this.w).clearSubmission(activityId);
  }

  setOnePersonMode(enabled: boolean) {
    return sqliteFeatureWriter(this.w).setOnePersonMode(enabled);
  }

  putLabelExportStamp(s: ExportStamp) {
    return sqliteFeatureWriter(this.w).putLabelExportStamp(s);
  }

  updateTaxonomyEntry(list: TaxonomyList, entry: TaxonomyEntry) {
    return sqliteFeatureWriter(this.w).updateTaxonomyEntry(list, entry);
  }

  addTaxonomyEntries(entries: Partial<Taxonomies>) {
    return sqliteFeatureWriter(this.w).addTaxonomyEntries(entries);
  }

  markAsSample() {
    return sqliteFeatureWriter(this.w).markAsSample();
  }

  // Copying a workspace whole (sqlite-carry.ts).
  carryAuthors() {
    return sqliteCarryWriter(this.w).carryAuthors();
  }

  carrySubmission(s: CarriedSubmission) {
    return sqliteCarryWriter(this.w).carrySubmission(s);
  }

  appendHistory(entries: readonly ChangeEntry[]) {
    return sqliteCarryWriter(this.w).appendHistory(entries);
  }

  clearNoticePublications() {
    return sqliteCarryWriter(this.w).clearNoticePublications();
  }
}

/** A Store over one open SQLite connection (opening, locking, backups and migrations stay in workspace.ts). */
export class SqliteStore implements Store {
  readonly engine = 'file' as const;

  constructor(readonly conn: Connection) {}

  read<T>(fn: (r: StoreReader) => Promise<T>): Promise<T> {
    return this.conn.read((r) => fn(new SqliteReader(r)));
  }

  write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T> {
    return this.conn.transaction((w) => fn(new SqliteWriter(w)));
  }

  async schemaVersion(): Promise<number> {
    return (await this.conn.read((r) => r.get<{ user_version: number }>('PRAGMA user_version')))?.user_version ?? 0;
  }

  integrity(): Promise<{ problems: string[]; foreignKeyProblems: number }> {
    return this.conn.read(async (r) => {
      const problems = (await r.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((x) => x.integrity_check);
      const fk = await r.all('PRAGMA foreign_key_check');
      return { problems, foreignKeyProblems: fk.length };
    });
  }

  close(): Promise<void> {
    return this.conn.close();
  }
}
