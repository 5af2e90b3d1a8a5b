import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Connection } from './sqlite';

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

/** Copies the open workspace with the online backup API and keeps only the newest `keep` copies. */
export async function rollingBackup(conn: Connection, workspacePath: string, options: BackupOptions, now = new Date()): Promise<string> {
  const dir = backupDirFor(workspacePath, options);
  await mkdir(dir, { recursive: true });
  const stem = basename(workspacePath, extname(workspacePath));
  let dest = join(dir, `${stem}-${stamp(now)}.ropa`);
  for (let n = 2; await exists(dest); n++) dest = join(dir, `${stem}-${stamp(now)}-${n}.ropa`);
  await conn.backupTo(dest);
  await prune(dir, stem, options.keep);
  return dest;
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
  for (const name of names.slice(0, Math.max(0, excess))) await unlink(join(dir, name)).catch(() => undefined);
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
