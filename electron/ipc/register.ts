import { CHANNELS } from '../../shared/ipc';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';

/** The part of Electron's IpcMainInvokeEvent we look at. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

/** What registration needs of ipcMain (so it can be tested without Electron). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
}

/**
 * Registers a handler for every channel. A message from any frame other than the
 * main frame of one of the app's own windows, at the app's own URL, is refused.
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, isTrustedSender: (event: InvokeEventLike) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from a RoPA Desk window.' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
