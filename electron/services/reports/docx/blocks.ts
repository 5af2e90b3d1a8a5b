/** Small building blocks of the Word report: headings, paragraphs, key/value and data tables. */
import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { TextSanitiser } from '../../../../shared/reports/sanitise';
import { PageEstimate } from './page-estimate';

export const ACCENT = '1F3864';
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
/** Lines of text a row may have and still be kept on one page (a page holds some 55 lines of 9 pt text). */
const ROWS_KEPT_TOGETHER = 30;

/**
 * Paragraph styles of table cells (defined in export-docx's styles). A style per
 * kind of cell instead of run properties on every run keeps the report's object
 * tree small: a 500-activity report has some 20,000 cells.
 */
export const CELL_STYLES = { text: 'TableText', header: 'TableHeader', label: 'TableLabel' } as const;

/** Text helpers bound to one export's sanitiser. */
export interface HeadingEntry {
  title: string;
  level: 1 | 2 | 3;
  /** 0-based page of the body the heading is on (estimated). */
  bodyPage: number;
  bookmark: string;
}

export class Blocks {
  /** Every heading, in order, with its bookmark: the contents list is built from them. */
  readonly headings: HeadingEntry[] = [];
  private readonly pages = new PageEstimate();

  constructor(private readonly sanitiser: TextSanitiser) {}

  t(s: string, where: string): string {
    return this.sanitiser.clean(s, () => where);
  }

  heading(text: string, level: 1 | 2 | 3, where = 'Heading', pageBreakBefore = false): Paragraph {
    const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    const title = this.t(text, where);
    const bookmark = `_Toc${this.headings.length + 1}`;
    this.headings.push({ title, level, bodyPage: this.pages.heading(level, pageBreakBefore), bookmark });
    return new Paragraph({
      heading: headingLevel,
      pageBreakBefore,
      keepNext: true,
      children: [new Bookmark({ id: bookmark, children: [new TextRun(title)] })],
    });
  }

  para(text: string, where: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): Paragraph {
    this.pages.paragraph(text);
    return new Paragraph({ spacing: { after: 120 }, children: this.runs(text, where, opts) });
  }

  /** Text with line breaks kept (each "\n" becomes a break in the same paragraph). */
  runs(text: string, where: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
    return this.t(text, where)
      .split('\n')
      .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...opts }));
  }

  private cell(text: string, where: string, o: { width: number; header?: boolean; label?: boolean }): TableCell {
    const lines = this.t(text, where).split('\n');
    return new TableCell({
      width: { size: o.width, type: WidthType.PERCENTAGE },
      ...(o.header ? { shading: { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' } } : {}),
      ...(o.label ? { shading: { type: ShadingType.CLEAR, fill: 'F2F4F8', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          style: o.header ? CELL_STYLES.header : o.label ? CELL_STYLES.label : CELL_STYLES.text,
          // One line needs no run of its own; a paragraph's text is a plain run.
          ...(lines.length === 1 ? { text: lines[0] ?? '' } : { children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) }),
        }),
      ],
    });
  }

  /**
   * Whether a row is kept on one page: only when it is surely shorter than a page. A
   * row marked cantSplit that is taller than a page is cut off by LibreOffice (its
   * rest, and the rows after it, never printed).
   */
  private fitsOnePage(cells: readonly string[], widths: readonly number[]): boolean {
    let tallest = 0;
    cells.forEach((text, i) => {
      // About 100 characters of 9 pt text fill the page width; a cell has its share of it.
      const perLine = Math.max(8, Math.floor((100 * (widths[i] ?? 100)) / 100));
      let n = 0;
      for (const line of text.split('\n')) n += Math.max(1, Math.ceil(line.length / perLine));
      tallest = Math.max(tallest, n);
    });
    return tallest <= ROWS_KEPT_TOGETHER;
  }

  /** A two-column table of labelled facts. */
  facts(rows: readonly [string, string][], where: string): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      margins: CELL_MARGINS,
      rows: rows.map(([label, value]) => {
          const cantSplit = this.fitsOnePage([label, value], [26, 74]);
          this.pages.row([label, value], [26, 74], cantSplit);
          return new TableRow({
            cantSplit,
            children: [this.cell(label, where, { width: 26, label: true }), this.cell(value || '—', `${where}, ${label}`, { width: 74 })],
          });
        }),
    });
  }

  /** A data table with a header row repeated on every page. `widths` are percentages. */
  table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], where: string): Table {
    const w = (i: number) => widths[i] ?? Math.floor(100 / headers.length);
    const all = headers.map((_h, i) => w(i));
    this.pages.row(headers, all, true);
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      margins: CELL_MARGINS,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => this.cell(h, where, { width: w(i), header: true })) }),
        ...rows.map((row, r) => {
            const cantSplit = this.fitsOnePage(row, all);
            this.pages.row(row, all, cantSplit);
            return new TableRow({ cantSplit, children: row.map((v, i) => this.cell(v, `${where}, row ${r + 1}, ${headers[i] ?? ''}`, { width: w(i) })) });
          },
        ),
      ],
    });
  }

  spacer(): Paragraph {
    this.pages.spacer();
    return new Paragraph({ spacing: { after: 120 }, children: [] });
  }
}
