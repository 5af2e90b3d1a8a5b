/**
 * A native register exported in German or French, read back (issue 13): the workbook is put
 * back into the English register the import plans from (import-plan.ts), using the same
 * report catalogue the export wrote it with — sheet names, the About sheet's lines, column
 * headers, and value words (statuses, DPIA, yes/no, sources, requirements, end actions,
 * data categories by their labels).
 *
 * A cell that still reads as the German or French export wrote it is given the English
 * export's text, so an untouched register changes nothing. An edited cell keeps what was
 * typed, with its value words read in the workbook's language — except a record text the
 * export showed translated (an activity's name or description in German): the import does
 * not put a translation in place of the source text, so that edit is reported as not applied.
 */
import type { WorkspaceDocument } from '../interchange';
import type { ProcessingActivity } from '../model';
import { inventorySheet, vendorsSheet } from './detail-columns';
import { type ReportLang, SHEET_KEYS, reportCatalogue } from './i18n';
import { type EnLabel, EN_LABELS } from './i18n/types';
import { localiseDocument } from './i18n/record-texts';
import { shippedLabels } from './i18n/shipped-labels';
import { cellText } from './import-cells';
import { ENTRY_KEYS, entrySignature } from './import-inventory';
import { cellOut, sameCell } from './import-register';
import type { ReadCell, ReadSheet, ReadWorkbook } from './import-types';
import { type Lookups, lookups } from './lookups';
import { controllerSheet, processorSheet } from './register-columns';
import { scopeFromText, selectScope } from './scope';
import type { Column, SheetSpec } from './sheet';

type A = ProcessingActivity;

/** The language of a native register: English when it has the About sheet, else German or French by their About sheet's name. */
export function registerLanguage(wb: ReadWorkbook): ReportLang | undefined {
  for (const lang of ['en', 'de', 'fr'] as const) if (wb.sheets.some((s) => s.name === reportCatalogue(lang).sheets.about)) return lang;
  return undefined;
}

/** Columns whose cells are value words of a fixed vocabulary: a typed word is read in the workbook's language. */
function vocabularies(lang: ReportLang): Readonly<Record<string, ReadonlyMap<string, string>>> {
  const t = reportCatalogue(lang);
  const en = reportCatalogue('en');
  const map = <K extends string>(local: Readonly<Record<K, string>>, english: Readonly<Record<K, string>>) => {
    const m = new Map<string, string>();
    for (const k of Object.keys(local) as K[]) m.set(local[k].trim().toLowerCase(), english[k]);
    return m;
  };
  return {
    dpia: map(t.dpia, en.dpia),
    status: map(t.status, en.status),
    automated: map({ yes: t.w.yes, no: t.w.no }, { yes: en.w.yes, no: en.w.no }),
    role: map(t.role, en.role),
    source: map(t.source, en.source),
    requirement: map(t.requirement, en.requirement),
    endAction: map(t.endAction, en.endAction),
    dpa: map(t.dpaStatus, en.dpaStatus),
  };
}

interface Context {
  lang: ReportLang;
  local: Lookups;
  english: Lookups;
  localById: ReadonlyMap<string, A>;
  rawById: ReadonlyMap<string, A>;
  /** The workspace's data-category keys (a typed category label is looked up among them). */
  categoryKeys: readonly string[];
  notes: string[];
}

/** A header row in the workbook's language, back to the English headers. */
function englishHeaders(row: readonly ReadCell[], lang: ReportLang): ReadCell[] {
  const labels = reportCatalogue(lang).labels;
  const back = new Map<string, EnLabel>(EN_LABELS.map((en) => [labels[en].trim().toLowerCase(), en]));
  return row.map((c) => back.get(cellText(c).trim().toLowerCase()) ?? c);
}

/** The cell the English export writes for a value (a Date as its day). */
const englishCell = (v: unknown): ReadCell => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v));

