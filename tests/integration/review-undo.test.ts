/**
 * Undo and redo follow the review workflow (issue 12): an undo (or redo) that would
 * change an approved activity asks for a reason first, as an edit does; with the
 * reason it reopens the activity and the reason goes to the change log in the same
 * entry; without it nothing changes. No undo ever approves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, createSampleWorkspace } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';

const dirs: string[] = [];
const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function app() {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-review-undo-'));
  dirs.push(dir);
  const session = new AppSession(memoryPreferences({ displayName: 'Ann Author' }), { backups: false });
  sessions.push(session);
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
  });
  await createSampleWorkspace(session, join(dir, 'sample.ropa'));
  return { session, handlers };
}

/** Ann creates and renames an activity and submits it; Bob approves it. Ann's rename is on her undo stack. */
async function approvedAfterAnEdit() {
  const { session, handlers } = await app();
  const created = await handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
  await handlers['activity:save']({ activity: { ...created, name: 'Live chat support' } });
  await handlers['review:submit']({ id: created.id });
  session.setDisplayName('Bob Reviewer');
  await handlers['review:approve']({ id: created.id });
  session.setDisplayName('Ann Author');
  const get = () => session.workspace.getActivity(created.id);
  expect((await get())?.status).toBe('approved');
  return { session, handlers, id: created.id, get };
}

describe('undo and redo over an approved activity', () => {
  it('undo asks for a reason first and changes nothing without one', async () => {
    const { session, handlers, id, get } = await approvedAfterAnEdit();
    const before = await session.workspace.changes({ entityId: id, limit: 50 });
    const refused = await dispatch(handlers, 'history:undo', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'reason_required' } });
    expect(refused.ok ? '' : refused.error.message).toBe('Undoing this changes “Live chat support”, which is approved: say why it is reopened for changes.');
    expect(await get()).toMatchObject({ status: 'approved', name: 'Live chat support', reviewer: 'Bob Reviewer' });
    expect(await session.workspace.changes({ entityId: id, limit: 50 })).toEqual(before);
    // The step stays, to be undone with a reason.
    expect(session.history.state()).toMatchObject({ canUndo: true, undoLabel: 'edit of “Live chat support”' });
  });

  it('with the reason, the undo reopens it and logs the reason in the same entry', async () => {
    const { session, handlers, id, get } = await approvedAfterAnEdit();
    await handlers['history:undo']({ reason: 'The old name is the one in the contract' });
    expect(await get()).toMatchObject({ status: 'draft', name: 'Chat support' });
    const [entry] = await session.workspace.changes({ entityId: id, limit: 1 });
    expect(entry).toMatchObject({
      actor: 'Ann Author',
      summary: 'Changed processing activity "Chat support" (undo); reopened after approval for changes: The old name is the one in the contract',
    });
  });

  it('redo of a change to an approved activity asks for a reason too', async () => {
    const { session, handlers, id, get } = await app().then(async ({ session, handlers }) => {
      const created = await handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
      await handlers['activity:save']({ activity: { ...created, name: 'Live chat support' } });
      await handlers['history:undo']({});
      await handlers['review:submit']({ id: created.id });
      session.setDisplayName('Bob Reviewer');
      await handlers['review:approve']({ id: created.id });
      session.setDisplayName('Ann Author');
      return { session, handlers, id: created.id, get: () => session.workspace.getActivity(created.id) };
    });
    expect(await dispatch(handlers, 'history:redo', {})).toMatchObject({ ok: false, error: { code: 'reason_required' } });
    expect((await get())?.status).toBe('approved');
    await handlers['history:redo']({ reason: 'Renamed after all' });
    expect(await get()).toMatchObject({ status: 'draft', name: 'Live chat support' });
    const [entry] = await session.workspace.changes({ entityId: id, limit: 1 });
    expect(entry?.summary).toBe('Changed processing activity "Live chat support" (redo); reopened after approval for changes: Renamed after all');
  });

  it('an undo that leaves an approved activity’s content as it is needs no reason', async () => {
    const { session, handlers } = await app();
    // Ann edits a vendor; an approved activity of the sample is untouched by undoing it.
    const [vendor] = (await handlers['workspace:overview']({}))?.vendors ?? [];
    if (!vendor) throw new Error('no vendor');
    await handlers['vendor:save']({ vendor: { ...vendor, notes: 'checked' } });
    expect(await dispatch(handlers, 'history:undo', {})).toMatchObject({ ok: true });
    expect(session.history.state().canUndo).toBe(false);
  });

  it('no undo approves: an approved activity deleted by its submitter comes back as a draft, even in one-person mode', async () => {
    const { session, handlers } = await app();
    await handlers['review:setOnePersonMode']({ enabled: true });
    const created = await handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Solo' });
    await handlers['review:submit']({ id: created.id });
    await handlers['review:approve']({ id: created.id });
    await handlers['activity:delete']({ id: created.id });
    await handlers['history:undo']({});
    const back = await session.workspace.getActivity(created.id);
    expect(back).toMatchObject({ status: 'draft', name: 'Solo' });
    expect(back?.reviewer).toBeUndefined();
  });
});
