/**
 * Spreadsheet register import from the app: the file is chosen in a native
 * dialog here and read once; the renderer gets a token for it (never its path),
 * previews the mapping with its own field choices, and applies it all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Channel } from '../../shared/ipc';
import { readFile } from 'node:fs/promises';
import { type SavedMapping, type SheetGrid, type SheetMapping, parseSavedMapping, toImportView, toSavedMapping } from '../../shared/import';
import { writeFileAtomic } from '../services/files/atomic-write';
import { ImportRefusal, applyRegisterImport, previewRegisterImport } from '../services/import/import-register';
import { readSpreadsheet } from '../services/import/read-spreadsheet';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type ImportChannel = Extract<Channel, `registerImport:${string}`>;

const FILTERS = [{ name: 'Spreadsheet (Excel, OpenDocument, CSV)', extensions: ['xlsx', 'ods', 'csv'] }];
const MAPPING_FILTER = [{ name: 'Import mapping (JSON)', extensions: ['json'] }];
/** Files chosen and not yet imported, by token (a few at most: one per preview the person opened). */
const MAX_PENDING = 5;

const asWorkspaceError = (e: unknown): never => {
  if (e instanceof ImportRefusal) throw new WorkspaceError('invalid', e.message, [...e.details]);
  throw e;
};

export function importHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, ImportChannel> {
  const pending = new Map<string, { path: string; grids: SheetGrid[]; mapping: 'auto' | SavedMapping }>();
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
      pending.set(token, { path, grids, mapping: 'auto' });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
      const organisation = r.organisation ?? (await session.workspace.listOrganisations())[0]?.name ?? 'My organisation';
      const preview = await previewRegisterImport(session.workspace, path, { organisation, ...(r.product ? { product: r.product } : {}), mapping: 'auto', grids }).catch(asWorkspaceError);
      return toImportView(token, basename(path), preview);
    },
    'registerImport:preview': async (r) => {
      const p = get(r.token);
      const preview = await previewRegisterImport(session.workspace, p.path, { organisation: r.organisation, ...(r.product ? { product: r.product } : {}), mapping: p.mapping, overrides: r.overrides ?? [], grids: p.grids }).catch(asWorkspaceError);
      return toImportView(r.token, basename(p.path), preview);
    },
    'registerImport:apply': async (r) => {
      const p = get(r.token);
      const result = await applyRegisterImport(session.workspace, p.path, { organisation: r.organisation, ...(r.product ? { product: r.product } : {}), mapping: p.mapping, overrides: r.overrides ?? [], grids: p.grids }).catch(asWorkspaceError);
      pending.delete(r.token);
      session.history.clear();
      session.emit('changed');
      return toImportView(r.token, basename(p.path), result);
    },
    'registerImport:saveMapping': async (r) => {
      const p = get(r.token);
      const preview = await previewRegisterImport(session.workspace, p.path, { organisation: r.organisation, mapping: p.mapping, overrides: r.overrides ?? [], grids: p.grids }).catch(asWorkspaceError);
      const out = await dialogs.chooseSavePath({ title: 'Save the import mapping', defaultName: 'import-mapping.json', extensions: MAPPING_FILTER });
      if (out === undefined) return null;
      const sheets = preview.sheets.filter((s): s is SheetMapping => !('skipped' in s));
      await writeFileAtomic(out, `${JSON.stringify(toSavedMapping(sheets), null, 2)}\n`);
      return basename(out);
    },
    'registerImport:loadMapping': async (r) => {
      const p = get(r.token);
      const file = await dialogs.chooseOpenPath({ title: 'Use a saved import mapping', extensions: MAPPING_FILTER });
      if (file === undefined) return null;
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new WorkspaceError('invalid', `"${basename(file)}" is not an import mapping (${(e as Error).message.replace(/\s+/g, ' ')}).`);
      }
      const parsed = parseSavedMapping(json);
      if (!parsed.ok) throw new WorkspaceError('invalid', `"${basename(file)}" is not a valid import mapping.`, parsed.problems);
      p.mapping = parsed.mapping;
      const preview = await previewRegisterImport(session.workspace, p.path, { organisation: r.organisation, ...(r.product ? { product: r.product } : {}), mapping: p.mapping, grids: p.grids }).catch(asWorkspaceError);
      return toImportView(r.token, basename(p.path), preview);
    },
  };
}
