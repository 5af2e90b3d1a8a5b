/** Markdown rendering of a notice (CommonMark with GFM tables). */
import type { Block, NoticeDocument, Run } from '../model';

const escape = (s: string) => s.replace(/([\\`*_[\]<])/g, '\\$1').replace(/^([#>+-]|\d+\.)(\s)/gm, '\\$1$2');

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      if (typeof r === 'string') return escape(r);
      if (r.text === r.href || `mailto:${r.text}` === r.href) return `<${r.text}>`;
      return `[${escape(r.text)}](${r.href.replace(/[()\s]/g, encodeURIComponent)})`;
    })
    .join('');
}

const cell = (rs: readonly Run[]) => runs(rs).replace(/\|/g, '\\|').replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return runs(b.runs);
    case 'subheading':
      return `### ${escape(b.text)}`;
    case 'list':
      return b.items.map((item) => `- ${runs(item).replace(/\n/g, '\n  ')}`).join('\n');
    case 'table': {
      const head = `| ${b.header.map((h) => escape(h).replace(/\|/g, '\\|')).join(' | ')} |`;
      const rule = `| ${b.header.map(() => '---').join(' | ')} |`;
      return [head, rule, ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
    }
  }
}

export function renderNoticeMarkdown(doc: NoticeDocument): string {
  const parts = [`# ${escape(doc.title)}`, `*${escape(doc.dateLine)}*`, ...doc.intro.map(block)];
  for (const s of doc.sections) {
    parts.push(`## ${s.number}. ${escape(s.heading)}`, ...s.blocks.map(block));
  }
  return `${parts.join('\n\n')}\n`;
}
