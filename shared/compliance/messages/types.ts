/**
 * The shape every language's catalogue of the checks' texts fills in: for each rule its
 * title, the GDPR article cited the way the language cites it, the finding's sentence and
 * the suggested fix, built from the rule's parameters (params.ts). A catalogue missing a
 * rule, or a rule without a catalogue entry, does not compile.
 */
import type { NoticeLanguage } from '../../model';
import type { FindingParams, RuleId } from './params';

export type FindingLang = 'en' | 'de' | 'fr';
export const FINDING_LANGS: readonly FindingLang[] = ['en', 'de', 'fr'];

/** How a language writes names, lists, countries and dates inside a sentence. */
export interface Words {
  readonly lang: FindingLang;
  /** A name in the language's quotation marks, shortened when long: “Send newsletters”, „Newsletter“, « Newsletter ». */
  q(name: string): string;
  /** "a, b and c" / "a, b und c" / "a, b et c". */
  and(items: readonly string[]): string;
  /** A country by its ISO code, in the language (Intl). */
  country(code: string): string;
  /** A day (YYYY-MM-DD) as the language writes it; English keeps the ISO day. */
  date(iso: string): string;
  /** A notice language by its name in this language ("German", "Deutsch", "allemand"). */
  language(lang: NoticeLanguage): string;
}

export interface RuleText<P> {
  readonly title: string;
  /** The article(s) the rule rests on, cited in the language's style ("Art. 6 Abs. 1 DSGVO"). */
  readonly article: string;
  readonly message: (p: P, w: Words) => string;
  readonly hint: (p: P, w: Words) => string;
}

export type RuleTexts = { readonly [K in RuleId]: RuleText<FindingParams[K]> };

export interface FindingCatalogue {
  readonly lang: FindingLang;
  readonly rules: RuleTexts;
  /** The name a finding on the workspace's data-category taxonomy gives its record. */
  readonly dataCategoriesRecord: string;
}
