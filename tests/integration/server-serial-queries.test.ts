/**
 * One connection runs one query at a time (issue 15): reading a product's notice
 * on a team workspace sends its reads one after another, so `pg` never warns
 * "client.query() when the client is already executing a query" (refused in
 * pg 9). The reader asks for five things at once (`Promise.all` in
 * readNoticeInput); the server store's connection wrapper runs them in turn.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { loadNoticeInput } from '../../electron/services/notice/input';
import type { Workspace } from '../../electron/services/workspace';
import { createDatabase } from '../helpers/postgres';

let ws: Workspace;

beforeAll(async () => {
  const url = await createDatabase(inject('postgres'), 'server_serial_queries');
  await initServer(url);
  ws = await openServerWorkspace(url);
  await ws.importDocument(buildSampleDocument());
});
afterAll(async () => {
  await ws.close();
});

it('reads a notice with one query at a time on its connection, and pg emits no warning', async () => {
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
    const input = await loadNoticeInput(ws, ROOMIFY_APP_ID);
    expect(input.product.name).toMatch(/Roomify/);
    expect(input.activities.length).toBeGreaterThan(0);
    expect(input.taxonomies.dataCategories.length).toBeGreaterThan(0);
    expect(spy).toHaveBeenCalled();
  } finally {
    spy.mockRestore();
    emitWarning.mockRestore();
    consoleWarn.mockRestore();
  }
  expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
  expect(most).toBe(1);
});
