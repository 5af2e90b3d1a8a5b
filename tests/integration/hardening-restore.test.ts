/**
 * Issue 14: the app checks a file after opening it (reads start at once, writes wait
 * for the check), reopens a damaged one read-only, and restores the newest good
 * backup in its place through the IPC contract: backups listed with their dates by
 * token, the copy checked before it replaces the file, the damaged file kept aside.
 */
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { Workspace, listBackups } from '../../electron/services/workspace';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import type { IpcResult } from '../../shared/ipc';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function damage(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  const { size } = await fh.stat();
  await fh.write(Buffer.alloc(600, 0xa5), 0, 600, Math.floor(size / 4096 / 2) * 4096 + 8);
  await fh.close();
}

function app(path: string) {
  const session = new AppSession(memoryPreferences({ displayName: 'Dana' }), { backups: { keep: 3 } });
  const handlers = createHandlers({ session, dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => path }, info: { version: 't', platform: 'linux' }, openExternal: async () => undefined });
  const call = <T>(channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload) as Promise<IpcResult<T>>;
  return { session, call };
}

describe('a damaged file in the app', () => {
  it('opens at once, refuses the first write, turns read-only with the offer, and a restored backup opens for editing with the damaged file kept aside', async () => {
    const dir = await tempDir();
    const path = join(dir, 'register.ropa');
    const ws = await Workspace.create(path, { backups: false });
    await ws.importDocument(buildSampleDocument(new Date('2026-03-01T10:00:00Z')), { replace: true });
    await ws.close();
    // A backup taken while it was good (the app takes one on every open).
    await (await Workspace.open(path, { backups: { keep: 3 } })).close();
    expect(await listBackups(path, { keep: 3 })).toHaveLength(1);
    const organisations = (await (await Workspace.open(path, { backups: false, readOnly: true })).listOrganisations()).length;
    await damage(path);

    const { session, call } = app(path);
    const opened = await call<{ readOnly: boolean }>('workspace:open');
    expect(opened).toMatchObject({ ok: true, value: { readOnly: false } });
    // A write made before the check has run waits for it, and is refused: the damaged file is never written.
    const save = await call('organisation:save', { organisation: { id: 'org-new', name: 'Written too early', country: 'DE' } });
    expect(save).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!save.ok && save.error.message).toMatch(/The change was not saved\. Opened read-only: "register\.ropa" is damaged/);
    expect(!save.ok && save.error.message).not.toMatch(/SQLITE_|malformed/);
    await session.checked;
    const state = await call<{ readOnly: boolean; damaged?: boolean; readOnlyReason?: string }>('workspace:state');
    expect(state).toMatchObject({ ok: true, value: { readOnly: true, damaged: true } });
    expect(state.ok && state.value.readOnlyReason).toContain('choose "Restore a backup"');

    const listed = await call<{ id: string; takenAt: string; passesCheck: boolean }[]>('workspace:backups');
    expect(listed.ok).toBe(true);
    const backups = listed.ok ? listed.value : [];
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ passesCheck: true });
    expect(backups[0]?.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(JSON.stringify(backups)).not.toContain(dir);

    const restored = await call<{ state: { readOnly: boolean; damaged?: boolean }; keptAside: string }>('workspace:restoreBackup', { id: backups[0]?.id });
    expect(restored).toMatchObject({ ok: true, value: { state: { readOnly: false } } });
    expect(restored.ok && restored.value.state.damaged).toBeUndefined();
    const keptAside = restored.ok ? restored.value.keptAside : '';
    expect(keptAside).toMatch(/^register\.damaged-\d{8}-\d{6}\.ropa$/);
    await session.checked;
    expect((await call<{ readOnly: boolean }>('workspace:state'))).toMatchObject({ ok: true, value: { readOnly: false } });
    expect((await session.workspace.listOrganisations()).length).toBe(organisations);
    expect(await call('organisation:save', { organisation: { id: 'org-new', name: 'After the restore', country: 'DE' } })).toMatchObject({ ok: true });
    await session.close();

    // The damaged file is kept beside it, still damaged; nothing of it was lost.
    expect(await readdir(dir)).toContain(keptAside);
    const aside = await Workspace.open(join(dir, keptAside), { backups: false });
    expect(aside.readOnly).toBe(true);
    expect(aside.readOnlyReason).toMatch(/is damaged/);
    await aside.close();
  });

  it('a backup token not listed (or spent) is refused in words, and nothing changes', async () => {
    const dir = await tempDir();
    const path = join(dir, 'register.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    const { session, call } = app(path);
    await call('workspace:open');
    await session.checked;
    const r = await call('workspace:restoreBackup', { id: 'not-a-token' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', message: 'That backup is no longer listed; list the backups again and choose one.' } });
    expect(await call('workspace:state')).toMatchObject({ ok: true, value: { readOnly: false } });
    await session.close();
  });

  it('a sound file opened by the app is writable, and its backup is taken after the check', async () => {
    const dir = await tempDir();
    const path = join(dir, 'register.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    const { session, call } = app(path);
    await call('workspace:open');
    expect(await call('organisation:save', { organisation: { id: 'org-1', name: 'Saved at once', country: 'DE' } })).toMatchObject({ ok: true });
    await session.checked;
    expect(await listBackups(path, { keep: 3 })).toHaveLength(1);
    expect(await call('workspace:state')).toMatchObject({ ok: true, value: { readOnly: false } });
    await session.close();
  });
});

function query<T>(path: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.all(sql, (e, rows) => db.close(() => (e ? reject(e) : resolve(rows as T[]))));
    });
  });
}

/** Damage the root page of the activities table: whatever else the sample holds, the overview reads it. */
async function damageActivities(path: string): Promise<void> {
  const [root] = await query<{ rootpage: number }>(path, "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'activities'");
  const [size] = await query<{ page_size: number }>(path, 'PRAGMA page_size');
  if (root === undefined || size === undefined) throw new Error('no activities table');
  const fh = await open(path, 'r+');
  await fh.write(Buffer.alloc(600, 0xa5), 0, 600, (root.rootpage - 1) * size.page_size + 8);
  await fh.close();
}

describe('a page SQLite cannot read, in the app', () => {
  it('is refused in words across IPC, never as SQLite text', async () => {
    const dir = await tempDir();
    const path = join(dir, 'register.ropa');
    const ws = await Workspace.create(path, { backups: false });
    await ws.importDocument(buildSampleDocument(new Date('2026-03-01T10:00:00Z')), { replace: true });
    await ws.close();
    // A page the overview reads, not one picked by its place in the file (the sample's size moves those).
    await damageActivities(path);
    const { session, call } = app(path);
    await call('workspace:open');
    await session.checked;
    const overview = await call('workspace:overview');
    expect(overview).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!overview.ok && overview.error.message).toMatch(/^Part of this workspace file is damaged and cannot be read\. Nothing was changed\. Choose "Restore a backup"/);
    await session.close();
  });
});
