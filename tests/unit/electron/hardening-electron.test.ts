/**
 * Issue 14, item 12: the Electron shell in production: every renderer sandboxed
 * (app.enableSandbox before anything else), no DevTools in the menu or the window,
 * spellcheck off unless turned on, and worker bundles (outside the asar integrity
 * check) refused when they are not the ones the app was built with.
 */
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
  /** The session's spell checker as main left it. */
  spell: { enabled: true as boolean, languages: ['en-US'] as string[], setBeforeWindow: false },
  handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  /** What electron-store holds when main starts (a previous run's preferences). */
  stored: {} as Record<string, unknown>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => (calls.windows.length > 0 ? [{ webContents: { id: 1 } }] : []);
    webContents = { id: 1, send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      calls.spell.setBeforeWindow = calls.order.includes('spellcheck');
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
      getLocale: () => 'en-GB',
      isReady: () => true,
      quit: vi.fn(),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => (calls.menus.push(t), t), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => void calls.handlers.set(channel, fn) },
    protocol: { registerSchemesAsPrivileged: () => void calls.order.push('registerSchemes'), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        availableSpellCheckerLanguages: ['en-GB', 'en-US', 'de'],
        setSpellCheckerEnabled: (on: boolean) => {
          calls.order.push('spellcheck');
          calls.spell.enabled = on;
        },
        setSpellCheckerLanguages: (l: string[]) => void (calls.spell.languages = l),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    data: Record<string, unknown>;
    constructor(o: { defaults: Record<string, unknown> }) {
      this.data = { ...structuredClone(o.defaults), ...structuredClone(calls.stored) };
    }
    get(k: string) {
      return this.data[k];
    }
    set(k: string, v: unknown) {
      this.data[k] = v;
    }
  },
}));

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const roles = (template: unknown): string[] => JSON.stringify(template).match(/"role":"[a-zA-Z]+"/g) ?? [];

describe('the packaged app (electron mocked)', () => {
  it('sandboxes every renderer first; no DevTools; spell checking off before the window exists; what a killed run left is cleaned at start', async () => {
    // What a previous run, killed mid-write, left in the folders it wrote to (kept in its preferences).
    const exports = mkdtempSync(join(tmpdir(), 'ropa-exports-'));
    const dead = deadPid();
    const stale = join(exports, `Register.xlsx.${dead}.1767225600000.tmp`);
    const running = join(exports, `Notice.docx.${process.pid}.1767225600000.tmp`);
    const mine = join(exports, 'notes.1.2.tmp');
    const workspace = join(exports, 'Register.ropa');
    const backups = join(exports, 'Register.ropa-backups');
    mkdirSync(backups);
    const partial = join(backups, 'Register-20260101-100000.ropa.partial');
    const orphan = join(backups, 'Register-20251231-100000.ropa-journal');
    const kept = join(backups, 'Register-20260101-090000.ropa');
    for (const f of [stale, running, mine, workspace, partial, orphan, kept]) writeFileSync(f, 'x');
    const old = new Date(Date.now() - 3_600_000);
    for (const f of [partial, orphan]) utimesSync(f, old, old);
    calls.stored = { writtenFolders: [exports], prefs: { displayName: 'Privacy officer', theme: 'system', recentFiles: [workspace] } };

    await import('../../../electron/main');
    expect(calls.order[0]).toBe('enableSandbox');
    calls.ready?.();
    await vi.waitFor(() => expect(calls.windows.length).toBe(1), { timeout: 20_000 });
    expect(calls.windows[0]?.webPreferences).toMatchObject({ devTools: false, sandbox: true });
    // Spell checking off (no language, so no dictionary download) before the window exists.
    expect(calls.spell).toMatchObject({ enabled: false, languages: [], setBeforeWindow: true });
    expect(calls.menus.length).toBeGreaterThan(0);
    for (const m of calls.menus) expect(roles(m)).not.toContain('"role":"toggleDevTools"');

    // On start, the leftovers of the killed run are gone; a running process's temporary, files not ours, and good backups stay.
    await vi.waitFor(() => expect(existsSync(stale) || existsSync(partial) || existsSync(orphan)).toBe(false), { timeout: 10_000 });
    for (const f of [running, mine, workspace, kept]) expect(existsSync(f)).toBe(true);
  });

  it('the spell-check setting turns the session\'s spell checker on and off at once, and is kept', async () => {
    const prefsSet = calls.handlers.get('prefs:set');
    expect(prefsSet).toBeDefined();
    const event = { senderFrame: { url: 'app://ropa/index.html', parent: null }, sender: { id: 1 } };
    const on = (await prefsSet?.(event, { spellcheck: true })) as { ok: boolean; value: { spellcheck?: boolean } };
    expect(on).toMatchObject({ ok: true, value: { spellcheck: true } });
    expect(calls.spell).toMatchObject({ enabled: true, languages: ['en-GB'] });
    const prefsGet = calls.handlers.get('prefs:get');
    expect(await prefsGet?.(event, {})).toMatchObject({ ok: true, value: { spellcheck: true } });
    const off = (await prefsSet?.(event, { spellcheck: false })) as { ok: boolean; value: { spellcheck?: boolean } };
    expect(off).toMatchObject({ ok: true, value: { spellcheck: false } });
    expect(calls.spell).toMatchObject({ enabled: false, languages: [] });
    expect(await prefsSet?.(event, { spellcheck: 'yes' })).toMatchObject({ ok: false });
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
