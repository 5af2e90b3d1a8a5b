/** Word report for auditors and clients: cover, contents, summary, the records, annexes. */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { WorkspaceDocument } from '../../../../shared/interchange';
import { reportFindings } from '../../../../shared/reports/findings';
import { lookups } from '../../../../shared/reports/lookups';
import { TextSanitiser } from '../../../../shared/reports/sanitise';
import { type ReportScope, selectScope } from '../../../../shared/reports/scope';
import { summarise } from '../../../../shared/reports/summary';
import { writeFileAtomic } from '../../files/atomic-write';
import type { Workspace } from '../../workspace';
import type { ExportResult } from '../xlsx/export-xlsx';
import { ACCENT, Blocks, CELL_STYLES } from './blocks';
import { annexes, changesSection, contents, cover, firstBodyPage, organisationSections, summarySection } from './sections';
import { type ChangesSince, changeRows } from '../../../../shared/reports/changes';
import { changesSinceBaseline } from '../changes-since';
import { reportDocument } from '../report-document';
import { type ReportCatalogue, type ReportLang, reportCatalogue, reportDate } from '../../../../shared/reports/i18n';
import { untranslatedIn } from '../../../../shared/reports/i18n/record-texts';
import { scopeLabel } from '../../../../shared/reports/workbook';
import { localiseReportDocument } from '../localise';

export interface ExportDocxOptions {
  scope: ReportScope;
  out: string;
  preparedBy?: string;
  /** Shown on the cover when given (e.g. "2.1" or "Audit 2026"); an internal revision number is not a version. */
  version?: string;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Baseline id or label: adds a "Changes since" section after the summary. */
  since?: string;
  /**
   * The copy for the supervisory authority (Art. 30(4)): the internal "Open findings"
   * section and the findings count are left out.
   */
  authorityCopy?: boolean;
  /** The report's language (default English): its own text, the shipped labels, the records' translations, w:lang. */
  lang?: ReportLang;
}

const FONT = 'Calibri';

function styles(t: ReportCatalogue) {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  const cell = (id: string, name: string, run: Record<string, unknown>) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: 18, ...run },
    paragraph: { spacing: { before: 0, after: 0 } },
  });
  return {
    paragraphStyles: [
      cell(CELL_STYLES.text, 'Table text', {}),
      cell(CELL_STYLES.header, 'Table header', { bold: true, color: 'FFFFFF' }),
      cell(CELL_STYLES.label, 'Table label', { bold: true }),
    ],
    default: {
      // The document's default run language (w:docDefaults/w:rPrDefault/w:lang): spell-check and hyphenation follow it.
      document: { run: { font: FONT, size: 21, language: { value: t.locale } }, paragraph: { spacing: { after: 80 } } },
      heading1: heading(32, 240),
      heading2: heading(26, 240),
      heading3: heading(22, 200),
    },
  };
}

export async function buildDocx(
  doc: WorkspaceDocument,
  o: Omit<ExportDocxOptions, 'out' | 'since'> & { changesSince?: ChangesSince },
): Promise<{ buffer: Buffer; warnings: string[] }> {
  const now = o.now ?? new Date();
  const lang = o.lang ?? 'en';
  const t = reportCatalogue(lang);
  const local = localiseReportDocument(doc, lang);
  const reg = selectScope(local.doc, o.scope);
  const l = lookups(reg, lang);
  const untranslated = untranslatedIn(local.untranslated, reg);
  const TITLE = t.title;
  const sanitiser = new TextSanitiser('docx');
  const b = new Blocks(sanitiser);
  const findings = reportFindings(reg, now, lang);
  const preparedBy = o.preparedBy?.trim() || undefined;
  const orgNames = reg.organisations.map((x) => x.name).join(', ') || reg.workspaceName;
  const date = reportDate(t, now);
  o.onProgress?.(1, 3);
  const body = [
    ...summarySection(b, summarise(reg, findings, t), findings, { authorityCopy: o.authorityCopy === true }, l),
    ...(o.changesSince ? changesSection(b, o.changesSince.label, changeRows(o.changesSince, reg, l), l) : []),
    ...organisationSections(b, reg, l),
    ...annexes(b, reg, l, untranslated),
  ];
  o.onProgress?.(2, 3);
  const page = t.f.page('', '');
  const runningTitle = b.t(`${TITLE} · ${orgNames}`, 'Page header');
  const document = new Document({
    creator: b.t(preparedBy ?? 'RoPA Desk', 'Document properties'),
    lastModifiedBy: b.t(preparedBy ?? 'RoPA Desk', 'Document properties'),
    title: b.t(`${TITLE} — ${reg.title}`, 'Document properties'),
    subject: t.doc.subject,
    description: t.f.generatedOn(date),
    // The contents are written with their page numbers (laid out by docx's page-number
    // estimator), clean: Word and LibreOffice show them as written, and Word does not ask
    // to update "fields that may refer to other files" on opening.
    styles: styles(t),
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: 1200, bottom: 1100, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: runningTitle, size: 16, color: '808080' })] })],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: 9638 }],
                children: [
                  new TextRun({ text: t.doc.confidential, bold: true, size: 16, color: 'C00000' }),
                  new TextRun({ children: [`\t${page[0]}`, PageNumber.CURRENT, page[1], PageNumber.TOTAL_PAGES, ...(page[2] ? [page[2]] : [])], size: 16, color: '808080' }),
                ],
              }),
            ],
          }),
          first: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: t.doc.confidential, bold: true, size: 16, color: 'C00000' })] })],
          }),
        },
        children: [
          ...cover(
            b,
            { title: TITLE, organisation: orgNames, scope: lang === 'en' ? reg.label : scopeLabel(reg, t), date, ...(o.version ? { version: o.version } : {}), ...(preparedBy ? { preparedBy } : {}) },
            l,
          ),
          ...contents(b.headings, firstBodyPage(b.headings.length), t.doc.contents),
          ...body,
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  o.onProgress?.(3, 3);
  return { buffer, warnings: sanitiser.warnings() };
}

/** Writes the Word report to `out` atomically. */
export async function exportDocx(ws: Workspace, o: ExportDocxOptions): Promise<ExportResult> {
  const doc = await reportDocument(ws, o.scope);
  const changesSince = o.since !== undefined ? await changesSinceBaseline(ws, o.since, o.scope, o.lang ?? 'en') : undefined;
  const { since: _since, ...rest } = o;
  const { buffer, warnings } = await buildDocx(doc, { ...rest, ...(changesSince ? { changesSince } : {}) });
  await writeFileAtomic(o.out, buffer);
  return { path: o.out, warnings };
}
