import { hostname } from 'node:os';
import { readFile, unlink, writeFile } from 'node:fs/promises';

/** Who holds a workspace open for writing, as recorded in its lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  actor: string;
  since: string;
}

export type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; owner: LockOwner };

export const lockPathFor = (workspacePath: string) => `${workspacePath}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the write lock beside the workspace (created with O_EXCL, so two processes
 * cannot both win). A lock left by a process on this machine that no longer runs
 * (a crash) is taken over.
 */
export async function acquireWriteLock(workspacePath: string, actor: string): Promise<LockResult> {
  const path = lockPathFor(workspacePath);
  const me: LockOwner = { pid: process.pid, host: hostname(), actor, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return {
        acquired: true,
        release: async () => {
          if (released) return;
          released = true;
          const owner = await readOwner(path);
          if (owner?.pid === me.pid && owner.host === me.host) await unlink(path).catch(() => undefined);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = await readOwner(path);
      const stale = owner === undefined || (owner.host === me.host && !isAlive(owner.pid));
      if (!stale) return { acquired: false, owner };
      await unlink(path).catch(() => undefined);
    }
  }
  const owner = await readOwner(path);
  return { acquired: false, owner: owner ?? { pid: 0, host: 'unknown', actor: 'unknown', since: '' } };
}
