/**
 * Issue 14, item 12: the Electron shell in production: every renderer sandboxed
 * (app.enableSandbox before anything else), no DevTools in the menu or the window,
 * spellcheck off unless turned on, and worker bundles (outside the asar integrity
 * check) refused when they are not the ones the app was built with.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/menu';
import { verifyWorkerFile } from '../../../electron/services/workers/find-worker';

const documents = mkdtempSync(join(tmpdir(), 'ropa-electron-'));
const calls = vi.hoisted(() => ({
  order: [] as string[],
  windows: [] as Record<string, unknown>[],
  menus: [] as unknown[],
  ready: undefined as undefined | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    webContents = { id: 1, send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      calls.windows.push(options);
    }
    once() {}
    on() {}
    maximize() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => void calls.order.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      whenReady: () => new Promise<void>((resolve) => (calls.ready = resolve)),
      getVersion: () => '0.1.0-test',
      getPath: () => documents,
      isReady: () => true,
      quit: vi.fn(),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => (calls.menus.push(t), t), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: () => void calls.order.push('registerSchemes'), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
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

const roles = (template: unknown): string[] => JSON.stringify(template).match(/"role":"[a-zA-Z]+"/g) ?? [];

describe('the packaged app (electron mocked)', () => {
  it('sandboxes every renderer first, and its window has no DevTools and no spellcheck', async () => {
    await import('../../../electron/main');
    expect(calls.order[0]).toBe('enableSandbox');
    calls.ready?.();
    await vi.waitFor(() => expect(calls.windows.length).toBe(1), { timeout: 20_000 });
    expect(calls.windows[0]?.webPreferences).toMatchObject({ devTools: false, spellcheck: false, sandbox: true });
    expect(calls.menus.length).toBeGreaterThan(0);
    for (const m of calls.menus) expect(roles(m)).not.toContain('"role":"toggleDevTools"');
  });

  it('a development build keeps DevTools in the View menu', () => {
    const noop = () => undefined;
    const actions = { newWorkspace: noop, openWorkspace: noop, openRecent: noop, saveCopy: noop, backUp: noop, exportJson: noop, undo: noop, redo: noop, send: noop, openLink: noop };
    expect(roles(menuTemplate(actions, [], false, { devTools: true }))).toContain('"role":"toggleDevTools"');
    expect(roles(menuTemplate(actions, [], false))).not.toContain('"role":"toggleDevTools"');
  });

  it('a worker bundle that is not the one built is refused before it runs', () => {
    const file = join(documents, 'xlsx-parse.cjs');
    writeFileSync(file, 'console.log("worker")');
    const hash = createHash('sha256').update('console.log("worker")').digest('hex');
    expect(() => verifyWorkerFile(file, { 'xlsx-parse.cjs': hash })).not.toThrow();
    writeFileSync(file, 'require("child_process").exec("curl evil")');
    expect(() => verifyWorkerFile(file, { 'xlsx-parse.cjs': hash })).toThrow(/A part of RoPA Desk \(xlsx-parse\.cjs\) is not the one it was installed with/);
    expect(() => verifyWorkerFile(file, {})).toThrow(/not the one it was installed with/);
  });
});
