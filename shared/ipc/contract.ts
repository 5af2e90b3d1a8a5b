import { z } from 'zod';
import { ChangeEntrySchema, type ChangeEntryView } from './changes';
import type { Channel, EventName } from './channels';
import { Id, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { Taxonomies } from '../interchange/document';
import type { WordedDocumentDiff } from '../compliance/diff-words';
import type { NoticeWarning, StaleOverride, TranslationSaveResult, TranslationsView } from '../notice';
import type { BaselineInfo, Finding } from '../compliance';
import { NOTICE_LANGUAGES } from '../model/enums';
// Store labels (issue 16)
import type { LabelStore, OpenQuestion, StoreLabels } from '../labels/types';
import { DraftSchemas, type DraftEntityType, type DraftHolder, type FieldDraft } from './drafts';
import { IMPORT_FIELDS } from '../import/types';
import type { RegisterImportView } from '../import/view';
import { SEARCH_FIELDS, type SearchField, type SearchResult } from '../search/register-search';

/** A typed error across IPC: the renderer always gets one of these instead of an exception. */
export interface IpcError {
  code: string;
  message: string;
  details?: string[];
  /** With code "conflict": whose change the save did not know about, and that version. */
  conflict?: ConflictView;
}

// --- Team workspaces (issue 15) ---
/** A save refused because the record changed since it was opened (see electron/services/store/conflict.ts). */
export interface ConflictView {
  kind: 'organisation' | 'product' | 'vendor' | 'activity';
  id: string;
  name: string;
  changedBy: string;
  changedAt: string;
  /** The record as it is now; absent when it was deleted. */
  theirs?: Organisation | Product | Vendor | ProcessingActivity;
}

export const TLS_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;

/** A team-workspace connection used before (never its password). */
export interface ServerConnectionView {
  id: string;
  host: string;
  port: number;
  database: string;
  user: string;
  tls: (typeof TLS_MODES)[number];
  /** Name of the CA certificate file (not its path). */
  caFileName?: string;
  passwordKept: boolean;
  lastUsed: string;
}

export const SERVER_CONNECT = z.union([
  z.strictObject({ connectionId: z.uuid(), password: z.string().min(1).max(1000).optional() }),
  z.strictObject({
    host: z.string().trim().min(1, { error: 'must not be empty' }).max(253).regex(/^[A-Za-z0-9.:_[\]-]+$/, { error: 'must be a host name or address' }),
    port: z.number().int().min(1).max(65535),
    database: z.string().trim().min(1, { error: 'must not be empty' }).max(63),
    user: z.string().trim().min(1, { error: 'must not be empty' }).max(63),
    tls: z.enum(TLS_MODES),
    password: z.string().min(1).max(1000).optional(),
    rememberPassword: z.boolean(),
    /** Use the CA file chosen with server:chooseCaFile (the renderer never names a path). */
    useChosenCaFile: z.boolean().optional(),
  }),
]);
// --- end team workspaces ---
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Where an activity stands in review, for the current person. */
export interface ReviewStateView {
  submittedBy?: string;
  submittedAt?: string;
  onePersonMode: boolean;
  /** Why the current person cannot approve, in words; absent when they can. */
  cannotApprove?: string;
}

export interface AppInfo {
  version: string;
  platform: string;
}

export interface Preferences {
  displayName: string;
  theme: 'system' | 'light' | 'dark';
  recentFiles: string[];
  /** Spell checking in text fields: off unless turned on (Chromium may fetch dictionaries from the network). */
  spellcheck?: boolean;
}

export interface WorkspaceState {
  path: string;
  name: string;
  readOnly: boolean;
  readOnlyReason?: string;
  backupPath?: string;
  /** A team workspace: who is connected where ("alice (editor) on db.example.com:5432/ropa"). */
  connectedAs?: string;
  /** Read-only because of a lock whose owner cannot be verified: the app offers "Open anyway". */
  lockUnverified?: boolean;
  /** Read-only because the file failed SQLite's check: the app offers to restore a backup (issue 14). */
  damaged?: boolean;
}

/** One backup of the open workspace file, named by a token (issue 14). */
export interface BackupListing {
  id: string;
  /** ISO time, UTC. */
  takenAt: string;
  passesCheck: boolean;
}

export interface ActivitySummary {
  id: string;
  name: string;
  organisationId: string;
  productId?: string;
  role: ProcessingActivity['role'];
  status: ProcessingActivity['status'];
  updatedAt?: string;
  nextReviewDue?: string;
}

/** What the navigation needs: every record but activities, and a summary line per activity. */
export interface Overview {
  state: WorkspaceState;
  organisations: Organisation[];
  products: Product[];
  vendors: Vendor[];
  taxonomies: Taxonomies;
  activities: ActivitySummary[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

/** A product's notice as the preview shows it. */
export interface NoticePreview {
  html: string;
  sections: { key: string; number: number; heading: string; text: string; override?: { stale: boolean; updatedAt: string } }[];
  warnings: NoticeWarning[];
  staleOverrides: StaleOverride[];
  /** issue 11: whether the notice is published and whether the records changed since. */
  publication?: NoticePublicationInfo;
}

/** issue 11: the publication status a notice preview shows. */
export interface NoticePublicationInfo {
  state: 'unpublished' | 'current' | 'changed';
  version?: number;
  publishedAt?: string;
  publishedBy?: string;
  /** What changed in the text since the latest publication, section by section. */
  diff?: string;
  changeNoticeDays?: number;
  /** Every published version, oldest first. */
  versions?: { version: number; publishedAt: string; publishedBy: string; languages: ('en' | 'de' | 'fr')[] }[];
}

export interface ChecksResult {
  findings: Finding[];
  /** 0..1 share of the Art. 30 fields filled, by record id. */
  completeness: { activities: Record<string, number>; products: Record<string, number>; organisations: Record<string, number> };
}

/** What an Excel import would do (preview) or did (apply). */
export interface ImportSummary {
  path: string;
  counts: { added: number; changed: number; removed: number };
  /** The plan in words: "+ add …", "~ change …", "- remove …". */
  lines: string[];
  problems: { sheet: string; row?: number; column?: string; message: string }[];
  notes: string[];
  /** Names the previewed plan (held by the main process) for report:importApply; absent when it cannot be applied. */
  planToken?: string;
}

export const REPORT_SCOPE = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('workspace') }),
  z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  z.strictObject({ kind: z.literal('product'), productId: Id }),
]);

