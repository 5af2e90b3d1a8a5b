/** The shape of a report sheet, independent of the library that writes it. */
import { SHEET_KEYS, type SheetKey } from './i18n';
import type { Lookups } from './lookups';
import type { ScopedRegister } from './scope';

/** What a cell holds. Text is always text: never a formula, whatever it starts with. A Date is a day (UTC midnight), shown as YYYY-MM-DD. */
export type Cell = string | number | Date | null;

/** A YYYY-MM-DD record date as a date cell (blank when absent). */
export function dateCell(iso: string | undefined): Date | null {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A date column: real dates in Excel, so they sort and filter as dates. */
export function date<R>(key: string, header: string, width: number, get: (row: R) => string | undefined): Column<R> {
  return { key, header, width, date: true, value: (row) => dateCell(get(row)) };
}

export interface Column<R> {
  /** Stable key, used by the column picker (`--columns`) and by the importer. */
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  /** Hidden id columns that let the workbook be imported back. */
  hidden?: boolean;
  /** Holds dates (Date cells, formatted YYYY-MM-DD). */
  date?: boolean;
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
  /** Key of the column that names the row (the activity): frozen, with the columns before it, beside the header row and printed on every page. */
  nameColumn?: string;
  rows(reg: ScopedRegister): Iterable<R>;
}

/** A sheet with its row type erased: what a writer needs. */
export interface ColumnOut {
  key: string;
  header: string;
  width: number;
  hidden?: boolean;
  date?: boolean;
  /** On a sheet the import reads: false for a column it does not read (locked, grey header with a note). */
  imported?: boolean;
  values?: readonly string[];
}

export interface SheetOut {
  key: string;
  name: string;
  columns: readonly ColumnOut[];
  /** Rows of cells in column order. */
  rows(): Iterable<Cell[]>;
  /** Rows written above the header row, a label first (e.g. the ICO template's block of controller, DPO and representative details). */
  preamble?: (readonly string[])[];
  /** Columns frozen at the left and repeated on every printed page (through the column that names the row). */
  frozenColumns?: number;
  /** A sheet for reading only: protected (every cell locked), no dropdowns. */
  readOnly?: boolean;
  /** Rows that head a part of a record card (bold on a pale band), e.g. the CNIL card's "Acteurs". */
  partHeading?(cells: readonly Cell[]): boolean;
}

/** A sheet spec bound to the register, with only the columns `keys` names (hidden id columns always kept). */
export function sheetOut<R>(spec: SheetSpec<R>, reg: ScopedRegister, l: Lookups, keys?: readonly string[]): SheetOut {
  const columns = keys === undefined ? spec.columns : spec.columns.filter((c) => c.hidden === true || keys.includes(c.key));
  const nameAt = spec.nameColumn === undefined ? -1 : columns.findIndex((c) => c.key === spec.nameColumn);
  // Labels are keyed by their English text: a header without a catalogue entry (a layout
  // written in its own language: ICO, CNIL, DSK) is shown as written.
  const labels: Readonly<Record<string, string>> = l.t.labels;
  const header = (h: string) => labels[h] ?? h;
  return {
    key: spec.key,
    name: isSheetKey(spec.key) ? l.t.sheets[spec.key] : spec.name,
    ...(nameAt >= 0 ? { frozenColumns: nameAt + 1 } : {}),
    columns: columns.map(({ value: _value, values, ...rest }) => {
      const c = { ...rest, header: header(rest.header) };
      return values === undefined ? c : { ...c, values: typeof values === 'function' ? values(reg) : values };
    }),
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

const isSheetKey = (k: string): k is SheetKey => (SHEET_KEYS as readonly string[]).includes(k);
