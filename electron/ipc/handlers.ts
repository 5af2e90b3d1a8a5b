import { existsSync } from 'node:fs';
import type { AppInfo, Channel, RequestOf, ResponseOf } from '../../shared/ipc';
import type { AppSession } from '../services/app/session';
import { type Dialogs, WORKSPACE_FILTER } from '../services/app/dialogs';
import { isAllowedExternalLink } from '../security/links';
import { WorkspaceError } from '../services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { featureHandlers } from './feature-handlers';
import { reportHandlers } from './report-handlers';
// Store labels (issue 16)
import { labelHandlers } from './label-handlers';
import { draftHandlers } from './draft-handlers';
import { serverHandlers } from './server-handlers';
import type { ConnectionBook } from '../services/app/connections';
import { importHandlers } from './import-handlers';
import { markAsSample, welcomeHandlers } from './welcome-handlers';
import { changeLogHandlers } from './change-log-handlers';
// Translating the records (issue 13)
import { translationHandlers } from './translation-handlers';
import { searchHandlers } from './search-handlers';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

export interface HandlerDeps {
  session: AppSession;
  dialogs: Dialogs;
  info: AppInfo;
  openExternal(url: string): Promise<void>;
  /** Team-workspace connections (issue 15); absent where there are none (then connecting is refused). */
  connections?: ConnectionBook;
  /** Where "Open the sample" keeps the sample workspace (created there on first use). */
  samplePath?: string;
  /** Applies the spell-check preference to the window's session (main.ts; absent in tests without Electron). */
  applySpellcheck?(enabled: boolean): void;
}

/**
 * Every channel of the contract as a plain async function over the services. Main
 * registers these behind ipcMain; the CLI-free end-to-end tests call them through
 * Playwright's exposeFunction. Payloads arrive here already validated.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { session, dialogs, info, openExternal } = deps;
  return {
    ...featureHandlers(deps),
    ...reportHandlers(deps),
    // Store labels (issue 16)
    ...labelHandlers(deps),
    ...draftHandlers(deps),
    ...serverHandlers(deps),
    ...importHandlers(deps),
    ...welcomeHandlers(deps),
    ...changeLogHandlers(deps),
    // Translating the records (issue 13)
    ...translationHandlers(deps),
    ...searchHandlers(deps),
    'app:info': async () => info,
    'prefs:get': async () => session.prefs.get(),
    'prefs:set': async (r) => {
      if (r.displayName !== undefined) session.setDisplayName(r.displayName);
      if (r.theme !== undefined) session.prefs.set({ theme: r.theme });
      if (r.spellcheck !== undefined) {
        session.prefs.set({ spellcheck: r.spellcheck });
        deps.applySpellcheck?.(r.spellcheck);
      }
      return session.prefs.get();
    },
    'workspace:state': async () => session.state(),
    'workspace:overview': () => session.overview(),
    'workspace:create': async () => {
      const path = await dialogs.chooseSavePath({ title: 'New workspace', defaultName: 'Register.ropa', extensions: WORKSPACE_FILTER });
      return path === undefined ? null : session.create(withExtension(path));
    },
    'workspace:open': async () => {
      const path = await dialogs.chooseOpenPath({ title: 'Open workspace', extensions: WORKSPACE_FILTER });
      return path === undefined ? null : session.open(path);
    },
    'workspace:saveCopy': async () => {
      const path = await dialogs.chooseSavePath({ title: 'Save a copy', defaultName: 'Register copy.ropa', extensions: WORKSPACE_FILTER });
      if (path === undefined) return null;
      await session.workspace.copyTo(withExtension(path));
      return withExtension(path);
    },
    'workspace:backup': () => session.backupNow(),
    'workspace:backups': () => session.listBackups(),
    'workspace:restoreBackup': (r) => session.restoreBackup(r.id),
    'workspace:openAnyway': () => session.openAnyway(),
    'organisation:save': (r) => session.save('organisation', r.organisation),
    'organisation:delete': async (r) => (await session.remove('organisation', r.id), null),
    'product:save': (r) => session.save('product', r.product),
    'product:delete': async (r) => (await session.remove('product', r.id), null),
    'vendor:save': (r) => session.save('vendor', r.vendor),
    'vendor:delete': async (r) => (await session.remove('vendor', r.id), null),
    'vendor:addFromCatalogue': (r) => session.addVendorFromCatalogue(r.key),
    'activity:get': async (r) => (await session.workspace.getActivity(r.id)) ?? null,
    'activity:list': (r) =>
      session.workspace.listActivities({
        ...(r.productId !== undefined ? { productId: r.productId } : {}),
        ...(r.organisationId !== undefined ? { organisationId: r.organisationId } : {}),
      }),
    'activity:save': (r) => session.save('activity', r.activity),
    'activity:delete': async (r) => (await session.remove('activity', r.id), null),
    'activity:createFromTemplate': (r) => session.createFromTemplate(r),
    'history:state': async () => session.history.state(),
    'history:undo': async (r) => (await session.undo(r.reason), session.history.state()),
    'history:redo': async (r) => (await session.redo(r.reason), session.history.state()),
    'changes:list': (r) => session.workspace.changes(r),
    'shell:openLink': async (r) => {
      if (!isAllowedExternalLink(r.url)) throw new WorkspaceError('invalid', `Links to ${r.url} are not opened from RoPA Desk.`);
      await openExternal(r.url);
      return null;
    },
  };
}

function withExtension(path: string): string {
  return /\.ropa$/i.test(path) ? path : `${path}.ropa`;
}

/** First run: the sample workspace, so a new user sees a complete register at once. */
export async function createSampleWorkspace(session: AppSession, path: string): Promise<void> {
  if (existsSync(path)) {
    await session.open(path);
    return;
  }
  const doc = buildSampleDocument();
  await session.create(path, async (ws) => {
    await ws.importDocument(doc, { replace: true, source: 'the bundled sample' });
    await markAsSample(ws);
  });
}
