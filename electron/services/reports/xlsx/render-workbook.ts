/**
 * Writes a workbook plan with exceljs's streaming writer: frozen header row,
 * autofilter, wrapped text, landscape print set-up fitted to the page width with
 * the header row repeated, dropdowns on fixed-value columns (from a hidden Lists
 * sheet), hidden id columns. Every string goes through the sanitiser; no cell is
 * ever a formula (only the dropdown ranges are).
 */
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { type TextSanitiser, isFormulaLike } from '../../../../shared/reports/sanitise';
import { installQuotePrefix, quotePrefixed } from './quote-prefix';
import type { Cell, SheetOut } from '../../../../shared/reports/sheet';
import { ABOUT_SHEET, type WorkbookPlan } from '../../../../shared/reports/workbook';
import { type ReportCatalogue, reportCatalogue } from '../../../../shared/reports/i18n';

export interface RenderOptions {
  creator: string;
  created: Date;
  sanitiser: TextSanitiser;
  onProgress?: (done: number, total: number) => void;
  /** The workbook's language: its footers and its language property (dc:language). Default English. */
  t?: ReportCatalogue;
}

/** "&LConfidential&RPage &P of &N" in the workbook's language. */
function footer(t: ReportCatalogue): string {
  const [before, between, after] = t.f.page('&P', '&N');
  return `&L${hf(t.doc.confidential)}&R${hf(before)}&P${hf(between)}&N${hf(after)}`;
}

