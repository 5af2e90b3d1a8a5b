/** Excel register export: the whole workspace, one organisation or one product. */
import type { WorkspaceDocument } from '../../../../shared/interchange';
import { reportFindings } from '../../../../shared/reports/findings';
import { TextSanitiser } from '../../../../shared/reports/sanitise';
import { type ReportScope, selectScope } from '../../../../shared/reports/scope';
import { type ReportFinding, type XlsxLayout, layoutLanguage, planWorkbook } from '../../../../shared/reports/workbook';
import { type ReportLang, reportCatalogue } from '../../../../shared/reports/i18n';
import { localiseReportDocument } from '../localise';
import type { Writable } from 'node:stream';
import { writeStreamAtomic } from '../../files/atomic-write';
import type { Workspace } from '../../workspace';
import { renderWorkbook } from './render-workbook';
import type { ChangesSince } from '../../../../shared/reports/changes';
import { changesSinceBaseline } from '../changes-since';
import { reportDocument } from '../report-document';

export interface ExportXlsxOptions {
  scope: ReportScope;
  layout?: XlsxLayout;
  /** The register's language (default: the layout's own, else English). */
  lang?: ReportLang;
  /** Column picker (native layout): keys of the register columns to keep. */
  columns?: readonly string[];
  out: string;
  /** The person's display name: author in the document properties and on the About sheet (left out when not given). */
  preparedBy?: string;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Baseline id or label: adds a "Changes since" sheet. */
  since?: string;
}

export interface ExportResult {
  path: string;
  /** What the export changed in the text (invalid characters removed, `_xHHHH_` kept), one line each. */
  warnings: string[];
}

/** Streams the workbook of a document to `stream`. */
export async function writeXlsx(
  doc: WorkspaceDocument,
  o: Omit<ExportXlsxOptions, 'out' | 'since'> & { findings?: readonly ReportFinding[] | false; changesSince?: ChangesSince },
  stream: Writable,
): Promise<{ warnings: string[] }> {
  const now = o.now ?? new Date();
  const layout = o.layout ?? 'native';
  const lang = layoutLanguage(layout, o.lang);
  const local = localiseReportDocument(doc, lang);
  const reg = selectScope(local.doc, o.scope);
  const preparedBy = o.preparedBy?.trim() || undefined;
  const plan = planWorkbook(reg, {
    layout,
    lang,
    untranslated: local.untranslated,
    ...(o.columns !== undefined ? { columns: o.columns } : {}),
    ...(o.findings !== false ? { findings: o.findings ?? reportFindings(reg, now, lang) } : {}),
    ...(o.changesSince !== undefined ? { changesSince: o.changesSince } : {}),
    generatedAt: now,
    ...(preparedBy ? { preparedBy } : {}),
  });
  const sanitiser = new TextSanitiser('xlsx');
  await renderWorkbook(plan, { creator: preparedBy ?? 'RoPA Desk', created: now, sanitiser, t: reportCatalogue(lang), ...(o.onProgress ? { onProgress: o.onProgress } : {}) }, stream);
  return { warnings: sanitiser.warnings() };
}

/** Writes the Excel register to `out` atomically (the old file or the complete new one). */
export async function exportXlsx(ws: Workspace, o: ExportXlsxOptions): Promise<ExportResult> {
  const changesSince = o.since !== undefined ? await changesSinceBaseline(ws, o.since, o.scope, layoutLanguage(o.layout ?? 'native', o.lang)) : undefined;
  const doc = await reportDocument(ws, o.scope);
  const now = o.now ?? new Date();
  const { since: _since, ...rest } = o;
  let warnings: string[] = [];
  await writeStreamAtomic(o.out, async (stream) => {
    ({ warnings } = await writeXlsx(doc, { ...rest, now, ...(changesSince ? { changesSince } : {}) }, stream));
  });
  return { path: o.out, warnings };
}
