import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

const tempPath = (path: string) => `${path}.${process.pid}.${Date.now()}.tmp`;

/** Told the folder of every file written here, so the app can clean what a crash left there on its next start. */
let folderObserver: ((folder: string) => void) | undefined;
export function observeWrittenFolders(observer: ((folder: string) => void) | undefined): void {
  folderObserver = observer;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what an interrupted earlier write of `path` left (its `path.PID.TIME.tmp`
 * files whose process no longer runs): run before each new write of the same file.
 */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const name = basename(path);
  return removeStaleTempsIn(dirname(path), (n) => (n.startsWith(`${name}.`) ? n.slice(name.length) : undefined));
}

/** `NAME.EXT.PID.TIME.tmp` where EXT is a kind of file the app writes and TIME a time in ms: only what writeFileAtomic names so. */
const OUR_TEMP = /\.(?:docx|xlsx|json|jsonld|md|html|txt|yml|yaml|csv|ropa)(\.\d+\.\d{13}\.tmp)$/i;

/**
 * Removes every temporary file of ours in `folder` whose writing process no longer
 * runs (what exports interrupted by a crash left): run at the app's start on the
 * folders it wrote to. `tail` picks the `.PID.TIME.tmp` part (default: `OUR_TEMP`).
 */
export async function removeStaleTempsIn(folder: string, tail: (n: string) => string | undefined = (n) => OUR_TEMP.exec(n)?.[1]): Promise<string[]> {
  const removed: string[] = [];
  for (const n of await readdir(folder).catch(() => [] as string[])) {
    const t = tail(n);
    const m = t === undefined ? null : /^\.(\d+)\.\d+\.tmp$/.exec(t);
    if (m && !isAlive(Number(m[1]))) {
      await unlink(join(folder, n)).catch(() => undefined);
      removed.push(n);
    }
  }
  return removed;
}

async function replaceWith(tmp: string, path: string): Promise<void> {
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Writes a file atomically: temp file, fsync, rename. An interruption leaves the old file or the new one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  folderObserver?.(dirname(path));
  await removeStaleTemps(path);
  const tmp = tempPath(path);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await replaceWith(tmp, path);
}

/**
 * Like writeFileAtomic, for a producer that streams: `produce` writes to the temp
 * file's stream and resolves once it has ended it and the stream has finished.
 * Nothing is held in memory; a failure removes the temp file and leaves `path` as it was.
 */
export async function writeStreamAtomic(path: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  folderObserver?.(dirname(path));
  await removeStaleTemps(path);
  const tmp = tempPath(path);
  const out = createWriteStream(tmp);
  const closed = new Promise<void>((resolve, reject) => out.once('close', resolve).once('error', reject));
  try {
    await produce(out);
    if (!out.writableFinished) out.end();
    await closed;
    // fsync through a second descriptor: it flushes the file's data whichever descriptor wrote it.
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    out.destroy();
    await closed.catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await replaceWith(tmp, path);
}
