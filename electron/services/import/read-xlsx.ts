/**
 * An .xlsx register → sheets of text. The zip is checked first with the Excel
 * register import's defences (size, entry count, total size, compression ratio,
 * then sizes verified while inflating), so exceljs never sees a zip bomb. Merged
 * ranges repeat their first cell's text in every cell they cover (and those
 * copies are marked, so they are counted once).
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../shared/import';
import { DEFAULT_ZIP_LIMITS, XlsxRefusal, type ZipLimits, checkZipDirectory, verifyZipSizes } from '../reports/xlsx-import/zip-check';
import { cellText } from './cell-text';
import { GRID_LIMITS, ImportRefusal } from './limits';

function decode(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ''));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export async function readXlsxGrids(buffer: Buffer, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SheetGrid[]> {
  try {
    await checkZipDirectory(buffer, name, limits);
    await verifyZipSizes(buffer, limits);
  } catch (e) {
    if (e instanceof XlsxRefusal) throw new ImportRefusal(e.message);
    throw new ImportRefusal(`"${name}" is damaged (${(e as Error).message}). Nothing was imported.`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportRefusal(`"${name}" could not be read as an Excel workbook (${(e as Error).message}). Nothing was imported.`);
  }
  const grids: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > GRID_LIMITS.rows) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > GRID_LIMITS.columns) return;
        cells[col - 1] = cellText(cell.isMerged && cell.master !== cell ? cell.master.value : cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    const grid = Array.from(rows, (r) => r ?? []);
    const copies: string[] = [];
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      const [from, to] = range.split(':');
      if (from === undefined || to === undefined) continue;
      const a = decode(from);
      const b = decode(to);
      const text = grid[a.row]?.[a.col] ?? '';
      for (let r = a.row; r <= Math.min(b.row, GRID_LIMITS.rows - 1); r++) {
        for (let c = a.col; c <= Math.min(b.col, GRID_LIMITS.columns - 1); c++) {
          if (r === a.row && c === a.col) continue;
          const row = (grid[r] ??= []);
          while (row.length <= c) row.push('');
          row[c] = text;
          copies.push(`${r},${c}`);
        }
      }
    }
    grids.push({ name: ws.name, rows: grid, mergedCopies: copies });
  });
  return grids;
}
