/**
 * One connection runs one query at a time (issue 15): reading a product's notice
 * on a team workspace sends its reads one after another, so `pg` never warns
 * "client.query() when the client is already executing a query" (refused in
 * pg 9). The reader asks for five things at once (`Promise.all` in
 * readNoticeInput); the server store's connection wrapper runs them in turn.
 * The live feed's own connection takes turns too: its setup and each catch-up.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { loadNoticeInput } from '../../electron/services/notice/input';
import { ChangeFeed } from '../../electron/services/pgstore/live';
import type { Workspace } from '../../electron/services/workspace';
import { createDatabase } from '../helpers/postgres';

let ws: Workspace;
let url: string;

beforeAll(async () => {
  url = await createDatabase(inject('postgres'), 'server_serial_queries');
  await initServer(url);
  ws = await openServerWorkspace(url);
  await ws.importDocument(buildSampleDocument());
});
afterAll(async () => {
  await ws.close();
});

/** Runs `fn` counting the queries each connection has in flight at once, and pg's warnings. */
async function watchQueries(fn: () => Promise<void>): Promise<{ most: number; warnings: string[] }> {
  const warnings: string[] = [];
  const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation((w: string | Error) => {
    warnings.push(typeof w === 'string' ? w : w.message);
  });
  const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  // How many queries each connection has in flight at once (the warning fires only once per process, so count too).
  const inFlight = new Map<object, number>();
  let most = 0;
  const query = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const n = (inFlight.get(this) ?? 0) + 1;
    inFlight.set(this, n);
    most = Math.max(most, n);
    const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    else done();
    return result as never;
  });
  try {
    await fn();
    expect(spy).toHaveBeenCalled();
  } finally {
    spy.mockRestore();
    emitWarning.mockRestore();
    consoleWarn.mockRestore();
  }
  return { most, warnings: warnings.filter((w) => /already executing a query/.test(w)) };
}

it('reads a notice with one query at a time on its connection, and pg emits no warning', async () => {
  const seen = await watchQueries(async () => {
    const input = await loadNoticeInput(ws, ROOMIFY_APP_ID);
    expect(input.product.name).toMatch(/Roomify/);
    expect(input.activities.length).toBeGreaterThan(0);
    expect(input.taxonomies.dataCategories.length).toBeGreaterThan(0);
  });
  expect(seen).toEqual({ most: 1, warnings: [] });
});

it('the live feed sets up and catches up one query at a time, however fast changes arrive', async () => {
  const seen = await watchQueries(async () => {
    const [a] = await ws.listActivities();
    if (a === undefined) throw new Error('the sample has activities');
    let saving = true;
    // Colleagues' changes keep arriving while feeds start: notifications land during each feed's setup.
    const saves = (async () => {
      const other = await openServerWorkspace(url);
      let current = a;
      for (let i = 0; saving && i < 200; i++) current = await other.saveActivity({ ...current, description: `change ${i}` });
      await other.close();
    })();
    for (let i = 0; i < 8; i++) {
      const feed = new ChangeFeed(url, () => undefined);
      await feed.start();
      await new Promise((r) => setTimeout(r, 30));
      await feed.stop();
    }
    saving = false;
    await saves;
  });
  expect(seen).toEqual({ most: 1, warnings: [] });
});
