/**
 * The Data inventory sheet read back: it is authoritative for each activity's data
 * categories (category, detail, source, requirement, retention, end action, notice
 * heading). A row that reads exactly as the export wrote an existing entry keeps
 * that entry as it is.
 */
import type { DataCategoryUse, ProcessingActivity } from '../model';
import { inventorySheet } from './detail-columns';
import { type SheetTable, optionalText, parseVocab, parseWholeNumber } from './import-cells';
import type { ReadCell } from './import-types';
import type { Lookups } from './lookups';
import { sanitiseText } from './sanitise';
import { END_ACTION, REQUIREMENT, SOURCE } from './vocab';

/** Inventory columns that make up one entry (the others are context or derived). */
export const ENTRY_KEYS = ['category', 'detail', 'source', 'sourceDetail', 'requirement', 'consequence', 'retention', 'retentionMonths', 'endAction', 'noticeGroup'];

export function entrySignature(a: ProcessingActivity, c: DataCategoryUse, l: Lookups): string {
  const cols = inventorySheet.columns.filter((col) => ENTRY_KEYS.includes(col.key));
  return JSON.stringify(cols.map((col) => sanitiseText(String(col.value({ a, item: c }, l) ?? ''), 'docx').text));
}

export function rowSignature(row: { text: (key: string) => string }, table: SheetTable): string {
  const cols = inventorySheet.columns.filter((col) => ENTRY_KEYS.includes(col.key));
  return JSON.stringify(cols.map((col) => (table.has(col.key) ? row.text(col.key) : '')));
}

export interface CategoryIndex {
  parse(text: string): string | undefined;
  labels: string[];
}

export function parseInventoryRow(
  row: { get: (key: string) => ReadCell | undefined; text: (key: string) => string },
  table: SheetTable,
  categories: CategoryIndex,
  report: (column: string, message: string) => void,
): DataCategoryUse | undefined {
  const at = (key: string) => (m: string) => report(table.header(key), m);
  const catText = row.text('category').trim();
  const category = categories.parse(catText);
  if (category === undefined) {
    at('category')(catText === '' ? 'the data category is missing' : `"${catText}" is not in the data-category taxonomy`);
  }
  const source = parseVocab(SOURCE, row.text('source') || 'The person', at('source'));
  const requirement = parseVocab(REQUIREMENT, row.text('requirement') || 'Needed for the service', at('requirement'));
  const endText = row.text('endAction').trim();
  const endAction = endText === '' ? undefined : parseVocab(END_ACTION, endText, at('endAction'));
  const retentionMonths = parseWholeNumber(row.get('retentionMonths'), at('retentionMonths'));
  if (category === undefined || source === undefined || requirement === undefined) return undefined;
  const entry: DataCategoryUse = { category, source, requirement };
  const optional: [keyof DataCategoryUse, string][] = [
    ['detail', 'detail'],
    ['sourceDetail', 'sourceDetail'],
    ['consequence', 'consequence'],
    ['retention', 'retention'],
    ['noticeGroup', 'noticeGroup'],
  ];
  const out: Record<string, unknown> = entry;
  for (const [field, key] of optional) {
    const v = optionalText(row.text(key));
    if (v !== undefined) out[field] = v;
  }
  if (retentionMonths !== undefined) entry.retentionMonths = retentionMonths;
  if (endAction !== undefined) entry.endAction = endAction;
  return entry;
}

/** "E-mail address (The person, 24 months)" for the preview. */
export function entryText(c: DataCategoryUse, l: Lookups): string {
  return `${l.categoryLabel(c.category)}: ${l.retentionText(c)}`;
}
