/**
 * Issue 14, item 2: the schema version is read through SQLite once it has opened
 * the file (its write-ahead log included), not from the file header. A crash right
 * after an upgrade (committed to the log, not yet copied into the file) must not
 * stop the next open; a newer version's commit still in the log must be refused.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import sqlite3 from 'sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, Workspace, WorkspaceError } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const FIXTURE = 'tests/fixtures/workspace-v1.ropa';
const CHILD = resolve('dist/test/upgrade-child.cjs');

beforeAll(async () => {
  await build({ entryPoints: ['tests/helpers/upgrade-child.ts'], outfile: CHILD, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3'], logLevel: 'error' });
}, 60_000);

function start(path: string, mode: 'open' | 'newer'): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, [CHILD, path, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((res, rej) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && res());
    child.once('exit', (code) => rej(new Error(`child exited ${code}: ${err}`)));
  });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  ready.catch(() => undefined);
  return { child, ready, exited };
}

function sql(path: string, script: string): Promise<void> {
  return new Promise((res, rej) => {
    const db = new sqlite3.Database(path, (e) => {
      if (e) return rej(e);
      db.exec(script, (e2) => db.close(() => (e2 ? rej(e2) : res())));
    });
  });
}

function columns(path: string, table: string): Promise<string[]> {
  return new Promise((res, rej) => {
    const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (e) => {
      if (e) return rej(e);
      db.all<{ name: string }>(`PRAGMA table_info(${table})`, (e2, rows) => db.close(() => (e2 ? rej(e2) : res(rows.map((r) => r.name)))));
    });
  });
}

/** The version-1 fixture with its one activity copied `n` times, rows and all (a large old file). */
async function largeOldFile(path: string, n: number): Promise<void> {
  await copyFile(FIXTURE, path);
  const tables = ['activity_purposes', 'activity_data_subjects', 'activity_data_categories', 'activity_recipients', 'activity_transfers', 'activity_security_measures'];
  const actCols = await columns(path, 'activities');
  const parts = [`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})`];
  let script = `BEGIN;\nCREATE TEMP TABLE seq AS ${parts[0]} SELECT i FROM n;\n`;
  script += `INSERT INTO activities (${actCols.join(', ')}) SELECT ${actCols.map((c) => (c === 'id' ? "'act-v1-' || i" : c === 'name' ? "name || ' ' || i" : c)).join(', ')} FROM activities, seq WHERE id = 'act-v1';\n`;
  for (const t of tables) {
    const cols = await columns(path, t);
    script += `INSERT INTO ${t} (${cols.join(', ')}) SELECT ${cols.map((c) => (c === 'activity_id' ? "'act-v1-' || i" : c)).join(', ')} FROM ${t}, seq WHERE activity_id = 'act-v1';\n`;
  }
  script += 'COMMIT;';
  await sql(path, script);
}

async function contents(ws: Workspace): Promise<string> {
  const { exportedAt: _a, ...doc } = await ws.exportDocument();
  return JSON.stringify(doc);
}

describe('a crash during or right after a schema upgrade', () => {
  it('an upgrade committed to the write-ahead log but not checkpointed: the next open succeeds, writable and read-only', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.ropa');
    await copyFile(FIXTURE, path);
    const { child, ready, exited } = start(path, 'open');
    await ready;
    child.kill('SIGKILL');
    await exited;
    expect((await stat(`${path}-wal`)).size).toBeGreaterThan(0);
    expect((await readFile(path)).readUInt32BE(60)).toBe(1); // the header still says version 1

    const ro = await Workspace.open(path, { readOnly: true });
    expect((await ro.info({ integrity: false })).schemaVersion).toBe(SCHEMA_VERSION);
    await ro.close();
    const ws = await Workspace.open(path, { backups: false });
    expect(ws.readOnly).toBe(false);
    const info = await ws.info();
    expect([info.schemaVersion, info.integrity]).toEqual([SCHEMA_VERSION, ['ok']]);
    expect((await ws.listActivities()).map((a) => a.name)).toEqual(['Newsletter']);
    await ws.close();
  }, 60_000);

  it("a newer version's commit still in the log is refused, for writing and for reading", async () => {
    const dir = await tempDir();
    const path = join(dir, 'current.ropa');
    (await Workspace.create(path, { backups: false })).close();
    const { child, ready, exited } = start(path, 'newer');
    await ready;
    child.kill('SIGKILL');
    await exited;
    expect((await readFile(path)).readUInt32BE(60)).toBe(SCHEMA_VERSION);
    for (const readOnly of [false, true]) {
      const e = await Workspace.open(path, { readOnly, backups: false }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkspaceError);
      expect((e as WorkspaceError).code).toBe('newer_version');
      expect((e as Error).message).toMatch(/saved by a newer version of RoPA Desk \(workspace format 99; this version reads up to \d+\)/);
    }
  }, 60_000);

  it('50 SIGKILLs at random moments while a large old file is upgraded: every next open succeeds with the data of a clean upgrade', async () => {
    const dir = await tempDir();
    const original = join(dir, 'large-v1.ropa');
    await largeOldFile(original, 3000);
    const cleanPath = join(dir, 'clean.ropa');
    await copyFile(original, cleanPath);
    const t0 = performance.now();
    const clean = await Workspace.open(cleanPath, { backups: false });
    const upgradeMs = performance.now() - t0;
    const expected = await contents(clean);
    await clean.close();
    expect(expected).toContain('act-v1-3000');

    const outcomes = { beforeReady: 0, afterReady: 0 };
    for (let round = 0; round < 50; round++) {
      const path = join(dir, `round-${round}.ropa`);
      await copyFile(original, path);
      const { child, ready, exited } = start(path, 'open');
      let isReady = false;
      void ready.then(() => (isReady = true), () => undefined);
      // Child start-up is about 150-400 ms; the upgrade itself takes about upgradeMs.
      await new Promise((r) => setTimeout(r, 100 + Math.random() * (upgradeMs * 1.5 + 400)));
      child.kill('SIGKILL');
      await exited;
      outcomes[isReady ? 'afterReady' : 'beforeReady']++;
      const ws = await Workspace.open(path, { backups: false });
      const info = await ws.info();
      expect([info.schemaVersion, info.integrity, info.foreignKeyProblems], `round ${round}`).toEqual([SCHEMA_VERSION, ['ok'], 0]);
      expect(await contents(ws), `round ${round}`).toBe(expected);
      await ws.close();
    }
    console.log(`upgrade of 3,001 activities: ${Math.round(upgradeMs)} ms; killed before the open finished ${outcomes.beforeReady} times, after ${outcomes.afterReady}`);
  }, 600_000);
});
