export { Workspace, type OpenOptions, type WorkspaceInfo, DEFAULT_BACKUPS } from './workspace';
export { WorkspaceError, type WorkspaceErrorCode } from './errors';
export { SCHEMA_VERSION } from './migrate';
export { APPLICATION_ID } from './file-check';
export { listBackups, backupDirFor, type BackupOptions } from './backups';
export type { ChangeEntry, ChangeQuery } from './change-log';
