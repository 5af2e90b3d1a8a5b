/** Lines a person reads about a preview: problems and review items with sheet, row and column; the share recognised. */
import type { CellRef, ImportPreview } from './types';

export const where = (r: CellRef) => `sheet "${r.sheet}", row ${r.row}, column ${r.column}${r.header ? ` (${r.header})` : ''}`;

export function recognisedShare(p: ImportPreview): number {
  return p.stats.cells === 0 ? 1 : p.stats.recognised / p.stats.cells;
}

export function describePreview(p: ImportPreview): string[] {
  const out: string[] = [];
  for (const s of p.sheets) {
    if ('skipped' in s) out.push(`Sheet "${s.sheet}": skipped, ${s.skipped}.`);
    else out.push(`Sheet "${s.sheet}": ${s.layout === 'table' ? `headings in row ${s.headerAt}` : `labels in column ${s.headerAt}`}, ${s.role === 'processor' ? 'processor record (Art. 30(2))' : 'controller record (Art. 30(1))'}; ${s.slots.filter((x) => x.field !== 'notes').length} of ${s.slots.length} columns mapped to fields.`);
  }
  for (const a of p.activities) out.push(`+ ${a.name}: ${a.purposes.length} purposes, ${a.dataCategories.length} data categories, ${a.recipients.length} recipients, ${a.transfers.length} transfers`);
  if (p.newDataCategories.length > 0) out.push(`New data categories: ${p.newDataCategories.map((c) => `"${c.label}"`).join(', ')}`);
  if (p.newDataSubjects.length > 0) out.push(`New data-subject categories: ${p.newDataSubjects.map((c) => `"${c.label}"`).join(', ')}`);
  for (const r of p.reviews) out.push(`review: ${r.activity}: ${r.message} (${where(r)}): "${r.text.replace(/\s+/g, ' ').slice(0, 120)}"`);
  out.push(`Recognised ${p.stats.recognised} of ${p.stats.cells} cells (${Math.round(recognisedShare(p) * 100)}%); ${p.stats.keptAsText} kept, all or partly, as text to review.`);
  return out;
}
