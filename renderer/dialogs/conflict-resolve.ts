/** The conflict dialog is opened from wherever a save is refused (useDraft), and answers with the record to keep. */
import type { ConflictView } from '../../shared/ipc';

export type Resolution<T> = { take: 'mine' | 'merged'; record: T } | { take: 'theirs'; record: T | undefined };

const OPEN_EVENT = 'ropa:open-conflict';

export interface ConflictRequest {
  mine: Record<string, unknown>;
  conflict: ConflictView;
  resolve(r: Resolution<Record<string, unknown>>): void;
}

/** Shows the conflict dialog; resolves once the person has chosen. */
export function resolveConflict<T>(mine: T, conflict: ConflictView): Promise<Resolution<T>> {
  return new Promise((resolve) => {
    const detail: ConflictRequest = { mine: mine as Record<string, unknown>, conflict, resolve: (r) => resolve(r as Resolution<T>) };
    window.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail }));
  });
}

export function onConflict(listener: (r: ConflictRequest) => void): () => void {
  const on = (e: Event) => listener((e as CustomEvent<ConflictRequest>).detail);
  window.addEventListener(OPEN_EVENT, on);
  return () => window.removeEventListener(OPEN_EVENT, on);
}

const META = new Set(['id', 'createdAt', 'updatedAt']);
/** The review state moves only through review steps: a conflict always keeps the stored one. */
const WORKFLOW = ['status', 'reviewer', 'lastReviewed', 'nextReviewDue'];

/** The fields where the two versions differ, in the record's own order. */
export function differingFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  return keys.filter((k) => !META.has(k) && !WORKFLOW.includes(k) && JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]));
}

/** Their version with the fields chosen as "mine" taken from mine; based on their version (so it saves). */
export function merge(mine: Record<string, unknown>, theirs: Record<string, unknown>, keepMine: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...theirs };
  for (const k of keepMine) {
    if (META.has(k) || WORKFLOW.includes(k)) continue;
    if (mine[k] === undefined) delete out[k];
    else out[k] = mine[k];
  }
  return out;
}
