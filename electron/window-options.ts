import { BrowserWindow } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

/**
 * Creates the main window: isolated, sandboxed, no Node, web security on. The
 * options are written inline in `new BrowserWindow({…})` so that Electronegativity
 * can read them (tests mock 'electron').
 */
/**
 * `devTools`: development builds only. Spell checking is allowed in the window and
 * switched on or off for the session by the preference (spellcheck.ts), so that the
 * setting applies at once; off by default.
 */
export function createMainWindow(preloadPath: string, bounds: WindowBounds, options: { devTools?: boolean } = {}): BrowserWindow {
  return new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'RoPA Desk',
    backgroundColor: '#1f1f1f',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: options.devTools === true,
      // Middle-click would otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
