import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';

const tempPath = (path: string) => `${path}.${process.pid}.${Date.now()}.tmp`;

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
