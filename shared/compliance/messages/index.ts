/**
 * The checks' texts in en, de and fr (issue 13): a typed catalogue per language, so a
 * report in German or French states its findings, fixes and checks in that language.
 * The app's screens and the command line read the English one.
 */
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { FindingParams, RuleId } from './params';
import type { FindingCatalogue, FindingLang, RuleText } from './types';
import { wordsFor } from './words';

export type { FindingParams, RuleId, DpiaTrigger, PlaceField } from './params';
export { DPIA_TRIGGERS, PLACE_FIELDS } from './params';
export type { FindingCatalogue, FindingLang, RuleText, RuleTexts, Words } from './types';
export { FINDING_LANGS } from './types';
export { wordsFor } from './words';

const CATALOGUES: Readonly<Record<FindingLang, FindingCatalogue>> = { en, de, fr };

export function findingCatalogue(lang: FindingLang): FindingCatalogue {
  return CATALOGUES[lang];
}

export function ruleText<K extends RuleId>(lang: FindingLang, id: K): RuleText<FindingParams[K]> {
  return CATALOGUES[lang].rules[id] as RuleText<FindingParams[K]>;
}

/** A finding's sentence and fix in `lang`. */
export function findingSentences<K extends RuleId>(lang: FindingLang, id: K, params: FindingParams[K]): { message: string; hint: string } {
  const t = ruleText(lang, id);
  const w = wordsFor(lang);
  return { message: t.message(params, w), hint: t.hint(params, w) };
}

/** A rule's title and article in `lang`; undefined for an id no catalogue knows. */
export function ruleHeading(lang: FindingLang, id: string): { title: string; article: string } | undefined {
  const rules: Readonly<Record<string, RuleText<never> | undefined>> = CATALOGUES[lang].rules;
  const t = rules[id];
  return t === undefined ? undefined : { title: t.title, article: t.article };
}
