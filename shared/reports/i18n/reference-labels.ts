/**
 * The shipped vocabularies as a report in one language names them: legal bases,
 * Art. 9 conditions, transfer mechanisms (from the localized reference lookup,
 * shared/reference/localise.ts) with their article cited the way the language
 * cites the GDPR, and countries from Intl.
 */
import type { Art9Condition, LegalBasis, TransferMechanism } from '../../model';
import { art9Condition, countryLabel, countryName, legalBasis, transferMechanism, vocabularyLabel } from '../../reference';
import type { ReportLang } from './types';

export interface ReferenceLabels {
  basis(k: LegalBasis): string;
  art9(k: Art9Condition): string;
  mechanism(k: TransferMechanism): string;
  country(code: string): string;
}

/**
 * "Art. 6(1)(b)" as the language cites it: "Art. 6 Abs. 1 lit. b DSGVO", "art. 6, par. 1,
 * point b) RGPD"; several articles ("Art. 46(2)(b), Art. 47") each so, the regulation named once.
 */
export function citeArticle(en: string, lang: ReportLang): string {
  if (lang === 'en') return en;
  const parts = en.split(/,\s*/).map((p) => {
    const m = /^Art\.\s*(\d+)((?:\(\d+\))?)((?:\([a-z]\))?)$/.exec(p.trim());
    if (!m) return p;
    const [, art, para, point] = m;
    const n = para ? para.slice(1, -1) : undefined;
    const letter = point ? point.slice(1, -1) : undefined;
    if (lang === 'de') return `Art. ${art}${n ? ` Abs. ${n}` : ''}${letter ? ` lit. ${letter}` : ''}`;
    return `art. ${art}${n ? `, par. ${n}` : ''}${letter ? `, point ${letter})` : ''}`;
  });
  return `${parts.join(lang === 'de' ? ', ' : ' et ')} ${lang === 'de' ? 'DSGVO' : 'RGPD'}`;
}

const EN: ReferenceLabels = {
  basis: (k) => `${legalBasis(k).label} (${legalBasis(k).article})`,
  art9: (k) => `${art9Condition(k).label} (${art9Condition(k).article})`,
  mechanism: (k) => `${transferMechanism(k).label} (${transferMechanism(k).article})`,
  country: (code) => countryName(code),
};

export function referenceLabels(lang: ReportLang): ReferenceLabels {
  if (lang === 'en') return EN;
  return {
    basis: (k) => `${vocabularyLabel('legal_basis', k, lang)} (${citeArticle(legalBasis(k).article, lang)})`,
    art9: (k) => `${vocabularyLabel('art9_condition', k, lang)} (${citeArticle(art9Condition(k).article, lang)})`,
    mechanism: (k) => `${vocabularyLabel('transfer_mechanism', k, lang)} (${citeArticle(transferMechanism(k).article, lang)})`,
    country: (code) => countryLabel(code, lang),
  };
}
