/**
 * Plans an Excel import: which activities the edited register adds, changes and
 * removes, or every problem with its sheet, row and column. Pure: the caller
 * applies the plan in one transaction.
 *
 * Authoritative sheets: Controller register and Processor register for the
 * activity itself (name, description, security notes, systems, DPIA, automated
 * decisions, status, owner, reviewer, review dates; a row without an Activity ID
 * is a new activity; an activity of the workbook's scope without a row is
 * removed); Data inventory for each activity's data categories. Every other
 * sheet is for reading only.
 */
import { REOPENED_NOTE, applyReviewRule } from '../compliance/review-rule';
import type { WorkspaceDocument } from '../interchange';
import { type DataCategoryUse, ProcessingActivity, blankActivity } from '../model';
import { inventorySheet, vendorsSheet } from './detail-columns';
import { SheetTable, cellText, problemAt } from './import-cells';
import { entrySignature, entryText, parseInventoryRow, rowSignature } from './import-inventory';
import { applyRegisterRow, columnForField, sameCell } from './import-register';
import type { ActivityChange, ImportPlan, ImportProblem, ReadWorkbook } from './import-types';
import { type Lookups, lookups } from './lookups';
import { controllerSheet, processorSheet } from './register-columns';
import { type ScopedRegister, scopeFromText, selectScope } from './scope';
import { STATUS } from './vocab';
import { ABOUT_SHEET, REGISTER_FORMAT, REGISTER_FORMAT_VERSION } from './workbook';
import { englishRegister, registerLanguage } from './import-local';

type A = ProcessingActivity;
const norm = (s: string) => s.trim().toLowerCase();

function about(wb: ReadWorkbook): Map<string, string> {
  const sheet = wb.sheets.find((s) => s.name === ABOUT_SHEET);
  return new Map((sheet?.rows ?? []).map((r) => [cellText(r[0]).trim(), cellText(r[1]).trim()]));
}

