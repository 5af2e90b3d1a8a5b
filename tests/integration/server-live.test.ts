/**
 * Live changes and faults on a team workspace: others' changes arrive within a
 * second (only what the person may see), a reconnect catches up from the change
 * log, and a server that goes away mid-save leaves no partial commit.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOMIFY_ORG_ID, buildSampleDocument } from '../../shared/sample';
import type { ProcessingActivity } from '../../shared/model';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { grantAccess, initServer } from '../../electron/services/pgstore/server-admin';
import { type Cluster, createDatabase, createLogin, removeCluster, startCluster } from '../helpers/postgres';
import type { Workspace } from '../../electron/services/workspace';

interface Remote {
  entries: { summary: string; actor: string }[];
}

function nextRemote(session: AppSession, ms = 1000): Promise<Remote | 'nothing'> {
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      session.off('remote', on);
      resolve('nothing');
    }, ms);
    const on = (p: Remote) => {
      clearTimeout(t);
      session.off('remote', on);
      resolve(p);
    };
    session.on('remote', on);
  });
}

/** The first remote event that `match`es within `ms`, or 'nothing'. */
function remoteMatching(session: AppSession, match: (r: Remote) => boolean, ms: number): Promise<Remote | 'nothing'> {
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      session.off('remote', on);
      resolve('nothing');
    }, ms);
    const on = (p: Remote) => {
      if (!match(p)) return;
      clearTimeout(t);
      session.off('remote', on);
      resolve(p);
    };
    session.on('remote', on);
  });
}

const doc = buildSampleDocument();
const sessions: AppSession[] = [];
const workspaces: Workspace[] = [];
const newSession = () => {
  const s = new AppSession(memoryPreferences(), { backups: false });
  sessions.push(s);
  return s;
};
afterAll(async () => {
  for (const s of sessions) await s.close();
  for (const w of workspaces) await w.close().catch(() => undefined);
});

describe('live changes', () => {
  let url: string;
  beforeAll(async () => {
    const server = inject('postgres');
    url = await createDatabase(server, 'server_live');
    await initServer(url);
    const ws = await openServerWorkspace(url);
    await ws.importDocument(doc);
    await ws.close();
    await createLogin(server, 'live_consultant');
    await grantAccess(url, { user: 'live_consultant', role: 'editor', organisation: ROOMIFY_ORG_ID });
  });

  it("show a colleague's change within a second, and only what the person may see", async () => {
    const mine = newSession();
    await mine.connect(url);
    const consultant = newSession();
    await consultant.connect(url.replace('postgres://postgres@', 'postgres://live_consultant@'));
    const colleague = await openServerWorkspace(url);
    workspaces.push(colleague);
    const ledgerly = doc.activities.find((a) => a.organisationId !== ROOMIFY_ORG_ID) as ProcessingActivity;
    const roomify = doc.activities.find((a) => a.organisationId === ROOMIFY_ORG_ID) as ProcessingActivity;

    const seenByMe = nextRemote(mine);
    const seenByConsultant = nextRemote(consultant, 700);
    const started = Date.now();
    await colleague.saveActivity({ ...ledgerly, description: 'Changed by a colleague' });
    const got = await seenByMe;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(got).toEqual({ entries: [expect.objectContaining({ summary: expect.stringMatching(`^Changed processing activity "${ledgerly.name}"`) as unknown, actor: 'postgres' })] });
    // The consultant of the other client hears nothing of it.
    expect(await seenByConsultant).toBe('nothing');
    const roomifySeen = nextRemote(consultant);
    await colleague.saveActivity({ ...roomify, description: 'Changed for Roomify' });
    expect(await roomifySeen).toEqual({ entries: [expect.objectContaining({ summary: expect.stringMatching(`^Changed processing activity "${roomify.name}"`) as unknown })] });
  });
});

describe('the server going away', () => {
  let cluster: Cluster;
  let url: string;
  beforeAll(async () => {
    cluster = await startCluster();
    url = await createDatabase(cluster, 'faults');
    await initServer(url);
    const ws = await openServerWorkspace(url);
    await ws.importDocument(doc);
    await ws.close();
  });
  afterAll(() => removeCluster(cluster));

  it('mid-save: a clear message, no partial commit; after it is back, retrying saves and the live view catches up', async () => {
    const session = newSession();
    await session.connect(url);
    const ws = session.workspace;
    const statuses: string[] = [];
    session.on('connection', (p: { status: string }) => statuses.push(p.status));
    const [a, b] = await ws.listActivities();
    if (!a || !b) throw new Error('sample has activities');
    const error = await ws
      .writeWith(async (w, ctx) => {
        await w.putRecord('activity', { ...a, name: 'Half saved' });
        await w.logChange(ctx, { entityType: 'activity', entityId: a.id, action: 'update', summary: 'half' });
        cluster.kill();
        await w.putRecord('activity', { ...b, name: 'Never saved' });
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The connection to the team workspace on 127\.0\.0\.1:\d+\/faults was lost, so the change was not saved \(a change is saved whole or not at all\)\. RoPA Desk reconnects by itself: try again in a moment\.$/);
    // While it is away, a save fails the same way.
    await expect(ws.saveActivity({ ...a, description: 'While away' })).rejects.toThrow(/was lost, so the change was not saved/);
    cluster.start();
    // Nothing of the interrupted transaction was committed.
    expect((await ws.getActivity(a.id))?.name).toBe(a.name);
    expect((await ws.changes({ limit: 5 })).map((c) => c.summary)).not.toContain('half');
    // The person retries: it saves.
    expect((await ws.saveActivity({ ...a, description: 'Retried' })).description).toBe('Retried');
    // The live view reconnects and catches up with a change made while it was reconnecting.
    const other = await openServerWorkspace(url);
    workspaces.push(other);
    // The feed may come back after the retry above, so its catch-up can bring that save first: wait for the colleague's.
    const caught = remoteMatching(session, (r) => r.entries.some((e) => e.summary.startsWith(`Changed processing activity "${b.name}"`)), 5000);
    await other.saveActivity({ ...b, description: 'Made by someone else' });
    expect(await caught).toMatchObject({ entries: expect.arrayContaining([expect.objectContaining({ summary: expect.stringMatching(`^Changed processing activity "${b.name}"`) as unknown })]) as unknown });
    expect(statuses).toContain('reconnecting');
    expect(statuses.at(-1)).toBe('live');
  });
});
