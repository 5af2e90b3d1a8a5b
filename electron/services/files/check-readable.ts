/**
 * What a path the app is asked to read really is, said in words: only ordinary
 * files are read. A FIFO would hang the reader, a device (/dev/zero) would never
 * end, a folder is not a document; each is refused by its type before anything is
 * read. The path is opened without blocking (O_NONBLOCK: a FIFO with no writer does
 * not hang the open) and examined through the open descriptor, so what is checked
 * is what would be read; the path given back is the real one (links resolved).
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { basename } from 'node:path';

export type Readable = { ok: true; path: string; size: number } | { ok: false; code: 'missing' | 'not-a-file' | 'no-permission' | 'unreadable'; message: string };

interface KindOf {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** The words for a path that is not an ordinary file, or undefined for one that is. */
export function notAFile(s: KindOf, file: string, what: string): string | undefined {
  const name = `"${basename(file)}"`;
  if (s.isDirectory()) return `${name} is a folder, not a ${what}.`;
  if (s.isFIFO()) return `${name} is a named pipe (FIFO), not a ${what} file; RoPA Desk reads only ordinary files.`;
  if (s.isCharacterDevice() || s.isBlockDevice()) return `${name} is a device, not a ${what} file; RoPA Desk reads only ordinary files.`;
  if (s.isSocket()) return `${name} is a socket, not a ${what} file; RoPA Desk reads only ordinary files.`;
  return undefined;
}

/** Words for an error of opening or resolving `file`. */
export function openErrorWords(e: unknown, file: string, what: string): { code: 'missing' | 'no-permission' | 'unreadable'; message: string } {
  const name = `"${basename(file)}"`;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'missing', message: `${name} does not exist (it may have been moved, renamed or deleted).` };
  if (code === 'ENOTDIR') return { code: 'missing', message: `${name} cannot be found: a part of its path is a file, not a folder.` };
  if (code === 'ELOOP') return { code: 'unreadable', message: `${name} is a symbolic link that leads back to itself (a loop), so there is no ${what} to open.` };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'no-permission', message: `You do not have permission to read ${name}.` };
  return { code: 'unreadable', message: `${name} cannot be read (${code ?? (e as Error).message}).` };
}

/** Resolves and examines `file`; refuses anything but a readable ordinary file. */
export async function checkReadable(file: string, what: string): Promise<Readable> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (e) {
    return { ok: false, ...openErrorWords(e, file, what) };
  }
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, ...openErrorWords(e, file, what) };
  }
  try {
    const s = await handle.stat();
    const wrong = notAFile(s, file, what);
    if (wrong) return { ok: false, code: 'not-a-file', message: wrong };
    return { ok: true, path: real, size: s.size };
  } finally {
    await handle.close();
  }
}
