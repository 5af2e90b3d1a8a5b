/** Small building blocks of the Word report: headings, paragraphs, key/value and data tables. */
import {
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

export const ACCENT = '1F3864';
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/**
 * Paragraph styles of table cells (defined in export-docx's styles). A style per
 * kind of cell instead of run properties on every run keeps the report's object
 * tree small: a 500-activity report has some 20,000 cells.
 */
export const CELL_STYLES = { text: 'TableText', header: 'TableHeader', label: 'TableLabel' } as const;

/** Text helpers bound to one export's sanitiser. */
export class Blocks {
  constructor(private readonly sanitiser: TextSanitiser) {}

  t(s: string, where: string): string {
    return this.sanitiser.clean(s, () => where);
  }

  heading(text: string, level: 1 | 2 | 3, where = 'Heading', pageBreakBefore = false): Paragraph {
    const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    return new Paragraph({ heading: headingLevel, pageBreakBefore, keepNext: true, children: [new TextRun(this.t(text, where))] });
  }

  para(text: string, where: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): Paragraph {
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

  /** A two-column table of labelled facts. */
  facts(rows: readonly [string, string][], where: string): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      margins: CELL_MARGINS,
      rows: rows.map(
        ([label, value]) =>
          new TableRow({
            cantSplit: true,
            children: [this.cell(label, where, { width: 26, label: true }), this.cell(value || '—', `${where}, ${label}`, { width: 74 })],
          }),
      ),
    });
  }

  /** A data table with a header row repeated on every page. `widths` are percentages. */
  table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], where: string): Table {
    const w = (i: number) => widths[i] ?? Math.floor(100 / headers.length);
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      margins: CELL_MARGINS,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => this.cell(h, where, { width: w(i), header: true })) }),
        ...rows.map(
          (row, r) =>
            new TableRow({ cantSplit: true, children: row.map((v, i) => this.cell(v, `${where}, row ${r + 1}, ${headers[i] ?? ''}`, { width: w(i) })) }),
        ),
      ],
    });
  }

  spacer(): Paragraph {
    return new Paragraph({ spacing: { after: 120 }, children: [] });
  }
}
