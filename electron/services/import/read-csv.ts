/**
 * A .csv register → one sheet of text, with csv-parse: UTF-8 (a BOM is dropped)
 * or, when the bytes are not valid UTF-8, Windows-1252 as Excel writes it; the
 * delimiter (comma, semicolon as in German and French Excel, or tab) is the one
 * that splits the first lines most consistently.
 */
import { parse } from 'csv-parse/sync';
import type { SheetGrid } from '../../../shared/import';
import { GRID_LIMITS, ImportRefusal } from './limits';

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function delimiterOf(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t']) {
    const counts = sample.map((l) => l.split(d).length - 1);
    const first = counts[0] ?? 0;
    const score = first === 0 ? 0 : counts.filter((c) => c === first).length * first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function readCsvGrid(buffer: Buffer, name: string): SheetGrid[] {
  if (buffer.length > GRID_LIMITS.maxTextBytes) throw new ImportRefusal(`"${name}" is larger than ${GRID_LIMITS.maxTextBytes / 1024 / 1024} MB; a register is far smaller. Nothing was imported.`);
  const text = decodeText(buffer);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to_line: GRID_LIMITS.rows }) as string[][];
  } catch (e) {
    throw new ImportRefusal(`"${name}" could not be read as CSV (${(e as Error).message}). Nothing was imported.`);
  }
  return [{ name: name.replace(/\.csv$/i, ''), rows: rows.map((r) => r.slice(0, GRID_LIMITS.columns)) }];
}
