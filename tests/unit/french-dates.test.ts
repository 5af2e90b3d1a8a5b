// French writes the first of a month as an ordinal ("1er janvier 2026"), which Intl does not:
// the notice's date line, the reports' dates and the reference's date words all say it.
import { describe, expect, it } from 'vitest';
import { generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { formatDay } from '../../shared/reference';
import { buildSampleDocument } from '../../shared/sample';

describe('the first of the month in French', () => {
  it('is "1er" in the notice’s date line, and other days and languages are as Intl writes them', () => {
    const input = noticeInputFromDocument(buildSampleDocument(new Date('2026-03-15T12:00:00Z')), 'Ledgerly');
    if (input === undefined) throw new Error('no Ledgerly');
    const line = (lang: 'fr' | 'de', publishedOn: string) => generateNotice(input, { lang, today: '2026-03-15', publishedOn }).document.dateLine;
    expect(line('fr', '2026-01-01')).toBe('Dernière mise à jour\u00A0: 1er janvier 2026');
    expect(line('fr', '2026-01-11')).toBe('Dernière mise à jour\u00A0: 11 janvier 2026');
    expect(line('de', '2026-01-01')).toBe('Stand: 1. Januar 2026');
  });

  it('changes only the day part: not a 1 of the month or year, not another language', () => {
    const f = (locale: string, o: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' }) => new Intl.DateTimeFormat(locale, o);
    expect(formatDay(f('fr-FR'), new Date('2026-12-01T00:00:00Z'))).toBe('1er décembre 2026');
    expect(formatDay(f('fr-FR'), new Date('2026-12-21T00:00:00Z'))).toBe('21 décembre 2026');
    expect(formatDay(f('fr-FR', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }), new Date('2001-01-11T00:00:00Z'))).toBe('11/01/2001');
    expect(formatDay(f('en-GB'), new Date('2026-12-01T00:00:00Z'))).toBe('1 December 2026');
  });
});
