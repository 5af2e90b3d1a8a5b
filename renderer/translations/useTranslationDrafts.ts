/**
 * What is typed in the translation editor, saved ~500 ms after typing stops (as the record
 * editors do), flushed before undo and when the screen closes. A text stays in the editor
 * until the main process has stored it: a refused save keeps it, with the reason shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranslationSaveResult } from '../../shared/notice';
import { call, messageOf } from '../api';
import { registerFlusher, setSaveStatus } from '../app/status';

const DEBOUNCE_MS = 500;

export interface TranslationDrafts {
  /** What the person typed and is not stored yet, by text id. */
  drafts: Readonly<Record<string, string>>;
  edit(id: string, text: string): void;
  /** Saves one text now (e.g. "still right" on a stale translation). */
  confirm(id: string, text: string): void;
  flush(): Promise<void>;
}

export function useTranslationDrafts(productId: string, lang: 'de' | 'fr', onSaved: (r: TranslationSaveResult) => void, onError: (message: string) => void): TranslationDrafts {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const pending = useRef(new Map<string, { text: string; confirm?: boolean }>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const callbacks = useRef({ onSaved, onError });
  callbacks.current = { onSaved, onError };

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      if (pending.current.size === 0) return;
      const sent = new Map(pending.current);
      pending.current.clear();
      setSaveStatus({ state: 'saving' });
      try {
        const result = await call('translations:save', { productId, lang, edits: [...sent].map(([id, e]) => ({ id, text: e.text, ...(e.confirm ? { confirm: true } : {}) })) });
        // Stored: drop the drafts that are still what was sent (a text typed meanwhile stays).
        setDrafts((d) => {
          const next = { ...d };
          for (const [id, e] of sent) if (next[id] === e.text && !pending.current.has(id)) delete next[id];
          return next;
        });
        if (pending.current.size === 0) setSaveStatus({ state: 'saved', at: Date.now() });
        callbacks.current.onSaved(result);
      } catch (e) {
        // Not stored: keep every text to send again with the next edit or flush.
        for (const [id, v] of sent) if (!pending.current.has(id)) pending.current.set(id, v);
        setSaveStatus({ state: 'error', message: messageOf(e) });
        callbacks.current.onError(messageOf(e));
      }
    };
    chain.current = chain.current.then(run);
    return chain.current;
  }, [productId, lang]);

  const edit = useCallback(
    (id: string, text: string) => {
      setDrafts((d) => ({ ...d, [id]: text }));
      pending.current.set(id, { text });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  const confirm = useCallback(
    (id: string, text: string) => {
      pending.current.set(id, { text, confirm: true });
      void flush();
    },
    [flush],
  );

  useEffect(() => {
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      if (pending.current.size > 0) void flush();
    };
  }, [flush]);

  return { drafts, edit, confirm, flush };
}
