/** How each language writes names, lists, countries, dates and language names inside a finding. */
import type { NoticeLanguage } from '../../model';
import { countryLabel, countryName, formatDateIn } from '../../reference';
import type { FindingLang, Words } from './types';

const shorten = (name: string): string => {
  const s = name.trim().replace(/\s+/g, ' ');
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
};

const QUOTES: Readonly<Record<FindingLang, (s: string) => string>> = {
  en: (s) => `“${s}”`,
  de: (s) => `„${s}“`,
  fr: (s) => `«\u00A0${s}\u00A0»`,
};

const AND: Readonly<Record<FindingLang, string>> = { en: 'and', de: 'und', fr: 'et' };

const LANGUAGE: Readonly<Record<FindingLang, Readonly<Record<NoticeLanguage, string>>>> = {
  en: { en: 'English', de: 'German', fr: 'French' },
  de: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  fr: { en: 'anglais', de: 'allemand', fr: 'français' },
};

function joinAnd(items: readonly string[], word: string): string {
  const u = [...new Set(items)];
  if (u.length <= 1) return u[0] ?? '';
  return `${u.slice(0, -1).join(', ')} ${word} ${u[u.length - 1]}`;
}

const cache = new Map<FindingLang, Words>();

export function wordsFor(lang: FindingLang): Words {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const w: Words = {
    lang,
    q: (name) => QUOTES[lang](shorten(name)),
    and: (items) => joinAnd(items, AND[lang]),
    country: (code) => (lang === 'en' ? countryName(code) : countryLabel(code, lang)),
    // French writes the first of the month as an ordinal: « 1er septembre 2026 ».
    date: (iso) => (lang === 'en' ? iso.slice(0, 10) : lang === 'fr' ? formatDateIn(iso, lang).replace(/^1 /, '1er ') : formatDateIn(iso, lang)),
    language: (l) => LANGUAGE[lang][l],
  };
  cache.set(lang, w);
  return w;
}