export function planXlsxImport(doc: WorkspaceDocument, read: ReadWorkbook, newId: () => string): ImportPlan {
  const problems: ImportProblem[] = [];
  // A native register in German or French is read through the report catalogue it was written with (issue 13).
  const lang = registerLanguage(read);
  const local = lang === 'de' || lang === 'fr' ? englishRegister(doc, read, lang) : { wb: read, notes: [] };
  const wb = local.wb;
  const notes = wb.formulas.slice(0, 20).map((f) => `${f.sheet}, cell ${f.column}${f.row}: holds a formula; its saved value was read as text, the formula was not run.`);
  notes.push(...local.notes);
  const plan: ImportPlan = { added: [], changed: [], removed: [], problems, notes };
  const info = about(wb);
  const format = info.get('Format');
  if (format !== `${REGISTER_FORMAT} ${REGISTER_FORMAT_VERSION}`) {
    problems.push({
      sheet: ABOUT_SHEET,
      message:
        format === undefined
          ? 'This workbook is not a RoPA Desk register (its About sheet with the format line is missing). Only a register exported by RoPA Desk in the native layout (in English, German or French) can be imported; the ICO, CNIL and DSK layouts are for reading and cannot be imported back.'
          : `This workbook is "${format}", which this version cannot import (it reads "${REGISTER_FORMAT} ${REGISTER_FORMAT_VERSION}").`,
    });
    return plan;
  }
  const scope = scopeFromText(info.get('Scope key') ?? '');
  if (!scope) {
    problems.push({ sheet: ABOUT_SHEET, message: 'The "Scope key" line of the About sheet is missing or changed; it says which records the workbook covers.' });
    return plan;
  }
  let reg;
  try {
    reg = selectScope(doc, scope);
  } catch {
    problems.push({ sheet: ABOUT_SHEET, message: 'The organisation or product this workbook was exported for is not in this workspace.' });
    return plan;
  }
  const l = lookups(reg);
  const byId = new Map(doc.activities.map((a) => [a.id, a]));
  const inScope = new Set(reg.activities.map((a) => a.id));
  const seen = new Map<string, string>();
  const afterById = new Map<string, { after: A; fields: ActivityChange['fields']; sheet: string; row: number }>();
  const newByName = new Map<string, A>();
  const ignored: string[] = [];
  const ignoredAt = (sheet: string, rowNo: number) => (column: string, message: string) => void ignored.push(`ignored: ${sheet}, row ${rowNo}, column “${column}”: ${message}`);

  for (const spec of [controllerSheet, processorSheet]) {
    const sheet = wb.sheets.find((s) => s.name === spec.name);
    if (!sheet) {
      problems.push({ sheet: spec.name, message: `The sheet "${spec.name}" is missing; without it the import cannot tell which activities to keep.` });
      continue;
    }
    const table = new SheetTable(sheet, spec.columns);
    if (!table.has('id')) {
      problems.push({ sheet: spec.name, row: 1, column: 'Activity ID', message: 'the hidden "Activity ID" column is missing; unhide or restore it' });
      continue;
    }
    for (const row of table.dataRows()) {
      const report = problemAt(spec.name, row.rowNo, problems);
      const id = row.text('id').trim();
      if (id !== '') {
        const before = byId.get(id);
        if (!before || !inScope.has(id)) {
          report('Activity ID', `"${id}" is not an activity of ${reg.label.toLowerCase()}; clear the Activity ID to add this row as a new activity`);
          continue;
        }
        const first = seen.get(id);
        if (first) {
          report('Activity ID', `"${before.name}" appears twice (also ${first}); keep one row per activity`);
          continue;
        }
        seen.set(id, `${spec.name} row ${row.rowNo}`);
        const r = applyRegisterRow(before, row, table, l, report, false, ignoredAt(spec.name, row.rowNo));
        afterById.set(id, { ...r, sheet: spec.name, row: row.rowNo });
      } else {
        const orgName = row.text('organisation').trim();
        const org = reg.organisations.find((o) => norm(o.name) === norm(orgName));
        if (!org) {
          report(table.header('organisation'), `a new activity needs one of the organisations of this workbook (${reg.organisations.map((o) => o.name).join(', ')})`);
          continue;
        }
        const productName = row.text('product').trim();
        const product = productName === '' ? undefined : reg.products.find((p) => p.organisationId === org.id && norm(p.name) === norm(productName));
        if (productName !== '' && !product) {
          report('Product', `"${productName}" is not a product of ${org.name}`);
          continue;
        }
        const blank: A = blankActivity({ id: newId(), organisationId: org.id, productId: product?.id, name: '', role: spec.key === 'processor' ? 'processor' : 'controller' });
        const r = applyRegisterRow(blank, row, table, l, report, true, ignoredAt(spec.name, row.rowNo));
        if (newByName.has(norm(r.after.name))) report('Processing activity', `two new activities are called "${r.after.name}"; give each its own name`);
        newByName.set(norm(r.after.name), r.after);
        afterById.set(r.after.id, { ...r, sheet: spec.name, row: row.rowNo });
      }
    }
  }

  applyInventory(wb, reg.doc, l, afterById, newByName, byId, problems);
  ignoredVendorEdits(wb, reg, l, ignoredAt);
  notes.push(...ignored.slice(0, 200));
  if (ignored.length > 200) notes.push(`… and ${ignored.length - 200} more cells that were not applied.`);

  for (const [id, r] of afterById) {
    const before = byId.get(id);
    const parsed = ProcessingActivity.safeParse(r.after);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnForField(issue.path) ?? (issue.path[0] === 'dataCategories' ? undefined : String(issue.path.join('.')));
        problems.push({ sheet: issue.path[0] === 'dataCategories' ? inventorySheet.name : r.sheet, ...(issue.path[0] === 'dataCategories' ? {} : { row: r.row }), ...(column ? { column } : {}), message: `"${r.after.name}": ${issue.message}` });
      }
      continue;
    }
    if (!before) plan.added.push(r.after);
    else if (r.fields.length > 0) {
      // The workspace sends an approved activity whose content changed back to draft: show it.
      const review = applyReviewRule(before, r.after);
      if (review.reopened) r.fields.push({ field: 'Status', before: STATUS.label(before.status), after: `${STATUS.label(review.activity.status)} (${REOPENED_NOTE})` });
      plan.changed.push({ before, after: review.activity, fields: r.fields });
    }
  }
  if (problems.length === 0) plan.removed = reg.activities.filter((a) => !seen.has(a.id));
  return plan;
}

