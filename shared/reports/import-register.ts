/**
 * The register sheets (Controller register, Processor register) read back: one row
 * per activity. Only the editable columns are applied, and only where the cell
 * differs from what the export writes for the record as it is now.
 */
import type { ProcessingActivity } from '../model';
import { type Lookups } from './lookups';
import { controllerColumns } from './register-columns';
import { sanitiseText } from './sanitise';
import type { Column } from './sheet';
import { type SheetTable, optionalText, parseDate, parseVocab } from './import-cells';
import type { ReadCell } from './import-types';
import { DPIA, STATUS, parseYesNo } from './vocab';

type A = ProcessingActivity;

/** Columns the import applies, with how a cell sets the field. */
export const EDITABLE: { key: string; field: string; set(a: A, c: ReadCell | undefined, text: string, report: (m: string) => void): void }[] = [
  {
    key: 'activity',
    field: 'name',
    set: (a, _c, t, report) => {
      if (t.trim() === '') report('the activity needs a name');
      else a.name = t;
    },
  },
  { key: 'description', field: 'description', set: (a, _c, t) => void (a.description = optionalText(t)) },
  { key: 'securityNotes', field: 'securityNotes', set: (a, _c, t) => void (a.securityNotes = optionalText(t)) },
  {
    key: 'systems',
    field: 'systems',
    set: (a, _c, t) => void (a.systems = t.split('\n').map((x) => x.trim()).filter((x) => x !== '')),
  },
  {
    key: 'dpia',
    field: 'dpia.status',
    set: (a, _c, t, report) => {
      const k = parseVocab(DPIA, t, report);
      if (k) a.dpia = { ...a.dpia, status: k };
    },
  },
  { key: 'dpiaNotes', field: 'dpia.reason', set: (a, _c, t) => void (a.dpia = { ...a.dpia, reason: optionalText(t) }) },
  {
    key: 'automated',
    field: 'automatedDecisions.exists',
    set: (a, _c, t, report) => {
      const yes = parseYesNo(t);
      if (yes === undefined) report(`"${t}" is not Yes or No`);
      else a.automatedDecisions = { ...a.automatedDecisions, exists: yes };
    },
  },
  {
    key: 'status',
    field: 'status',
    set: (a, _c, t, report) => {
      const k = parseVocab(STATUS, t, report);
      if (k) a.status = k;
    },
  },
  { key: 'owner', field: 'owner', set: (a, _c, t) => void (a.owner = optionalText(t)) },
  { key: 'reviewer', field: 'reviewer', set: (a, _c, t) => void (a.reviewer = optionalText(t)) },
  { key: 'lastReviewed', field: 'lastReviewed', set: (a, c, _t, report) => void (a.lastReviewed = parseDate(c, report)) },
  { key: 'nextReview', field: 'nextReviewDue', set: (a, c, _t, report) => void (a.nextReviewDue = parseDate(c, report)) },
];

const columnByKey = new Map<string, Column<A>>(controllerColumns.map((c) => [c.key, c]));

/**
 * Why a changed review cell is not applied, or undefined when it may be: the status moves only
 * through the review in the app; the reviewer and the review dates are written by approving
 * (a new row's review dates are kept as the history of the register it came from, its reviewer not).
 */
function reviewCellRefused(key: string, text: string, before: A, isNew: boolean): string | undefined {
  if (key === 'status') {
    const k = STATUS.parse(text);
    const stays = isNew ? 'draft' : before.status;
    if (k === undefined || k === stays) return undefined;
    return `the status changes only through the review in RoPA Desk (submit, approve, or return to draft with a reason); it stays ${STATUS.label(stays)}`;
  }
  if (key === 'reviewer' || (!isNew && (key === 'lastReviewed' || key === 'nextReview'))) {
    return 'the reviewer and the review dates are set when the activity is approved in RoPA Desk';
  }
  return undefined;
}

/** What the export writes for this column, as it reads back (invalid characters removed). */
export function exportedText(key: string, a: A, l: Lookups): string {
  const col = columnByKey.get(key);
  const v = col ? col.value(a, l) : '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null ? '' : sanitiseText(String(v), 'docx').text;
}

/** The cell as the comparison sees it: dates normalised, so an untouched date is not a change. */
function cellAsExported(key: string, c: ReadCell | undefined, text: string): string {
  if (key === 'lastReviewed' || key === 'nextReview') return parseDate(c, () => undefined) ?? text;
  return text;
}

/**
 * Applies the edited cells of one register row to a copy of the activity. Returns the copy
 * and the fields that changed (as the register shows them).
 */
