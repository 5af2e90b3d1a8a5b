/**
 * The document model every notice output is rendered from: a title, a date and
 * numbered sections with stable keys, each a list of blocks (paragraphs,
 * sub-headings, bullet lists, tables). Text is held as runs so that links
 * stay links in every format.
 */
import type { NoticeLanguage } from '../model';
import { plainText, splitFallback, wholeFallback } from './fallback';

/** A link with its visible text. */
export interface LinkRun {
  readonly text: string;
  readonly href: string;
}
/** Text in another language than the notice's (a record text with no translation): renderers mark it with its language. */
export interface LangRun {
  readonly text: string;
  readonly lang: NoticeLanguage;
}
/** A piece of text in the notice's language, a link, or a passage in another language. */
export type Run = string | LinkRun | LangRun;

export const isLink = (r: Run): r is LinkRun => typeof r !== 'string' && 'href' in r;

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  /** `lang` when the whole sub-heading is in another language than the notice's. */
  | { readonly kind: 'subheading'; readonly text: string; readonly lang?: NoticeLanguage }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly (readonly Run[])[])[] };

/** Keys of the sections the generator writes; custom sections are `custom:<id>`. */
export const SECTION_KEYS = [
  'controller',
  'roles',
  'scope',
  'integration',
  'on_behalf',
  'data',
  'purposes',
  'commitments',
  'recipients',
  'transfers',
  'retention',
  'security',
  'objection',
  'rights',
  'requirement',
  'automated',
  'permissions',
  'children',
  'ccpa',
  'uk_gdpr',
  'swiss_fadp',
  'changes',
  'contact',
] as const;
export type TemplateSectionKey = (typeof SECTION_KEYS)[number];
export type SectionKey = TemplateSectionKey | `custom:${string}`;

export interface NoticeSection {
  readonly key: SectionKey;
  /** 1-based position in the notice, shown before the heading. */
  readonly number: number;
  readonly heading: string;
  /** Set when the whole heading is in another language than the notice's (a custom section's untranslated title). */
  readonly headingLang?: NoticeLanguage;
  readonly blocks: readonly Block[];
  /** Set when the user's override replaces the generated text. */
  readonly override?: { readonly stale: boolean; readonly updatedAt: string };
}

export interface NoticeDocument {
  readonly lang: NoticeLanguage;
  readonly title: string;
  /** "Last updated: 12 March 2026" (the publication date), or "Draft: not yet published", in the notice's language. */
  readonly dateLine: string;
  readonly intro: readonly Block[];
  readonly sections: readonly NoticeSection[];
}

/** A section before numbering. */
export interface SectionDraft {
  readonly key: SectionKey;
  readonly heading: string;
  readonly headingLang?: NoticeLanguage;
  readonly blocks: readonly Block[];
}

/** A draft whose heading was built from a marked record text: the heading plain, its language kept. */
export function liftHeading<D extends SectionDraft>(d: D): D {
  const h = wholeFallback(d.heading);
  return h.lang === undefined ? (h.text === d.heading ? d : { ...d, heading: h.text }) : { ...d, heading: h.text, headingLang: h.lang };
}

/** Which string of a notice a mapper is given: visible text (in its language), a link's visible text, or a link's address. */
export interface TextSpot {
  readonly role: 'text' | 'link' | 'href';
  /** The language the text is in: the notice's, or a fallback passage's own. */
  readonly lang: NoticeLanguage;
}

/** Where the strings that follow are: told before each part of the notice. */
export type NoticePlace =
  | { readonly kind: 'title' }
  | { readonly kind: 'dateLine' }
  | { readonly kind: 'intro' }
  | { readonly kind: 'heading'; readonly section: NoticeSection }
  /** A section's body; `heading` as mapped. */
  | { readonly kind: 'body'; readonly section: NoticeSection; readonly heading: string };

/**
 * The one walk over every string of a notice (the sanitiser and the typography both use it):
 * `fn` maps each string, told its role and language; `onPlace` is told where the strings that
 * follow are. The structure (runs, links, languages) is kept.
 */
