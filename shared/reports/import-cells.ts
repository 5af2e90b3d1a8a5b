/** Reading the cells of an edited register: headers to columns, and typed values with problems. */
import type { Column } from './sheet';
import type { ImportProblem, ReadCell, ReadSheet } from './import-types';
import type { Vocabulary } from './vocab';

export function cellText(c: ReadCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'boolean') return c ? 'Yes' : 'No';
  return String(c);
}

/** A sheet's rows with its columns found by header text (columns may be moved, hidden or removed). */
export class SheetTable {
  private readonly index = new Map<string, number>();

  constructor(
    readonly sheet: ReadSheet,
    readonly columns: readonly Column<never>[],
  ) {
    const header = sheet.rows[0] ?? [];
    const byHeader = new Map(header.map((h, i) => [cellText(h).trim().toLowerCase(), i]));
    for (const c of columns) {
      const i = byHeader.get(c.header.toLowerCase());
      if (i !== undefined) this.index.set(c.key, i);
    }
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  header(key: string): string {
    return this.columns.find((c) => c.key === key)?.header ?? key;
  }

  /** 1-based sheet row numbers of the data rows that hold anything. */
  *dataRows(): Iterable<{ rowNo: number; get: (key: string) => ReadCell | undefined; text: (key: string) => string }> {
    for (let i = 1; i < this.sheet.rows.length; i++) {
      const row = this.sheet.rows[i] ?? [];
      if (row.every((c) => cellText(c).trim() === '')) continue;
      const get = (key: string) => {
        const idx = this.index.get(key);
        return idx === undefined ? undefined : (row[idx] ?? null);
      };
      yield { rowNo: i + 1, get, text: (key) => cellText(get(key)) };
    }
  }
}

export type Report = (column: string, message: string) => void;

export function problemAt(sheet: string, row: number, out: ImportProblem[]): (column: string | undefined, message: string) => void {
  return (column, message) => out.push({ sheet, row, ...(column ? { column } : {}), message });
}

/** Optional text: blank → undefined. */
export const optionalText = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

export function parseVocab<K extends string>(v: Vocabulary<K>, s: string, report: (m: string) => void): K | undefined {
  const key = v.parse(s);
  if (key === undefined) report(`"${s}" is not one of: ${v.labels.join(', ')}`);
  return key;
}

/** A date cell: text YYYY-MM-DD, or an Excel date serial number. */
export function parseDate(c: ReadCell | undefined, report: (m: string) => void): string | undefined {
  if (c === null || c === undefined || cellText(c).trim() === '') return undefined;
  if (typeof c === 'number' && c > 0 && c < 2958466) {
    return new Date(Math.round((c - 25569) * 86400000)).toISOString().slice(0, 10);
  }
  const s = cellText(c).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))) return s;
  report(`"${s}" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31`);
  return undefined;
}

export function parseWholeNumber(c: ReadCell | undefined, report: (m: string) => void): number | undefined {
  const s = cellText(c).trim();
  if (s === '') return undefined;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) {
    report(`"${s}" is not a whole number of months`);
    return undefined;
  }
  return n;
}
