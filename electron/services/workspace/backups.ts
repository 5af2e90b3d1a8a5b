import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Connection } from './sqlite';

export interface BackupOptions {
  /** Folder for the copies; default: "<name>.ropa-backups" beside the workspace. */
  dir?: string;
  /** How many copies to keep (oldest removed first). */
  keep: number;
}

export function backupDirFor(workspacePath: string, options: BackupOptions): string {
  return options.dir ?? join(dirname(workspacePath), `${basename(workspacePath)}-backups`);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

/**
 * Copies the open workspace with the online backup API and keeps only the newest
 * `keep` copies. The copy is written under a temporary name (`….ropa.partial`),
 * checked with SQLite's quick check, and only then renamed into the rotation, so a
 * copy cut short by a crash is never mistaken for a backup; what such a crash left
 * (partial copies, their journals, orphan journals of pruned copies) is removed first.
 */
export async function rollingBackup(conn: Connection, workspacePath: string, options: BackupOptions, now = new Date()): Promise<string> {
  const dir = backupDirFor(workspacePath, options);
  await mkdir(dir, { recursive: true });
  const stem = basename(workspacePath, extname(workspacePath));
  await removeLeftovers(dir, stem);
  let dest = join(dir, `${stem}-${stamp(now)}.ropa`);
  for (let n = 2; await exists(dest); n++) dest = join(dir, `${stem}-${stamp(now)}-${n}.ropa`);
  const partial = `${dest}.partial`;
  try {
    await conn.backupTo(partial);
    await checkCopy(partial);
    await rename(partial, dest);
  } catch (e) {
    await unlink(partial).catch(() => undefined);
    await unlink(`${partial}-journal`).catch(() => undefined);
    throw e;
  }
  await prune(dir, stem, options.keep);
  return dest;
}

/** The copy must pass SQLite's quick check before it joins the rotation. */
async function checkCopy(path: string): Promise<void> {
  const c = await Connection.open(path, { readOnly: true, create: false, immutable: true });
  try {
    const rows = await c.exclusive((r) => r.all<{ quick_check: string }>('PRAGMA quick_check(1)'));
    if (rows.map((x) => x.quick_check).join() !== 'ok') throw new Error('the backup copy did not pass the check');
  } finally {
    await c.close();
  }
}

async function removeLeftovers(dir: string, stem: string, minAgeMs = 0): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const have = new Set(names);
  const removed: string[] = [];
  for (const n of names) {
    if (!n.startsWith(`${stem}-`)) continue;
    const orphanJournal = /\.ropa-(journal|wal|shm)$/.test(n) && !have.has(n.replace(/-(journal|wal|shm)$/, ''));
    if (!n.includes('.ropa.partial') && !orphanJournal) continue;
    if (minAgeMs > 0 && (await stat(join(dir, n)).then((s) => Date.now() - s.mtimeMs, () => 0)) < minAgeMs) continue;
    await unlink(join(dir, n)).then(() => removed.push(n), () => undefined);
  }
  return removed;
}

/**
 * What a crash left among a workspace's backups (copies cut short, journals of pruned
 * copies), removed at the app's start. Only files older than `minAgeMs`: a copy being
 * written by another process this minute is left alone.
 */
export async function removeBackupLeftovers(workspacePath: string, options: BackupOptions, minAgeMs = 60_000): Promise<string[]> {
  return removeLeftovers(backupDirFor(workspacePath, options), basename(workspacePath, extname(workspacePath)), minAgeMs);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function prune(dir: string, stem: string, keep: number): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.ropa')).sort();
  const excess = names.length - keep;
  for (const name of names.slice(0, Math.max(0, excess))) {
    await unlink(join(dir, name)).catch(() => undefined);
    for (const side of ['-journal', '-wal', '-shm']) await unlink(join(dir, name + side)).catch(() => undefined);
  }
}

export async function listBackups(workspacePath: string, options: BackupOptions): Promise<string[]> {
  const dir = backupDirFor(workspacePath, options);
  const stem = basename(workspacePath, extname(workspacePath));
  try {
    return (await readdir(dir))
      .filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.ropa'))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}
