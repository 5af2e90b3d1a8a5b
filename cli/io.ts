import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A failure the user can fix: printed as one line on stderr, exit code 1 (or 2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, 2);

/** Writes a file atomically: temp file, fsync, rename. An interruption leaves the old file or the new one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
