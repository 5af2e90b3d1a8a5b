import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/channels';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { createHandlers, createSampleWorkspace, type Handlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';

const ROOT = resolve('dist/renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves the built renderer on 127.0.0.1 with the app's CSP, like the app:// protocol does. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(ROOT + sep)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface AppHarness {
  dir: string;
  session: AppSession;
  handlers: Handlers;
  /** Paths the stub save/open dialogs will answer with, in order. */
  dialogAnswers: string[];
  close(): Promise<void>;
}

/**
 * The main process without Electron: a session on a real workspace file in a temp
 * folder, the contract's handlers, and dialogs that answer from `dialogAnswers`.
 */
export async function startApp(options: { sample?: boolean } = {}): Promise<AppHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-e2e-'));
  const session = new AppSession(memoryPreferences({ displayName: 'E2E Tester' }), { backups: false });
  const dialogAnswers: string[] = [];
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => dialogAnswers.shift(), chooseOpenPath: async () => dialogAnswers.shift() },
    info: { version: 'e2e', platform: process.platform },
    openExternal: async () => undefined,
    samplePath: join(dir, 'sample.ropa'),
  });
  if (options.sample !== false) await createSampleWorkspace(session, join(dir, 'sample.ropa'));
  return {
    dir,
    session,
    handlers,
    dialogAnswers,
    close: async () => {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Gives the page the same `window.ropa` API the preload builds, backed by the handlers. */
export async function connectPage(page: Page, app: AppHarness): Promise<void> {
  // Answers travel as one JSON string: Playwright's per-value serialisation of a 10,000-activity
  // overview takes most of a second, while Electron's structured clone takes milliseconds.
  await page.exposeFunction('__ropaInvoke', async (channel: string, payload: unknown) => JSON.stringify(await dispatch(app.handlers, channel, payload)));
  await page.addInitScript((channels: readonly string[]) => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const invoke = (window as unknown as { __ropaInvoke: (c: string, p: unknown) => Promise<string> }).__ropaInvoke;
    const api: Record<string, unknown> = Object.fromEntries(channels.map((c) => [c, async (payload: unknown) => JSON.parse(await invoke(c, payload)) as unknown]));
    api.on = (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    };
    (window as unknown as { ropa: unknown }).ropa = api;
    (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  }, [...CHANNELS]);
  app.session.on('changed', () => {
    void page.evaluate(() => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit('workspace:changed', null)).catch(() => undefined);
  });
  // Like main.ts: the session's export progress goes to the page as 'export:progress'.
  app.session.on('progress', (p: unknown) => {
    void page.evaluate((payload) => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit('export:progress', payload), p).catch(() => undefined);
  });
}
