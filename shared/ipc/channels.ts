/**
 * Every IPC channel and main→renderer event by name. Kept free of zod so the
 * preload can build its named API from it; contract.ts maps each to its schemas.
 */
export const CHANNELS = [
  'app:info',
  'prefs:get',
  'prefs:set',
  'workspace:state',
  'workspace:overview',
  'workspace:create',
  'workspace:open',
  'workspace:saveCopy',
  'workspace:backup',
  // issue 14: take over a lock whose owner cannot be verified
  'workspace:openAnyway',
  // issue 14: restore a backup of a damaged file
  'workspace:backups',
  'workspace:restoreBackup',
  'organisation:save',
  'organisation:delete',
  'product:save',
  'product:delete',
  'vendor:save',
  'vendor:delete',
  'vendor:addFromCatalogue',
  'activity:get',
  'activity:list',
  'activity:save',
  'activity:delete',
  'activity:createFromTemplate',
  'history:state',
  'history:undo',
  'history:redo',
  'changes:list',
  'shell:openLink',
  'workspace:exportJson',
  'notice:preview',
  'notice:setOverride',
  'notice:revertOverride',
  'notice:export',
  // issue 11
  'notice:publish',
  'notice:exportPublished',
  'checks:run',
  'review:submit',
  'review:approve',
  'review:reopen',
  'baseline:list',
  'baseline:create',
  'baseline:delete',
  'baseline:compare',
  'report:columns',
  'report:export',
  'report:importPreview',
  'report:importApply',
  // Store labels (issue 16)
  'labels:get',
  'labels:export',
  'labels:setMapping',
  // Field drafts (editor): typed values a record refused, kept until fixed.
  'drafts:get',
  'drafts:set',
  'drafts:holders',
  // Team workspaces (issue 15)
  'server:connections',
  'server:chooseCaFile',
  'server:connect',
  // Spreadsheet register import through a column mapping (electron/ipc/import-handlers.ts).
  'registerImport:choose',
  'registerImport:preview',
  'registerImport:apply',
  // Review workflow (editor).
  'review:state',
  'review:setOnePersonMode',
  // Change log (editor): people in it, export to Excel.
  'changes:people',
  'changes:export',
  // First run (editor): the welcome screen's sample, and whether the open workspace is it.
  'workspace:openSample',
  'workspace:isSample',
  'registerImport:saveMapping',
  'registerImport:loadMapping',
  // Translating the records (issue 13): the translation editor and XLIFF files.
  'translations:list',
  'translations:save',
  'translations:exportXliff',
  'translations:importXliff',
  // Search over all text of the register (editor, issue 12)
  'search:register',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer. */
export const EVENTS = [
  'workspace:changed',
  'menu:command',
  'export:progress',
  // Team workspaces (issue 15): others' changes ({ entries }), the server connection ({ status: 'live' | 'reconnecting' }).
  'workspace:remoteChanges',
  'server:connection',
] as const;
export type EventName = (typeof EVENTS)[number];

/** Commands the native menu sends to the renderer (menu:command payload). */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'search',
  'new-activity',
  'export-json',
  // Team workspaces (issue 15): File ▸ Connect to Team Workspace…
  'connect-server',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
