/** The document a report in one language is built from: record texts translated, shipped labels localized. */
import type { WorkspaceDocument } from '../../../shared/interchange';
import type { ReportLang } from '../../../shared/reports/i18n';
import { type LocalisedDocument, localiseDocument } from '../../../shared/reports/i18n/record-texts';
import { shippedLabels } from '../../../shared/reports/i18n/shipped-labels';

export function localiseReportDocument(doc: WorkspaceDocument, lang: ReportLang): LocalisedDocument {
  return localiseDocument(doc, lang, shippedLabels(lang, doc.taxonomies));
}
