/**
 * What an imported workbook may cost, checked while it is streamed (never after):
 * an edited register is far below every figure, a hostile file hits one of them
 * within a fraction of a second. Measured in tests/integration/hardening-xlsx-budgets.test.ts.
 */
export interface ImportBudgets {
  /** Characters of one text (Excel's own limit for a cell). */
  maxStringChars: number;
  /** Characters of the whole shared-string table. */
  maxSharedStringChars: number;
  /** Characters of texts written in the cells themselves (inline strings, formula results). */
  maxInlineChars: number;
  /** Cells, counted over the sheets that are read (empty styled cells included). */
  maxCells: number;
  /** The last column any cell may be in (1 = A). */
  maxColumns: number;
  /** The last row any cell may be in, on any sheet read. */
  maxRows: number;
  /** Bytes of XML inflated, over all the parts read. */
  maxXmlBytes: number;
}

export const DEFAULT_IMPORT_BUDGETS: ImportBudgets = {
  maxStringChars: 32_767,
  maxSharedStringChars: 32 * 1024 * 1024,
  maxInlineChars: 16 * 1024 * 1024,
  maxCells: 2_000_000,
  maxColumns: 256,
  maxRows: 250_000,
  maxXmlBytes: 160 * 1024 * 1024,
};

/** Column number (1 = A) → letters. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A budget exceeded: the sentence the user reads (the file name is added by the caller). */
export class BudgetExceeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetExceeded';
  }
}
