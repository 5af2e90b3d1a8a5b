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
    return new TableCell({
      width: { size: o.width, type: WidthType.PERCENTAGE },
      margins: CELL_MARGINS,
      ...(o.header ? { shading: { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' } } : {}),
      ...(o.label ? { shading: { type: ShadingType.CLEAR, fill: 'F2F4F8', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: this.runs(text, where, { size: 18, ...(o.header ? { bold: true, color: 'FFFFFF' } : {}), ...(o.label ? { bold: true } : {}) }),
        }),
      ],
    });
  }

  /** A two-column table of labelled facts. */
  facts(rows: readonly [string, string][], where: string): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
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
