/**
 * The notice's text through the one sanitiser (shared/reports/sanitise.ts) before any
 * renderer sees it: Word, HTML, Markdown, text and the preview all get the same clean
 * text, and each record text that was changed is reported once.
 */
import { TextSanitiser } from '../reports/sanitise';
import { type NoticeDocument, mapNoticeText } from './model';
import type { NoticeWarning } from './texts';

export function sanitiseNotice(doc: NoticeDocument): { document: NoticeDocument; warnings: NoticeWarning[] } {
  const s = new TextSanitiser('text');
  let where = '';
  const document = mapNoticeText(
    doc,
    (t) => s.clean(t, () => where),
    (place) => {
      switch (place.kind) {
        case 'title':
          where = 'Title';
          break;
        case 'dateLine':
          where = 'Date';
          break;
        case 'intro':
          where = 'Introduction';
          break;
        case 'heading':
          where = `Section ${place.section.number}`;
          break;
        case 'body':
          where = `Section ${place.section.number} (${place.heading})`;
          break;
      }
    },
  );
  const warnings = s.warnings().map((message): NoticeWarning => ({ code: 'text_cleaned', message }));
  return { document, warnings };
}