/** One row of a register sheet or the inventory: each cell back to English where it reads as exported. */
function rowBack<T>(
  row: readonly ReadCell[],
  columns: readonly Column<T>[],
  index: ReadonlyMap<string, number>,
  local: T | undefined,
  raw: T | undefined,
  cx: Context,
  where: (header: string) => string,
): ReadCell[] {
  const out = [...row];
  const vocab = vocabularies(cx.lang);
  for (const c of columns) {
    const i = index.get(c.key);
    if (i === undefined) continue;
    const cell = cellText(row[i] ?? null).trim();
    if (local !== undefined && raw !== undefined && sameCell(cell, c.value(local, cx.local))) {
      out[i] = englishCell(c.value(raw, cx.english));
      continue;
    }
    const words = vocab[c.key];
    if (words !== undefined) {
      const en = words.get(cell.toLowerCase());
      if (en !== undefined) out[i] = en;
      continue;
    }
    if (c.key === 'category') {
      const key = cx.categoryKeys.find((k) => cx.local.categoryLabel(k).trim().toLowerCase() === cell.toLowerCase());
      if (key !== undefined) out[i] = cx.english.categoryLabel(key);
      continue;
    }
    // A record text the export showed translated: the edit would replace the source text with a translation.
    if (local !== undefined && raw !== undefined && cellOut(c.value(local, cx.local)) !== cellOut(c.value(raw, cx.english))) {
      out[i] = englishCell(c.value(raw, cx.english));
      cx.notes.push(
        `ignored: ${where(cx.local.h(c.header as EnLabel))}: “${cell.length > 80 ? `${cell.slice(0, 77)}…` : cell}” was not applied: the register shows this text translated; change the translation in RoPA Desk (Translations), or the original text in an English register`,
      );
    }
  }
  return out;
}

function indexOf(header: readonly ReadCell[], columns: readonly Column<never>[]): Map<string, number> {
  const byHeader = new Map(header.map((h, i) => [cellText(h).trim().toLowerCase(), i]));
  const out = new Map<string, number>();
  for (const c of columns) {
    const i = byHeader.get(c.header.toLowerCase());
    if (i !== undefined) out.set(c.key, i);
  }
  return out;
}

function registerSheetBack(sheet: ReadSheet, spec: SheetSpec<A>, cx: Context): ReadSheet {
  const header = englishHeaders(sheet.rows[0] ?? [], cx.lang);
  const index = indexOf(header, spec.columns as readonly Column<never>[]);
  const idAt = index.get('id');
  const rows = sheet.rows.slice(1).map((row, n) => {
    const id = idAt === undefined ? '' : cellText(row[idAt] ?? null).trim();
    return rowBack(row, spec.columns, index, cx.localById.get(id), cx.rawById.get(id), cx, (h) => `${spec.name}, row ${n + 2}, column “${h}”`);
  });
  return { name: sheet.name, rows: [header, ...rows] };
}

type Entry = { a: A; item: A['dataCategories'][number] };

function inventoryBack(sheet: ReadSheet, cx: Context): ReadSheet {
  const header = englishHeaders(sheet.rows[0] ?? [], cx.lang);
  const columns = inventorySheet.columns as readonly Column<Entry>[];
  const index = indexOf(header, columns as readonly Column<never>[]);
  const idAt = index.get('activityId');
  const entryColumns = columns.filter((c) => c.key !== 'activityId' && c.key !== 'organisation' && c.key !== 'product' && c.key !== 'activity' && c.key !== 'special');
  const rows = sheet.rows.slice(1).map((row, n) => {
    const id = idAt === undefined ? '' : cellText(row[idAt] ?? null).trim();
    const local = cx.localById.get(id);
    const raw = cx.rawById.get(id);
    // The entry this row reads as (the export's own row for it), matched by all its cells.
    const signature = JSON.stringify(
      inventorySheet.columns
        .filter((c) => ENTRY_KEYS.includes(c.key))
        .map((c) => {
          const i = index.get(c.key);
          return i === undefined ? '' : cellText(row[i] ?? null);
        }),
    );
    const k = local?.dataCategories.findIndex((c) => entrySignature(local, c, cx.local) === signature) ?? -1;
    const localEntry = local !== undefined && k >= 0 ? { a: local, item: local.dataCategories[k] as Entry['item'] } : undefined;
    const rawEntry = raw !== undefined && k >= 0 && raw.dataCategories[k] !== undefined ? { a: raw, item: raw.dataCategories[k] as Entry['item'] } : undefined;
    const where = (h: string) => `${inventorySheet.name}, row ${n + 2}, column “${h}”`;
    const back = rowBack(row, entryColumns, index, localEntry, rawEntry, cx, where);
    // The columns naming the activity read only the activity (never the entry).
    const placing = columns.filter((c) => c.key === 'organisation' || c.key === 'product' || c.key === 'activity');
    const of = (a: A | undefined) => (a === undefined ? undefined : ({ a, item: a.dataCategories[0] } as Entry));
    return rowBack(back, placing, index, of(local), of(raw), cx, where);
  });
  return { name: sheet.name, rows: [header, ...rows] };
}

