/**
 * A sheet's rows → groups of cells, one group per activity: a table row starts an
 * activity when its name (or, without a name column, its purpose) is new; a row
 * with that cell empty, or repeating it (merged cells), adds to the activity
 * above; blank lines are skipped. A form sheet is one activity.
 */
import { columnLetter } from './text';
import type { CellRef, ImportField, MappedSlot, SheetGrid, SheetMapping } from './types';

export interface SourceCell {
  text: string;
  ref: CellRef;
  field: ImportField;
  slot: MappedSlot;
  /** The row (0-based index within the group) it came from, to pair a row's categories with its retention. */
  line: number;
  /** A repeat of a merged range: read, but not counted twice. */
  copy: boolean;
}

export interface RowGroup {
  sheet: string;
  firstRow: number;
  lastRow: number;
  cells: SourceCell[];
}

const keyOf = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function groupRows(g: SheetGrid, m: SheetMapping): RowGroup[] {
  const copies = new Set(g.mergedCopies ?? []);
  if (m.layout === 'form') {
    const labelCol = m.headerAt - 1;
    const cells: SourceCell[] = [];
    let current: MappedSlot | undefined;
    let firstRow = Infinity;
    let lastRow = 0;
    const bySlotRow = new Map(m.slots.map((s) => [s.index, s]));
    for (let r = 0; r < g.rows.length; r++) {
      const row = g.rows[r] ?? [];
      const label = (row[labelCol] ?? '').trim();
      const own = bySlotRow.get(r + 1);
      if (own !== undefined) current = own;
      else if (label !== '') current = undefined; // a label we do not map (a section title without a value)
      if (current === undefined) continue;
      const values = row.slice(labelCol + 1).map((v) => v.trim());
      const text = values.filter((v) => v !== '').join(' | ');
      if (text === '') continue;
      const col = values.findIndex((v) => v !== '') + labelCol + 2;
      firstRow = Math.min(firstRow, r + 1);
      lastRow = r + 1;
      cells.push({
        text,
        ref: { sheet: g.name, row: r + 1, column: columnLetter(col), header: current.header },
        field: current.field,
        slot: current,
        line: 0,
        copy: values.every((v, i) => v === '' || copies.has(`${r},${labelCol + 1 + i}`)),
      });
    }
    return cells.length === 0 ? [] : [{ sheet: g.name, firstRow, lastRow, cells }];
  }

  const keySlot = m.slots.find((s) => s.field === 'name') ?? m.slots.find((s) => s.field === 'purposes');
  const headerTexts = new Set(m.slots.map((s) => keyOf(s.header)));
  const groups: RowGroup[] = [];
  const byKey = new Map<string, RowGroup>();
  let current: RowGroup | undefined;
  for (let r = m.headerAt; r < g.rows.length; r++) {
    const row = g.rows[r] ?? [];
    const texts = m.slots.map((s) => (row[s.index - 1] ?? '').trim());
    if (texts.every((t) => t === '')) continue; // a blank line
    if (texts.filter((t) => t !== '').every((t) => headerTexts.has(keyOf(t)))) continue; // the headings repeated
    const keyText = keySlot === undefined ? '' : (row[keySlot.index - 1] ?? '').trim();
    if (keyText !== '' || current === undefined) {
      const k = keyOf(keyText);
      const existing = k === '' ? undefined : byKey.get(k);
      if (existing !== undefined) current = existing;
      else {
        current = { sheet: g.name, firstRow: r + 1, lastRow: r + 1, cells: [] };
        groups.push(current);
        if (k !== '') byKey.set(k, current);
      }
    }
    const group = current;
    group.lastRow = Math.max(group.lastRow, r + 1);
    const line = new Set(group.cells.map((c) => c.ref.row)).size;
    m.slots.forEach((s, i) => {
      const text = texts[i] ?? '';
      if (text === '') return;
      group.cells.push({
        text,
        ref: { sheet: g.name, row: r + 1, column: columnLetter(s.index), header: s.header },
        field: s.field,
        slot: s,
        line,
        copy: copies.has(`${r},${s.index - 1}`),
      });
    });
  }
  return groups;
}
