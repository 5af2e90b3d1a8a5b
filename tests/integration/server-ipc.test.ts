/** A conflict crosses IPC as a typed error with its details: who changed the record, when, and their version. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument } from '../../shared/sample';
import type { IpcResult } from '../../shared/ipc';
import type { ProcessingActivity } from '../../shared/model';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { createDatabase } from '../helpers/postgres';

let url: string;
const sessions: AppSession[] = [];
function window() {
  const session = new AppSession(memoryPreferences(), { backups: false });
  sessions.push(session);
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
  });
  return { session, handlers };
}

beforeAll(async () => {
  url = await createDatabase(inject('postgres'), 'server_ipc');
  await initServer(url, { name: 'Privacy team' });
  const ws = await openServerWorkspace(url);
  await ws.importDocument(buildSampleDocument());
  await ws.close();
});
afterAll(async () => {
  for (const s of sessions) await s.close();
});

describe('two windows on one team workspace', () => {
  it('the second save of the same version gets a conflict with both versions; nothing is overwritten', async () => {
    const a = window();
    const b = window();
    const state = await a.session.connect(url);
    expect(state).toMatchObject({ readOnly: false, connectedAs: expect.stringMatching(/^postgres \(admin\) on 127\.0\.0\.1:\d+\/server_ipc$/) as unknown });
    await b.session.connect(url);
    const [first] = await a.session.workspace.listActivities();
    if (!first) throw new Error('sample has activities');
    const opened = (await dispatch(a.handlers, 'activity:save', { activity: first })) as IpcResult<ProcessingActivity>;
    if (!opened.ok) throw new Error(opened.error.message);
    const theirs = (await dispatch(b.handlers, 'activity:save', { activity: { ...opened.value, description: 'Their words' } })) as IpcResult<ProcessingActivity>;
    expect(theirs.ok).toBe(true);
    const mine = await dispatch(a.handlers, 'activity:save', { activity: { ...opened.value, description: 'My words' } });
    expect(mine.ok).toBe(false);
    if (mine.ok) return;
    expect(mine.error.code).toBe('conflict');
    expect(mine.error.message).toMatch(new RegExp(`^The processing activity "${first.name}" was not saved: postgres changed it at .* UTC, after you opened it\\.`));
    expect(mine.error.conflict).toMatchObject({ kind: 'activity', id: first.id, changedBy: 'postgres', theirs: { description: 'Their words' } });
    const now = await dispatch(a.handlers, 'activity:get', { id: first.id });
    expect(now).toMatchObject({ ok: true, value: { description: 'Their words' } });
  });
});
