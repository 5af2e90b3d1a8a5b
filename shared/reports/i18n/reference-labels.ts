/**
 * The shipped vocabularies as a report in one language names them: legal bases,
 * Art. 9 conditions, transfer mechanisms, countries and the taxonomy entries. The
 * labels of de/fr come from the localized reference lookup (see lang-catalogues);
 * a workspace's own taxonomy entries keep their label unless a Translation gives one.
 */
import type { Art9Condition, LegalBasis, TransferMechanism } from '../../model';
import { art9Condition, countryName, legalBasis, transferMechanism } from '../../reference';
import type { ReportLang } from './types';

export interface ReferenceLabels {
  basis(k: LegalBasis): string;
  art9(k: Art9Condition): string;
  mechanism(k: TransferMechanism): string;
  country(code: string): string;
}

const displayNames = new Map<ReportLang, Intl.DisplayNames>();

function intlCountry(lang: ReportLang, code: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code) ?? countryName(code);
  } catch {
    return countryName(code);
  }
}

const EN: ReferenceLabels = {
  basis: (k) => `${legalBasis(k).label} (${legalBasis(k).article})`,
  art9: (k) => `${art9Condition(k).label} (${art9Condition(k).article})`,
  mechanism: (k) => `${transferMechanism(k).label} (${transferMechanism(k).article})`,
  country: (code) => countryName(code),
};

export function referenceLabels(lang: ReportLang): ReferenceLabels {
  if (lang === 'en') return EN;
  return { ...EN, country: (code) => intlCountry(lang, code) };
}