export function mapNoticeText(doc: NoticeDocument, fn: (text: string, spot: TextSpot) => string, onPlace?: (place: NoticePlace) => void): NoticeDocument {
  const own = doc.lang;
  const str = (t: string, lang: NoticeLanguage = own) => fn(t, { role: 'text', lang });
  const runs = (rs: readonly Run[]): Run[] =>
    rs.map((r): Run => {
      if (typeof r === 'string') return str(r);
      if (isLink(r)) return { text: fn(r.text, { role: 'link', lang: own }), href: fn(r.href, { role: 'href', lang: own }) };
      return { text: str(r.text, r.lang), lang: r.lang };
    });
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'paragraph':
        return { kind: 'paragraph', runs: runs(b.runs) };
      case 'subheading':
        return b.lang === undefined ? { kind: 'subheading', text: str(b.text) } : { kind: 'subheading', text: str(b.text, b.lang), lang: b.lang };
      case 'list':
        return { kind: 'list', items: b.items.map(runs) };
      case 'table':
        return { kind: 'table', header: b.header.map((h) => str(h)), rows: b.rows.map((row) => row.map(runs)) };
    }
  };
  onPlace?.({ kind: 'title' });
  const title = str(doc.title);
  onPlace?.({ kind: 'dateLine' });
  const dateLine = str(doc.dateLine);
  onPlace?.({ kind: 'intro' });
  const intro = doc.intro.map(block);
  const sections = doc.sections.map((sec): NoticeSection => {
    onPlace?.({ kind: 'heading', section: sec });
    const heading = str(sec.heading, sec.headingLang);
    onPlace?.({ kind: 'body', section: sec, heading });
    return { ...sec, heading, blocks: sec.blocks.map(block) };
  });
  return { ...doc, title, dateLine, intro, sections };
}

const LINK = /(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/**
 * Runs of a text, with its web addresses and e-mail addresses as links, and its fallback passages
 * (marked by the localiser, see fallback.ts) as runs in their own language.
 */
export function linkify(text: string): Run[] {
  return splitFallback(text).flatMap((seg) => {
    const rs = linkRuns(seg.text);
    const lang = seg.lang;
    if (lang === undefined) return rs;
    // Spaces around a passage cut by a link belong to the sentence, not to the passage.
    return rs.flatMap((r): Run[] => {
      if (typeof r !== 'string') return [r];
      const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(r) ?? [];
      return [before, ...(core === '' ? [] : [{ text: core, lang }]), after].filter((x) => x !== '');
    });
  });
}

function linkRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const at = m.index;
    if (at > last) runs.push(text.slice(last, at));
    const value = m[0];
    runs.push({ text: value, href: value.includes('@') && !value.startsWith('http') ? `mailto:${value}` : value });
    last = at + value.length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

export const paragraph = (...parts: readonly (string | readonly Run[])[]): Block => ({
  kind: 'paragraph',
  runs: parts.flatMap((p) => (typeof p === 'string' ? linkify(p) : [...p])),
});
export const subheading = (text: string): Block => {
  const h = wholeFallback(text);
  return h.lang === undefined ? { kind: 'subheading', text: h.text } : { kind: 'subheading', text: h.text, lang: h.lang };
};
export const list = (items: readonly string[]): Block => ({ kind: 'list', items: items.map(linkify) });
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): Block => ({
  kind: 'table',
  header: header.map(plainText),
  rows: rows.map((r) => r.map(linkify)),
});

/** The visible text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

/** Blocks of a free text: paragraphs split at blank lines; lines starting with "- " or "* " form a list. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    let items: string[] = [];
    let prose: string[] = [];
    const flush = () => {
      if (prose.length > 0) blocks.push(paragraph(prose.join(' ')));
      if (items.length > 0) blocks.push(list(items));
      prose = [];
      items = [];
    };
    for (const line of lines) {
      const item = /^[-*•]\s+(.*)$/.exec(line);
      if (item) {
        if (prose.length > 0) {
          blocks.push(paragraph(prose.join(' ')));
          prose = [];
        }
        items.push(item[1] ?? '');
      } else {
        if (items.length > 0) {
          blocks.push(list(items));
          items = [];
        }
        prose.push(line);
      }
    }
    flush();
  }
  return blocks;
}
