/**
 * Finding the headings of a sheet and proposing a mapping: a table (one heading
 * row, a record per row or several rows per record) or a form (labels down one
 * column, values to their right: the CNIL model's one sheet per activity, the DSK
 * forms). A saved mapping then overrides the proposal heading by heading.
 */
import { matchHeading, processorSheet } from './headings';
import { norm } from './text';
import type { MappedSlot, SavedMapping, SheetGrid, SheetLayout, SheetMapping } from './types';

const SCAN_ROWS = 30;
const MIN_HEADINGS = 3;

const cell = (g: SheetGrid, r: number, c: number) => (g.rows[r]?.[c] ?? '').trim();
const width = (g: SheetGrid) => g.rows.reduce((w, row) => Math.max(w, row.length), 0);

function tableCandidate(g: SheetGrid): { row: number; score: number } {
  let best = { row: -1, score: 0 };
  for (let r = 0; r < Math.min(SCAN_ROWS, g.rows.length); r++) {
    const fields = new Set<string>();
    for (const text of g.rows[r] ?? []) {
      const m = matchHeading(text);
      if (m !== undefined && m.field !== 'notes') fields.add(m.field);
    }
    if (fields.size > best.score) best = { row: r, score: fields.size };
  }
  return best;
}

function formCandidate(g: SheetGrid): { column: number; score: number } {
  let best = { column: -1, score: 0 };
  for (let c = 0; c < Math.min(3, width(g)); c++) {
    const fields = new Set<string>();
    for (let r = 0; r < g.rows.length; r++) {
      const m = matchHeading(cell(g, r, c));
      const hasValue = (g.rows[r] ?? []).slice(c + 1).some((v) => v.trim() !== '');
      if (m !== undefined && m.field !== 'notes' && hasValue) fields.add(m.field);
    }
    if (fields.size > best.score) best = { column: c, score: fields.size };
  }
  return best;
}

function slot(index: number, header: string): MappedSlot {
  const m = matchHeading(header);
  return m === undefined
    ? { index, header, field: 'notes', confidence: 'low', reason: 'heading not recognised: its text is kept as a note' }
    : { index, header, field: m.field, confidence: m.confidence, reason: m.reason };
}

/** The proposed mapping of one sheet, or why it was skipped (no headings we know: instructions, lists of values). */
export function proposeSheetMapping(g: SheetGrid): SheetMapping | { sheet: string; skipped: string } {
  const table = tableCandidate(g);
  const form = formCandidate(g);
  if (Math.max(table.score, form.score) < MIN_HEADINGS) {
    return { sheet: g.name, skipped: `no register headings found (fewer than ${MIN_HEADINGS} recognised)` };
  }
  const layout: SheetLayout = table.score >= form.score ? 'table' : 'form';
  const slots: MappedSlot[] = [];
  if (layout === 'table') {
    const header = g.rows[table.row] ?? [];
    const w = width(g);
    for (let c = 0; c < w; c++) {
      const text = (header[c] ?? '').trim();
      const hasData = g.rows.slice(table.row + 1).some((row) => (row[c] ?? '').trim() !== '');
      if (text !== '' || hasData) slots.push(slot(c + 1, text === '' ? `(column without a heading)` : text));
    }
  } else {
    for (let r = 0; r < g.rows.length; r++) {
      const label = cell(g, r, form.column);
      if (label !== '' && (g.rows[r] ?? []).slice(form.column + 1).some((v) => v.trim() !== '')) slots.push(slot(r + 1, label));
    }
  }
  const role = processorSheet(g.name) || slots.some((s) => s.field === 'controllers') ? 'processor' : 'controller';
  return { sheet: g.name, layout, headerAt: layout === 'table' ? table.row + 1 : form.column + 1, slots, role };
}

/** A saved mapping applied to a proposal: the same heading (ignoring case, accents, punctuation) gets the saved field. */
export function applySavedMapping(proposal: SheetMapping, saved: SavedMapping): SheetMapping {
  const entry = saved.sheets.find((s) => s.sheet === proposal.sheet) ?? (saved.sheets.length === 1 ? saved.sheets[0] : undefined);
  if (entry === undefined) return proposal;
  const byHeader = new Map(entry.columns.map((c) => [norm(c.header), c.field]));
  return {
    ...proposal,
    role: entry.role,
    slots: proposal.slots.map((s) => {
      const field = byHeader.get(norm(s.header));
      return field === undefined ? s : { ...s, field, confidence: 'high', reason: 'as in the saved mapping' };
    }),
  };
}

/** The mapping to save for the next file of the same shape. */
export function toSavedMapping(sheets: readonly SheetMapping[]): SavedMapping {
  return {
    format: 'ropa-desk-import-mapping',
    version: 1,
    sheets: sheets.map((s) => ({ sheet: s.sheet, layout: s.layout, headerAt: s.headerAt, role: s.role, columns: s.slots.map((c) => ({ header: c.header, field: c.field })) })),
  };
}
