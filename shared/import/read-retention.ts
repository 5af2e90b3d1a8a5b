/**
 * Retention as people write it: "24 months", "2 years after the end of the
 * contract", "6–18 months", "10 Jahre", "3 ans", "90 days", "until the account is
 * deleted". The words are always kept (the record's retention text); a period in
 * months is added when one is written.
 */
import { norm } from './text';
import type { Confidence } from './types';

const UNIT: readonly [RegExp, number][] = [
  [/^(?:years?|yrs?|jahre?n?|jahr|ans?|annees?)$/, 12],
  [/^(?:months?|mths?|mo|monate?n?|mois)$/, 1],
  [/^(?:weeks?|wochen?|semaines?)$/, 12 / 52],
  [/^(?:days?|tage?n?|jours?|j)$/, 12 / 365],
  [/^(?:hours?|hrs?|h|stunden?|heures?)$/, 12 / 8760],
];

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  ein: 1, eine: 1, einem: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
};

export interface RetentionRead {
  /** The words, as written (always). */
  retention: string;
  /** The longest period written, in whole months (rounded up). */
  months?: number;
  /** A period ("24 months"), or criteria ("until the account is deleted", "2 years after the end of the contract"). */
  kind: 'period' | 'criteria';
  confidence: Confidence;
  readAs: string;
}

export function readRetention(text: string): RetentionRead {
  const n = norm(text.replace(/(\d),(\d)/g, '$1.$2'));
  const tokens = n.split(' ');
  let months: number | undefined;
  let periods = 0;
  for (let i = 0; i < tokens.length; i++) {
    const unit = UNIT.find(([re]) => re.test(tokens[i] ?? ''));
    if (unit === undefined) continue;
    // The number before the unit: "24 months", "6 18 months" (a range: the upper bound), "two years".
    const prev = tokens[i - 1] ?? '';
    const value = /^\d+(?:\.\d+)?$/.test(prev) ? Number(prev) : WORD_NUMBERS[prev];
    if (value === undefined) continue;
    const m = Math.ceil(value * unit[1] - 1e-9);
    periods++;
    if (months === undefined || m > months) months = m;
  }
  const words = tokens.filter((t) => !/^\d+(?:\.\d+)?$/.test(t) && !UNIT.some(([re]) => re.test(t)) && WORD_NUMBERS[t] === undefined);
  const criteria = words.length > 1 || (words.length === 1 && !/^(?:max|maximum|up|to|bis|zu|jusqu|a|for|fur|pendant|de|von|a)$/.test(words[0] ?? ''));
  const kind = months === undefined || criteria ? 'criteria' : 'period';
  const readAs = months === undefined ? 'retention criteria (words only)' : kind === 'period' ? `${months} months` : `${months} months, with criteria`;
  return {
    retention: text.trim(),
    ...(months !== undefined ? { months } : {}),
    kind,
    confidence: months !== undefined && periods <= 2 ? 'high' : 'medium',
    readAs,
  };
}
