/**
 * What the parse worker hands back: only the sheets the import reads, each text of
 * the shared-string table once, and cells that refer to it by number. Copying it to
 * the main thread therefore costs the size of the file's own text, however many
 * cells refer to one string (the old copy of every resolved cell cost gigabytes).
 */
import type { ReadCell, ReadWorkbook } from '../../../../shared/reports/import-types';

export type WireCell = string | number | boolean | null;

export interface WireRow {
  /** 0-based row index. */
  r: number;
  /** Cells from column A; where `s` names a column, its value is an index into `strings`. */
  v: WireCell[];
  s?: number[];
}

export interface WireWorkbook {
  strings: string[];
  sheets: { name: string; rows: WireRow[] }[];
  formulas: ReadWorkbook['formulas'];
}

/** The planner's view: every shared text is the same string object, never a copy. */
export function decodeWorkbook(w: WireWorkbook): ReadWorkbook {
  return {
    formulas: w.formulas,
    sheets: w.sheets.map((sheet) => {
      const rows: ReadCell[][] = [];
      for (const row of sheet.rows) {
        const cells = row.v;
        for (const c of row.s ?? []) cells[c] = w.strings[cells[c] as number] ?? '';
        rows[row.r] = cells;
      }
      return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
    }),
  };
}
