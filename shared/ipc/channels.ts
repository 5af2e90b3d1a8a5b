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
  // Spreadsheet register import through a column mapping (electron/ipc/import-handlers.ts).
  'registerImport:choose',
  'registerImport:preview',
  'registerImport:apply',
  'registerImport:saveMapping',
  'registerImport:loadMapping',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer. */
export const EVENTS = ['workspace:changed', 'menu:command', 'export:progress'] as const;
export type EventName = (typeof EVENTS)[number];

/** Commands the native menu sends to the renderer (menu:command payload). */
export const MENU_COMMANDS = ['undo', 'redo', 'search', 'new-activity', 'export-json'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
