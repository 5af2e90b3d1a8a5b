/**
 * The seam between record policy and storage. Everything above it (validation,
 * the review rule, change-log wording, version checks: records.ts, review.ts,
 * baselines, notice overrides, imports) is written once against these handles;
 * SQL lives only in the two implementations: the SQLite file
 * (workspace/sqlite-store.ts) and the PostgreSQL server (pgstore/).
 */
import type { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import type { ActivitySummary } from '../../../shared/ipc/contract';
import type { BaselineRecord, Taxonomies, WorkspaceDocument } from '../../../shared/interchange';
import type { NoticeOverride, Translation } from '../../../shared/notice';
import type { BaselineInfo } from '../../../shared/compliance/baseline';
import type { ChangeEntry, ChangeQuery, NewChange } from '../workspace/change-log';
import type { FeatureReader, FeatureWriter } from './feature-store';
import type { CarryReader, CarryWriter } from './carry-store';

export type RecordKind = 'organisation' | 'product' | 'vendor' | 'activity';
export type AnyRecord = Organisation | Product | Vendor | ProcessingActivity;

export interface ReadDocumentOptions {
  /**
   * Include the baselines (each a frozen copy of the register). Default true, for
   * the JSON export and its round trip; reports, checks and imports leave them out.
   */
  baselines?: boolean;
  /** Read only this organisation's activities (every other record is read whole). */
  organisationId?: string;
  /** Include the published notice versions; default as `baselines`. */
  publications?: boolean;
}

export interface ActivityFilter {
  productId?: string;
  organisationId?: string;
}

export type CountKey = 'organisations' | 'products' | 'activities' | 'vendors' | 'purposes' | 'dataCategories' | 'recipients' | 'transfers' | 'changes';
export type StoreCounts = Record<CountKey, number>;

/** Lists an activity refers to by key or id. */
export type ReferenceList = 'vendors' | 'dataCategories' | 'dataSubjects' | 'securityMeasures';

/** Names of the records that still point at a record (for refusing its deletion). */
export interface Dependents {
  products: string[];
  activities: string[];
}

/** Who changed a record last, and when (from the change log). */
export interface LastChange {
  actor: string;
  at: string;
  action: string;
}

/** Who and when, for the change log and the records' timestamps. */
export interface ChangeContext {
  actor: string;
  now: Date;
}

/** Issue 13: names one translation (a field of a record in one language). */
export type TranslationKey = Pick<Translation, 'entityType' | 'entityId' | 'field' | 'lang'>;

/** What a read transaction hands its callback: one consistent snapshot. */
export interface StoreReader extends FeatureReader, CarryReader {
  workspaceName(): Promise<string>;
  taxonomies(): Promise<Taxonomies>;
  organisations(): Promise<Organisation[]>;
  products(organisationId?: string): Promise<Product[]>;
  /** All vendors, or those with these ids. */
  vendors(ids?: readonly string[]): Promise<Vendor[]>;
  activities(filter?: ActivityFilter): Promise<ProcessingActivity[]>;
  activitySummaries(): Promise<ActivitySummary[]>;
  /** One record by kind and id (lists included). In a write transaction the row is locked until it ends. */
  record(kind: RecordKind, id: string): Promise<AnyRecord | undefined>;
  document(now: Date, options?: ReadDocumentOptions): Promise<WorkspaceDocument>;
  changes(query?: ChangeQuery): Promise<ChangeEntry[]>;
  lastChange(kind: RecordKind, id: string): Promise<LastChange | undefined>;
  counts(): Promise<StoreCounts>;
  /** Of `values`, those not present in `list` (in a write transaction, present ones are locked against deletion). */
  missing(list: ReferenceList, values: readonly string[]): Promise<string[]>;
  /** The owner organisation and name of a product. */
  productOwner(productId: string): Promise<{ organisationId: string; name: string } | undefined>;
  dependents(kind: RecordKind, id: string): Promise<Dependents>;
  noticeOverrides(productId?: string): Promise<NoticeOverride[]>;
  translations(): Promise<Translation[]>;
  /** Every baseline without its document, newest first. */
  baselines(): Promise<BaselineInfo[]>;
  /** One baseline with its document, by id or label. */
  baseline(idOrLabel: string): Promise<BaselineRecord | undefined>;
}

/** What a write transaction hands its callback: reads plus changes, all committed together or not at all. */
export interface StoreWriter extends StoreReader, FeatureWriter, CarryWriter {
  /**
   * Inserts or replaces a validated record (at its place in the register; new ones at the end).
   * With `isNew`, only inserts: a record with that id committed meanwhile by someone else is
   * refused with a DuplicateIdError (store/conflict.ts), never overwritten.
   */
  putRecord(kind: RecordKind, record: AnyRecord, options?: { isNew?: boolean }): Promise<void>;
  deleteRecord(kind: RecordKind, id: string): Promise<void>;
  /** The change-log entry of this transaction's change. On a server the author and time are the database's own. */
  logChange(ctx: ChangeContext, change: NewChange): Promise<void>;
  /** Empties the register (records, taxonomies, overrides, translations; the change log stays) and writes the document's. */
  replaceContents(doc: WorkspaceDocument): Promise<void>;
  putNoticeOverrides(overrides: readonly NoticeOverride[]): Promise<void>;
  deleteNoticeOverride(productId: string, lang: string, sectionKey: string): Promise<boolean>;
  putTranslations(translations: readonly Translation[]): Promise<void>;
  /** Issue 13: removes the translations of these fields in these languages; how many there were. */
  deleteTranslations(keys: readonly TranslationKey[]): Promise<number>;
  insertBaseline(baseline: BaselineRecord): Promise<void>;
  deleteBaseline(id: string): Promise<void>;
}

export type Engine = 'file' | 'server';

/** A workspace's storage: a file or a server. */
export interface Store {
  readonly engine: Engine;
  read<T>(fn: (r: StoreReader) => Promise<T>): Promise<T>;
  write<T>(fn: (w: StoreWriter) => Promise<T>): Promise<T>;
  schemaVersion(): Promise<number>;
  /** Integrity problems (empty when none) and the number of broken references. */
  integrity(): Promise<{ problems: string[]; foreignKeyProblems: number }>;
  close(): Promise<void>;
  /**
   * Live changes made by others (a server): calls `listener` with new change-log
   * entries, catching up after a reconnect; returns how to stop. A file has none.
   */
  watch?(listener: (entries: ChangeEntry[]) => void, onStatus?: (status: 'live' | 'reconnecting') => void): Promise<() => Promise<void>>;
}