const Empty = z.strictObject({});
/** issue 12: an undo or redo over an approved activity says why it is reopened. */
const StepReason = z.strictObject({ reason: z.string().trim().min(1).max(500).optional() });
const ById = z.strictObject({ id: Id });
const NoticeRef = z.strictObject({ productId: Id, lang: z.enum(NOTICE_LANGUAGES) });
const SectionKey = z.string().regex(/^[a-z0-9_:-]{1,80}$/, { error: 'must be a section key such as "rights"' });

/** Phantom response type carried next to the request schema. */
function call<Req extends z.ZodType, Res>(request: Req): { request: Req; response?: Res } {
  return { request };
}

// Store labels (issue 16) ---------------------------------------------------

/** When a label was last exported, and whether the records have changed it since. */
export interface LabelExportState {
  store: LabelStore;
  exportedAt: string;
  exportedBy: string;
  stale: boolean;
  /** Answers the records give now that the export did not have, and the reverse. */
  added: string[];
  removed: string[];
}

/** A product's store labels as the Store labels screen shows them. */
export interface StoreLabelsView {
  labels: StoreLabels;
  exports: LabelExportState[];
  /** Each output's text, or the questions that keep it from being written yet. */
  files: Record<LabelStore, { text: string | null; blockedBy: OpenQuestion[] }>;
}

const LabelStoreSchema = z.enum(['apple', 'google', 'manifest']);
const LABEL_CHANNELS = {
  'labels:get': call<z.ZodType<{ productId: string }>, StoreLabelsView>(z.strictObject({ productId: Id })),
  'labels:export': call<z.ZodType<{ productId: string; store: LabelStore; fillTemplate?: boolean }>, { path: string; notes: string[] } | null>(
    z.strictObject({ productId: Id, store: LabelStoreSchema, fillTemplate: z.boolean().optional() }),
  ),
  'labels:setMapping': call<z.ZodType<{ key: string; store: 'apple' | 'google'; value: string | null }>, null>(
    z.strictObject({ key: z.string().regex(/^[a-z0-9][a-z0-9_]{0,63}$/), store: z.enum(['apple', 'google']), value: z.string().regex(/^[A-Z_]{2,60}$|^none$/).nullable() }),
  ),
};

// Translating the records (issue 13) -----------------------------------------

/** An XLIFF file written or read: where (shown to the person, never sent back), and what it did. */
export interface XliffExportResult {
  path: string;
  texts: number;
}
export type XliffImportResult = TranslationSaveResult & { path: string };