const LISTS_SHEET = 'Lists';
/** A part's heading row inside a record card (CNIL "Acteurs", "Finalité(s) du traitement effectué" …): one shared style object. */
const PART_STYLE: Partial<ExcelJS.Style> = {
  font: { name: 'Calibri', family: 2, size: 11, bold: true, color: { argb: 'FF1F3864' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3F0' } },
  alignment: { wrapText: true, vertical: 'top' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
/** Fonts name their face: a font without one falls back to a serif face in LibreOffice. */
const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const HEADER_FONT: Partial<ExcelJS.Font> = { ...BOLD, color: { argb: 'FFFFFFFF' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
/**
 * One style object shared by every data cell. exceljs caches a style's id by object
 * identity; a cell built from a column style gets a fresh copy, which costs a style
 * lookup (an XML rendering of the style) per cell.
 */
const DATA_STYLE: Partial<ExcelJS.Style> = { alignment: WRAP };
/**
 * The same for the rows' own (empty) style: exceljs gives every new row a fresh `{}`,
 * whose style id it then works out again row by row.
 */
const ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
/** Date cells: the same shared object, with the ISO date format. */
const DATE_STYLE: Partial<ExcelJS.Style> = { alignment: WRAP, numFmt: 'yyyy-mm-dd' };
/** Cells of the columns the import reads: unlocked (every other cell is locked, Excel's default). */
const EDIT_STYLE: Partial<ExcelJS.Style> = { alignment: WRAP, protection: { locked: false } };
const EDIT_DATE_STYLE: Partial<ExcelJS.Style> = { alignment: WRAP, numFmt: 'yyyy-mm-dd', protection: { locked: false } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7F7F7F' } };
const READ_ONLY_NOTE = 'Read only: the import does not read this column (a change here is reported as ignored). Change it in RoPA Desk.';

/** A data row: the shared row and cell styles, its height. */
export function styleDataRow(row: ExcelJS.Row, ncols: number, height: number): void {
  (row as ExcelJS.Row & { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
  for (let c = 1; c <= ncols; c++) row.getCell(c).style = DATA_STYLE;
  row.height = height;
}
/** Rows below the data that still get the dropdowns, for rows the user adds. */
const SPARE_ROWS = 500;

interface ValidationTarget {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function hasValidations(ws: unknown): ws is ValidationTarget {
  return typeof ws === 'object' && ws !== null && 'dataValidations' in ws;
}

export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Header/footer text: `&` starts a code there, so a literal one is doubled. */
const hf = (s: string) => s.replace(/&/g, '&&');

/**
 * Height for a row of wrapped text. Spreadsheet apps do not re-measure rows on
 * opening a file, so without it wrapped lines overlap the next row.
 */
export function rowHeight(values: readonly Cell[], columns: readonly { width: number; hidden?: boolean }[]): number {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const col = columns[i];
    if (typeof v !== 'string' || v === '' || !col || col.hidden) continue;
    const perLine = Math.max(1, Math.floor(col.width * 1.15));
    // Most cells are one short line: no need to split them.
    if (v.length <= perLine * lines && !v.includes('\n')) continue;
    // Lines by their breaks, each wrapped to the column width (no array of lines built).
    let n = 0;
    for (let start = 0; ; ) {
      const end = v.indexOf('\n', start);
      const len = (end === -1 ? v.length : end) - start;
      n += len > perLine ? Math.ceil(len / perLine) : 1;
      if (end === -1) break;
      start = end + 1;
    }
    if (n > lines) lines = n;
  }
  return Math.min(409, 15 * lines + 2);
}

/** Characters of column width a landscape page holds at the smallest scale we print at (about 75 %, 8 pt text). */
const A4_CHARS = 170;
const A3_CHARS = 250;

/**
 * Paper and pages across for a sheet: A4 when it fits one page, else A3, as many
 * pages wide as keep the text at 8 pt or more (the frozen columns repeat on each).
 */
export function printLayout(columns: readonly { width: number; hidden?: boolean }[], frozen: number): { paperSize: ExcelJS.PaperSize; pagesWide: number } {
  const widths = columns.map((c) => (c.hidden ? 0 : c.width));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= A4_CHARS) return { paperSize: 9 as ExcelJS.PaperSize, pagesWide: 1 };
  const titles = widths.slice(0, frozen).reduce((a, b) => a + b, 0);
  const perPage = Math.max(40, A3_CHARS - titles);
  return { paperSize: 8 as ExcelJS.PaperSize, pagesWide: Math.max(1, Math.ceil((total - titles) / perPage)) };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Streams the workbook to `stream`; resolves once the stream has finished. */
export async function renderWorkbook(plan: WorkbookPlan, o: RenderOptions, stream: Writable): Promise<void> {
  installQuotePrefix();
  const clean = (s: string, where: () => string) => o.sanitiser.clean(s, where);
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = clean(o.creator, () => 'Document properties, author');
  wb.lastModifiedBy = wb.creator;
  wb.created = o.created;
  wb.modified = o.created;
  wb.title = clean(plan.title, () => 'Document properties, title');
  const t = o.t ?? reportCatalogue('en');
  wb.subject = t.titleArt30;
  wb.keywords = t.lang === 'de' ? 'DSGVO; Art. 30; Verzeichnis von Verarbeitungstätigkeiten' : t.lang === 'fr' ? 'RGPD; art. 30; registre des traitements' : 'GDPR; Art. 30; RoPA';
  // docProps/core.xml dc:language: spell-check and hyphenation of the cells follow it where the reader supports it.
  Object.assign(wb, { language: t.locale });

  writeAbout(wb, plan, clean, footer(t));

  // Dropdown lists: one column of the hidden Lists sheet per distinct list of values.
  const lists = new Map<string, { col: number; values: string[] }>();
  for (const sheet of plan.sheets) {
    for (const c of sheet.columns) {
      if (!c.values || c.values.length === 0) continue;
      const values = c.values.map((v) => clean(v, () => `Dropdown values of ${c.header}`));
      const id = JSON.stringify(values);
      if (!lists.has(id)) lists.set(id, { col: lists.size + 1, values });
    }
  }

  const total = plan.sheets.length;
  let sheetNo = 0;
  for (const sheet of plan.sheets) {
    await writeSheet(wb, plan.title, sheet, lists, o.sanitiser, footer(t));
    o.onProgress?.(++sheetNo, total);
  }

  const listSheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const longest = Math.max(0, ...[...lists.values()].map((l) => l.values.length));
  for (let r = 0; r < longest; r++) {
    listSheet.addRow([...lists.values()].map((l) => l.values[r] ?? null)).commit();
  }
  listSheet.commit();
  // Resolves on the stream's 'finish': every byte handed to the file.
  await wb.commit();
}

type Clean = (s: string, where: () => string) => string;

function writeAbout(wb: ExcelJS.stream.xlsx.WorkbookWriter, plan: WorkbookPlan, clean: Clean, oddFooter: string): void {
  const ws = wb.addWorksheet(plan.aboutName ?? ABOUT_SHEET, {
    pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    headerFooter: { oddFooter },
  });
  ws.columns = [
    { key: 'label', width: 24, style: { font: BOLD, alignment: WRAP } },
    { key: 'value', width: 100, style: { alignment: WRAP } },
  ];
  const heading = ws.addRow([clean(plan.title, () => 'About, title')]);
  heading.font = { ...BOLD, size: 14 };
  // The title runs across the value column instead of wrapping in the narrow label column.
  heading.getCell(1).alignment = { wrapText: false, vertical: 'middle' };
  heading.height = 24;
  heading.commit();
  ws.addRow([]).commit();
  for (const [label, value] of plan.about) ws.addRow([label, clean(value, () => `About, ${label}`)]).commit();
  ws.commit();
}

async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  title: string,
  sheet: SheetOut,
  lists: Map<string, { col: number; values: string[] }>,
  sanitiser: TextSanitiser,
  oddFooter: string,
): Promise<void> {
  const clean: Clean = (s, where) => sanitiser.clean(s, where);
  /** Cells whose text Excel would take for a formula: shown as typed, quote-prefixed instead of the guard's apostrophe. */
  const unquote = (text: string, original: string): string => (isFormulaLike(original) && text.charAt(0) === "'" ? text.slice(1) : text);
  const preamble = sheet.preamble ?? [];
  const headerRow = preamble.length > 0 ? preamble.length + 2 : 1;
  const ncols = sheet.columns.length;
  const frozen = Math.min(sheet.frozenColumns ?? 0, ncols);
  const print = printLayout(sheet.columns, frozen);
  const firstFree = `${columnLetter(frozen + 1)}${headerRow + 1}`;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: frozen, topLeftCell: firstFree, activeCell: firstFree }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: print.paperSize,
      // Fitted to the page width only when it stays legible; wider registers run over
      // several pages across, the columns that name the row repeated on each.
      fitToPage: true,
      fitToWidth: print.pagesWide,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      ...(frozen > 0 ? { printTitlesColumn: `A:${columnLetter(frozen)}` } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${hf(clean(title, () => `${sheet.name}, page header`))}&R${hf(sheet.name)}`,
      oddFooter,
    },
  });
  const styleOf = (c: (typeof sheet.columns)[number]) => (c.imported === true ? (c.date ? EDIT_DATE_STYLE : EDIT_STYLE) : c.date ? DATE_STYLE : DATA_STYLE);
  // Empty cells below the data take the column's style: rows a user adds are editable where the import reads them.
  ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden === true, style: styleOf(c) }));
  for (const cells of preamble) {
    const [label = ''] = cells;
    const values = cells.map((v, i) => unquote(clean(v, () => (i === 0 ? `${sheet.name}, preamble` : `${sheet.name}, ${label}`)), v));
    const row = ws.addRow(values);
    // A block's heading row (several labels, e.g. "Name and contact details", "Data Protection Officer") is bold throughout.
    const heading = cells.length > 2 && (label === '' || !['Name', 'Address', 'Email', 'Telephone'].includes(label));
    values.forEach((_, i) => {
      const cell = row.getCell(i + 1);
      if (i === 0 || heading) cell.font = BOLD;
      // Labels and values wrap in their columns (never cut off); a lone value (a note) runs across to the right.
      cell.alignment = { wrapText: cells.length > 2 || i === 0, vertical: 'top' };
      if (isFormulaLike(cells[i] ?? '')) cell.style = { ...cell.style, quotePrefix: true } as Partial<ExcelJS.Style>;
    });
    row.height = rowHeight(cells.length > 2 ? values : [label], sheet.columns);
    row.commit();
  }
  if (preamble.length > 0) ws.addRow([]).commit();
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell, col) => {
    const readOnlyColumn = sheet.columns[col - 1]?.imported === false;
    cell.fill = readOnlyColumn ? READ_ONLY_FILL : HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
    if (readOnlyColumn) cell.note = READ_ONLY_NOTE;
  });
  header.height = Math.max(32, rowHeight(sheet.columns.map((c) => c.header), sheet.columns) + 4);
  header.commit();

  const specialColumns = sheet.columns.flatMap((c, i) => (c.date || c.imported === true ? [i] : []));
  let rowNo = headerRow;
  for (const cells of sheet.rows()) {
    rowNo++;
    const r = rowNo;
    // In place (the row is the plan's own array); `where` is built only for text that needs cleaning.
    let quoted: number[] | undefined;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (typeof v === 'string' && sanitiser.needsCleaning(v)) {
        cells[i] = unquote(clean(v, () => `${sheet.name}, row ${r}, ${sheet.columns[i]?.header ?? ''}`), v);
        if (isFormulaLike(v)) (quoted ??= []).push(i);
      }
    }
    const row = ws.addRow(cells);
    styleDataRow(row, ncols, rowHeight(cells, sheet.columns));
    for (const i of specialColumns) row.getCell(i + 1).style = styleOf(sheet.columns[i] as (typeof sheet.columns)[number]);
    for (const i of quoted ?? []) row.getCell(i + 1).style = quotePrefixed(row.getCell(i + 1).style);
    if (sheet.partHeading?.(cells) === true) {
      for (let i = 1; i <= ncols; i++) row.getCell(i).style = PART_STYLE;
    }
    row.commit();
    if (r % 250 === 0) await tick();
  }
  if (sheet.readOnly === true) {
    // No password: the protection says "for reading", it does not lock anyone out.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
  }
  if (ncols > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(rowNo, headerRow), column: ncols } };

  if (hasValidations(ws)) {
    sheet.columns.forEach((c, i) => {
      if (!c.values || c.values.length === 0) return;
      const values = c.values.map((v) => clean(v, () => `Dropdown values of ${c.header}`));
      const list = lists.get(JSON.stringify(values));
      if (!list) return;
      const col = columnLetter(i + 1);
      const listCol = columnLetter(list.col);
      ws.dataValidations.add(`${col}${headerRow + 1}:${col}${rowNo + SPARE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`${LISTS_SHEET}!$${listCol}$1:$${listCol}$${list.values.length}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Choose one of the values in the list for ${c.header}.`,
      });
    });
  }
  ws.commit();
}
