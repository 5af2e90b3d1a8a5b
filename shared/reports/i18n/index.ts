/** The reports' own text by language, and dates written the way each language writes them. */
import { formatDay } from '../../reference';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { ReportCatalogue, ReportLang } from './types';

export type { EnLabel, ReportCatalogue, ReportLang, SheetKey } from './types';
export { EN_LABELS, REPORT_LANGS, SHEET_KEYS } from './types';

const CATALOGUES: Readonly<Record<ReportLang, ReportCatalogue>> = { en, de, fr };

export function reportCatalogue(lang: ReportLang): ReportCatalogue {
  return CATALOGUES[lang];
}

export function isReportLang(s: string): s is ReportLang {
  return s === 'en' || s === 'de' || s === 'fr';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day ("2026-12-01" or a Date) as the language writes it, from Intl: "1. Dezember 2026",
 * "1er décembre 2026" (the first of the month as an ordinal). English reports keep the ISO day they have always shown (2026-12-01).
 */
export function reportDate(t: ReportCatalogue, day: string | Date): string {
  const d = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day;
  if (Number.isNaN(d.getTime())) return typeof day === 'string' ? day : '';
  if (t.lang === 'en') return d.toISOString().slice(0, 10);
  let f = formats.get(t.locale);
  if (!f) {
    f = new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(t.locale, f);
  }
  return formatDay(f, d);
}

/** A moment with its time, in UTC: "1 December 2026, 11:47 UTC". */
export function reportDateTime(t: ReportCatalogue, at: Date): string {
  const time = at.toISOString().slice(11, 16);
  return `${reportDate(t, at)}, ${time} UTC`;
}
