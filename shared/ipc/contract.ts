import { z } from 'zod';
import { ChangeEntrySchema, type ChangeEntryView } from './changes';
import type { Channel, EventName } from './channels';
import { Id, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { Taxonomies } from '../interchange/document';
import type { NoticeWarning, StaleOverride } from '../notice';
import type { BaselineInfo, DocumentDiff, Finding } from '../compliance';
import { NOTICE_LANGUAGES } from '../model/enums';
import { IMPORT_FIELDS } from '../import/types';
import type { RegisterImportView } from '../import/view';

/** A typed error across IPC: the renderer always gets one of these instead of an exception. */
export interface IpcError {
  code: string;
  message: string;
  details?: string[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface AppInfo {
  version: string;
  platform: string;
}

export interface Preferences {
  displayName: string;
  theme: 'system' | 'light' | 'dark';
  recentFiles: string[];
}

export interface WorkspaceState {
  path: string;
  name: string;
  readOnly: boolean;
  readOnlyReason?: string;
  backupPath?: string;
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
}

export const REPORT_SCOPE = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('workspace') }),
  z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  z.strictObject({ kind: z.literal('product'), productId: Id }),
]);

const Empty = z.strictObject({});
const ById = z.strictObject({ id: Id });
const NoticeRef = z.strictObject({ productId: Id, lang: z.enum(NOTICE_LANGUAGES) });
const SectionKey = z.string().regex(/^[a-z0-9_:-]{1,80}$/, { error: 'must be a section key such as "rights"' });

/** Phantom response type carried next to the request schema. */
function call<Req extends z.ZodType, Res>(request: Req): { request: Req; response?: Res } {
  return { request };
}

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
  'prefs:set': call<z.ZodType<{ displayName?: string; theme?: Preferences['theme'] }>, Preferences>(
    z.strictObject({
      displayName: z.string().trim().min(1, { error: 'must not be empty' }).max(100).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
    }),
  ),
  'workspace:state': call<typeof Empty, WorkspaceState | null>(Empty),
  'workspace:overview': call<typeof Empty, Overview | null>(Empty),
  'workspace:create': call<typeof Empty, WorkspaceState | null>(Empty),
  'workspace:open': call<z.ZodType<{ path?: string }>, WorkspaceState | null>(z.strictObject({ path: z.string().min(1).max(4096).optional() })),
  'workspace:saveCopy': call<typeof Empty, string | null>(Empty),
  'workspace:backup': call<typeof Empty, string>(Empty),
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
  'history:undo': call<typeof Empty, HistoryState>(Empty),
  'history:redo': call<typeof Empty, HistoryState>(Empty),
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
    z.ZodType<{ format: 'xlsx' | 'docx'; scope: z.infer<typeof REPORT_SCOPE>; layout?: 'native' | 'ico'; columns?: string[]; since?: string }>,
    { path: string; warnings: string[] } | null
  >(
    z.strictObject({
      format: z.enum(['xlsx', 'docx']),
      scope: REPORT_SCOPE,
      layout: z.enum(['native', 'ico']).optional(),
      columns: z.array(z.string().min(1).max(64)).max(100).optional(),
      since: z.string().min(1).max(200).optional(),
    }),
  ),
  'report:importPreview': call<typeof Empty, ImportSummary | null>(Empty),
  'report:importApply': call<z.ZodType<{ path: string }>, ImportSummary>(z.strictObject({ path: z.string().min(1).max(4096) })),
  'baseline:compare': call<z.ZodType<{ from: string; to?: string }>, { from: BaselineInfo; to?: BaselineInfo; diff: DocumentDiff }>(
    z.strictObject({ from: z.string().min(1).max(200), to: z.string().min(1).max(200).optional() }),
  ),
  ...REGISTER_IMPORT_CHANNELS,
} satisfies Record<Channel, { request: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Exclude<Contract[C]['response'], undefined>;

/** The API the preload exposes as `window.ropa`: one named function per channel, plus events. */
export type RopaApi = { [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> } & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