function vendorsBack(sheet: ReadSheet, cx: Context, reg: { local: Map<string, unknown>; raw: Map<string, unknown> }): ReadSheet {
  const header = englishHeaders(sheet.rows[0] ?? [], cx.lang);
  const columns = vendorsSheet.columns as readonly Column<unknown>[];
  const index = indexOf(header, columns as readonly Column<never>[]);
  const idAt = index.get('vendorId');
  const rows = sheet.rows.slice(1).map((row, n) => {
    const id = idAt === undefined ? '' : cellText(row[idAt] ?? null).trim();
    // An edited vendor cell is reported either way (vendors are edited in RoPA Desk): as translated here, or by the import as ignored.
    return rowBack(row, columns, index, reg.local.get(id), reg.raw.get(id), cx, (h) => `${vendorsSheet.name}, row ${n + 2}, column “${h}”`);
  });
  return { name: sheet.name, rows: [header, ...rows] };
}

/**
 * The German or French native register as the English one the import reads, with the notes
 * of edits it did not apply; undefined when the About sheet names no scope of this workspace
 * (the import then says so as for any register).
 */
export function englishRegister(doc: WorkspaceDocument, wb: ReadWorkbook, lang: 'de' | 'fr'): { wb: ReadWorkbook; notes: string[] } {
  const t = reportCatalogue(lang);
  const en = reportCatalogue('en');
  const sheetName = new Map<string, string>(SHEET_KEYS.map((k) => [t.sheets[k], en.sheets[k]]));
  const renamed = wb.sheets.map((s) => ({ ...s, name: sheetName.get(s.name) ?? s.name }));
  const aboutSheet = renamed.find((s) => s.name === en.sheets.about);
  const labels = new Map<string, EnLabel>(EN_LABELS.map((k) => [t.labels[k], k]));
  const about: ReadSheet | undefined = aboutSheet && { ...aboutSheet, rows: aboutSheet.rows.map((r) => [labels.get(cellText(r[0] ?? null).trim()) ?? r[0] ?? null, ...r.slice(1)]) };
  const scopeRow = about?.rows.find((r) => cellText(r[0] ?? null) === 'Scope key');
  const scope = scopeFromText(cellText(scopeRow?.[1] ?? null).trim());
  const withAbout = renamed.map((s) => (s.name === en.sheets.about && about ? about : s));
  if (scope === undefined) return { wb: { ...wb, sheets: withAbout }, notes: [] };
  let rawReg;
  let localReg;
  try {
    rawReg = selectScope(doc, scope);
    localReg = selectScope(localiseDocument(doc, lang, shippedLabels(lang, doc.taxonomies)).doc, scope);
  } catch {
    return { wb: { ...wb, sheets: withAbout }, notes: [] };
  }
  const cx: Context = {
    lang,
    local: lookups(localReg, lang),
    english: lookups(rawReg, 'en'),
    localById: new Map(localReg.activities.map((a) => [a.id, a])),
    rawById: new Map(rawReg.activities.map((a) => [a.id, a])),
    categoryKeys: localReg.doc.taxonomies.dataCategories.map((c) => c.key),
    notes: [],
  };
  const sheets = withAbout.map((s) => {
    if (s.name === controllerSheet.name) return registerSheetBack(s, controllerSheet, cx);
    if (s.name === processorSheet.name) return registerSheetBack(s, processorSheet, cx);
    if (s.name === inventorySheet.name) return inventoryBack(s, cx);
    if (s.name === vendorsSheet.name) return vendorsBack(s, cx, { local: new Map(localReg.vendors.map((v) => [v.id, v])), raw: new Map(rawReg.vendors.map((v) => [v.id, v])) });
    return s;
  });
  return { wb: { ...wb, sheets }, notes: cx.notes };
}
