import { z } from 'zod';
import { ChangeEntrySchema, type ChangeEntryView } from './changes';
import type { Channel, EventName } from './channels';
import { Id, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { Taxonomies } from '../interchange/document';
import type { NoticeWarning, StaleOverride } from '../notice';
import type { BaselineInfo, DocumentDiff, Finding } from '../compliance';
import { NOTICE_LANGUAGES } from '../model/enums';

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
  /** Spell checking in text fields: off unless turned on (Chromium may fetch dictionaries from the network). */
  spellcheck?: boolean;
}

export interface WorkspaceState {
  path: string;
  name: string;
  readOnly: boolean;
  readOnlyReason?: string;
  backupPath?: string;
  /** Read-only because of a lock whose owner cannot be verified: the app offers "Open anyway". */
  lockUnverified?: boolean;
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
  /** Names the previewed plan (held by the main process) for report:importApply; absent when it cannot be applied. */
  planToken?: string;
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
  // The renderer never names a path: the main process asks with its own dialog (issue 14).
  'workspace:open': call<typeof Empty, WorkspaceState | null>(Empty),
  'workspace:saveCopy': call<typeof Empty, string | null>(Empty),
  'workspace:backup': call<typeof Empty, string>(Empty),
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
  // Applies the plan report:importPreview showed, named by its token, never a path (issue 14).
  'report:importApply': call<z.ZodType<{ planToken: string }>, ImportSummary>(z.strictObject({ planToken: z.uuid() })),
  'baseline:compare': call<z.ZodType<{ from: string; to?: string }>, { from: BaselineInfo; to?: BaselineInfo; diff: DocumentDiff }>(
    z.strictObject({ from: z.string().min(1).max(200), to: z.string().min(1).max(200).optional() }),
  ),
} satisfies Record<Channel, { request: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Exclude<Contract[C]['response'], undefined>;

/** The API the preload exposes as `window.ropa`: one named function per channel, plus events. */
export type RopaApi = { [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> } & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

