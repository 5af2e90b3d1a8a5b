// The renderer's only door to the main process: one named function per contract
// channel (no generic invoke), and a fixed set of events.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, type EventName, type RopaApi } from '../shared/ipc/channels-api';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)])) as Omit<RopaApi, 'on'>;

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!(EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.removeListener(event, wrapped);
}

contextBridge.exposeInMainWorld('ropa', { ...api, on } satisfies RopaApi);
