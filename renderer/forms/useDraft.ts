import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { DraftEntityType, FieldDraft } from '../../shared/ipc';
import { ApiError, call, messageOf } from '../api';
import { setDraftHolders } from '../app/draft-holders';
import { resolveConflict } from '../dialogs/conflict-resolve';
import { registerFlusher, setSaveStatus } from '../app/status';
import i18next from 'i18next';
import { issueMessage } from './issue-messages';
import { collectProblems, type Hint, type Problems } from './problems';
import { getAt, overlayDrafts, recordNewRows, splitDraft, untouchedRows } from './split-draft';

const DEBOUNCE_MS = 500;

/** Schema problems in the UI's words (not the schema's, which name file keys). */
const describe = (issue: z.core.$ZodIssue): string => issueMessage(issue, i18next.t);

export interface Draft<T> {
  draft: T;
  /** Applies an edit; typing is saved ~500 ms after it stops, choices at once. */
  update(edit: (d: T) => T, mode?: 'typing' | 'now'): void;
  problems: Problems;
  /** Fields whose typed value is kept as a draft (not part of the record until valid). */
  draftFields: number;
}

interface Options<T> {
  /** Which kind of record, for the field drafts kept by the main process. */
  kind: DraftEntityType;
  schema: z.ZodType<T>;
  save(record: T): Promise<T>;
  hints?: (record: T) => Hint[];
  /** Changes on undo/redo: the draft is replaced by the stored record (with its field drafts on top). */
  resetToken: number;
}

/**
 * The edit buffer of one record with autosave. Every valid field is saved even
 * when another is not; a refused value stays in the form with its problem and is
 * kept by the main process as a field draft (so it survives leaving the record, a
 * reload and a restart) until it is fixed. Rows added but not typed into are not
 * errors and are not saved. Remount (key) the editor for another record.
 */
export function useDraft<T extends { id: string }>(record: T, options: Options<T>): Draft<T> {
  const { kind } = options;
  const id = record.id;
  const [draft, setDraft] = useState<T>(record);
  const draftRef = useRef(draft);
  const stored = useRef<T>(record);
  const fieldDrafts = useRef<FieldDraft[]>([]);
  const sentDrafts = useRef('[]');
  const created = useRef(new Map<string, string>());
  const [draftFields, setDraftFields] = useState(0);
  const dirty = useRef(false);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const opts = useRef(options);
  opts.current = options;

  const show = useCallback((base: T, drafts: FieldDraft[]) => {
    // Rows added but not typed into are in neither the record nor the drafts: keep them in view.
    const blank = [...untouchedRows(draftRef.current, new Map(created.current))].map((path) => ({ path, value: getAt(draftRef.current, path.split('.')) as FieldDraft['value'], message: '' }));
    const next = overlayDrafts(base, [...drafts, ...blank]);
    draftRef.current = next;
    setDraft(next);
  }, []);

  // The field drafts kept for this record, shown on top of it.
  useEffect(() => {
    let live = true;
    call('drafts:get', { entityType: kind, entityId: id }).then(
      (drafts) => {
        if (!live) return;
        fieldDrafts.current = drafts;
        sentDrafts.current = JSON.stringify(drafts);
        setDraftFields(drafts.length);
        if (drafts.length > 0 && !dirty.current) show(stored.current, drafts);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kind, id, show]);

  const persist = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      if (!dirty.current) return;
      dirty.current = false;
      const value = draftRef.current;
      const { schema, save } = opts.current;
      const split = splitDraft(schema, value, stored.current, untouchedRows(value, created.current), describe);
      fieldDrafts.current = split.drafts;
      setDraftFields(split.drafts.length);
      inFlight.current += 1;
      setSaveStatus({ state: 'saving' });
      try {
        const json = JSON.stringify(split.drafts);
        if (json !== sentDrafts.current) {
          setDraftHolders(await call('drafts:set', { entityType: kind, entityId: id, drafts: split.drafts }));
          sentDrafts.current = json;
        }
        if (split.record !== undefined && JSON.stringify(split.record) !== JSON.stringify(stored.current)) {
          stored.current = await save(split.record);
          // The next save is based on this one: carry the version it got (edits typed meanwhile stay).
          const version = (stored.current as { updatedAt?: unknown } | null)?.updatedAt;
          if (typeof version === 'string') {
            draftRef.current = { ...draftRef.current, updatedAt: version };
            setDraft(draftRef.current);
          }
        }
        if (!dirty.current) setSaveStatus(split.record === undefined ? { state: 'invalid' } : split.drafts.length > 0 ? { state: 'draft', fields: split.drafts.length } : { state: 'saved', at: Date.now() });
      } catch (e) {
        dirty.current = true;
        if (e instanceof ApiError && e.code === 'conflict' && e.conflict !== undefined) {
          // A colleague changed the record meanwhile: the person chooses; the draft stays until then.
          setSaveStatus({ state: 'error', message: messageOf(e) });
          const choice = await resolveConflict(split.record ?? value, e.conflict);
          if (choice.take === 'theirs') {
            dirty.current = false;
            if (choice.record !== undefined) {
              stored.current = choice.record;
              show(choice.record, fieldDrafts.current);
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
  }, [kind, id, show]);

  const update = useCallback(
    (edit: (d: T) => T, mode: 'typing' | 'now' = 'typing') => {
      const before = draftRef.current;
      const next = edit(before);
      recordNewRows(before, next, '', created.current);
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
    stored.current = record;
    show(record, fieldDrafts.current);
  }, [record, show]);

  // Undo/redo: the stored record wins; drafts of fields stay on top of it.
  const firstToken = useRef(options.resetToken);
  useEffect(() => {
    if (options.resetToken === firstToken.current) return;
    firstToken.current = options.resetToken;
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    stored.current = record;
    show(record, fieldDrafts.current);
  }, [options.resetToken]);

  // Register for undo's flush; on close, save what is pending (drafts included).
  useEffect(() => {
    const unregister = registerFlusher(persist);
    return () => {
      unregister();
      if (dirty.current) void persist();
    };
  }, [persist]);

  const hints = options.hints;
  const problems = useMemo(
    () => collectProblems(options.schema, draft, hints ? hints(draft) : [], untouchedRows(draft, new Map(created.current)), describe),
    [options.schema, draft, hints],
  );
  return { draft, update, problems, draftFields };
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
