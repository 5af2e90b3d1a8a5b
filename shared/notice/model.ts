/**
 * The document model every notice output is rendered from: a title, a date and
 * numbered sections with stable keys, each a list of blocks (paragraphs,
 * sub-headings, bullet lists, tables). Text is held as runs so that links
 * stay links in every format.
 */
import type { NoticeLanguage } from '../model';

/** A piece of text, or a link with its visible text. */
export type Run = string | { readonly text: string; readonly href: string };

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'subheading'; readonly text: string }
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
  /** Passages printed in another language (record texts without a translation), for renderers to mark with their language. */
  readonly fallback?: { readonly lang: NoticeLanguage; readonly texts: readonly string[] };
}

/** A section before numbering. */
export interface SectionDraft {
  readonly key: SectionKey;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

const LINK = /(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** Runs of a plain text, with its web addresses and e-mail addresses as links. */
export function linkify(text: string): Run[] {
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
export const subheading = (text: string): Block => ({ kind: 'subheading', text });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items: items.map(linkify) });
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): Block => ({
  kind: 'table',
  header,
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
