/**
 * Issue 14, items 3, 6 and 7 (part): the renderer never names a path. Paths come
 * from main-side dialogs (faked here), recent files, the OS and the command line;
 * an Excel import applies only the plan it previewed, by its token; devices, FIFOs
 * and folders are refused by type; a refused import crosses IPC with its details;
 * reopening the open workspace (by its path or through a link) changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc';
import { createHandlers, createSampleWorkspace } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { AppSession } from '../../../electron/services/app/session';
import { memoryPreferences } from '../../../electron/services/app/prefs';
import { exportXlsx } from '../../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../../electron/services/workspace';
import { buildParseWorker } from '../../helpers/reports-files';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
beforeAll(buildParseWorker, 60_000);

async function app() {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-paths-'));
  dirs.push(dir);
  const session = new AppSession(memoryPreferences(), { backups: false });
  const chosen: { open?: string } = {};
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => chosen.open },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
  });
  const path = join(dir, 'sample.ropa');
  await createSampleWorkspace(session, path);
  const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload) as Promise<IpcResult<Record<string, unknown>>>;
  return { dir, path, session, chosen, call };
}

/** The sample's register with the first activity's owner changed: one change to import. */
async function editedRegister(session: AppSession, dir: string, owner: string): Promise<string> {
  const file = join(dir, `register-${owner.replace(/\W/g, '')}.xlsx`);
  await exportXlsx(session.workspace, { scope: { kind: 'workspace' }, out: file });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await readFile(file)).slice().buffer);
  const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
  const col = (reg.getRow(1).values as unknown[]).indexOf('Owner');
  reg.getCell(2, col).value = owner;
  await wb.xlsx.writeFile(file);
  return file;
}

const snapshot = async (session: AppSession) => JSON.stringify({ ...(await session.workspace.exportDocument()), exportedAt: '' });

