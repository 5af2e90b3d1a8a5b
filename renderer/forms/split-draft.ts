import type { z } from 'zod';
import type { FieldDraft } from '../../shared/ipc/drafts';
import { sentence } from './problems';

type Json = FieldDraft['value'];
type Segment = string | number;

function segmentsOf(path: string): Segment[] {
  return path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function getAt(value: unknown, segs: readonly Segment[]): unknown {
  let v: unknown = value;
  for (const s of segs) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s as string];
  }
  return v;
}

/** A copy of `root` with the value at `segs` replaced (undefined removes an object key); containers are created as needed. */
export function setAt(root: unknown, segs: readonly Segment[], value: unknown): unknown {
  if (segs.length === 0) return value;
  const [head, ...rest] = segs as [Segment, ...Segment[]];
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    if (rest.length === 0 && head >= list.length) {
      if (value !== undefined) list.push(value);
      return list;
    }
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const obj = root !== null && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  const next = setAt(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj;
}

function removeIndexes(root: unknown, arrayPath: readonly Segment[], indexes: readonly number[]): unknown {
  const list = getAt(root, arrayPath);
  if (!Array.isArray(list)) return root;
  const drop = new Set(indexes);
  return setAt(root, arrayPath, list.filter((_, i) => !drop.has(i)));
}

/**
 * Rows added since the record was stored that nobody has typed into yet: the
 * value at each path is still the one the row was created with.
 */
export function recordNewRows(before: unknown, after: unknown, path: string, out: Map<string, string>): void {
  if (before === after) return;
  if (Array.isArray(after)) {
    const b = Array.isArray(before) ? before : [];
    after.forEach((item: unknown, i) => {
      const p = path ? `${path}.${i}` : String(i);
      if (i >= b.length) {
        if (item !== null && typeof item === 'object') out.set(p, JSON.stringify(item));
      } else recordNewRows(b[i], item, p, out);
    });
  } else if (after !== null && typeof after === 'object') {
    const b = before !== null && typeof before === 'object' ? (before as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(after)) recordNewRows(b[k], v, path ? `${path}.${k}` : k, out);
  }
}

/** The paths of rows still untouched (and forgets rows that were typed into or removed). */
export function untouchedRows(draft: unknown, created: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [path, initial] of created) {
    const now = getAt(draft, segmentsOf(path));
    if (now !== undefined && JSON.stringify(now) === initial) out.add(path);
    else created.delete(path);
  }
  return out;
}

export interface Split<T> {
  /** What can be saved: the draft with refused values put back to the stored ones; undefined when nothing valid can be separated. */
  record: T | undefined;
  /** The refused values, each with its problem. */
  drafts: FieldDraft[];
}

/**
 * Separates what a person typed into the part the record's schema accepts and
 * the values it refuses. A refused field goes back to its stored value in the
 * record (and is kept as a draft); a refused new row is left out of the record
 * whole (and kept as a draft row). Rows nobody has typed into are left out and
 * not kept.
 */
export function splitDraft<T>(
  schema: z.ZodType<T>,
  draft: T,
  stored: T | undefined,
  untouched: ReadonlySet<string>,
  describe: (issue: z.core.$ZodIssue) => string = (issue) => sentence(issue.message),
): Split<T> {
  let candidate: unknown = draft;
  // Untouched new rows are not part of the record (nor errors).
  const byArray = new Map<string, number[]>();
  for (const p of untouched) {
    const segs = segmentsOf(p);
    const idx = segs[segs.length - 1];
    if (typeof idx !== 'number') continue;
    const key = segs.slice(0, -1).join('.');
    byArray.set(key, [...(byArray.get(key) ?? []), idx]);
  }
  for (const [key, idx] of byArray) candidate = removeIndexes(candidate, segmentsOf(key), idx);

  const drafts = new Map<string, FieldDraft>();
  for (let round = 0; round < 6; round++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return { record: parsed.data, drafts: [...drafts.values()] };
    const removals = new Map<string, number[]>();
    let progressed = false;
    for (const issue of parsed.error.issues) {
      const segs = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
      if (segs.length === 0) return { record: undefined, drafts: [...drafts.values()] };
      // The first index into a list that the stored record does not have: a new row, kept whole.
      let cut = segs.length;
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        if (typeof s === 'number' && getAt(stored, segs.slice(0, i + 1)) === undefined) {
          cut = i + 1;
          break;
        }
      }
      const at = segs.slice(0, cut);
      const path = at.join('.');
      if (!drafts.has(path)) drafts.set(path, { path, value: (getAt(candidate, at) ?? null) as Json, message: describe(issue) });
      if (cut < segs.length || typeof at[at.length - 1] === 'number') {
        if (getAt(stored, at) === undefined) {
          const key = at.slice(0, -1).join('.');
          const idx = at[at.length - 1] as number;
          removals.set(key, [...(removals.get(key) ?? []), idx]);
          progressed = true;
          continue;
        }
      }
      const back = getAt(stored, at);
      const before = JSON.stringify(getAt(candidate, at));
      candidate = setAt(candidate, at, back);
      if (JSON.stringify(back) !== before) progressed = true;
    }
    for (const [key, idx] of removals) candidate = removeIndexes(candidate, segmentsOf(key), [...new Set(idx)]);
    if (!progressed) break;
  }
  return { record: undefined, drafts: [...drafts.values()] };
}

/** The stored record with the drafts on top: what the editor shows. */
export function overlayDrafts<T>(stored: T, drafts: readonly FieldDraft[]): T {
  let out: unknown = stored;
  for (const d of drafts) out = setAt(out, segmentsOf(d.path), d.value);
  return out as T;
}