export function applyRegisterRow(
  before: A,
  row: { get: (key: string) => ReadCell | undefined; text: (key: string) => string },
  table: SheetTable,
  l: Lookups,
  report: (column: string, message: string) => void,
  isNew: boolean,
  ignore: (column: string, message: string) => void = () => undefined,
): { after: A; fields: { field: string; before: string; after: string }[] } {
  const after = structuredClone(before);
  const fields: { field: string; before: string; after: string }[] = [];
  for (const e of EDITABLE) {
    if (!table.has(e.key)) continue;
    const c = row.get(e.key);
    const t = row.text(e.key);
    const was = exportedText(e.key, before, l);
    if (!isNew && cellAsExported(e.key, c, t) === was) continue;
    if (isNew && t.trim() === '' && e.key !== 'activity') continue;
    // Approving is a review step taken in the app, by a person: an import never approves.
    if (e.key === 'status' && STATUS.parse(t) === 'approved' && (isNew || before.status !== 'approved')) {
      ignore(table.header(e.key), `“${t.trim()}” was not applied: an import never approves an activity; approve it in RoPA Desk (it stays ${STATUS.label(isNew ? 'draft' : before.status)})`);
      continue;
    }
    // issue 12: nor does it submit or return one; the review's own fields are the review's (a new row keeps its review dates as history).
    const refused = reviewCellRefused(e.key, t, before, isNew);
    if (refused !== undefined) {
      // A date that is no date is still a problem of the sheet; a real one is only not applied.
      let wrong = false;
      if (e.key !== 'status' && e.key !== 'reviewer') parseDate(c, (m) => ((wrong = true), report(table.header(e.key), m)));
      if (!wrong) ignore(table.header(e.key), `“${t.trim()}” was not applied: ${refused}`);
      continue;
    }
    e.set(after, c, t, (m) => report(table.header(e.key), m));
    const now = exportedText(e.key, after, l);
    if (now !== was || isNew) fields.push({ field: table.header(e.key), before: isNew ? '' : was, after: now });
  }
  ignoredEdits(before, row, table, l, isNew, ignore);
  return { after, fields: fields.filter((f) => f.before !== f.after) };
}

const IMPORTED: ReadonlySet<string> = new Set(EDITABLE.map((e) => e.key));
/** Columns that place a new row (they are read for new rows only). */
const PLACING: ReadonlySet<string> = new Set(['organisation', 'product']);

/** A cell as the export wrote it (dates as YYYY-MM-DD, invalid characters removed), for comparing with the cell read back. */
export function cellOut(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v === null || v === undefined) return '';
  return sanitiseText(String(v), 'docx').text;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Whether a cell still shows what the register wrote. A date cell may come back as
 * Excel's day number (the streaming reader does not apply number formats).
 */
export function sameCell(cell: string, written: unknown): boolean {
  const expected = cellOut(written).trim();
  if (cell === expected) return true;
  if (written instanceof Date && /^\d+(\.\d+)?$/.test(cell)) {
    return new Date(EXCEL_EPOCH_MS + Math.round(Number(cell) * 86_400_000)).toISOString().slice(0, 10) === expected;
  }
  return false;
}

/** Edits in the columns the import does not read: reported ("ignored: …"), never applied. */
function ignoredEdits(
  before: A,
  row: { text: (key: string) => string },
  table: SheetTable,
  l: Lookups,
  isNew: boolean,
  ignore: (column: string, message: string) => void,
): void {
  for (const c of table.columns as readonly Column<A>[]) {
    if (IMPORTED.has(c.key) || c.hidden === true || !table.has(c.key)) continue;
    if (isNew && PLACING.has(c.key)) continue;
    const cell = row.text(c.key).trim();
    if (isNew ? cell === '' : sameCell(cell, c.value(before, l))) continue;
    ignore(
      c.header,
      PLACING.has(c.key)
        ? `“${cell}” was not applied: an activity is moved to another organisation or product in RoPA Desk`
        : `${cell === '' ? 'the cleared cell' : `“${cell.length > 80 ? `${cell.slice(0, 77)}…` : cell}”`} was not applied: this column is for reading only; change it in RoPA Desk`,
    );
  }
}

/** Which register column shows a record field, for problems found by the schema check. */
export function columnForField(path: readonly PropertyKey[]): string | undefined {
  const [head, sub] = path;
  const field = head === 'dpia' || head === 'automatedDecisions' ? `${String(head)}.${String(sub)}` : String(head);
  const key = EDITABLE.find((e) => e.field === field)?.key;
  return key ? columnByKey.get(key)?.header : undefined;
}