describe('the renderer never names a path', () => {
  it('workspace:open takes no path from the renderer; the dialog chooses', async () => {
    const { dir, session, call, chosen } = await app();
    const other = join(dir, 'other.ropa');
    await (await Workspace.create(other, { backups: false })).close();
    const r = await call('workspace:open', { path: other });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid_request');
    expect(session.workspace.path).toMatch(/sample\.ropa$/);
    chosen.open = other;
    const opened = await call('workspace:open', {});
    expect(opened.ok && opened.value.name).toBe('other');
    await session.close();
  });

  it('report:importApply applies only the plan that was previewed, by its token, once', async () => {
    const { dir, session, call, chosen } = await app();
    chosen.open = await editedRegister(session, dir, 'Chief Privacy');
    const byPath = await call('report:importApply', { path: chosen.open });
    expect(!byPath.ok && byPath.error.code).toBe('invalid_request');

    const preview = await call('report:importPreview', {});
    expect(preview.ok).toBe(true);
    const token = preview.ok ? (preview.value.planToken as string) : '';
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    // The file changes on disk after the preview: what is applied is what was previewed.
    await writeFile(chosen.open, 'not a workbook any more');
    const applied = await call('report:importApply', { planToken: token });
    expect(applied.ok && applied.value.counts).toEqual({ added: 0, changed: 1, removed: 0 });
    expect((await session.workspace.listActivities()).some((a) => a.owner === 'Chief Privacy')).toBe(true);

    const again = await call('report:importApply', { planToken: token });
    expect(!again.ok && again.error.message).toMatch(/no previewed import to apply/i);
    await session.close();
  });

  it('a preview older than the last change is not applied', async () => {
    const { dir, session, call, chosen } = await app();
    chosen.open = await editedRegister(session, dir, 'Head of Data');
    const preview = await call('report:importPreview', {});
    const token = preview.ok ? (preview.value.planToken as string) : '';
    const [org] = await session.workspace.listOrganisations();
    await session.save('organisation', { ...org!, name: `${org!.name} (renamed)` });
    const before = await snapshot(session);
    const r = await call('report:importApply', { planToken: token });
    expect(!r.ok && r.error.message).toMatch(/workspace has changed since the preview/);
    expect(await snapshot(session)).toBe(before);
    await session.close();
  });

  it('a FIFO, a device and a folder chosen for import are refused by what they are, at once', async () => {
    const { dir, session, call, chosen } = await app();
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const folder = join(dir, 'folder.xlsx');
    await mkdir(folder);
    for (const [path, words] of [
      [fifo, /"pipe\.xlsx" is a named pipe \(FIFO\), not a workbook file/],
      ['/dev/zero', /"zero" is a device, not a workbook file/],
      [folder, /"folder\.xlsx" is a folder, not a workbook/],
    ] as const) {
      chosen.open = path;
      const r = await call('report:importPreview', {});
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('import_refused');
      expect(!r.ok && r.error.message).toMatch(words);
    }
    await session.close();
  });

  it('a workbook with wrong cells: the preview lists every problem with its sheet, row and column', async () => {
    const { dir, session, call, chosen } = await app();
    const file = await editedRegister(session, dir, 'x');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await readFile(file)).slice().buffer);
    const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
    const status = (reg.getRow(1).values as unknown[]).indexOf('Status');
    reg.getCell(2, status).value = 'Maybe';
    reg.getCell(3, status).value = 'Perhaps';
    await wb.xlsx.writeFile(file);
    chosen.open = file;
    const r = await call('report:importPreview', {});
    expect(r.ok).toBe(true);
    const problems = r.ok ? (r.value.problems as { sheet: string; row: number; column: string; message: string }[]) : [];
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Controller register', 2, 'Status'],
      ['Controller register', 3, 'Status'],
    ]);
    expect(problems[0]?.message).toMatch(/"Maybe" is not one of/);
    expect(r.ok && r.value.planToken).toBeUndefined();
    await session.close();
  });

  it('a file that is not a workbook: the refusal crosses IPC with its code and words', async () => {
    const { dir, session, call, chosen } = await app();
    chosen.open = join(dir, 'notes.xlsx');
    await writeFile(chosen.open, 'just some text');
    const r = await call('report:importPreview', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'import_refused', message: expect.stringMatching(/"notes\.xlsx" is not an Excel workbook/) } });
    await session.close();
  });

  it('reopening the open workspace, by its path or through a link, is a no-op and keeps it writable', async () => {
    const { dir, path, session } = await app();
    const link = join(dir, 'link.ropa');
    await symlink(path, link);
    const before = session.workspace;
    for (const p of [path, link]) {
      const state = await session.open(p);
      expect(state.readOnly).toBe(false);
      expect(session.workspace).toBe(before);
    }
    await session.close();
  });

  it('a second open through a symlink meets the same lock and is read-only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-paths-'));
    dirs.push(dir);
    const real = join(dir, 'real.ropa');
    const link = join(dir, 'link.ropa');
    await (await Workspace.create(real, { backups: false })).close();
    await symlink(real, link);
    const first = await Workspace.open(real, { backups: false });
    const second = await Workspace.open(link, { backups: false });
    expect([first.readOnly, second.readOnly]).toEqual([false, true]);
    await second.close();
    await first.close();
  });

  it('a FIFO and a folder chosen as a workspace are named for what they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-paths-'));
    dirs.push(dir);
    const fifo = join(dir, 'pipe.ropa');
    execFileSync('mkfifo', [fifo]);
    const loop = join(dir, 'loop.ropa');
    await symlink(loop, loop);
    await expect(Workspace.open(fifo)).rejects.toThrow(/"pipe\.ropa" is a named pipe \(FIFO\), not a workspace file/);
    await expect(Workspace.open(loop)).rejects.toThrow(/"loop\.ropa" is a symbolic link that leads back to itself/);
    await expect(Workspace.open('/dev/zero')).rejects.toThrow(/"zero" is a device, not a workspace file/);
  });
});
