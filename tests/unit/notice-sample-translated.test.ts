// The sample fully translated (issue 13): every sample product's notice in German and in French,
// in every format (HTML, Markdown, text, Word), has no text that fell back to English and no
// English sentence; a product recorded from scratch, with no translations, reports each of its
// untranslated texts in words.
import { describe, expect, it } from 'vitest';
import { noticeDocxBuffer } from '../../electron/services/notice/docx';
import { blankActivity } from '../../shared/model';
import { generateNotice, noticeInputFromDocument, renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';
import { unzip, wordText } from '../helpers/reports-files';

const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));

/** English words that neither German nor French uses; addresses and brand names are left out first. */
const ENGLISH = /\b(the|and|with|when|which|our|we|you|your|is|are|of|for|to|not|by|from|only|data|used|this)\b/gi;
const NAMES = [
  'Data Privacy Framework',
  'Roomify Smart Camera',
  'Natural Earth',
  'Firebase Cloud Messaging',
  'Firebase Crashlytics',
  'Apple App Store',
  'Google Play',
  'Datenschutzkanzlei Example',
  'OpenAI API',
  'Ledgerly for Shopify',
];
function englishWords(text: string): string[] {
  let t = text.replace(/https?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ').replace(/\b[\w-]+\.example\S*/g, ' ');
  for (const n of NAMES) t = t.split(n).join(' ');
  return t.match(ENGLISH) ?? [];
}
const htmlText = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe.each(doc.products.map((p) => p.name))('the sample notice of %s', (name) => {
  const input = noticeInputFromDocument(doc, name);
  if (input === undefined) throw new Error(`no sample product ${name}`);
  describe.each(['de', 'fr'] as const)('in %s', (lang) => {
    const result = generateNotice(input, { lang, today: '2026-03-15', publishedOn: '2026-01-15' });

    it('has no text that fell back to English', () => {
      expect(result.warnings.filter((w) => w.code === 'missing_translation').map((w) => w.message)).toEqual([]);
    });

    it('has no English sentence in Markdown, HTML, text or Word', async () => {
      const word = wordText((await unzip(await noticeDocxBuffer(result.document))).get('word/document.xml')?.toString('utf8') ?? '');
      expect(word).toContain(result.document.sections[0]?.heading ?? 'no heading');
      for (const [format, text] of [
        ['text', renderNoticeText(result.document)],
        ['markdown', renderNoticeMarkdown(result.document)],
        ['html', htmlText(renderNoticeHtml(result.document))],
        ['word', word],
      ] as const) {
        expect(englishWords(text), `${name} ${lang} ${format}`).toEqual([]);
      }
    });

    if (lang === 'fr') {
      it('puts a no-break space before the colon and inside guillemets', () => {
        const text = renderNoticeText(result.document);
        expect(text).not.toMatch(/[^\s\u00A0]:\s/);
        expect(text).not.toMatch(/ :/);
        expect(text).not.toMatch(/« | »/);
        expect(text).toContain('E-mail\u00A0: ');
      });
    } else {
      it('uses German quotation marks and no straight apostrophe', () => {
        const text = renderNoticeText(result.document);
        expect(text).not.toMatch(/["']/);
      });
    }
  });
});

describe('the scan for English', () => {
  it('finds an English sentence and passes German and French', () => {
    expect(englishWords('We keep the data for 12 months.').length).toBeGreaterThan(0);
    expect(englishWords('Wir speichern die Daten 12 Monate lang.')).toEqual([]);
    expect(englishWords('Nous conservons les données pendant 12 mois.')).toEqual([]);
  });
});

describe('a product recorded from scratch, with no translations', () => {
  const base = noticeInputFromDocument(doc, 'Ledgerly');
  if (base === undefined) throw new Error('no Ledgerly');
  const activity = {
    ...blankActivity({ id: 'act-new-support', organisationId: base.organisation.id, productId: base.product.id, name: 'Customer support', role: 'controller' }),
    purposes: [{ description: 'Support', legalBasis: 'contract' as const }],
  };
  const input = { ...base, activities: [activity], translations: [] };

  it('reports each untranslated text in words, never by id or field path', () => {
    const result = generateNotice(input, { lang: 'de', today: '2026-03-15' });
    const messages = result.warnings.filter((w) => w.code === 'missing_translation').map((w) => w.message);
    expect(messages).toContain('Not yet translated into German: the purpose “Support” in “Customer support”. The notice shows the English text.');
    expect(messages.some((m) => m.includes('the description of “Ledgerly”'))).toBe(true);
    for (const m of messages) {
      expect(m).not.toMatch(/act-new-support|prod-ledgerly|org-ledgerly|purposes\.\d|notice\.\w|\bundefined\b/);
    }
    // and the notice still prints the English text where no German exists
    expect(renderNoticeText(result.document)).toContain('- Support');
  });

  it('marks each English passage with its own language in HTML and Word, the rest with the notice’s', async () => {
    const result = generateNotice(input, { lang: 'de', today: '2026-03-15' });
    const html = renderNoticeHtml(result.document);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<td><span lang="en">Support</span></td><td>Erfüllung eines Vertrags');
    expect(html).toContain('erreichen Sie unseren Support:');
    // a passage that an e-mail link cuts in two is marked on both sides of the link
    expect(html).toContain('<span lang="en">the account owner or administrator of your organisation, or</span> <a href="mailto:privacy@ledgerly.example">');
    expect(html).toContain('Wir verarbeiten personenbezogene Daten zu den folgenden Zwecken');
    expect(html).not.toMatch(/<span lang="en">Wir /);
    const parts = await unzip(await noticeDocxBuffer(result.document));
    const styles = parts.get('word/styles.xml')?.toString('utf8') ?? '';
    const body = parts.get('word/document.xml')?.toString('utf8') ?? '';
    expect(styles).toMatch(/<w:lang w:val="de-DE"\/>/);
    expect(body).toMatch(/<w:r><w:rPr><w:lang w:val="en-GB"\/><\/w:rPr><w:t xml:space="preserve">Support<\/w:t><\/w:r>/);
    // a translated notice has no passage in another language
    const sample = generateNotice(noticeInputFromDocument(doc, 'Ledgerly') ?? input, { lang: 'de', today: '2026-03-15' });
    expect(renderNoticeHtml(sample.document)).not.toContain('lang="en"');
  });
});

describe('the Word notice', () => {
  it('gives every heading and paragraph style a line spacing with its rule, so wrapped headings do not overlap', async () => {
    const result = generateNotice(noticeInputFromDocument(doc, 'Ledgerly') ?? (() => { throw new Error('no Ledgerly'); })(), { lang: 'de', today: '2026-03-15' });
    const styles = (await unzip(await noticeDocxBuffer(result.document))).get('word/styles.xml')?.toString('utf8') ?? '';
    const spacings = styles.match(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g) ?? [];
    expect(spacings.length).toBeGreaterThanOrEqual(4);
    for (const s of spacings) expect(s).toContain('w:lineRule="auto"');
  });
});
