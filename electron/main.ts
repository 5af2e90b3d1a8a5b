// The Electron shell: windows, menus, dialogs and IPC wiring, in order, in one onReady.
// Everything it does is delegated to services that run (and are tested) without Electron.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session as electronSession, shell } from 'electron';
import { ConnectionBook, type SecretBox } from './services/app/connections';
import { isServerAddress } from './services/pgstore/address';
import { AppSession } from './services/app/session';
import type { Dialogs } from './services/app/dialogs';
import { createHandlers } from './ipc/handlers';
import { registerIpc, type IpcMainLike } from './ipc/register';
import { menuTemplate } from './menu';
import { electronPreferences } from './prefs-store';
import { rendererResponder } from './protocol';
import { APP_ORIGIN, APP_SCHEME } from './security/csp';
import { denyAllPermissions, hardenWebContents, trustedSender } from './security/harden';
import { isAllowedExternalLink } from './security/links';
import { createMainWindow } from './window-options';
import { applySpellcheck } from './spellcheck';
import { observeWrittenFolders } from './services/files/atomic-write';
import { cleanUpAtStart } from './services/app/start-cleanup';

// Every renderer sandboxed, whatever a window's options say (issue 14).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const openExternal = async (url: string) => {
  if (isAllowedExternalLink(url)) await shell.openExternal(url);
};

/** A .ropa path among command-line arguments (file association, second launch). */
function fileFromArgs(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => /\.ropa$/i.test(a) && existsSync(a));
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const prefs = electronPreferences();
  const session = new AppSession(prefs);
  let win: BrowserWindow | undefined;
  let pendingFile = fileFromArgs(process.argv);

  const dialogs: Dialogs = {
    chooseSavePath: async (o) => {
      const r = await dialog.showSaveDialog(win ?? (undefined as unknown as BrowserWindow), { title: o.title, defaultPath: o.defaultName, filters: o.extensions });
      return r.canceled ? undefined : r.filePath;
    },
    chooseOpenPath: async (o) => {
      const r = await dialog.showOpenDialog(win ?? (undefined as unknown as BrowserWindow), { title: o.title, filters: o.extensions, properties: ['openFile'] });
      return r.canceled ? undefined : r.filePaths[0];
    },
  };
  // Team-workspace passwords are kept only encrypted by the OS keychain (safeStorage).
  const box: SecretBox = {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (s) => safeStorage.encryptString(s),
    decryptString: (b) => safeStorage.decryptString(b),
  };
  const connections = new ConnectionBook(join(app.getPath('userData'), 'connections.json'), box);
  const handlers = createHandlers({
    session,
    dialogs,
    info: { version: app.getVersion(), platform: process.platform },
    openExternal,
    connections,
    samplePath: join(app.getPath('documents'), 'RoPA Desk sample.ropa'),
    applySpellcheck: (on) => applySpellcheck(electronSession.defaultSession, on, process.platform, app.getLocale()),
  });
  // Every folder an export is written to is remembered, and cleaned of what a crash left there at the next start.
  observeWrittenFolders((folder) => prefs.noteWrittenFolder(folder));

  const report = (e: unknown) => void dialog.showErrorBox('RoPA Desk', (e as Error).message ?? String(e));
  const openPath = (path: string) => session.open(path).catch(report);
  // A recent team workspace reconnects with its saved settings (and password, if kept).
  const openRecent = async (path: string) => {
    if (!isServerAddress(path)) return openPath(path);
    const saved = await connections.find(path);
    if (saved === undefined) return win?.webContents.send('menu:command', 'connect-server');
    return handlers['server:connect']({ connectionId: saved.id }).catch(() => win?.webContents.send('menu:command', 'connect-server'));
  };

  const refreshMenu = () => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            newWorkspace: () => void handlers['workspace:create']({}).catch(report),
            openWorkspace: () => void handlers['workspace:open']({}).catch(report),
            openRecent: (path) => void openRecent(path),
            saveCopy: () => void handlers['workspace:saveCopy']({}).catch(report),
            backUp: () => void session.backupNow().catch(report),
            exportJson: () => win?.webContents.send('menu:command', 'export-json'),
            undo: () => void session.undo().catch(report),
            redo: () => void session.redo().catch(report),
            send: (command) => win?.webContents.send('menu:command', command),
            openLink: (url) => void openExternal(url),
          },
          prefs.get().recentFiles,
          process.platform === 'darwin',
          { devTools: !app.isPackaged },
        ),
      ),
    );
  };

  session.on('progress', (p: unknown) => win?.webContents.send('export:progress', p));
  session.on('remote', (payload: unknown) => win?.webContents.send('workspace:remoteChanges', payload));
  session.on('connection', (payload: unknown) => win?.webContents.send('server:connection', payload));
  session.on('changed', () => {
    win?.webContents.send('workspace:changed');
    // The window title says which workspace, and for a server as whom.
    const state = session.state();
    win?.setTitle(state === null ? 'RoPA Desk' : `${state.name}${state.connectedAs !== undefined ? ` — ${state.connectedAs}` : ''} — RoPA Desk`);
    refreshMenu();
  });

  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, (url) => void openExternal(url)));
  app.on('second-instance', (_e, argv) => {
    const file = fileFromArgs(argv);
    if (file) void openPath(file);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openPath(path);
    else pendingFile = path;
  });
  app.on('window-all-closed', () => {
    void session.close().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    denyAllPermissions(electronSession.defaultSession);
    // Before any window exists: no spell checker (and no dictionary download) unless the person turned it on.
    applySpellcheck(electronSession.defaultSession, prefs.get().spellcheck === true, process.platform, app.getLocale());
    // What an earlier run killed mid-write left: export temporaries, backups cut short, orphan journals.
    void cleanUpAtStart({ folders: prefs.writtenFolders(), workspaces: prefs.get().recentFiles }).catch(() => undefined);
    protocol.handle(APP_SCHEME, (request) => rendererResponder(join(__dirname, '../renderer'))(request.url));
    registerIpc(ipcMain as unknown as IpcMainLike, handlers, trustedSender((id) => BrowserWindow.getAllWindows().some((w) => w.webContents.id === id)));
    refreshMenu();

    const bounds = prefs.windowBounds();
    win = createMainWindow(join(__dirname, 'preload.cjs'), bounds, { devTools: !app.isPackaged });
    if (bounds.maximized) win.maximize();
    win.once('ready-to-show', () => win?.show());
    win.on('close', () => {
      if (!win) return;
      const b = win.getNormalBounds();
      prefs.saveWindowBounds({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
    });

    // Later runs open the last workspace; the first run shows the welcome screen (sample, new, open, import).
    try {
      const last = prefs.get().recentFiles.find((p) => existsSync(p));
      if (pendingFile) await session.open(pendingFile);
      else if (last) await session.open(last);
    } catch (e) {
      report(e);
    }
    await win.loadURL(`${APP_ORIGIN}/index.html`);
  });
}

main();
