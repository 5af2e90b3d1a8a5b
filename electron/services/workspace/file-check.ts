import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { notAFile, openErrorWords } from '../files/check-readable';
import { WorkspaceError } from './errors';

/** "ROPA" in ASCII: the SQLite application_id every workspace carries. */
export const APPLICATION_ID = 0x524f5041;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface HeaderFacts {
  userVersion: number;
  pageSize: number;
}

/**
 * Looks at a file's bytes (read-only) and refuses anything that is not a RoPA Desk
 * workspace before SQLite ever opens it, so a refused file stays byte-for-byte unchanged.
 */
export async function inspectWorkspaceFile(path: string, supportedVersion: number): Promise<HeaderFacts> {
  const name = basename(path);
  let size: number;
  try {
    const s = await stat(path);
    const wrong = notAFile(s, path, 'workspace');
    if (wrong) throw new WorkspaceError('not_a_file', `${wrong} Nothing was changed.`);
    size = s.size;
  } catch (e) {
    if (e instanceof WorkspaceError) throw e;
    const words = openErrorWords(e, path, 'workspace');
    if (words.code === 'missing') throw new WorkspaceError('not_found', `There is no file "${path}".`);
    throw new WorkspaceError('unreadable', words.message);
  }
  if (size === 0) {
    throw new WorkspaceError('empty', `"${name}" is empty (0 bytes), so it is not a RoPA Desk workspace. Nothing was changed.`);
  }
  const handle = await open(path, 'r');
  const header = Buffer.alloc(100);
  try {
    await handle.read(header, 0, 100, 0);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    if (size < 16 && SQLITE_MAGIC.subarray(0, size).equals(header.subarray(0, size))) {
      throw truncated(name, size);
    }
    const start = header.subarray(0, Math.min(size, 100)).toString('utf8').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) {
      throw new WorkspaceError(
        'json',
        `"${name}" is a JSON file, not a RoPA Desk workspace. To bring a JSON export in, create a workspace and use Import. Nothing was changed.`,
      );
    }
    throw new WorkspaceError('not_sqlite', `"${name}" is not a RoPA Desk workspace (it is not a database file). Nothing was changed.`);
  }
  if (size < 100) throw truncated(name, size);

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) {
    throw new WorkspaceError(
      'foreign_sqlite',
      `"${name}" is a database of another application, not a RoPA Desk workspace. Nothing was changed.`,
    );
  }
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  // With a write-ahead log beside it, the main file may be shorter than its header says (a checkpoint
  // cut short by a crash): SQLite completes it from the log, so only a file without one is truncated.
  const walBytes = await stat(`${path}-wal`).then(
    (s) => s.size,
    () => 0,
  );
  const shortOfPages = pageCount > 0 && validFor === changeCounter && size < pageCount * pageSize && walBytes === 0;
  if (pageSize < 512 || size % pageSize !== 0 || shortOfPages) {
    throw truncated(name, size, pageCount > 0 ? pageCount * pageSize : undefined);
  }
  const userVersion = header.readUInt32BE(60);
  if (userVersion > supportedVersion) throw newerVersion(name, userVersion, supportedVersion);
  return { userVersion, pageSize };
}

/**
 * The refusal of a file from a newer version. The header's version is only a first
 * look: a newer version's commit can still be in the write-ahead log, so the open
 * asks SQLite again once it has the file (workspace.ts).
 */
export function newerVersion(name: string, found: number, supported: number): WorkspaceError {
  return new WorkspaceError(
    'newer_version',
    `"${name}" was saved by a newer version of RoPA Desk (workspace format ${found}; this version reads up to ${supported}). Update RoPA Desk to open it. Nothing was changed.`,
  );
}

function truncated(name: string, size: number, expected?: number): WorkspaceError {
  const exp = expected !== undefined ? ` of the ${expected} expected` : '';
  return new WorkspaceError(
    'truncated',
    `"${name}" is damaged: the file is truncated (${size} bytes${exp}). Restore it from a backup. Nothing was changed.`,
  );
}
