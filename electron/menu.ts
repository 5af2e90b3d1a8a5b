import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  saveCopy(): void;
  backUp(): void;
  exportJson(): void;
  undo(): void;
  redo(): void;
  send(command: MenuCommand): void;
  openLink(url: string): void;
}

/** The native menu: File, Edit, View, Help. `recent` fills File ▸ Open Recent. */
export function menuTemplate(actions: MenuActions, recent: readonly string[], isMac: boolean, options: { devTools?: boolean } = {}): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { label: 'Connect to Team Workspace…', click: () => actions.send('connect-server') },
      {
        label: 'Open Recent',
        submenu: recent.length
          ? recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
          : [{ label: 'No recent workspaces', enabled: false }],
      },
      { type: 'separator' },
      { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
      { label: 'Back Up Now', click: () => actions.backUp() },
      { type: 'separator' },
      { label: 'Export', submenu: [{ label: 'Workspace as JSON…', click: () => actions.exportJson() }] },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Text fields keep their own undo (role); whole-record undo is app level.
      { label: 'Undo Change', accelerator: 'CmdOrCtrl+Alt+Z', click: () => actions.undo() },
      { label: 'Redo Change', accelerator: 'CmdOrCtrl+Alt+Shift+Z', click: () => actions.redo() },
      { type: 'separator' },
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find Record…', accelerator: 'CmdOrCtrl+K', click: () => actions.send('search') },
      { label: 'New Activity from Template…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.send('new-activity') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    // DevTools only in development builds: a packaged app has neither the menu item nor the tools (window-options.ts).
    submenu: [{ role: 'reload' }, ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []), { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [
      { label: 'GDPR Article 30 (EUR-Lex)', click: () => actions.openLink('https://eur-lex.europa.eu/eli/reg/2016/679/oj') },
      { label: 'EDPB guidelines', click: () => actions.openLink('https://www.edpb.europa.eu/our-work-tools/general-guidance/guidelines-recommendations-best-practices_en') },
    ],
  };
  return isMac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
