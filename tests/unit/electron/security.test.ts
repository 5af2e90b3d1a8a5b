import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, trustedSender } from '../../../electron/security/harden';
import { isAllowedExternalLink } from '../../../electron/security/links';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { createMainWindow } from '../../../electron/window-options';
import type { WebContents, Session } from 'electron';

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: Record<string, unknown>) {}
  },
}));

class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.openHandler = h;
  }
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, with web security on', () => {
    const o = (createMainWindow('/app/preload.cjs', { width: 1200, height: 800 }) as unknown as { options: Record<string, unknown> }).options;
    expect(o.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has a strict content security policy: own scripts only, no eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('navigation, new windows and permissions', () => {
  it('blocks navigation and redirects away from the app, allows its own pages', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as unknown as WebContents, () => undefined);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://ropa/index.html#/vendors')).toBe(false);
    expect(navigate(contents, 'will-attach-webview', 'app://ropa/x')).toBe(true);
  });

  it('denies every new window; allow-listed https links go to the browser, others nowhere', () => {
    const opened: string[] = [];
    const contents = new FakeContents();
    hardenWebContents(contents as unknown as WebContents, (url) => opened.push(url));
    expect(contents.openHandler?.({ url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://eur-lex.europa.eu/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://eur-lex.europa.eu/eli/reg/2016/679/oj']);
  });

  it('denies all permission requests and checks', () => {
    const handlers: { request?: (c: unknown, p: string, cb: (ok: boolean) => void) => void; check?: () => boolean; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
      setDevicePermissionHandler: (h: typeof handlers.device) => (handlers.device = h),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      handlers.request?.(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});

describe('the external-link allow-list', () => {
  it.each([
    ['https://eur-lex.europa.eu/eli/reg/2016/679/oj', true],
    ['https://www.edpb.europa.eu/our-work-tools_en', true],
    ['http://eur-lex.europa.eu/', false],
    ['https://eur-lex.europa.eu.evil.example/', false],
    ['https://user:pw@eur-lex.europa.eu/', false],
    ['https://eur-lex.europa.eu:8443/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalLink(url)).toBe(allowed);
  });
});

describe('IPC senders', () => {
  const ours = trustedSender((id) => id === 7);
  it('accepts the main frame of our window showing our page', () => {
    expect(ours({ sender: { id: 7 }, senderFrame: { url: 'app://ropa/index.html', parent: null } })).toBe(true);
  });
  it('refuses sub-frames, other windows, other origins and missing frames', () => {
    expect(ours({ sender: { id: 7 }, senderFrame: { url: 'app://ropa/index.html', parent: {} } })).toBe(false);
    expect(ours({ sender: { id: 8 }, senderFrame: { url: 'app://ropa/index.html', parent: null } })).toBe(false);
    expect(ours({ sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } })).toBe(false);
    expect(ours({ sender: { id: 7 }, senderFrame: null })).toBe(false);
  });
});
