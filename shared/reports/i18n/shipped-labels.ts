/**
 * The shipped taxonomy entries (data categories, data subjects, security measures)
 * in a report's language, from the localized reference lookup. An entry whose label
 * the workspace changed is a record text: it goes through the workspace's
 * translations (record-texts.ts) and is listed when it has none.
 */
import type { Taxonomies } from '../../interchange';
import { authorityName, shippedAuthorityFor, shippedTaxonomyLabel, shippedText, vocabularyText } from '../../reference';
import type { ShippedLabels } from './record-texts';
import type { ReportLang } from './types';

export function shippedLabels(lang: ReportLang, taxonomies: Taxonomies): ShippedLabels {
  if (lang === 'en') return {};
  const cats = new Map(taxonomies.dataCategories.map((c) => [c.key, c]));
  const subjects = new Map(taxonomies.dataSubjects.map((s) => [s.key, s]));
  const measures = new Map(taxonomies.securityMeasures.map((m) => [m.key, m]));
  return {
    category: (key) => {
      const e = cats.get(key);
      return e ? shippedTaxonomyLabel('data_category', e, lang) : undefined;
    },
    subject: (key) => {
      const e = subjects.get(key);
      return e ? shippedTaxonomyLabel('data_subject', e, lang) : undefined;
    },
    measure: (key) => {
      const e = measures.get(key);
      const label = e ? shippedTaxonomyLabel('security_measure', e, lang) : undefined;
      if (label === undefined) return undefined;
      const description = vocabularyText('security_measure', key, lang)?.description;
      return description !== undefined ? { label, description } : { label };
    },
    phrase: (english) => shippedText(english, lang),
    authority: (contact) => {
      const a = shippedAuthorityFor(contact);
      return a === undefined ? undefined : authorityName(a, lang);
    },
  };
}
