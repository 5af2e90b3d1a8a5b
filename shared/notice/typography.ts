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
import type { Block, NoticeDocument, NoticeSection, Run } from './model';

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

export function typesetNotice(doc: NoticeDocument): NoticeDocument {
  const lang = doc.lang;
  if (lang === 'en') return doc;
  const str = (t: string) => typesetText(t, lang);
  const runs = (rs: readonly Run[]): Run[] => rs.map((r) => (typeof r === 'string' ? str(r) : r));
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'paragraph':
        return { kind: 'paragraph', runs: runs(b.runs) };
      case 'subheading':
        return { kind: 'subheading', text: str(b.text) };
      case 'list':
        return { kind: 'list', items: b.items.map(runs) };
      case 'table':
        return { kind: 'table', header: b.header.map(str), rows: b.rows.map((row) => row.map(runs)) };
    }
  };
  return {
    ...doc,
    title: str(doc.title),
    dateLine: str(doc.dateLine),
    intro: doc.intro.map(block),
    sections: doc.sections.map((sec): NoticeSection => ({ ...sec, heading: str(sec.heading), blocks: sec.blocks.map(block) })),
  };
}
