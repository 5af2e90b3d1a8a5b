/**
 * Catch-up after a reconnect (issue 15): a change committed while the listening
 * connection is gone (so no notification can reach it) is delivered once it is
 * back, read from the change log; nothing is delivered twice.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { buildSampleDocument } from '../../shared/sample';
import { ChangeFeed, type FeedStatus } from '../../electron/services/pgstore/live';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import type { ChangeEntry } from '../../electron/services/workspace/change-log';
import type { Workspace } from '../../electron/services/workspace';
import { createDatabase } from '../helpers/postgres';

let url: string;
let ws: Workspace;
beforeAll(async () => {
  url = await createDatabase(inject('postgres'), 'server_live_catchup');
  await initServer(url);
  ws = await openServerWorkspace(url);
  await ws.importDocument(buildSampleDocument());
});
afterAll(async () => {
  await ws.close();
});

const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

it('delivers a change made while the listening connection was away, once, after it reconnects', async () => {
  const heard: { entries: ChangeEntry[]; status: FeedStatus | undefined }[] = [];
  const statuses: FeedStatus[] = [];
  let status: FeedStatus | undefined;
  const feed = new ChangeFeed(
    url,
    (entries) => heard.push({ entries, status }),
    (s) => {
      status = s;
      statuses.push(s);
    },
    // A long first retry, so the change below surely lands while the feed is away.
    { retryMs: 1500, pool: { application_name: 'ropa-feed-under-test' } },
  );
  await feed.start();
  try {
    const [a, b] = await ws.listActivities();
    if (a === undefined || b === undefined) throw new Error('the sample has activities');
    await ws.saveActivity({ ...a, description: 'Heard live' });
    await until(() => heard.length === 1, 2000);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const cut = await admin.query("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'ropa-feed-under-test'");
    await admin.end();
    expect(cut.rows).toEqual([{ ok: true }]);
    await until(() => statuses.includes('reconnecting'), 2000);
    await ws.saveActivity({ ...b, description: 'Made while the feed was away' });
    // Nothing can be heard before it is back.
    expect(heard).toHaveLength(1);

    await until(() => heard.length === 2, 5000);
    expect(heard[1]?.status).toBe('live');
    expect(heard[1]?.entries.map((e) => e.summary)).toEqual([expect.stringMatching(`^Changed processing activity "${b.name}"`)]);
    expect(statuses).toEqual(['live', 'reconnecting', 'live']);
    // No entry is delivered twice.
    await new Promise((r) => setTimeout(r, 300));
    const ids = heard.flatMap((h) => h.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  } finally {
    await feed.stop();
  }
});
