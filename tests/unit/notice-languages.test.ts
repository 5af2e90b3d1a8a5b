// German and French notices: template text from the catalogues, record text from translations,
// and a visible warning for every record text that has no translation.
import { describe, expect, it } from 'vitest';
import { NOTICE_LANGUAGES } from '../../shared/model';
import { type NoticeInput, type Translation, catalogue, generateNotice, noticeInputFromDocument, renderNoticeText } from '../../shared/notice';
import { typesetText } from '../../shared/notice/typography';
import { buildSampleDocument } from '../../shared/sample';

const sample = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
const roomify = noticeInputFromDocument(sample, 'Roomify Smart Camera') as NoticeInput;
const customTitle = (lang: 'de' | 'fr', text: string): Translation => ({
  entityType: 'product',
  entityId: roomify.product.id,
  field: 'notice.customSections.geospatial-attribution.title',
  lang,
  text,
});
const withTranslations = (translations: Translation[]): NoticeInput => ({ ...roomify, translations });

const english = new Set(Object.values(catalogue('en').headings).concat(catalogue('en').providerHeading));

describe.each([
  { lang: 'de' as const, expected: ['Verantwortlicher und Kontaktdaten', 'Zwecke und Rechtsgrundlagen', 'Ihre Rechte', 'Speicherdauer', 'Berechtigungen auf dem Gerät', 'Kinder'], basis: 'Erfüllung eines Vertrags (Art. 6 Abs. 1 lit. b DSGVO)', date: 'Stand: 15. Januar 2026', custom: 'Geodaten-Quellen' },
  { lang: 'fr' as const, expected: ['Responsable du traitement et coordonnées', 'Finalités et bases juridiques', 'Vos droits', 'Durée de conservation', 'Autorisations de l’appareil', 'Enfants'], basis: 'Exécution d’un contrat (art. 6, par. 1, point b) RGPD)', date: 'Dernière mise à jour\u00A0: 15 janvier 2026', custom: 'Attribution géographique' },
])('the $lang notice', ({ lang, expected, basis, date, custom }) => {
  const result = generateNotice(withTranslations([customTitle(lang, custom)]), { lang, today: '2026-03-15', publishedOn: '2026-01-15' });
  const headings = result.document.sections.map((s) => s.heading);

  it('has its headings in the language, none left in English', () => {
    for (const h of expected) expect(headings).toContain(h);
    expect(headings).toContain(custom);
    expect(headings.filter((h) => english.has(h))).toEqual([]);
    expect(result.document.title).toBe(typesetText(catalogue(lang).title('Roomify Smart Camera'), lang));
  });

  it('writes legal bases, permissions and dates in the language', () => {
    const text = renderNoticeText(result.document);
    expect(text).toContain(basis);
    expect(text).toContain(typesetText(catalogue(lang).permissions.location_when_in_use, lang));
    expect(result.document.dateLine).toBe(date);
    expect(text).not.toContain('Performance of a contract');
  });

  it('keeps untranslated record text in English and lists each such text as a warning', () => {
    const messages = result.warnings.map((w) => w.message);
    expect(result.warnings.every((w) => w.code === 'missing_translation')).toBe(true);
    expect(messages.some((m) => m.includes('the heading “Account data” under which the notice lists data in “Account management and authentication”'))).toBe(true);
    expect(renderNoticeText(result.document)).toContain('Account data');
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('record text per language', () => {
  it('uses a field translation first, then a translation of the same text anywhere', () => {
    const activity = roomify.activities.find((a) => a.id === 'act-roomify-ml');
    const field: Translation = { entityType: 'activity', entityId: 'act-roomify-ml', field: 'purposes.0.description', lang: 'de', text: 'ML-Verarbeitung zur Volumenschätzung' };
    const phrase: Translation = { entityType: 'text', entityId: '*', field: 'Account data', lang: 'de', text: 'Kontodaten' };
    expect(activity?.purposes[0]?.description).toBe('Run ML processing to generate depth maps and estimate available cargo volume');
    const result = generateNotice(withTranslations([field, phrase]), { lang: 'de', today: '2026-03-15', publishedOn: '2026-01-15' });
    const text = renderNoticeText(result.document);
    expect(text).toContain('ML-Verarbeitung zur Volumenschätzung');
    expect(text).toContain('Kontodaten');
    expect(text).not.toContain('Account data');
    expect(result.warnings.some((w) => w.message.includes('“Account data”'))).toBe(false);
  });

  it('needs no translation in the records’ own language', () => {
    expect(generateNotice(roomify, { lang: 'en', today: '2026-03-15', publishedOn: '2026-01-15' }).warnings).toEqual([]);
  });

  it('has a catalogue with every template text for each language', () => {
    for (const lang of NOTICE_LANGUAGES) {
      const c = catalogue(lang);
      expect(Object.values(c.headings).every((h) => h.trim().length > 0)).toBe(true);
      expect(c.lang).toBe(lang);
    }
  });
});
