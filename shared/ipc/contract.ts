import { z } from 'zod';
import { ChangeEntrySchema, type ChangeEntryView } from './changes';
import type { Channel, EventName } from './channels';
import { Id, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { Taxonomies } from '../interchange/document';

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

const Empty = z.strictObject({});
const ById = z.strictObject({ id: Id });

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
} satisfies Record<Channel, { request: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Exclude<Contract[C]['response'], undefined>;

/** The API the preload exposes as `window.ropa`: one named function per channel, plus events. */
export type RopaApi = { [C in Channel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> } & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

