import { hostname } from 'node:os';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { processStart } from './process-start';

/** Who holds a workspace open for writing, as recorded in its lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  actor: string;
  since: string;
  /**
   * What identifies the owner process beyond its PID, which the system reuses after a
   * crash: its start (see process-start.ts). Absent where it cannot be read, and in
   * locks written before it was recorded.
   */
  started?: string;
}

export type LockResult =
  | { acquired: true; release: () => Promise<void> }
  /** `unverified`: the owner is on another machine (or its record unreadable), so whether it still runs cannot be checked. */
  | { acquired: false; owner: LockOwner; unverified: boolean };

export const lockPathFor = (workspacePath: string) => `${workspacePath}.lock`;
/** Held (O_EXCL) by the one process taking over a stale lock, so that two never both do. */
const takeoverPathFor = (workspacePath: string) => `${workspacePath}.lock-takeover`;
/** A takeover takes milliseconds; one older than this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Whether the process that wrote `owner` (on this machine) still runs: "yes", "no",
 * or "unknown" when its PID is taken but the process cannot be identified as the
 * owner (no start recorded, or none readable here), so that only the user can judge.
 */
function ownerRuns(owner: LockOwner): 'yes' | 'no' | 'unknown' {
  if (!isAlive(owner.pid)) return 'no';
  const now = processStart(owner.pid);
  if (owner.started !== undefined && now !== undefined) return owner.started === now ? 'yes' : 'no';
  // Our own PID without a start to compare: this process wrote it (reopening is handled by the caller).
  return owner.pid === process.pid ? 'yes' : 'unknown';
}

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

const sameOwner = (a: LockOwner | undefined, b: LockOwner | undefined) => a !== undefined && b !== undefined && a.pid === b.pid && a.host === b.host && a.since === b.since;

/**
 * Creates `path` holding `me`, only if it does not exist. Written to a temporary file
 * first and linked into place (link fails when the name exists), so a lock file is
 * never seen empty or half-written, even when its writer is killed.
 */
async function create(path: string, me: LockOwner): Promise<boolean> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, JSON.stringify(me), { flag: 'wx' });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/** Runs `fn` holding the takeover mutex; undefined when another process holds it. */
async function withTakeover<T>(workspacePath: string, fn: () => Promise<T>): Promise<T | undefined> {
  const path = takeoverPathFor(workspacePath);
  const me = (): LockOwner => withStart({ pid: process.pid, host: hostname(), actor: '', since: new Date().toISOString() });
  if (!(await create(path, me()))) {
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    const holder = await readOwner(path);
    const dead = holder !== undefined && holder.host === hostname() && ownerRuns(holder) === 'no';
    if (!dead && age < TAKEOVER_STALE_MS) return undefined;
    await unlink(path).catch(() => undefined);
    if (!(await create(path, me()))) return undefined;
  }
  try {
    return await fn();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}

/**
 * Takes the write lock beside the workspace (created with O_EXCL, so two processes
 * cannot both win). A lock left by a process on this machine that no longer runs
 * (a crash) is taken over, atomically: only the holder of the takeover mutex may
 * remove a lock, and only after reading it again under the mutex, so a lock another
 * process has just taken is never removed. `force` takes over a lock whose owner
 * cannot be verified (the user chose "Open anyway").
 */
export async function acquireWriteLock(workspacePath: string, actor: string, options: { force?: boolean } = {}): Promise<LockResult> {
  const path = lockPathFor(workspacePath);
  const me: LockOwner = withStart({ pid: process.pid, host: hostname(), actor, since: new Date().toISOString() });
  const won = (): LockResult => {
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
  };
  const unknown: LockOwner = { pid: 0, host: 'unknown', actor: 'unknown', since: '' };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await create(path, me)) return won();
    const owner = await readOwner(path);
    if (owner === undefined) {
      // Empty or half-written: a lock being written this instant, or one a crash cut short long ago.
      const age = await stat(path).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age < 2000) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
    }
    const local = owner === undefined || owner.host === me.host;
    const runs = owner !== undefined && local ? ownerRuns(owner) : 'no';
    const forced = options.force === true && owner?.pid !== process.pid;
    if (owner !== undefined && runs === 'yes' && !forced) return { acquired: false, owner, unverified: false };
    // Another machine's lock, or a live PID that may not be the owner's any more: only the user can judge.
    if (owner !== undefined && (!local || runs === 'unknown') && !options.force) return { acquired: false, owner, unverified: true };
    if (owner === undefined && !local && !options.force) return { acquired: false, owner: unknown, unverified: true };
    // Stale (or forced): take it over under the mutex, removing only the lock that was judged.
    const took = await withTakeover(workspacePath, async () => {
      const again = await readOwner(path);
      if (owner !== undefined && !sameOwner(again, owner)) return false;
      if (owner === undefined && again !== undefined) return false;
      await unlink(path).catch(() => undefined);
      return create(path, me);
    });
    if (took === true) return won();
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
  const owner = await readOwner(path);
  return { acquired: false, owner: owner ?? unknown, unverified: owner === undefined || owner.host !== me.host || ownerRuns(owner) === 'unknown' };
}

function withStart(o: LockOwner): LockOwner {
  const started = processStart(o.pid);
  return started === undefined ? o : { ...o, started };
}
