/**
 * Issue 13: the texts a product's notice uses in one language, as a translator sees them:
 * where each is used (in words), its source, the translation and whether it is missing,
 * stale (the source changed since) or done.
 */
import { describe, expect, it } from 'vitest';
import { buildSampleDocument, LEDGERLY_APP_ID } from '../../shared/sample';
import { type NoticeInput, type Translation, countTexts, generateNotice, noticeInputFromDocument, noticeTexts, renderNoticeText, translationLanguages } from '../../shared/notice';

const doc = buildSampleDocument(new Date('2026-11-01T10:00:00Z'));
const ledgerly = (): NoticeInput => {
  const input = noticeInputFromDocument(doc, LEDGERLY_APP_ID);
  if (input === undefined) throw new Error('the sample has Ledgerly');
  return { ...input, translations: [], overrides: [] };
};
const purpose = (input: NoticeInput) => {
  const a = input.activities.find((x) => x.name === 'Customer support chat');
  if (a === undefined) throw new Error('Ledgerly has a support activity');
  return { a, text: a.purposes[0]?.description ?? '' };
};

describe('the texts of a notice to translate', () => {
  it('lists each record text the German notice uses, where it is used in words, all missing at first', () => {
    const input = ledgerly();
    const texts = noticeTexts(input, 'de');
    const { text } = purpose(input);
    const item = texts.find((t) => t.source === text);
    expect(item).toMatchObject({ kind: 'record', status: 'missing', where: 'The purpose “Answer questions from Ledgerly users” in “Customer support chat”' });
    expect(countTexts(texts).missing).toBe(texts.length);
    // Exactly what the notice falls back on: every missing text is English in the German notice.
    const german = renderNoticeText(generateNotice(input, { lang: 'de', today: '2026-11-02' }).document);
    for (const t of texts) expect(german).toContain(t.source.replace(/\.$/, '').split('\n')[0]?.slice(0, 30));
    // No field paths or ids in what a person reads.
    for (const t of texts) expect(t.where).not.toMatch(/\.\d+\.|[a-z]+_[a-z]+|act-|prod-/);
  });

  it('says done once translated, stale when the source changes afterwards, and the German notice uses the text', () => {
    const input = ledgerly();
    const { a, text } = purpose(input);
    const t: Translation = { entityType: 'activity', entityId: a.id, field: 'purposes.0.description', lang: 'de', text: 'Fragen der Nutzer beantworten', sourceText: text };
    const translated = { ...input, translations: [t] };
    const item = () => noticeTexts(translated, 'de').find((x) => x.id === `activity:${a.id}:purposes.0.description`);
    expect(item()).toMatchObject({ status: 'done', translation: 'Fragen der Nutzer beantworten', via: 'field' });
    expect(renderNoticeText(generateNotice(translated, { lang: 'de', today: '2026-11-02' }).document)).toContain('Fragen der Nutzer beantworten');

    const changed = { ...a, purposes: a.purposes.map((p, i) => (i === 0 ? { ...p, description: 'Answer questions from users and prospects' } : p)) };
    const edited = { ...translated, activities: translated.activities.map((x) => (x.id === a.id ? changed : x)) };
    const stale = noticeTexts(edited, 'de').find((x) => x.id === `activity:${a.id}:purposes.0.description`);
    expect(stale).toMatchObject({ status: 'stale', source: 'Answer questions from users and prospects', sourceThen: text, translation: 'Fragen der Nutzer beantworten' });
    expect(countTexts(noticeTexts(edited, 'de')).stale).toBe(1);
  });

  it('takes a phrase translation as done, and an older translation without its source as done (never stale)', () => {
    const input = ledgerly();
    const { a, text } = purpose(input);
    const phrase: Translation = { entityType: 'text', entityId: '*', field: text, lang: 'de', text: 'Fragen beantworten' };
    expect(noticeTexts({ ...input, translations: [phrase] }, 'de').find((x) => x.source === text)).toMatchObject({ status: 'done', via: 'phrase' });
    const old: Translation = { entityType: 'activity', entityId: a.id, field: 'purposes.0.description', lang: 'de', text: 'Fragen beantworten' };
    expect(noticeTexts({ ...input, translations: [old] }, 'de').find((x) => x.source === text)?.status).toBe('done');
  });

  it('lists a text shared by several fields once, with every place it is used', () => {
    const texts = noticeTexts(ledgerly(), 'de');
    const shared = texts.find((t) => t.kind === 'record' && t.fields.length > 1);
    expect(shared?.kind === 'record' && shared.places.length).toBeGreaterThan(1);
    expect(shared?.where).toMatch(/\(and \d+ other places?\)$/);
    expect(new Set(texts.map((t) => t.source)).size).toBe(texts.filter((t) => t.kind === 'record').length);
  });

  it('lists the own wording of a section in English as a text to translate, done once the German section has its own', () => {
    const input = ledgerly();
    const key = generateNotice(input, { lang: 'de', today: '2026-11-02' }).document.sections[2]?.key ?? '';
    const en = { productId: input.product.id, lang: 'en' as const, sectionKey: key, text: 'Our own words.', generatedText: '', updatedAt: '2026-11-01T10:00:00.000Z' };
    const missing = noticeTexts({ ...input, overrides: [en] }, 'de').find((t) => t.kind === 'section');
    expect(missing).toMatchObject({ status: 'missing', source: 'Our own words.' });
    expect(missing?.where).toMatch(/^Your own wording of the section “.+”$/);
    const de = { ...en, lang: 'de' as const, text: 'Unsere eigenen Worte.', updatedAt: '2026-11-02T10:00:00.000Z' };
    expect(noticeTexts({ ...input, overrides: [en, de] }, 'de').find((t) => t.kind === 'section')).toMatchObject({ status: 'done', translation: 'Unsere eigenen Worte.' });
    const later = { ...en, text: 'Our newer words.', updatedAt: '2026-11-03T10:00:00.000Z' };
    expect(noticeTexts({ ...input, overrides: [later, de] }, 'de').find((t) => t.kind === 'section')?.status).toBe('stale');
  });

  it('offers only the declared languages other than English', () => {
    const input = ledgerly();
    expect(translationLanguages(input.product)).toEqual(['de']);
    expect(translationLanguages({ ...input.product, notice: { ...input.product.notice, languages: ['en'] } })).toEqual([]);
  });
});

describe('one wording for where a text is used', () => {
  it('the warnings and the translation editor name each untranslated text in the same words', () => {
    const input = ledgerly();
    const warned = generateNotice(input, { lang: 'de', today: '2026-11-02' })
      .warnings.flatMap((w) => (w.untranslated === undefined ? [] : [w.untranslated.place]));
    expect(warned.length).toBeGreaterThan(10);
    const listed = new Set(noticeTexts(input, 'de').flatMap((t) => (t.kind === 'record' ? t.places : [])));
    for (const place of warned) expect(listed).toContain(place.charAt(0).toUpperCase() + place.slice(1));
    expect(listed).toContain('The deletion steps in the notice settings of “Ledgerly”');
    expect(listed).toContain('The name of the data protection officer of “Ledgerly GmbH”');
  });
});
