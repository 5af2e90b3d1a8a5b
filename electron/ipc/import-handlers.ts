/**
 * Spreadsheet register import from the app: the file is chosen in a native
 * dialog here and read once; the renderer gets a token for it (never its path),
 * previews the mapping with its own field choices, and applies it all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Channel } from '../../shared/ipc';
import { type SheetGrid, toImportView } from '../../shared/import';
import { ImportRefusal, applyRegisterImport, previewRegisterImport } from '../services/import/import-register';
import { readSpreadsheet } from '../services/import/read-spreadsheet';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type ImportChannel = Extract<Channel, `registerImport:${string}`>;

const FILTERS = [{ name: 'Spreadsheet (Excel, OpenDocument, CSV)', extensions: ['xlsx', 'ods', 'csv'] }];
/** Files chosen and not yet imported, by token (a few at most: one per preview the person opened). */
const MAX_PENDING = 5;

const asWorkspaceError = (e: unknown): never => {
  if (e instanceof ImportRefusal) throw new WorkspaceError('invalid', e.message, [...e.details]);
  throw e;
};

export function importHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, ImportChannel> {
  const pending = new Map<string, { path: string; grids: SheetGrid[] }>();
  const get = (token: string) => {
    const p = pending.get(token);
    if (p === undefined) throw new WorkspaceError('invalid', 'This spreadsheet is no longer open for import: choose it again.');
    return p;
  };
  return {
    'registerImport:choose': async (r) => {
      const path = await dialogs.chooseOpenPath({ title: 'Import a register (ICO, CNIL, DSK or your own spreadsheet)', extensions: FILTERS });
      if (path === undefined) return null;
      const grids = await readSpreadsheet(path).catch(asWorkspaceError);
      const token = randomUUID();
      pending.set(token, { path, grids });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
      const organisation = r.organisation ?? (await session.workspace.listOrganisations())[0]?.name ?? 'My organisation';
      const preview = await previewRegisterImport(session.workspace, path, { organisation, ...(r.product ? { product: r.product } : {}), mapping: 'auto', grids }).catch(asWorkspaceError);
      return toImportView(token, basename(path), preview);
    },
    'registerImport:preview': async (r) => {
      const p = get(r.token);
      const preview = await previewRegisterImport(session.workspace, p.path, { organisation: r.organisation, ...(r.product ? { product: r.product } : {}), mapping: 'auto', overrides: r.overrides ?? [], grids: p.grids }).catch(asWorkspaceError);
      return toImportView(r.token, basename(p.path), preview);
    },
    'registerImport:apply': async (r) => {
      const p = get(r.token);
      const result = await applyRegisterImport(session.workspace, p.path, { organisation: r.organisation, ...(r.product ? { product: r.product } : {}), mapping: 'auto', overrides: r.overrides ?? [], grids: p.grids }).catch(asWorkspaceError);
      pending.delete(r.token);
      session.history.clear();
      session.emit('changed');
      return toImportView(r.token, basename(p.path), result);
    },
  };
}
