/**
 * The shipped taxonomy entries (data categories, data subjects, security measures)
 * in a report's language, from the localized reference lookup. Until that lookup
 * knows a language, entries keep their English label and are listed as untranslated.
 */
import type { ShippedLabels } from './record-texts';
import type { ReportLang } from './types';

export function shippedLabels(_lang: ReportLang): ShippedLabels {
  return {};
}
