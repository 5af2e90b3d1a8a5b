import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { truncate, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { Workspace, WorkspaceError, type WorkspaceErrorCode } from '../../electron/services/workspace';
import { sha256, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

function rawSql(path: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.exec(sql, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });
}

async function expectRefused(path: string, code: WorkspaceErrorCode, message: RegExp): Promise<void> {
  const before = await sha256(path);
  const error = await Workspace.open(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  expect((error as WorkspaceError).code).toBe(code);
  expect((error as WorkspaceError).message).toMatch(message);
  expect(await sha256(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(existsSync(`${path}.lock`)).toBe(false);
}

async function realWorkspace(dir: string): Promise<string> {
  const path = join(dir, 'real.ropa');
  const ws = await Workspace.create(path);
  await ws.saveOrganisation({ id: 'org-1', name: 'Acme' });
  await ws.close();
  return path;
}

describe('opening something that is not a workspace', () => {
  it('refuses a 0-byte file', async () => {
    const path = join(await tempDir(), 'empty.ropa');
    await writeFile(path, '');
    await expectRefused(path, 'empty', /is empty \(0 bytes\)/);
  });

  it('refuses a JSON file and points to Import', async () => {
    const path = join(await tempDir(), 'export.ropa');
    await writeFile(path, '{"format":"ropa-desk-workspace"}');
    await expectRefused(path, 'json', /is a JSON file.*use Import/);
  });

  it('refuses random bytes', async () => {
    const path = join(await tempDir(), 'noise.ropa');
    await writeFile(path, randomBytes(8192));
    await expectRefused(path, 'not_sqlite', /not a RoPA Desk workspace/);
  });

  it("refuses another application's SQLite database", async () => {
    const path = join(await tempDir(), 'other.sqlite');
    await rawSql(path, 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'x\');');
    await expectRefused(path, 'foreign_sqlite', /database of another application/);
  });

  it('refuses a truncated workspace (whole pages missing)', async () => {
    const path = await realWorkspace(await tempDir());
    const { size } = await stat(path);
    await truncate(path, Math.floor(size / 4096 / 2) * 4096);
    await expectRefused(path, 'truncated', /truncated/);
  });

  it('refuses a truncated workspace (cut mid-page)', async () => {
    const path = await realWorkspace(await tempDir());
    await truncate(path, 5000);
    await expectRefused(path, 'truncated', /truncated \(5000 bytes/);
  });

  it('refuses a workspace from a newer version, by name', async () => {
    const path = await realWorkspace(await tempDir());
    await rawSql(path, 'PRAGMA user_version = 99;');
    await expectRefused(path, 'newer_version', /newer version of RoPA Desk \(workspace format 99/);
  });

  it('reports a missing file', async () => {
    const error = await Workspace.open(join(await tempDir(), 'nope.ropa')).catch((e: unknown) => e);
    expect((error as WorkspaceError).code).toBe('not_found');
  });

  it('will not create a workspace over an existing file', async () => {
    const path = join(await tempDir(), 'keep.txt');
    await writeFile(path, 'precious');
    const before = await sha256(path);
    const error = await Workspace.create(path).catch((e: unknown) => e);
    expect((error as WorkspaceError).code).toBe('exists');
    expect(await sha256(path)).toBe(before);
  });
});
