import { dirname } from 'node:path';
import { removeStaleTempsIn } from '../files/atomic-write';
import { isServerAddress } from '../pgstore/address';
import { DEFAULT_BACKUPS, type BackupOptions } from '../workspace';
import { removeBackupLeftovers } from '../workspace/backups';

export interface StartCleanup {
  /** Folders the app wrote exports to (kept by the preferences store). */
  folders: readonly string[];
  /** Workspace files it opened (recent files): their folders and backup folders. */
  workspaces: readonly string[];
  backups?: BackupOptions;
}

/**
 * At the app's start (issue 14): what an earlier run left when it was killed, in the
 * folders it wrote to, is removed. Export temporaries (`FILE.PID.TIME.tmp`) whose
 * process no longer runs; backups cut short (`….ropa.partial`) and journals of pruned
 * copies, older than a minute. Returns what was removed, by name. Never throws: a
 * folder that is gone or unreadable is skipped.
 */
export async function cleanUpAtStart(o: StartCleanup): Promise<string[]> {
  const removed: string[] = [];
  const folders = new Set([...o.folders, ...o.workspaces.filter((p) => !isServerAddress(p)).map((p) => dirname(p))]);
  for (const f of folders) removed.push(...(await removeStaleTempsIn(f).catch(() => [])));
  for (const w of o.workspaces) {
    if (isServerAddress(w)) continue;
    removed.push(...(await removeBackupLeftovers(w, o.backups ?? DEFAULT_BACKUPS).catch(() => [])));
  }
  return removed;
}
