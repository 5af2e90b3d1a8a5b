/**
 * Issue 14, items 8, 9 and 10: read-only files and folders open read-only, saying
 * so, and can be read and exported; a file that fails quick_check opens read-only
 * with the newest good backup named, never for writing, and no raw SQLite text;
 * backups are written under a temporary name, checked and renamed, and half-written
 * ones left by a crash are cleaned away on the next open.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace, listBackups } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const CHILD = resolve('dist/test/readonly-child.cjs');
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  await build({ entryPoints: ['tests/helpers/readonly-child.ts'], outfile: CHILD, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3'], logLevel: 'error' });
}, 60_000);

async function sample(dir: string, name = 'sample.ropa'): Promise<string> {
  const path = join(dir, name);
  const ws = await Workspace.create(path, { backups: false });
  await ws.importDocument(buildSampleDocument(new Date('2026-03-01T10:00:00Z')), { replace: true });
  await ws.close();
  return path;
}

/** Runs the child as user "nobody", for whom permissions apply (the tests may run as root). */
function asNobody(path: string, out: string): { readOnly?: boolean; reason?: string; activities?: number; save?: string; error?: string } {
  const r = spawnSync(process.execPath, [CHILD, path, out], { encoding: 'utf8', ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
  return JSON.parse(r.stdout.trim() || JSON.stringify({ error: r.stderr })) as { readOnly?: boolean };
}

describe('files the app cannot or must not write', () => {
  it('a read-only file opens read-only, saying why, and can be read and exported', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o777);
    const path = await sample(dir);
    await chmod(path, 0o444);
    const r = asNobody(path, join(dir, 'out.json'));
    expect(r.error).toBeUndefined();
    expect(r.readOnly).toBe(true);
    expect(r.reason).toMatch(/Opened read-only: you do not have permission to change "sample\.ropa"/);
    expect(r.activities).toBeGreaterThan(5);
    expect(r.save).toMatch(/open read-only/);
  });

  it('a workspace in a read-only folder opens read-only and can be read and exported', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o777);
    const folder = join(dir, 'shelf');
    await mkdir(folder);
    const path = await sample(folder);
    await chmod(path, 0o644);
    await chmod(folder, 0o555);
    const r = asNobody(path, join(dir, 'out.json'));
    await chmod(folder, 0o755);
    expect(r.error).toBeUndefined();
    expect(r.readOnly).toBe(true);
    expect(r.reason).toMatch(/Opened read-only: (its folder .* cannot be written|you do not have permission to change "sample\.ropa")/);
    expect(r.activities).toBeGreaterThan(5);
  });

  it('a damaged file opens read-only, names the newest good backup, refuses every write, and shows no raw SQLite text', async () => {
    const dir = await tempDir();
    const path = await sample(dir);
    // A backup taken while it was good.
    await (await Workspace.open(path, { backups: { keep: 3 } })).close();
    const [good] = await listBackups(path, { keep: 3 });
    // Damage a table page in the middle of the file (the header stays valid).
    const fh = await open(path, 'r+');
    const { size } = await fh.stat();
    await fh.write(Buffer.alloc(600, 0xa5), 0, 600, Math.floor(size / 4096 / 2) * 4096 + 8);
    await fh.close();
    const ws = await Workspace.open(path, { backups: { keep: 3 } });
    expect(ws.readOnly).toBe(true);
    expect(ws.readOnlyReason).toMatch(/is damaged/);
    expect(ws.readOnlyReason).toContain(good);
    expect(ws.readOnlyReason).not.toMatch(/SQLITE_|malformed/);
    const replace = await ws.importDocument(buildSampleDocument(), { replace: true }).catch((e: unknown) => e as Error);
    expect(replace).toBeInstanceOf(Error);
    expect((replace as Error).message).toMatch(/open read-only/);
    await ws.close();
  });

  it('a backup cut short by a crash is never in the rotation and is removed on the next open', async () => {
    const dir = await tempDir();
    const path = await sample(dir);
    await (await Workspace.open(path, { backups: { keep: 5 } })).close();
    const [backup] = await listBackups(path, { keep: 5 });
    const folder = join(dir, 'sample.ropa-backups');
    // What a kill mid-copy leaves: a partial copy under its temporary name, and its journal.
    await writeFile(join(folder, 'sample-20260301-100000.ropa.partial'), Buffer.alloc(8192, 7));
    await writeFile(join(folder, 'sample-20260301-100000.ropa.partial-journal'), Buffer.alloc(512, 1));
    await writeFile(join(folder, 'sample-20250101-000000.ropa-journal'), Buffer.alloc(512, 1));
    expect(await listBackups(path, { keep: 5 })).toEqual([backup]);
    await (await Workspace.open(path, { backups: { keep: 5 } })).close();
    const names = (await readdir(folder)).sort();
    expect(names.filter((n) => /partial|journal/.test(n)), names.join(' ')).toEqual([]);
    expect(names.length).toBe(2);
    void copyFile;
    void execFileSync;
  });
});

describe('export temporaries', () => {
  it('what an interrupted export left beside the file is removed by the next export of it; a running one is left alone', async () => {
    const { writeFileAtomic } = await import('../../electron/services/files/atomic-write');
    const dir = await tempDir();
    const out = join(dir, 'register.json');
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = `register.json.${r.stdout}.1764582000000.tmp`;
    const alive = `register.json.${process.pid}.1764582000001.tmp`;
    await writeFile(join(dir, dead), 'half an export');
    await writeFile(join(dir, alive), 'an export under way');
    await writeFileAtomic(out, '{}');
    expect((await readdir(dir)).sort()).toEqual([alive, 'register.json'].sort());
  });
});
