import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, messageOf } from '../api';
import { resolveConflict } from '../dialogs/conflict-resolve';
import { registerFlusher, setSaveStatus } from '../app/status';
import { collectProblems, type Hint, type Problems } from './problems';

const DEBOUNCE_MS = 500;

/** Drafts that could not be saved (invalid) when their editor closed: shown again when it reopens. */
const keptDrafts = new Map<string, unknown>();

export interface Draft<T> {
  draft: T;
  /** Applies an edit; typing is saved ~500 ms after it stops, choices at once. */
  update(edit: (d: T) => T, mode?: 'typing' | 'now'): void;
  problems: Problems;
}

interface Options<T> {
  schema: z.ZodType<T>;
  save(record: T): Promise<unknown>;
  hints?: (record: T) => Hint[];
  /** Changes on undo/redo: the draft is replaced by the stored record. */
  resetToken: number;
}

/**
 * The edit buffer of one record with autosave. Invalid states are never sent (the
 * problems show next to the fields) and never dropped: the draft stays in the form,
 * and is kept if the editor closes. Remount (key) the editor for another record.
 */
export function useDraft<T extends { id: string }>(record: T, options: Options<T>): Draft<T> {
  const key = `${record.id}`;
  const [draft, setDraft] = useState<T>(() => (keptDrafts.get(key) as T | undefined) ?? record);
  const draftRef = useRef(draft);
  const dirty = useRef(keptDrafts.has(key));
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const opts = useRef(options);
  opts.current = options;

  const persist = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      if (!dirty.current) return;
      const value = draftRef.current;
      const parsed = opts.current.schema.safeParse(value);
      if (!parsed.success) {
        setSaveStatus({ state: 'invalid' });
        return;
      }
      dirty.current = false;
      keptDrafts.delete(key);
      inFlight.current += 1;
      setSaveStatus({ state: 'saving' });
      try {
        const saved = await opts.current.save(parsed.data);
        // The next save is based on this one: carry the version it got (edits typed meanwhile stay).
        const version = (saved as { updatedAt?: unknown } | null)?.updatedAt;
        if (typeof version === 'string') {
          draftRef.current = { ...draftRef.current, updatedAt: version };
          setDraft(draftRef.current);
        }
        if (!dirty.current) setSaveStatus({ state: 'saved', at: Date.now() });
      } catch (e) {
        dirty.current = true;
        if (e instanceof ApiError && e.code === 'conflict' && e.conflict !== undefined) {
          // A colleague changed the record meanwhile: the person chooses; the draft stays until then.
          setSaveStatus({ state: 'error', message: messageOf(e) });
          const choice = await resolveConflict(parsed.data, e.conflict);
          if (choice.take === 'theirs') {
            dirty.current = false;
            keptDrafts.delete(key);
            if (choice.record !== undefined) {
              draftRef.current = choice.record;
              setDraft(choice.record);
            }
            setSaveStatus({ state: 'idle' });
          } else {
            draftRef.current = choice.record;
            setDraft(choice.record);
            chain.current = chain.current.then(run);
          }
          return;
        }
        setSaveStatus({ state: 'error', message: messageOf(e) });
      } finally {
        inFlight.current -= 1;
      }
    };
    chain.current = chain.current.then(run);
    return chain.current;
  }, [key]);

  const update = useCallback(
    (edit: (d: T) => T, mode: 'typing' | 'now' = 'typing') => {
      const next = edit(draftRef.current);
      draftRef.current = next;
      dirty.current = true;
      setDraft(next);
      if (timer.current) clearTimeout(timer.current);
      if (mode === 'now') void persist();
      else timer.current = setTimeout(() => void persist(), DEBOUNCE_MS);
    },
    [persist],
  );

  // The stored record changed (our save came back, or someone else's change): take it unless editing.
  useEffect(() => {
    if (dirty.current || inFlight.current > 0) return;
    draftRef.current = record;
    setDraft(record);
  }, [record]);

  // Undo/redo: the stored record wins.
  const firstToken = useRef(options.resetToken);
  useEffect(() => {
    if (options.resetToken === firstToken.current) return;
    firstToken.current = options.resetToken;
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    keptDrafts.delete(key);
    draftRef.current = record;
    setDraft(record);
  }, [options.resetToken]);

  // Register for undo's flush; on close, save what is pending or keep the invalid draft.
  useEffect(() => {
    const unregister = registerFlusher(persist);
    return () => {
      unregister();
      if (!dirty.current) return;
      if (opts.current.schema.safeParse(draftRef.current).success) void persist();
      else keptDrafts.set(key, draftRef.current);
    };
  }, [persist, key]);

  const hints = options.hints;
  const problems = useMemo(() => collectProblems(options.schema, draft, hints ? hints(draft) : []), [options.schema, draft, hints]);
  return { draft, update, problems };
}

/** Empty text means "not set". */
export function opt(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** A copy of the list with item i replaced by the edit's result. */
export function replaceAt<T>(items: readonly T[], i: number, edit: (item: T) => T): T[] {
  return items.map((item, j) => (j === i ? edit(item) : item));
}

export function removeAt<T>(items: readonly T[], i: number): T[] {
  return items.filter((_, j) => j !== i);
}

/** What a tab of an editor gets: the draft, the edit function and the problems. */
export interface TabProps<T> {
  value: T;
  update: Draft<T>['update'];
  problems: Problems;
}