const TranslationRef = z.strictObject({ productId: Id, lang: z.enum(NOTICE_LANGUAGES) });
const TranslationEditSchema = z.strictObject({
  id: z.string().min(1).max(4300),
  text: z.string().max(20_000),
  confirm: z.boolean().optional(),
});
const TRANSLATION_CHANNELS = {
  'translations:list': call<z.ZodType<z.infer<typeof TranslationRef>>, TranslationsView>(TranslationRef),
  'translations:save': call<z.ZodType<z.infer<typeof TranslationRef> & { edits: z.infer<typeof TranslationEditSchema>[] }>, TranslationSaveResult>(
    TranslationRef.extend({ edits: z.array(TranslationEditSchema).min(1).max(5000) }),
  ),
  // The file is chosen in a main-side dialog: the renderer never names a path.
  'translations:exportXliff': call<z.ZodType<z.infer<typeof TranslationRef>>, XliffExportResult | null>(TranslationRef),
  'translations:importXliff': call<z.ZodType<z.infer<typeof TranslationRef>>, XliffImportResult | null>(TranslationRef),
};

/** Spreadsheet register import: the file is chosen in a main-side dialog and named by a token afterwards. */
const RegisterImportRequest = z.strictObject({
  token: z.string().regex(/^[0-9a-f-]{36}$/, { error: 'must be the token of a chosen file' }),
  organisation: z.string().trim().min(1, { error: 'name the organisation the activities belong to' }).max(200),
  product: z.string().trim().min(1).max(200).optional(),
  overrides: z.array(z.strictObject({ sheet: z.string().max(200), index: z.int().min(1).max(100_000), field: z.enum(IMPORT_FIELDS) })).max(2000).default([]),
});
type RegisterImportRequest = z.input<typeof RegisterImportRequest>;
const REGISTER_IMPORT_CHANNELS = {
  'registerImport:choose': call<z.ZodType<{ organisation?: string; product?: string }>, RegisterImportView | null>(
    z.strictObject({ organisation: z.string().trim().min(1).max(200).optional(), product: z.string().trim().min(1).max(200).optional() }),
  ),
  'registerImport:preview': call<z.ZodType<RegisterImportRequest>, RegisterImportView>(RegisterImportRequest),
  'registerImport:apply': call<z.ZodType<RegisterImportRequest>, RegisterImportView>(RegisterImportRequest),
  /** Saves the mapping as shown (with the person's changes) for the next file of the same shape; the file's name, or null if cancelled. */
  'registerImport:saveMapping': call<z.ZodType<RegisterImportRequest>, string | null>(RegisterImportRequest),
  /** Applies a saved mapping to the chosen file (the person's changes start over); null if cancelled. */
  'registerImport:loadMapping': call<z.ZodType<RegisterImportRequest>, RegisterImportView | null>(RegisterImportRequest),
};

