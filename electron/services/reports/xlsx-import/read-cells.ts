/**
 * exceljs cells → plain values. Formulas are never evaluated: the value Excel saved
 * with the formula is used as data (and the cell is reported), or the formula text
 * as text when there is none.
 */
import type ExcelJS from 'exceljs';
import type { ReadCell, ReadWorkbook } from '../../../../shared/reports/import-types';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function plain(v: unknown): ReadCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (isObject(v)) {
    if (Array.isArray(v.richText)) return v.richText.map((r: unknown) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(v);
}

export function readWorkbookCells(wb: ExcelJS.Workbook): ReadWorkbook {
  const out: ReadWorkbook = { sheets: [], formulas: [] };
  wb.eachSheet((ws) => {
    const rows: ReadCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v: unknown = cell.value;
        if (isObject(v) && ('formula' in v || 'sharedFormula' in v)) {
          out.formulas.push({ sheet: ws.name, row: rowNumber, column: cell.address.replace(/\d+$/, '') });
          const saved = v.result;
          cells[col - 1] = saved === undefined ? `=${String(v.formula ?? v.sharedFormula ?? '')}` : plain(saved);
        } else {
          cells[col - 1] = plain(v);
        }
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    out.sheets.push({ name: ws.name, rows: Array.from(rows, (r) => r ?? []) });
  });
  return out;
}
