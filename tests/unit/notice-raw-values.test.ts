// No raw internal value reaches a notice: every generated notice of the sample products, in every
// language and format (Markdown, HTML, text, and the text of the Word file), is scanned for
// snake_case keys (enum values such as legitimate_interests) and field paths such as
// dataCategories[7].retention.
import { describe, expect, it } from 'vitest';
import { noticeDocxBuffer } from '../../electron/services/notice/docx';
import { NOTICE_LANGUAGES } from '../../shared/model';
import { generateNotice, noticeInputFromDocument, renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';
import { unzip, wordText } from '../helpers/reports-files';

const SNAKE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const PATH = /\[\d+\]\.|\b[a-z][A-Za-z]*\.\d+\./g;

/** What a reader sees: web and e-mail addresses are left out (an address may hold "_"). */
function visible(text: string): string {
  return text.replace(/https?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
}
function htmlText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
}
export function rawValues(text: string): string[] {
  const t = visible(text);
  return [...(t.match(SNAKE) ?? []), ...(t.match(PATH) ?? [])];
}

describe('the scan itself', () => {
  it('finds an enum key and a field path, and passes plain prose', () => {
    expect(rawValues('Legal basis: legitimate_interests')).toEqual(['legitimate_interests']);
    expect(rawValues('See dataCategories[7].retention')).toEqual(['[7].']);
    expect(rawValues('See purposes.0.description')).toEqual(['purposes.0.']);
    expect(rawValues('Ask at privacy_team@example.com or https://x.example/a_b; read Art. 6(1)(f) GDPR.')).toEqual([]);
  });
});

const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
// every add-on and statement switched on, so that their texts are scanned too
for (const p of doc.products) {
  p.notice.jurisdictionAddons = ['ccpa', 'uk_gdpr', 'swiss_fadp'];
  p.notice.statements = ['no_sale', 'no_advertising', 'no_ai_training', 'no_tracking', 'no_profiling', 'no_third_party_sdks'];
}
describe.each(doc.products.map((p) => p.name))('the notices of %s (with every add-on and statement)', (name) => {
  const input = noticeInputFromDocument(doc, name);
  if (input === undefined) throw new Error(`no product ${name}`);
  for (const lang of NOTICE_LANGUAGES) {
    it(`in ${lang} hold no raw internal values in md, html, txt or docx`, async () => {
      const { document } = generateNotice(input, { lang, today: '2026-03-15', publishedOn: '2026-03-01' });
      const parts = await unzip(await noticeDocxBuffer(document));
      const docx = wordText(parts.get('word/document.xml')?.toString('utf8') ?? '');
      expect(docx.length).toBeGreaterThan(1000);
      expect(docx).toContain(lang === 'en' ? 'California' : lang === 'de' ? 'Kalifornien' : 'Californie');
      const found = {
        md: rawValues(renderNoticeMarkdown(document).replace(/\\_/g, '_')),
        html: rawValues(htmlText(renderNoticeHtml(document))),
        txt: rawValues(renderNoticeText(document)),
        docx: rawValues(docx),
      };
      expect(found).toEqual({ md: [], html: [], txt: [], docx: [] });
    });
  }
});
