import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './csp';
import { isAllowedExternalLink } from './links';
import type { InvokeEventLike } from '../ipc/register';

/**
 * Applied to every window's contents: no navigation away from the app, no new
 * windows (allow-listed https links go to the browser instead), no webviews.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Every permission request (camera, notifications, geolocation …) is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** IPC only from the main frame of one of our windows, showing our own page. */
export function trustedSender(isOwnContents: (id: number) => boolean) {
  return (event: InvokeEventLike): boolean => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (!isOwnContents(event.sender.id)) return false;
    try {
      return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
    } catch {
      return false;
    }
  };
}
