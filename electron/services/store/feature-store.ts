/**
 * The feature tables' part of the seam (issue 15): published notices, field
 * drafts, review submissions and one-person mode, store-label export stamps,
 * taxonomy entries added or re-mapped, the sample mark and the change log's
 * people. Both stores implement them (workspace/sqlite-features.ts,
 * pgstore/pg-features.ts); StoreReader/StoreWriter extend these.
 */
import type { DraftEntityType, DraftHolder, FieldDraft } from '../../../shared/ipc/drafts';
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { NoticePublication } from '../../../shared/notice';
import type { Taxonomies } from '../../../shared/interchange';

/** Who submitted an activity for review, and when. */
export interface ReviewSubmission {
  submittedBy: string;
  submittedAt: string;
}

export type TaxonomyList = keyof Taxonomies;
export type TaxonomyEntry = Taxonomies[TaxonomyList][number];

export interface FeatureReader {
  /** Every published version of a product's notice, oldest first. */
  noticePublications(productId: string): Promise<NoticePublication[]>;
  /** One version, or the latest when `version` is omitted. In a write transaction the product's versions are locked. */
  noticePublication(productId: string, version?: number): Promise<NoticePublication | undefined>;
  /** The latest version of every product that has one. */
  latestNoticePublications(): Promise<NoticePublication[]>;
  /** The field drafts of one record. On a server: the connected person's own. */
  fieldDrafts(entityType: DraftEntityType, entityId: string): Promise<FieldDraft[]>;
  /** Records (that still exist) holding drafts, with how many fields each. On a server: the person's own. */
  draftHolders(): Promise<DraftHolder[]>;
  reviewSubmission(activityId: string): Promise<ReviewSubmission | undefined>;
  /** Whether whoever submits an activity may also approve it. */
  onePersonMode(): Promise<boolean>;
  labelExportStamps(productId: string): Promise<ExportStamp[]>;
  labelExportStamp(productId: string, store: LabelStore): Promise<ExportStamp | undefined>;
  /** Whether this workspace is the bundled sample. */
  isSample(): Promise<boolean>;
  /** Everyone named in the change log (that this person may read), by name. */
  changeActors(): Promise<string[]>;
}

export interface FeatureWriter {
  /** Adds a published version; a number already taken is refused. On a server `publishedBy` is the login, written by the database. */
  addNoticePublication(p: NoticePublication): Promise<void>;
  /** Replaces the record's drafts by `drafts` (none: no draft left). */
  replaceFieldDrafts(entityType: DraftEntityType, entityId: string, drafts: readonly FieldDraft[], by: { at: Date; actor: string }): Promise<void>;
  /**
   * Remembers who submitted the activity (called after it moved to in review). A file
   * writes `by.actor`; a server's database writes the login itself when the status
   * moves (a trigger), so this writes nothing there.
   */
  recordSubmission(activityId: string, by: { at: Date; actor: string }): Promise<void>;
  /** Forgets the submission (after approval or return to draft); a server's trigger does it itself. */
  clearSubmission(activityId: string): Promise<void>;
  /** On a server only an admin may change it. */
  setOnePersonMode(enabled: boolean): Promise<void>;
  /** Inserts or replaces the stamp of one label's export. On a server `exportedBy` is the login. */
  putLabelExportStamp(s: ExportStamp): Promise<void>;
  /** Replaces one taxonomy entry (same key); false when there is none. */
  updateTaxonomyEntry(list: TaxonomyList, entry: TaxonomyEntry): Promise<boolean>;
  /** Adds new entries at the end of their lists; a key already present is refused. */
  addTaxonomyEntries(entries: Partial<Taxonomies>): Promise<void>;
  markAsSample(): Promise<void>;
}