/** The one typed contract between renderer and main: channel → request schema → response type. */
export const CONTRACT = {
  'app:info': call<typeof Empty, AppInfo>(Empty),
  'prefs:get': call<typeof Empty, Preferences>(Empty),
  'prefs:set': call<z.ZodType<{ displayName?: string; theme?: Preferences['theme']; spellcheck?: boolean }>, Preferences>(
    z.strictObject({
      displayName: z.string().trim().min(1, { error: 'must not be empty' }).max(100).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
      // Issue 14: spell checking, off unless turned on.
      spellcheck: z.boolean().optional(),
    }),
  ),
  'workspace:state': call<typeof Empty, WorkspaceState | null>(Empty),
  'workspace:overview': call<typeof Empty, Overview | null>(Empty),
  'workspace:create': call<typeof Empty, WorkspaceState | null>(Empty),
  // The renderer never names a path: the main process asks with its own dialog (issue 14).
  'workspace:open': call<typeof Empty, WorkspaceState | null>(Empty),
  'workspace:saveCopy': call<typeof Empty, string | null>(Empty),
  'workspace:backup': call<typeof Empty, string>(Empty),
  // Issue 14: restore a backup (listed by token) in place of the open file, which is kept aside.
  'workspace:backups': call<typeof Empty, BackupListing[]>(Empty),
  'workspace:restoreBackup': call<z.ZodType<{ id: string }>, { state: WorkspaceState; keptAside: string }>(z.strictObject({ id: z.string().min(1).max(100) })),
  'workspace:openAnyway': call<typeof Empty, WorkspaceState>(Empty),
  'organisation:save': call<z.ZodType<{ organisation: Organisation }>, Organisation>(z.strictObject({ organisation: Organisation })),
  'organisation:delete': call<typeof ById, null>(ById),
  'product:save': call<z.ZodType<{ product: Product }>, Product>(z.strictObject({ product: Product })),
  'product:delete': call<typeof ById, null>(ById),
  'vendor:save': call<z.ZodType<{ vendor: Vendor }>, Vendor>(z.strictObject({ vendor: Vendor })),
  'vendor:delete': call<typeof ById, null>(ById),
  'vendor:addFromCatalogue': call<z.ZodType<{ key: string }>, Vendor>(z.strictObject({ key: z.string().min(1).max(64) })),
  'activity:get': call<typeof ById, ProcessingActivity | null>(ById),
  'activity:list': call<z.ZodType<{ productId?: string; organisationId?: string }>, ProcessingActivity[]>(
    z.strictObject({ productId: Id.optional(), organisationId: Id.optional() }),
  ),
  'activity:save': call<z.ZodType<{ activity: ProcessingActivity }>, ProcessingActivity>(z.strictObject({ activity: ProcessingActivity })),
  'activity:delete': call<typeof ById, null>(ById),
  'activity:createFromTemplate': call<
    z.ZodType<{ template: string; organisationId: string; productId?: string; name?: string }>,
    ProcessingActivity
  >(z.strictObject({ template: z.string().min(1).max(64), organisationId: Id, productId: Id.optional(), name: z.string().min(1).max(200).optional() })),
  'history:state': call<typeof Empty, HistoryState>(Empty),
  // issue 12: with the reason an approved activity the step changes is reopened for (refused as reason_required without).
  'history:undo': call<typeof StepReason, HistoryState>(StepReason),
  'history:redo': call<typeof StepReason, HistoryState>(StepReason),
  'changes:list': call<z.ZodType<z.infer<typeof ChangeEntrySchema.query>>, ChangeEntryView[]>(ChangeEntrySchema.query),
  'shell:openLink': call<z.ZodType<{ url: string }>, null>(z.strictObject({ url: z.string().max(2000) })),
  'workspace:exportJson': call<typeof Empty, string | null>(Empty),
  'notice:preview': call<typeof NoticeRef, NoticePreview>(NoticeRef),
  'notice:setOverride': call<z.ZodType<z.infer<typeof NoticeRef> & { sectionKey: string; text: string }>, null>(
    NoticeRef.extend({ sectionKey: SectionKey, text: z.string().min(1).max(20_000) }),
  ),
  'notice:revertOverride': call<z.ZodType<z.infer<typeof NoticeRef> & { sectionKey: string }>, boolean>(NoticeRef.extend({ sectionKey: SectionKey })),
  'notice:export': call<z.ZodType<z.infer<typeof NoticeRef> & { format: 'md' | 'html' | 'docx' | 'txt' }>, string | null>(
    NoticeRef.extend({ format: z.enum(['md', 'html', 'docx', 'txt']) }),
  ),
  // issue 11: publish the next version of a product's notice
  'notice:publish': call<z.ZodType<{ productId: string }>, { version: number; publishedAt: string; publishedBy: string }>(z.strictObject({ productId: Id })),
  'notice:exportPublished': call<z.ZodType<z.infer<typeof NoticeRef> & { version: number; format: 'md' | 'html' | 'docx' | 'txt' }>, string | null>(
    NoticeRef.extend({ version: z.int().min(1).max(1_000_000), format: z.enum(['md', 'html', 'docx', 'txt']) }),
  ),
  'checks:run': call<typeof Empty, ChecksResult>(Empty),
  'review:submit': call<typeof ById, ProcessingActivity>(ById),
  'review:approve': call<z.ZodType<{ id: string; nextReviewDue?: string }>, ProcessingActivity>(
    z.strictObject({ id: Id, nextReviewDue: z.iso.date().optional() }),
  ),
  'review:reopen': call<z.ZodType<{ id: string; reason?: string }>, ProcessingActivity>(z.strictObject({ id: Id, reason: z.string().max(500).optional() })),
  'baseline:list': call<typeof Empty, BaselineInfo[]>(Empty),
  'baseline:create': call<z.ZodType<{ label: string; organisationId?: string }>, BaselineInfo>(
    z.strictObject({ label: z.string().trim().min(1, { error: 'must not be empty' }).max(200), organisationId: Id.optional() }),
  ),
  'baseline:delete': call<typeof ById, null>(ById),
  'report:columns': call<typeof Empty, { key: string; label: string }[]>(Empty),
  'report:export': call<
    z.ZodType<{
      format: 'xlsx' | 'docx';
      scope: z.infer<typeof REPORT_SCOPE>;
      layout?: 'native' | 'ico' | 'cnil' | 'dsk';
      columns?: string[];
      since?: string;
      authorityCopy?: boolean;
      lang?: 'en' | 'de' | 'fr';
    }>,
    { path: string; warnings: string[] } | null
  >(
    z.strictObject({
      format: z.enum(['xlsx', 'docx']),
      scope: REPORT_SCOPE,
      layout: z.enum(['native', 'ico', 'cnil', 'dsk']).optional(),
      columns: z.array(z.string().min(1).max(64)).max(100).optional(),
      /** The report's language (issue 13); the CNIL, DSK and ICO layouts have their own and refuse another. */
      lang: z.enum(['en', 'de', 'fr']).optional(),
      since: z.string().min(1).max(200).optional(),
      /** Word: the copy for the supervisory authority, without the internal open findings. */
      authorityCopy: z.boolean().optional(),
    }),
  ),
  'report:importPreview': call<typeof Empty, ImportSummary | null>(Empty),
  // Applies the plan report:importPreview showed, named by its token, never a path (issue 14).
  'report:importApply': call<z.ZodType<{ planToken: string }>, ImportSummary>(z.strictObject({ planToken: z.uuid() })),
  'baseline:compare': call<z.ZodType<{ from: string; to?: string }>, { from: BaselineInfo; to?: BaselineInfo; diff: WordedDocumentDiff }>(
    z.strictObject({ from: z.string().min(1).max(200), to: z.string().min(1).max(200).optional() }),
  ),
  // Store labels (issue 16)
  ...LABEL_CHANNELS,
  // Field drafts (editor).
  'drafts:get': call<z.ZodType<{ entityType: DraftEntityType; entityId: string }>, FieldDraft[]>(DraftSchemas.get),
  'drafts:set': call<z.ZodType<{ entityType: DraftEntityType; entityId: string; drafts: FieldDraft[] }>, DraftHolder[]>(
    DraftSchemas.set as z.ZodType<{ entityType: DraftEntityType; entityId: string; drafts: FieldDraft[] }>,
  ),
  'drafts:holders': call<typeof Empty, DraftHolder[]>(Empty),
  // Team workspaces (issue 15)
  'server:connections': call<typeof Empty, ServerConnectionView[]>(Empty),
  'server:chooseCaFile': call<typeof Empty, { name: string } | null>(Empty),
  'server:connect': call<z.ZodType<z.infer<typeof SERVER_CONNECT>>, WorkspaceState>(SERVER_CONNECT),
  ...REGISTER_IMPORT_CHANNELS,
  // Translating the records (issue 13)
  ...TRANSLATION_CHANNELS,
  // Review workflow (editor): who submitted, whether this person may approve; one-person mode.
  'review:state': call<typeof ById, ReviewStateView>(ById),
  'review:setOnePersonMode': call<z.ZodType<{ enabled: boolean }>, boolean>(z.strictObject({ enabled: z.boolean() })),
  // Change log (editor).
  'changes:people': call<typeof Empty, string[]>(Empty),
  'workspace:openSample': call<typeof Empty, WorkspaceState>(Empty),
  'workspace:isSample': call<typeof Empty, boolean>(Empty),
  'changes:export': call<z.ZodType<z.infer<typeof ChangeEntrySchema.query>>, string | null>(ChangeEntrySchema.query),
  // Search over all text of the register (editor, issue 12).
  'search:register': call<z.ZodType<{ query: string; limit?: number; fieldWords?: Record<string, SearchField[]> }>, SearchResult>(
    z.strictObject({
      query: z.string().max(200),
      limit: z.int().min(1).max(200).optional(),
      /** Query words that name a field in the UI language ("retention"), with the fields they name. */
      fieldWords: z.record(z.string().max(200), z.array(z.enum(SEARCH_FIELDS)).max(SEARCH_FIELDS.length)).optional(),
    }),
  ),
} satisfies Record<Channel, { request: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Exclude<Contract[C]['response'], undefined>;

/** The API the preload exposes as `window.ropa`: one named function per channel, plus events. */
export type RopaApi = { [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> } & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

