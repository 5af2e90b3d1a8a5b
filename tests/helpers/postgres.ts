/**
 * A private PostgreSQL cluster for the tests: initdb in a temporary folder (as the
 * `postgres` user when run as root, since the server refuses to run as root),
 * listening on 127.0.0.1 and a free port only. `globalSetup` starts one cluster
 * for the whole run (vitest.config.ts); each test file makes its own database.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Cluster {
  host: string;
  port: number;
  dir: string;
  /** URL of a database as the superuser. */
  url(database: string, user?: string): string;
  stop(): void;
  start(): void;
  /** The server goes away at once (immediate shutdown): open connections are cut mid-transaction. */
  kill(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) throw new Error('PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin (.ci/run installs Debian\'s postgresql).');
  return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: string[]): void {
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  else execFileSync(bin, args, { stdio: 'pipe' });
}

export interface ClusterOptions {
  /** More server settings ("-c ssl=on …"). */
  serverOptions?: string;
  /** Called with the data folder before the server starts (files written there are chowned to postgres). */
  beforeStart?: (data: string) => void;
}

/** Gives `path` to the postgres user when the tests run as root (a key file the server must own). */
export function giveToPostgres(path: string): void {
  if (!asRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(path, uid, gid);
}

export async function startCluster(o: ClusterOptions = {}): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'ropa-pg-'));
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
  // The login pw_alice must give its password (SCRAM), so the app's password handling is tested for real.
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(hba, `host all pw_alice 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
  const port = await freePort();
  o.beforeStart?.(data);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200${o.serverOptions !== undefined ? ` ${o.serverOptions}` : ''}`;
  const start = () => run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  start();
  return {
    host: '127.0.0.1',
    port,
    dir,
    url: (database, user = 'postgres') => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`,
    start,
    stop: () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']),
    // An immediate shutdown: every connection is cut without a word, nothing is checkpointed (crash recovery on the next start).
    kill: () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']),
  };
}

export function removeCluster(c: Cluster): void {
  try {
    c.stop();
  } catch {
    // already stopped
  }
  rmSync(c.dir, { recursive: true, force: true });
}

/** A new, empty database on the cluster (as the superuser); returns its URL. */
export async function createDatabase(base: { host: string; port: number }, name: string): Promise<string> {
  const client = new pg.Client({ host: base.host, port: base.port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return `postgres://postgres@${base.host}:${base.port}/${name}`;
}

/** Creates a login (no password needed on the test cluster, except pw_alice, which needs `password`). */
export async function createLogin(base: { host: string; port: number }, login: string, password?: string): Promise<void> {
  const client = new pg.Client({ host: base.host, port: base.port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    if (exists.rowCount === 0) await client.query(`CREATE ROLE "${login}" LOGIN${password !== undefined ? ` PASSWORD '${password.replace(/'/g, "''")}'` : ''}`);
  } finally {
    await client.end();
  }
}
