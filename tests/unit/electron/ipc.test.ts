import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, type IpcResult } from '../../../shared/ipc';
import { createHandlers, createSampleWorkspace } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { type InvokeEventLike, registerIpc } from '../../../electron/ipc/register';
import { AppSession } from '../../../electron/services/app/session';
import { memoryPreferences } from '../../../electron/services/app/prefs';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function app() {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-ipc-'));
  dirs.push(dir);
  const session = new AppSession(memoryPreferences(), { backups: false });
  const opened: string[] = [];
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined },
    info: { version: 'test', platform: 'linux' },
    openExternal: async (url) => void opened.push(url),
  });
  await createSampleWorkspace(session, join(dir, 'sample.ropa'));
  return { session, handlers, opened };
}

/** A fake ipcMain that records what was registered. */
function fakeIpcMain() {
  const registered = new Map<string, (event: InvokeEventLike, payload: unknown) => Promise<unknown>>();
  return { registered, handle: (channel: string, listener: (e: InvokeEventLike, p: unknown) => Promise<unknown>) => void registered.set(channel, listener) };
}

const OWN: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://ropa/index.html', parent: null } };
const snapshot = async (session: AppSession) => JSON.stringify({ ...(await session.workspace.exportDocument()), exportedAt: '' });

describe('the IPC contract in the main process', () => {
  it('has a handler for every channel, and registers every channel', async () => {
    const { session, handlers } = await app();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    const ipc = fakeIpcMain();
    registerIpc(ipc, handlers, () => true);
    expect([...ipc.registered.keys()].sort()).toEqual([...CHANNELS].sort());
    await session.close();
  });

  it('refuses a foreign sender and changes nothing', async () => {
    const { session, handlers } = await app();
    const ipc = fakeIpcMain();
    registerIpc(ipc, handlers, (e) => e.senderFrame?.url.startsWith('app://ropa/') === true && e.senderFrame.parent === null);
    const before = await snapshot(session);
    const org = { id: 'org-evil', name: 'Injected' };
    const foreign: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } };
    const result = (await ipc.registered.get('organisation:save')?.(foreign, { organisation: org })) as IpcResult<unknown>;
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from a RoPA Desk window.' } });
    expect(await snapshot(session)).toBe(before);
    const ok = (await ipc.registered.get('organisation:save')?.(OWN, { organisation: org })) as IpcResult<{ name: string }>;
    expect(ok.ok && ok.value.name).toBe('Injected');
    await session.close();
  });

  it('answers malformed payloads with a typed error and changes nothing (5,000 generated payloads)', async () => {
    const { session, handlers, opened } = await app();
    const before = await snapshot(session);
    const changesBefore = (await session.workspace.info({ integrity: false })).counts.changes;
    // Channels whose every payload must be an object with specific fields.
    const strict = CHANNELS;
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant('../../etc')) }),
      fc.record({ activity: fc.object() }),
      fc.record({ organisation: fc.record({ id: fc.string(), name: fc.oneof(fc.constant(''), fc.integer()) }) }),
      fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) }),
      fc.record({ key: fc.string({ maxLength: 100 }), extra: fc.anything() }),
    );
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...strict), junk, async (channel, payload) => {
        const result = await dispatch(handlers, channel, payload);
        if (!result.ok) {
          errors++;
          expect(typeof result.error.code).toBe('string');
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5000 },
    );
    expect(errors).toBeGreaterThan(3750);
    expect(await snapshot(session)).toBe(before);
    expect((await session.workspace.info({ integrity: false })).counts.changes).toBe(changesBefore);
    expect(opened).toEqual([]);
    await session.close();
  });

  it('names the bad field of an invalid request', async () => {
    const { session, handlers } = await app();
    const result = await dispatch(handlers, 'organisation:save', { organisation: { id: 'o', name: 'X', country: 'Narnia' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!result.ok && result.error.details).toContain('$.organisation.country: "Narnia" is not an ISO 3166-1 two-letter country code (e.g. "DE", "US")');
    expect(await dispatch(handlers, 'shell:openExternal', { url: 'https://x' })).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Unknown request "shell:openExternal".' } });
    await session.close();
  });

  it('opens only allow-listed https links', async () => {
    const { session, handlers, opened } = await app();
    expect(await dispatch(handlers, 'shell:openLink', { url: 'https://evil.example/' })).toMatchObject({ ok: false, error: { message: 'Links to https://evil.example/ are not opened from RoPA Desk.' } });
    expect(await dispatch(handlers, 'shell:openLink', { url: 'https://gdpr-info.eu/art-30-gdpr/' })).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://gdpr-info.eu/art-30-gdpr/']);
    await session.close();
  });

  it('undoes and redoes a change through the handlers, with labels', async () => {
    const { session, handlers } = await app();
    const vendor = await handlers['vendor:addFromCatalogue']({ key: 'supabase' });
    expect(vendor).toMatchObject({ name: 'Supabase', headquarters: 'US', catalogueKey: 'supabase', dpa: { status: 'missing' } });
    expect(await handlers['history:state']({})).toEqual({ canUndo: true, canRedo: false, undoLabel: 'creation of “Supabase”' });
    await handlers['history:undo']({});
    expect((await session.workspace.listVendors()).some((v) => v.id === vendor.id)).toBe(false);
    expect(await handlers['history:state']({})).toEqual({ canUndo: false, canRedo: true, redoLabel: 'creation of “Supabase”' });
    await handlers['history:redo']({});
    expect((await session.workspace.listVendors()).find((v) => v.id === vendor.id)?.name).toBe('Supabase');
    await session.close();
  });

  it('creates an activity from a template as a draft of the chosen product', async () => {
    const { session, handlers } = await app();
    const overview = await handlers['workspace:overview']({});
    const product = overview?.products[0];
    if (!product) throw new Error('sample has products');
    const a = await handlers['activity:createFromTemplate']({ template: 'crash_reporting', organisationId: product.organisationId, productId: product.id });
    expect(a).toMatchObject({ name: 'Crash reporting and diagnostics', status: 'draft', productId: product.id });
    expect((await handlers['workspace:overview']({}))?.activities.some((s) => s.id === a.id && s.name === a.name)).toBe(true);
    await session.close();
  });
});
