/** The shape of a report sheet, independent of the library that writes it. */
import type { Lookups } from './lookups';
import type { ScopedRegister } from './scope';

/** What a cell holds. Text is always text: never a formula, whatever it starts with. */
export type Cell = string | number | null;

export interface Column<R> {
  /** Stable key, used by the column picker (`--columns`) and by the importer. */
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  /** Hidden id columns that let the workbook be imported back. */
  hidden?: boolean;
  /** Fixed values: the cell gets a dropdown with these (from the workspace when a function). */
  values?: readonly string[] | ((reg: ScopedRegister) => readonly string[]);
  value(row: R, l: Lookups): Cell;
}

export interface SheetSpec<R> {
  /** Stable key: 'controller', 'inventory', … */
  key: string;
  /** Tab name (at most 31 characters, no []:*?/\). */
  name: string;
  columns: readonly Column<R>[];
  rows(reg: ScopedRegister): Iterable<R>;
}

/** A sheet with its row type erased: what a writer needs. */
export interface ColumnOut {
  key: string;
  header: string;
  width: number;
  hidden?: boolean;
  values?: readonly string[];
}

export interface SheetOut {
  key: string;
  name: string;
  columns: readonly ColumnOut[];
  /** Rows of cells in column order. */
  rows(): Iterable<Cell[]>;
  /** Label/value lines written above the header row (e.g. the ICO template's controller details). */
  preamble?: [string, string][];
}

/** A sheet spec bound to the register, with only the columns `keys` names (hidden id columns always kept). */
export function sheetOut<R>(spec: SheetSpec<R>, reg: ScopedRegister, l: Lookups, keys?: readonly string[]): SheetOut {
  const columns = keys === undefined ? spec.columns : spec.columns.filter((c) => c.hidden === true || keys.includes(c.key));
  return {
    key: spec.key,
    name: spec.name,
    columns: columns.map(({ value: _value, values, ...rest }) =>
      values === undefined ? rest : { ...rest, values: typeof values === 'function' ? values(reg) : values },
    ),
    *rows() {
      const n = columns.length;
      for (const row of spec.rows(reg)) {
        const cells: Cell[] = new Array<Cell>(n);
        for (let i = 0; i < n; i++) cells[i] = (columns[i] as Column<R>).value(row, l);
        yield cells;
      }
    },
  };
}

/** A text column reading one property. */
export function text<R>(key: string, header: string, width: number, get: (row: R, l: Lookups) => string | undefined): Column<R> {
  return { key, header, width, value: (row, l) => get(row, l) ?? '' };
}
