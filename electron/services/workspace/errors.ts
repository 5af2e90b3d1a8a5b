/** Why a workspace could not be opened or changed; `message` is written for the user. */
export type WorkspaceErrorCode =
  | 'not_found'
  | 'not_a_file'
  | 'unreadable'
  | 'empty'
  | 'json'
  | 'not_sqlite'
  | 'foreign_sqlite'
  | 'truncated'
  | 'newer_version'
  | 'corrupt'
  | 'exists'
  | 'read_only'
  | 'not_empty'
  | 'invalid'
  | 'not_found_record'
  // Team workspaces (store/, pgstore/):
  | 'conflict'
  | 'permission'
  | 'server_unavailable'
  | 'server_refused'
  // A feature whose tables only the file store has so far, used on a server.
  | 'unsupported'
  // issue 12: a step (an undo, a redo) would change an approved activity; it needs the reason it is reopened.
  | 'reason_required';

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}
