import { useSyncExternalStore } from 'react';
import type { DraftEntityType, DraftHolder } from '../../shared/ipc';
import { call } from '../api';

/** Which records hold field drafts (the tree marks them), as the main process last reported. */
let holders: ReadonlyMap<string, number> = new Map();
const listeners = new Set<() => void>();

const keyOf = (type: DraftEntityType, id: string) => `${type}:${id}`;

export function setDraftHolders(list: readonly DraftHolder[]): void {
  holders = new Map(list.map((h) => [keyOf(h.entityType, h.entityId), h.fields]));
  listeners.forEach((l) => l());
}

export async function refreshDraftHolders(): Promise<void> {
  setDraftHolders(await call('drafts:holders', {}));
}

export function useDraftHolders(): { fieldsOf(type: DraftEntityType, id: string): number } {
  const map = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => holders,
  );
  return { fieldsOf: (type, id) => map.get(keyOf(type, id)) ?? 0 };
}
