/** Any register file (.xlsx, .ods, .csv) → sheets of text, by its extension. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SheetGrid } from '../../../shared/import';
import { DEFAULT_ZIP_LIMITS } from '../reports/xlsx-import/zip-check';
import { ImportRefusal } from './limits';
import { readCsvGrid } from './read-csv';
import { readOdsGrids } from './read-ods';
import { readXlsxGrids } from './read-xlsx';

export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.ods', '.csv'] as const;

export async function readSpreadsheet(file: string): Promise<SheetGrid[]> {
  const name = basename(file);
  const ext = extname(file).toLowerCase();
  if (!(SPREADSHEET_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ImportRefusal(`"${name}" is not a spreadsheet this import reads: use .xlsx, .ods or .csv (an .xls file can be saved as .xlsx from Excel or LibreOffice).`);
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new ImportRefusal(`Cannot read "${file}".`);
  }
  if (size > DEFAULT_ZIP_LIMITS.maxFileBytes) throw new ImportRefusal(`"${name}" is ${Math.round(size / 1024 / 1024)} MB; the limit for an imported spreadsheet is ${Math.round(DEFAULT_ZIP_LIMITS.maxFileBytes / 1024 / 1024)} MB. Nothing was imported.`);
  const buffer = await readFile(file);
  if (ext === '.csv') return readCsvGrid(buffer, name);
  if (ext === '.ods') return readOdsGrids(buffer, name);
  return readXlsxGrids(buffer, name);
}
