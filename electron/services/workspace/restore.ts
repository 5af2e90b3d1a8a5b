import { copyFile, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { type BackupOptions, listBackups } from './backups';
import { WorkspaceError } from './errors';
import { APPLICATION_ID } from './file-check';
import { SCHEMA_VERSION } from './migrate';
import { Connection } from './sqlite';
import { acquireWriteLock } from './write-lock';

export interface BackupEntry {
  file: string;
  /** When the copy was taken (from its name, UTC; its modification time if the name has none). */
  takenAt: string;
  /** Opens and passes SQLite's quick check, as a RoPA Desk workspace this version can open. */
  passesCheck: boolean;
}

/** Whether `file` is a sound workspace: SQLite opens it, it is ours, not from a newer version, and passes the quick check. */
async function sound(file: string): Promise<boolean> {
  const c = await Connection.open(file, { readOnly: true, create: false, immutable: true }).catch(() => undefined);
  if (!c) return false;
  try {
    const ids = await c.exclusive((r) => r.get<{ application_id: number; user_version: number }>('SELECT * FROM pragma_application_id, pragma_user_version'));
    if (ids?.application_id !== APPLICATION_ID || ids.user_version > SCHEMA_VERSION) return false;
    const rows = await c.exclusive((r) => r.all<{ quick_check: string }>('PRAGMA quick_check(1)'));
    return rows.map((x) => x.quick_check).join() === 'ok';
  } catch {
    return false;
  } finally {
    await c.close().catch(() => undefined);
  }
}

function takenAtOf(name: string): string | undefined {
  const m = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?(?:-manual)?\.ropa$/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

/** The workspace's backups, newest first, each with its date and whether it passes the check. */
export async function listRestorableBackups(workspacePath: string, options: BackupOptions): Promise<BackupEntry[]> {
  const out: BackupEntry[] = [];
  for (const file of (await listBackups(workspacePath, options)).reverse()) {
    const takenAt = takenAtOf(basename(file)) ?? (await stat(file).then((s) => s.mtime.toISOString(), () => ''));
    out.push({ file, takenAt, passesCheck: await sound(file) });
  }
  return out;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

/**
 * Puts a backup in place of the workspace file, never losing either: under the
 * workspace's write lock, the backup is copied beside the file under a temporary
 * name, synced and checked; the file as it was (with its write-ahead log and index)
 * is kept aside as `NAME.damaged-STAMP.ropa`; the checked copy is renamed into place. Returns where the file as it was is kept. The workspace must be closed.
 */
export async function restoreBackup(workspacePath: string, backupFile: string, actor: string, now = new Date()): Promise<{ keptAside: string }> {
  const lock = await acquireWriteLock(workspacePath, actor);
  if (!lock.acquired) throw new WorkspaceError('read_only', `"${basename(workspacePath)}" is open for editing elsewhere (process ${lock.owner.pid} on ${lock.owner.host}); close it there before restoring a backup. Nothing was changed.`);
  const tmp = `${workspacePath}.restore-${process.pid}.tmp`;
  try {
    await copyFile(backupFile, tmp);
    const h = await open(tmp, 'r+');
    await h.sync().finally(() => h.close());
    if (!(await sound(tmp))) throw new WorkspaceError('corrupt', `The backup "${basename(backupFile)}" does not pass the check, so it was not restored. Nothing was changed.`);
    const stem = basename(workspacePath, extname(workspacePath));
    const keptAside = join(dirname(workspacePath), `${stem}.damaged-${stamp(now)}${extname(workspacePath) || '.ropa'}`);
    // The file as it was stays at its name until the checked copy replaces it in one rename.
    await link(workspacePath, keptAside).catch(() => copyFile(workspacePath, keptAside));
    // Its log and index go with it: left in place, SQLite would apply the old log to the restored file.
    for (const side of ['-wal', '-shm']) await rename(`${workspacePath}${side}`, `${keptAside}${side}`).catch(() => undefined);
    await rename(tmp, workspacePath);
    return { keptAside };
  } finally {
    await unlink(tmp).catch(() => undefined);
    await lock.release();
  }
}
