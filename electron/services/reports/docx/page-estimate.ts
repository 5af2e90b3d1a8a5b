/**
 * Where each heading of the Word report falls, worked out while the report is built,
 * so that the contents list is written with its page numbers and clean: Word and
 * LibreOffice show it as written, without asking to update fields. docx's own
 * layout (`docx/layout`) does this exactly but took 16 s for the 33 pages of the
 * sample; this counts lines of known widths instead (the report uses one font,
 * fixed sizes and fixed table widths), which is within a page of LibreOffice's
 * layout (tests/integration/reports-word-layout.test.ts measures it).
 */

/** Usable height of an A4 page with the report's margins (1200 + 1100 twips), in twips. */
const PAGE = 16838 - 1200 - 1100;
/** Twips per line and characters per full-width line for 10.5 pt body text and 9 pt table text. */
const BODY_LINE = 276;
const BODY_CHARS = 95;
const TABLE_LINE = 222;
const TABLE_CHARS = 125;
const CELL_PADDING = 80;

export const HEADING_HEIGHT: Readonly<Record<1 | 2 | 3, number>> = { 1: 384 + 240 + 120, 2: 312 + 240 + 120, 3: 264 + 200 + 120 };

export function lineCount(text: string, charsPerLine: number): number {
  let n = 0;
  for (const line of text.split('\n')) n += Math.max(1, Math.ceil(line.length / Math.max(1, charsPerLine)));
  return n;
}

export class PageEstimate {
  /** 0-based page within the body (the body starts on a new page). */
  private page = 0;
  private y = 0;

  /** Starts a new page unless the current one is still empty. */
  newPage(): void {
    if (this.y > 0) {
      this.page += 1;
      this.y = 0;
    }
  }

  /** A block that is never split (a heading with the line after it, a row kept together). */
  private keep(height: number): void {
    if (this.y > 0 && this.y + height > PAGE) this.newPage();
    this.y += height;
    while (this.y > PAGE) {
      this.page += 1;
      this.y -= PAGE;
    }
  }

  /** A heading (kept with the next two lines); returns the body page it is on. */
  heading(level: 1 | 2 | 3, pageBreakBefore: boolean): number {
    if (pageBreakBefore) this.newPage();
    if (this.y > 0 && this.y + HEADING_HEIGHT[level] + 2 * TABLE_LINE > PAGE) this.newPage();
    const at = this.page;
    this.y += HEADING_HEIGHT[level];
    return at;
  }

  paragraph(text: string): void {
    this.keep(lineCount(text, BODY_CHARS) * BODY_LINE + 120);
  }

  spacer(): void {
    this.keep(BODY_LINE);
  }

  /** A table row: cells with their width in percent; kept together or split across pages. */
  row(cells: readonly string[], widths: readonly number[], cantSplit: boolean): void {
    let lines = 1;
    cells.forEach((c, i) => {
      lines = Math.max(lines, lineCount(c, Math.floor((TABLE_CHARS * (widths[i] ?? 100)) / 100) - 1));
    });
    const h = lines * TABLE_LINE + CELL_PADDING;
    if (cantSplit) this.keep(h);
    else {
      this.y += h;
      while (this.y > PAGE) {
        this.page += 1;
        this.y -= PAGE;
      }
    }
  }

  /** After a table, the paragraph that follows it. */
  afterTable(): void {
    this.y += 60;
  }

  /** How many pages `entries` lines of contents take. */
  static contentsPages(entries: number): number {
    return Math.max(1, Math.ceil((entries * 300 + 900) / PAGE));
  }
}
