/**
 * The two stores a contract test runs on: a workspace file, or a team workspace
 * in this test file's own database on the run's PostgreSQL cluster.
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { Workspace } from '../../electron/services/workspace';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { createDatabase } from './postgres';

export type EngineName = 'file' | 'server';
export const ENGINES: readonly EngineName[] = ['file', 'server'];

export interface Engines {
  /** A new, empty workspace on that engine (file: in a fresh folder; server: the schema dropped and made again). */
  fresh(engine: EngineName, options?: { actor?: string; now?: () => Date }): Promise<Workspace>;
  /** What the change log names as the author on that engine: the given name, or the database login. */
  author(engine: EngineName, actor: string): string;
  /** The server database's URL (as the superuser). */
  url(): string;
  cleanup(): Promise<void>;
}

export async function useEngines(server: { host: string; port: number }, database: string): Promise<Engines> {
  const url = await createDatabase(server, database);
  const dirs: string[] = [];
  const open: Workspace[] = [];
  return {
    url: () => url,
    author: (engine, actor) => (engine === 'file' ? actor : 'postgres'),
    async fresh(engine, options = {}) {
      let ws: Workspace;
      if (engine === 'file') {
        const dir = await mkdtemp(join(tmpdir(), 'ropa-store-'));
        dirs.push(dir);
        ws = await Workspace.create(join(dir, 'w.ropa'), { actor: options.actor ?? 'Tester', ...(options.now ? { now: options.now } : {}) });
      } else {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query('DROP SCHEMA IF EXISTS ropa CASCADE');
        await c.end();
        await initServer(url, { name: 'w' });
        ws = await openServerWorkspace(url, options.now ? { now: options.now } : {});
      }
      open.push(ws);
      return ws;
    },
    async cleanup() {
      for (const ws of open.splice(0)) await ws.close().catch(() => undefined);
      for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
    },
  };
}
