import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc';

// A stand-in for Electron: records what the main process asks of it.
const documents = mkdtempSync(join(tmpdir(), 'ropa-main-'));
const calls = vi.hoisted(() => ({
  handled: [] as string[],
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  schemes: [] as unknown[],
  protocols: [] as string[],
  permissionRequestHandler: undefined as undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  menus: 0,
  singleInstance: 0,
  appEvents: [] as string[],
  ready: undefined as undefined | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    webContents = { id: 1, send: vi.fn() };
    record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      calls.windows.push(this.record);
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    maximize() {}
    setTitle() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => (calls.singleInstance++, true),
    on: (event: string) => void calls.appEvents.push(event),
    whenReady: () => new Promise<void>((resolve) => (calls.ready = resolve)),
    getVersion: () => '0.1.0-test',
    getPath: () => documents,
    getLocale: () => 'en-GB',
    isReady: () => true,
    quit: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void calls.menus++ },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: (channel: string) => void calls.handled.push(channel) },
    protocol: { registerSchemesAsPrivileged: (s: unknown) => void calls.schemes.push(s), handle: (scheme: string) => void calls.protocols.push(scheme) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof calls.permissionRequestHandler) => (calls.permissionRequestHandler = h),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
        setSpellCheckerLanguages: vi.fn(),
        availableSpellCheckerLanguages: ['en-GB'],
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    data: Record<string, unknown>;
    constructor(o: { defaults: Record<string, unknown> }) {
      this.data = structuredClone(o.defaults);
    }
    get(k: string) {
      return this.data[k];
    }
    set(k: string, v: unknown) {
      this.data[k] = v;
    }
  },
}));

describe('the Electron main process (electron mocked)', () => {
  it('wires the app in order: privileged scheme, single instance, hardening, IPC for every channel, a secure window on app://', async () => {
    await import('../../../electron/main');
    expect(calls.schemes).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
    expect(calls.singleInstance).toBe(1);
    expect(calls.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'open-file', 'window-all-closed']));
    expect(calls.handled).toEqual([]); // nothing before ready

    calls.ready?.();
    await vi.waitFor(() => expect(calls.windows[0]?.loaded).toEqual(['app://ropa/index.html']), { timeout: 20_000 });

    expect([...calls.handled].sort()).toEqual([...CHANNELS].sort());
    expect(calls.protocols).toEqual(['app']);
    expect(calls.menus).toBeGreaterThan(0);
    const prefs = calls.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    const denied = vi.fn();
    calls.permissionRequestHandler?.(null, 'geolocation', denied);
    expect(denied).toHaveBeenCalledWith(false);
    // First run: no workspace yet, the welcome screen offers the sample (created only when chosen).
    expect(existsSync(join(documents, 'RoPA Desk sample.ropa'))).toBe(false);
  });
});
