/** Markdown rendering of a notice (CommonMark with GFM tables). */
import { type Block, type LinkRun, type NoticeDocument, type Run, isLink } from '../model';

const escape = (s: string) => s.replace(/([\\`*_[\]<])/g, '\\$1').replace(/^([#>+-]|\d+\.)(\s)/gm, '\\$1$2');

/** Runs with adjacent text joined (Markdown has no language mark; escaping sees the text as one). */
function joined(rs: readonly Run[]): (string | LinkRun)[] {
  const out: (string | LinkRun)[] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (isLink(r)) out.push(r);
    else if (typeof last === 'string') out[out.length - 1] = last + (typeof r === 'string' ? r : r.text);
    else out.push(typeof r === 'string' ? r : r.text);
  }
  return out;
}

function runs(rs: readonly Run[]): string {
  return joined(rs)
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
