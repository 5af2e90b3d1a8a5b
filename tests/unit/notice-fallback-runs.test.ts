// Fallback passages carried by structure (issue 13): a record text the notice prints in English
// because it has no German travels from the localiser to the renderers as a run of its own, so
// every such passage is marked with its language however short it is (a one-word purpose inside
// a German sentence), and no German text is marked, even the same word in a template sentence.
import { describe, expect, it } from 'vitest';
import { noticeDocxBuffer } from '../../electron/services/notice/docx';
import { blankActivity } from '../../shared/model';
import { type NoticeDocument, generateNotice, noticeInputFromDocument, renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from '../../shared/notice';
import { mapNoticeText } from '../../shared/notice/model';
import { buildSampleDocument } from '../../shared/sample';
import { unzip } from '../helpers/reports-files';

const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
const base = noticeInputFromDocument(doc, 'Ledgerly');
if (base === undefined) throw new Error('no Ledgerly');

/** Ledgerly recorded from scratch: one processor activity whose one purpose is the word "Support", and a custom section; no translations. */
const input = {
  ...base,
  product: {
    ...base.product,
    notice: { ...base.product.notice, customSections: [{ id: 'sec-beta', title: 'Beta', body: 'We read your feedback on the beta.' }] },
  },
  activities: [
    {
      ...blankActivity({ id: 'act-helpdesk', organisationId: base.organisation.id, productId: base.product.id, name: 'Helpdesk', role: 'processor' }),
      controllers: [{ name: 'Each business customer' }],
      purposes: [{ description: 'Support' }],
    },
  ],
  translations: [],
};
const { document, warnings } = generateNotice(input, { lang: 'de', today: '2026-03-15' });
const html = renderNoticeHtml(document);

describe('a one-word purpose without German inside a German sentence', () => {
  it('is warned about, in words', () => {
    expect(warnings.map((w) => w.message)).toContain('Not yet translated into German: the purpose “Support” in “Helpdesk”. The notice shows the English text.');
  });

  it('is marked English in HTML inside the German sentence, and the same German word of the template is not', () => {
    expect(html).toContain('<li>Was wir damit tun, nach Weisung des Kunden: <span lang="en">Support</span>.</li>');
    expect(html).toContain('erreichen Sie unseren Support:');
    expect(html).not.toMatch(/unseren <span lang="en">Support/);
    // a German sentence is never inside an English mark
    for (const [, inner] of html.matchAll(/<span lang="en">([^<]*)<\/span>/g)) expect(inner).not.toMatch(/\b(Sie|wir|und|der|die|das)\b/);
  });

  it('is its own run in Word, with w:lang en-GB, in the paragraph of the German sentence', async () => {
    const body = (await unzip(await noticeDocxBuffer(document))).get('word/document.xml')?.toString('utf8') ?? '';
    const item = /<w:p>(?:(?!<\/w:p>).)*nach Weisung des Kunden: (?:(?!<\/w:p>).)*<\/w:p>/s.exec(body)?.[0] ?? '';
    expect(item).toMatch(/<w:r><w:rPr><w:lang w:val="en-GB"\/><\/w:rPr><w:t xml:space="preserve">Support<\/w:t><\/w:r>/);
    expect(item).toMatch(/<w:t xml:space="preserve">Was wir damit tun, nach Weisung des Kunden: <\/w:t>/);
  });

  it('an untranslated custom section: its one-word title is an English heading after the German number, its body English', () => {
    expect(html).toMatch(/<h2>\d+\. <span lang="en">Beta<\/span><\/h2>/);
    expect(html).toContain('<p><span lang="en">We read your feedback on the beta</span>.</p>');
  });

  it('Markdown and text show the passage as plain text, with no mark left', () => {
    for (const out of [renderNoticeMarkdown(document), renderNoticeText(document), ...warnings.map((w) => w.message)]) {
      expect(out).not.toMatch(/[\uE000-\uE00F]/);
    }
    expect(renderNoticeText(document)).toContain('Was wir damit tun, nach Weisung des Kunden: Support.');
  });
});

describe('a French notice', () => {
  it('sets French spacing in its own text, and leaves an English passage’s punctuation as English', () => {
    const withColon = { ...input, activities: input.activities.map((a) => ({ ...a, purposes: [{ description: 'Support: tickets and chat' }] })) };
    const fr = renderNoticeHtml(generateNotice(withColon, { lang: 'fr', today: '2026-03-15' }).document);
    expect(fr).toContain('<span lang="en">Support: tickets and chat</span>');
  });
});

describe('mapNoticeText', () => {
  it('visits every string once, with its role and language, and keeps the structure', () => {
    const seen: string[] = [];
    const same = mapNoticeText(document, (t, spot) => {
      seen.push(`${spot.role}:${spot.lang}:${t}`);
      return t;
    });
    expect(same).toEqual(document);
    expect(seen).toContain('text:en:Support');
    expect(seen).toContain(`text:de:${document.title}`);
    expect(seen.some((s) => s.startsWith('href:de:mailto:'))).toBe(true);
    const upper: NoticeDocument = mapNoticeText(document, (t, spot) => (spot.role === 'text' ? t.toUpperCase() : t));
    expect(renderNoticeText(upper)).toContain('WAS WIR DAMIT TUN, NACH WEISUNG DES KUNDEN: SUPPORT.');
  });
});

describe('French spacing next to a passage in another language', () => {
  it('puts the no-break space before a colon that follows an English passage', () => {
    const routes = { ...input.product.notice, contactRoutes: [{ audience: 'Shop owners', route: 'write to privacy@ledgerly.example' }] };
    const fr = generateNotice({ ...input, product: { ...input.product, notice: routes } }, { lang: 'fr', today: '2026-03-15' });
    expect(renderNoticeHtml(fr.document)).toContain('<span lang="en">Shop owners</span>\u00A0: <span lang="en">write to</span>');
  });
});
