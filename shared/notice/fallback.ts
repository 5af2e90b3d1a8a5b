/**
 * Passages of a notice printed in another language than the notice's own (record texts with no
 * translation), so that renderers mark them with their language: `<span lang="en">` in HTML,
 * `w:lang` on the run in Word, so that screen readers, spell-checkers and hyphenation treat them
 * as the language they are in.
 */
import type { NoticeLanguage } from '../model';
import type { NoticeDocument } from './model';
import type { NoticeWarning } from './texts';
import { typesetText } from './typography';

export interface NoticeFallback {
  readonly lang: NoticeLanguage;
  /** The passages as printed, longest first. */
  readonly texts: readonly string[];
}

/** The fallback passages of a notice, from its missing-translation warnings (undefined when there are none). */
export function fallbackOf(warnings: readonly NoticeWarning[], noticeLang: NoticeLanguage): NoticeFallback | undefined {
  const hits = warnings.flatMap((w) => (w.code === 'missing_translation' && w.untranslated !== undefined ? [w.untranslated] : []));
  const first = hits[0];
  if (first === undefined) return undefined;
  const texts = new Set<string>();
  for (const h of hits) {
    for (const t of [h.original, ...h.original.split('\n').map((l) => l.replace(/^[-*•]\s+/, ''))]) {
      const s = t.trim().replace(/\.$/, '');
      if (s.length < 2) continue;
      texts.add(s);
      texts.add(typesetText(s, noticeLang));
    }
  }
  return { lang: first.lang, texts: [...texts].sort((a, b) => b.length - a.length) };
}

export interface Segment {
  readonly text: string;
  /** Set when the segment is a fallback passage in this language. */
  readonly lang?: NoticeLanguage;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A text cut into the notice's own language and fallback passages (whole words only). A one-word
 * passage ("Support") is marked only where it is the whole text (a table cell, a list item), so the
 * same word in a sentence of the notice's language is not taken for it.
 */
export function segments(text: string, fallback: NoticeFallback | undefined): Segment[] {
  if (fallback === undefined || text === '') return [{ text }];
  for (const f of fallback.texts) {
    if (!/\s/.test(f) && text.trim() !== f) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(f, from);
      if (at < 0) break;
      if (!isLetter(text[at - 1]) && !isLetter(text[at + f.length])) {
        return [...segments(text.slice(0, at), fallback), { text: f, lang: fallback.lang }, ...segments(text.slice(at + f.length), fallback)].filter((s) => s.text !== '');
      }
      from = at + 1;
    }
  }
  // A passage that a link cut into several runs (an e-mail address inside it): each run of several words that is part of it.
  const m = /^([\s:;,.()–-]*)(.*?)([\s:;,.()–-]*)$/su.exec(text);
  const [, before = '', piece = '', after = ''] = m ?? [];
  if (/\s/.test(piece) && piece.length >= 8 && fallback.texts.some((f) => f.includes(piece))) {
    return [{ text: before }, { text: piece, lang: fallback.lang }, { text: after }].filter((x) => x.text !== '');
  }
  return [{ text }];
}

/** The document with its fallback passages recorded. */
export function withFallback(doc: NoticeDocument, warnings: readonly NoticeWarning[]): NoticeDocument {
  const fallback = fallbackOf(warnings, doc.lang);
  return fallback === undefined ? doc : { ...doc, fallback };
}