/** The Vendors sheet is for reading: a changed cell (the DPA dropdown invites it) is reported, never applied. */
function ignoredVendorEdits(wb: ReadWorkbook, reg: ScopedRegister, l: Lookups, at: (sheet: string, rowNo: number) => (column: string, message: string) => void): void {
  const sheet = wb.sheets.find((s) => s.name === vendorsSheet.name);
  if (!sheet) return;
  const table = new SheetTable(sheet, vendorsSheet.columns);
  for (const row of table.dataRows()) {
    const ignore = at(vendorsSheet.name, row.rowNo);
    const v = reg.vendorById.get(row.text('vendorId').trim());
    if (!v) {
      ignore(table.header('vendor'), 'a new vendor in the workbook was not added: add vendors in RoPA Desk');
      continue;
    }
    for (const c of vendorsSheet.columns) {
      if (c.hidden === true || !table.has(c.key)) continue;
      const cell = row.text(c.key).trim();
      if (sameCell(cell, c.value(v, l))) continue;
      ignore(c.header, `“${cell}” was not applied: vendors are edited in RoPA Desk, not through the register`);
    }
  }
}

function applyInventory(
  wb: ReadWorkbook,
  doc: WorkspaceDocument,
  l: ReturnType<typeof lookups>,
  afterById: Map<string, { after: A; fields: ActivityChange['fields']; sheet: string; row: number }>,
  newByName: Map<string, A>,
  byId: Map<string, A>,
  problems: ImportProblem[],
): void {
  const sheet = wb.sheets.find((s) => s.name === inventorySheet.name);
  if (!sheet) return;
  const table = new SheetTable(sheet, inventorySheet.columns);
  const cats = new Map<string, string>();
  for (const c of doc.taxonomies.dataCategories) {
    cats.set(norm(c.key), c.key);
    cats.set(norm(c.label), c.key);
  }
  const categoryIndex = { parse: (t: string) => cats.get(norm(t)), labels: doc.taxonomies.dataCategories.map((c) => c.label) };
  const rowsOf = new Map<string, { rowNo: number; entry: DataCategoryUse; signature: string }[]>();
  for (const row of table.dataRows()) {
    const report = problemAt(inventorySheet.name, row.rowNo, problems);
    const id = row.text('activityId').trim();
    const target = id !== '' ? afterById.get(id) : (() => {
      const a = newByName.get(norm(row.text('activity')));
      return a ? afterById.get(a.id) : undefined;
    })();
    if (!target) {
      // Rows of an activity removed from the register go with it.
      if (id !== '' && byId.has(id)) continue;
      report(id !== '' ? 'Activity ID' : 'Processing activity', 'names no activity of the Controller or Processor register sheets');
      continue;
    }
    const entry = parseInventoryRow(row, table, categoryIndex, (column, m) => report(column, m));
    if (!entry) continue;
    const list = rowsOf.get(target.after.id) ?? [];
    list.push({ rowNo: row.rowNo, entry, signature: rowSignature(row, table) });
    rowsOf.set(target.after.id, list);
  }
  for (const [id, r] of afterById) {
    const rows = rowsOf.get(id) ?? [];
    const before = byId.get(id);
    const old = before?.dataCategories ?? [];
    const oldSigs = old.map((c) => entrySignature(before ?? r.after, c, l));
    if (before && rows.length === old.length && rows.every((x, i) => x.signature === oldSigs[i])) continue;
    const pool = old.map((c, i) => ({ c, sig: oldSigs[i], used: false }));
    const next = rows.map((x) => {
      const same = pool.find((p) => !p.used && p.sig === x.signature);
      if (same) {
        same.used = true;
        return same.c;
      }
      return x.entry;
    });
    r.after.dataCategories = next;
    const gone = old.filter((c) => !next.includes(c)).map((c) => entryText(c, l));
    const fresh = next.filter((c) => !old.includes(c)).map((c) => entryText(c, l));
    if (next.length !== old.length || next.some((c, i) => c !== old[i])) {
      r.fields.push({ field: 'Data inventory', before: gone.join('\n'), after: fresh.join('\n') || (before ? 'rows reordered' : '') });
    }
  }
}
