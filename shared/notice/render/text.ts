/** Plain-text rendering of a notice: for e-mails, store listings and the override editor. */
import type { NoticeLanguage } from '../../model';
import { type Block, type NoticeDocument, type Run, isLink } from '../model';

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      if (typeof r === 'string') return r;
      if (!isLink(r)) return r.text;
      const bare = r.href.replace(/^mailto:/, '');
      return bare === r.text ? r.text : `${r.text} (${r.href})`;
    })
    .join('');
}

function cellLines(cell: readonly Run[]): string[] {
  return runs(cell).split('\n');
}

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'paragraph':
      return runs(b.runs);
    case 'subheading':
      return b.text;
    case 'list':
      return b.items.map((item) => `- ${runs(item).replace(/\n/g, '\n  ')}`).join('\n');
    case 'table':
      return b.rows
        .map((row) =>
          row
            .map((cell, i) => {
              const lines = cellLines(cell).filter((l) => l.trim() !== '');
              if (lines.length === 0) return undefined;
              const label = i === 0 ? '- ' : `  ${b.header[i] ?? ''}${colon} `;
              return `${label}${lines.join(i === 0 ? '\n  ' : '\n    ')}`;
            })
            .filter((l): l is string => l !== undefined)
            .join('\n'),
        )
        .join('\n');
  }
}

/**
 * The text of some blocks: what an override is compared against and what the editor starts from.
 * `lang` only sets the colon after a table header (French takes a no-break space before it).
 */
export function blocksToText(blocks: readonly Block[], lang?: NoticeLanguage): string {
  const colon = lang === 'fr' ? '\u00A0:' : ':';
  return blocks.map((b) => block(b, colon)).join('\n\n');
}

/** The whole notice as plain text. */
export function renderNoticeText(doc: NoticeDocument): string {
  const parts = [doc.title, '='.repeat(doc.title.length), doc.dateLine, ''];
  if (doc.intro.length > 0) parts.push(blocksToText(doc.intro, doc.lang), '');
  for (const s of doc.sections) {
    const heading = `${s.number}. ${s.heading}`;
    parts.push(heading, '-'.repeat(heading.length), blocksToText(s.blocks, doc.lang), '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
