import { useSyncExternalStore } from 'react';

/** What the header shows about saving: the state of the last save, or why it did not happen. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  /** The valid fields are saved; `fields` refused values are kept as drafts. */
  | { state: 'draft'; fields: number }
  /** Nothing could be saved (the record as a whole is refused); the drafts are kept. */
  | { state: 'invalid' }
  | { state: 'error'; message: string };

let current: SaveStatus = { state: 'idle' };
const listeners = new Set<() => void>();

export function setSaveStatus(status: SaveStatus): void {
  current = status;
  listeners.forEach((l) => l());
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => current,
  );
}

/** Pending edits of open editors: undo first writes them, so nothing typed is lost. */
const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((f) => f()));
}
