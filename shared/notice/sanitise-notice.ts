/**
 * The notice's text through the one sanitiser (shared/reports/sanitise.ts) before any
 * renderer sees it: Word, HTML, Markdown, text and the preview all get the same clean
 * text, and each record text that was changed is reported once.
 */
import { TextSanitiser } from '../reports/sanitise';
import type { Block, NoticeDocument, NoticeSection, Run } from './model';
import type { NoticeWarning } from './texts';

export function sanitiseNotice(doc: NoticeDocument): { document: NoticeDocument; warnings: NoticeWarning[] } {
  const s = new TextSanitiser('text');
  let where = '';
  const str = (t: string) => s.clean(t, () => where);
  const runs = (rs: readonly Run[]): Run[] => rs.map((r) => (typeof r === 'string' ? str(r) : { text: str(r.text), href: str(r.href) }));
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
  where = 'Title';
  const title = str(doc.title);
  where = 'Introduction';
  const intro = doc.intro.map(block);
  const sections = doc.sections.map((sec): NoticeSection => {
    where = `Section ${sec.number}`;
    const heading = str(sec.heading);
    where = `Section ${sec.number} (${heading})`;
    return { ...sec, heading, blocks: sec.blocks.map(block) };
  });
  const warnings = s.warnings().map((message): NoticeWarning => ({ code: 'text_cleaned', message }));
  return { document: { ...doc, title, intro, sections }, warnings };
}
