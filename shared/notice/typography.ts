/**
 * The notice's typography in its language, applied to every text (template and record text alike)
 * after the sanitiser and before any renderer:
 *
 * - German: apostrophes ’, quotation marks „…“ (from "…" and “…”).
 * - French: apostrophes ’, guillemets « … » (from "…" and “…”), and a no-break space (U+00A0, as
 *   Word's French AutoFormat inserts it, so every font and every renderer shows it) before
 *   `: ; ! ?` and inside « ». A colon or mark not followed by a space (https://, 10:30, ?id=) is
 *   left alone; link runs are never changed.
 * - English: unchanged (the records are written in it).
 */
import type { NoticeLanguage } from '../model';
import { type NoticeDocument, mapNoticeText } from './model';

export const NBSP = '\u00A0';

const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

function quotes(s: string, open: string, close: string): string {
  return s.replace(/"([^"\n]+)"/g, `${open}$1${close}`).replace(/\u201C([^\u201C\u201D\n]+)\u201D/g, `${open}$1${close}`);
}

/** French spacing: a no-break space before `: ; ! ?` (when a word or closing mark precedes and a space or the end follows) and inside « ». */
export function frenchSpacing(s: string): string {
  return s
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
    .replace(/([^\s\u00A0\u202F])[ \u202F]?([:;!?])(?=\s|$|[)»])/gu, `$1${NBSP}$2`)
    // A run that begins with the mark follows a run of its own (a passage in another language): the space goes before it all the same.
    .replace(/^[ \u202F]?([:;!?])(?=\s|$)/u, `${NBSP}$1`)
    .replace(/ \u00A0/g, NBSP);
}

export function typesetText(s: string, lang: NoticeLanguage): string {
  switch (lang) {
    case 'en':
      return s;
    case 'de':
      return quotes(s.replace(APOSTROPHE, '$1’'), '„', '“');
    case 'fr':
      return frenchSpacing(quotes(s.replace(APOSTROPHE, '$1’'), '«', '»'));
  }
}

/** The typography of each text's own language: a fallback passage keeps its language's (English: unchanged); link runs are never touched. */
export function typesetNotice(doc: NoticeDocument): NoticeDocument {
  if (doc.lang === 'en') return doc;
  return mapNoticeText(doc, (t, spot) => (spot.role === 'text' ? typesetText(t, spot.lang) : t));
}
