/** Which sheets and columns an Excel register has, for each layout. */
import { controllerColumns, controllerSheet, processorColumns, processorSheet } from './register-columns';
import { inventorySheet, measuresSheet, recipientsSheet, retentionSheet, transfersSheet, vendorsSheet } from './detail-columns';
import { icoControllerSheet, icoPreamble, icoProcessorSheet } from './ico-columns';
import { organisationsSheet } from './organisation-columns';
import { type ScopedRegister, scopeToText } from './scope';
import { type SheetOut, type SheetSpec, sheetOut, text } from './sheet';
import { type ChangeRow, type ChangesSince, changeRows } from './changes';
import { ruleHeading } from '../compliance/messages';
import { pathLabelIn } from './i18n/field-labels';
import { type ReportCatalogue, type ReportLang, reportCatalogue, reportDateTime } from './i18n';
import { type UntranslatedText, untranslatedIn } from './i18n/record-texts';
import { type Lookups, lookups } from './lookups';
import { cnilPlan } from './cnil-register';
import { dskPlan } from './dsk-register';
import { EDITABLE } from './import-register';
import { ENTRY_KEYS } from './import-inventory';

// The layouts and their languages live in a module of their own, which the renderer imports too.
import { LAYOUT_LANG, type XlsxLayout } from './layout-lang';
export { LAYOUT_LANG, XLSX_LAYOUTS, type XlsxLayout } from './layout-lang';

/** The report's language for a layout and an asked language: a layout of its own language refuses another. */
export function layoutLanguage(layout: XlsxLayout, lang: ReportLang | undefined): ReportLang {
  const own = LAYOUT_LANG[layout];
  if (own !== undefined && lang !== undefined && lang !== own) {
    throw new ColumnPickError(`The ${layout.toUpperCase()} layout is written in ${reportCatalogue(own).languageName} (${own}); leave out --lang or use --lang ${own}.`);
  }
  return own ?? lang ?? 'en';
}

/** Written on the About sheet; the importer accepts only workbooks that carry it. */
export const REGISTER_FORMAT = 'RoPA Desk register';
export const REGISTER_FORMAT_VERSION = 1;
export const ABOUT_SHEET = 'About';

/** A compliance finding as the reports show it (the shape of shared/compliance's Finding). */
export interface ReportFinding {
  ruleId: string;
  severity: string;
  article: string;
  message: string;
  hint: string;
  target: { entityType: string; entityId: string; entityName: string; field?: string };
}

export interface WorkbookPlan {
  title: string;
  /** The About sheet's tab name in the workbook's language (default "About": the name the import looks for). */
  aboutName?: string;
  about: [string, string][];
  sheets: SheetOut[];
}

export interface PlanOptions {
  layout: XlsxLayout;
  /** The report's language (default: the layout's own, else English). */
  lang?: ReportLang;
  /** Record texts shown in the original language (see i18n/record-texts): listed on a sheet of their own. */
  untranslated?: readonly UntranslatedText[];
  /** Column picker for the native layout's two registers: keys of the columns to keep. */
  columns?: readonly string[];
  findings?: readonly ReportFinding[];
  /** Adds a "Changes since" sheet: what changed since a baseline. */
  changesSince?: ChangesSince;
  generatedAt: Date;
  /** The person's display name; left out when unknown (never a login name). */
  preparedBy?: string;
}

export class ColumnPickError extends Error {
  override name = 'ColumnPickError';
}

/** Keys the column picker accepts, with their headers (controller register first). */
export function pickableColumns(): { key: string; header: string }[] {
  const seen = new Map<string, string>();
  for (const c of [...controllerColumns, ...processorColumns]) if (!c.hidden && !seen.has(c.key)) seen.set(c.key, c.header);
  return [...seen].map(([key, header]) => ({ key, header }));
}

function checkPick(keys: readonly string[]): void {
  const known = new Set(pickableColumns().map((c) => c.key));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ColumnPickError(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}. Columns: ${[...known].join(', ')}.`);
  }
  if (keys.length === 0) throw new ColumnPickError('Pick at least one column.');
}


const findingsSheet = (findings: readonly ReportFinding[]): SheetSpec<ReportFinding> => ({
  key: 'findings',
  name: 'Findings',
  columns: [
    text('severity', 'Severity', 13, (f, l) => severityLabel(l, f.severity)),
    text('article', 'Article', 14, (f) => f.article),
    text('recordType', 'Record type', 22, (f, l) => recordKind(l, f.target.entityType)),
    text('record', 'Record', 30, (f) => f.target.entityName),
    text('field', 'Field', 22, (f, l) => (f.target.field !== undefined ? pathLabelIn(f.target.field, l.lang) : '')),
    text('message', 'Finding', 48, (f) => f.message),
    text('hint', 'How to fix it', 48, (f) => f.hint),
    // Each check by its title in the report's language ("Processor without a signed DPA"), never its id.
    text('rule', 'Check', 28, (f, l) => ruleHeading(l.lang, f.ruleId)?.title ?? ''),
  ],
  rows: () => findings,
});

const changesSheet = (rows: readonly ChangeRow[]): SheetSpec<ChangeRow> => ({
  key: 'changes',
  name: 'Changes since baseline',
  columns: [
    text('change', 'Change', 14, (r, l) => l.t.change[CHANGE_KIND[r.change]]),
    text('recordType', 'Record type', 22, (r, l) => recordKindOfLabel(l, r.recordType)),
    text('record', 'Record', 34, (r) => r.record),
    text('field', 'Field', 30, (r) => r.field),
    text('before', 'Before', 40, (r) => r.before),
    text('after', 'After', 40, (r) => r.after),
  ],
  rows: () => rows,
});

/** Register columns the import reads (see import-register's EDITABLE; organisation and product place a new row). */
const REGISTER_IMPORTED: ReadonlySet<string> = new Set([...EDITABLE.map((e) => e.key), 'organisation', 'product', 'id']);
const INVENTORY_IMPORTED: ReadonlySet<string> = new Set([...ENTRY_KEYS, 'activity', 'activityId']);

/** A sheet the import reads: each column says whether it is imported; read-only ones lose their dropdown. */
function importable(sheet: SheetOut, keys: ReadonlySet<string>): SheetOut {
  return {
    ...sheet,
    columns: sheet.columns.map((c) => {
      if (keys.has(c.key)) return { ...c, imported: true };
      const { values: _values, ...rest } = c;
      return { ...rest, imported: false };
    }),
  };
}

/** A sheet for reading only: locked, without dropdowns (they would invite edits the import never reads). */
function readOnly(sheet: SheetOut): SheetOut {
  return { ...sheet, readOnly: true, columns: sheet.columns.map(({ values: _values, ...rest }) => rest) };
}

/** "18 (15 as controller, 3 as processor)": the count the About sheet gives, matching the rows of the register sheets. */
function activityCount(reg: ScopedRegister, l: Lookups): string {
  const processor = reg.activities.filter((a) => a.role === 'processor').length;
  const controller = reg.activities.length - processor;
  return l.t.f.activityCount(reg.activities.length, controller, processor);
}

const CHANGE_KIND = { Added: 'added', Removed: 'removed', Changed: 'changed' } as const;
const KINDS = ['workspace', 'organisation', 'product', 'activity', 'vendor'] as const;
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k);
const severityLabel = (l: Lookups, s: string) => (s === 'error' || s === 'warning' || s === 'info' ? l.t.severity[s] : s);
const recordKind = (l: Lookups, k: string) => (isKind(k) ? l.t.recordKind[k] : l.h('Record'));
/** A change row's record type ("Processing activity") in the report's language. */
const recordKindOfLabel = (l: Lookups, label: string) => {
  const en = reportCatalogue('en').recordKind;
  const k = KINDS.find((x) => en[x] === label);
  return k ? l.t.recordKind[k] : label;
};

const untranslatedSheet = (rows: readonly UntranslatedText[]): SheetSpec<UntranslatedText> => ({
  key: 'untranslated',
  name: 'Untranslated texts',
  columns: [
    text('record', 'Record', 30, (u) => u.record),
    text('field', 'Field', 26, (u, l) => l.h(u.field)),
    text('text', 'Texts in the original language', 80, (u) => u.text),
  ],
  rows: () => rows,
});

/** The scope's label in the report's language ("Organisation: Roomify GmbH" → "Organisme : Roomify GmbH"). */
export function scopeLabel(reg: ScopedRegister, t: ReportCatalogue): string {
  if (reg.scope.kind === 'workspace') return t.scopeWorkspace;
  return reg.scope.kind === 'organisation' ? t.f.scopeOrganisation(reg.title) : t.f.scopeProduct(reg.title);
}

export function planWorkbook(reg: ScopedRegister, o: PlanOptions): WorkbookPlan {
  const lang = layoutLanguage(o.layout, o.lang);
  const l = lookups(reg, lang);
  const t = l.t;
  const title = `${t.title} — ${reg.title}`;
  const untranslated = untranslatedIn(o.untranslated ?? [], reg);
  const about: [string, string][] = [
    [l.h('Title'), t.titleArt30],
    // A scoped register names only its own organisation: a consultant's workspace name may name other clients.
    ...(reg.scope.kind === 'workspace' ? ([[l.h('Workspace'), reg.workspaceName]] as [string, string][]) : []),
    [l.h('Scope'), lang === 'en' ? reg.label : scopeLabel(reg, t)],
    [l.h('Generated'), lang === 'en' ? o.generatedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : reportDateTime(t, o.generatedAt)],
    ...(o.preparedBy ? ([[l.h('Prepared by'), o.preparedBy]] as [string, string][]) : []),
    [l.h('Processing activities'), activityCount(reg, l)],
    [l.h('Layout'), t.layoutName[o.layout]],
    ...(lang !== 'en' ? ([[l.h('Language'), t.languageName]] as [string, string][]) : []),
    ...(untranslated.length > 0 ? ([[l.h('Texts in the original language'), `${t.f.untranslated(untranslated.length)} (${t.sheets.untranslated})`]] as [string, string][]) : []),
  ];
  const withUntranslated = (sheets: SheetOut[]): SheetOut[] =>
    untranslated.length > 0 ? [...sheets, readOnly(sheetOut(untranslatedSheet(untranslated), reg, l))] : sheets;
  if (o.layout === 'cnil' || o.layout === 'dsk') {
    if (o.columns !== undefined) throw new ColumnPickError(`The column picker applies to the native layout; the ${o.layout.toUpperCase()} layout keeps the model's structure.`);
    const plan = o.layout === 'cnil' ? cnilPlan(reg, l) : dskPlan(reg, l);
    return { title: plan.title, about: [...about, ...plan.about], sheets: withUntranslated(plan.sheets), aboutName: t.sheets.about };
  }
  if (o.layout === 'ico') {
    if (o.columns !== undefined) throw new ColumnPickError('The column picker applies to the native layout; the ICO layout keeps the template\'s columns.');
    const sheets = [
      { ...sheetOut(icoControllerSheet(reg), reg, l), preamble: icoPreamble(reg, 'controller') },
      { ...sheetOut(icoProcessorSheet(reg), reg, l), preamble: icoPreamble(reg, 'processor') },
    ];
    return { title, about, sheets };
  }
  if (o.columns !== undefined) checkPick(o.columns);
  if (lang !== 'en') return localNativePlan(reg, l, o, title, about, withUntranslated);
  about.push(
    ['Editing', 'Edit the Controller register, Processor register and Data inventory sheets, then import the workbook back into RoPA Desk. Columns with a grey header are for reading only (their cells are locked and the import reports any change to them as ignored), and so are the other sheets, which are protected. Approving an activity is done in RoPA Desk: the import never sets a status to Approved.'],
    ['Format', `${REGISTER_FORMAT} ${REGISTER_FORMAT_VERSION}`],
    ['Scope key', scopeToText(reg.scope)],
  );
  const sheets = [
    readOnly(sheetOut(organisationsSheet, reg, l)),
    importable(sheetOut(controllerSheet, reg, l, o.columns), REGISTER_IMPORTED),
    importable(sheetOut(processorSheet, reg, l, o.columns), REGISTER_IMPORTED),
    importable(sheetOut(inventorySheet, reg, l), INVENTORY_IMPORTED),
    readOnly(sheetOut(recipientsSheet, reg, l)),
    readOnly(sheetOut(vendorsSheet, reg, l)),
    readOnly(sheetOut(transfersSheet, reg, l)),
    readOnly(sheetOut(retentionSheet, reg, l)),
    readOnly(sheetOut(measuresSheet, reg, l)),
  ];
  if (o.findings !== undefined) sheets.push(readOnly(sheetOut(findingsSheet(o.findings), reg, l)));
  if (o.changesSince !== undefined) {
    about.push(['Changes since', o.changesSince.label]);
    sheets.push(readOnly(sheetOut(changesSheet(changeRows(o.changesSince, reg, l)), reg, l)));
  }
  return { title, about, sheets };
}

/** The About sheet's "Editing" line of a German or French register (the English one is in planWorkbook). */
const EDITING: Readonly<Record<'de' | 'fr', string>> = {
  de: 'Die Blätter „Verzeichnis Verantwortlicher“, „Verzeichnis Auftragsverarbeiter“ und „Datenbestand“ bearbeiten und die Arbeitsmappe dann wieder in RoPA Desk importieren. Spalten mit grauer Überschrift dienen nur der Ansicht (ihre Zellen sind gesperrt, der Import meldet jede Änderung daran als nicht übernommen), ebenso die übrigen, geschützten Blätter. Übersetzte Texte werden in RoPA Desk unter „Übersetzungen“ geändert, nicht hier. Die Freigabe einer Verarbeitungstätigkeit erfolgt in RoPA Desk: Der Import setzt den Status nie auf „Freigegeben“.',
  fr: 'Modifier les feuilles «\u00A0Registre du responsable\u00A0», «\u00A0Registre du sous-traitant\u00A0» et «\u00A0Inventaire des données\u00A0», puis réimporter le classeur dans RoPA Desk. Les colonnes à en-tête gris sont en lecture seule (leurs cellules sont verrouillées et l’import signale toute modification comme non appliquée), de même que les autres feuilles, qui sont protégées. Les textes traduits se modifient dans RoPA Desk (Traductions), pas ici. L’approbation d’un traitement se fait dans RoPA Desk\u00A0: l’import ne passe jamais un statut à «\u00A0Approuvé\u00A0».',
};

/** Dropdown values of the imported columns in the workbook's language (the cells show the catalogue's words). */
function localValues(sheet: SheetOut, l: Lookups): SheetOut {
  const t = l.t;
  const words: Readonly<Record<string, readonly string[]>> = {
    dpia: Object.values(t.dpia),
    status: Object.values(t.status),
    automated: [t.w.yes, t.w.no],
    source: Object.values(t.source),
    requirement: Object.values(t.requirement),
    endAction: Object.values(t.endAction),
  };
  return { ...sheet, columns: sheet.columns.map((c) => (c.values !== undefined && words[c.key] !== undefined ? { ...c, values: words[c.key] } : c)) };
}

/**
 * The native layout in German or French: the same sheets, with German or French sheet
 * names, headers and value words, and imported back like the English one (import-local.ts
 * reads it through the same catalogue).
 */
function localNativePlan(
  reg: ScopedRegister,
  l: Lookups,
  o: PlanOptions,
  title: string,
  about: [string, string][],
  withUntranslated: (sheets: SheetOut[]) => SheetOut[],
): WorkbookPlan {
  const t = l.t;
  const lang = l.lang === 'fr' ? 'fr' : 'de';
  about.push([l.h('Editing'), EDITING[lang]], [l.h('Format'), `${REGISTER_FORMAT} ${REGISTER_FORMAT_VERSION}`], [l.h('Scope key'), scopeToText(reg.scope)]);
  const sheets = [
    readOnly(sheetOut(organisationsSheet, reg, l)),
    importable(localValues(sheetOut(controllerSheet, reg, l, o.columns), l), REGISTER_IMPORTED),
    importable(localValues(sheetOut(processorSheet, reg, l, o.columns), l), REGISTER_IMPORTED),
    importable(localValues(sheetOut(inventorySheet, reg, l), l), INVENTORY_IMPORTED),
    readOnly(sheetOut(recipientsSheet, reg, l)),
    readOnly(sheetOut(vendorsSheet, reg, l)),
    readOnly(sheetOut(transfersSheet, reg, l)),
    readOnly(sheetOut(retentionSheet, reg, l)),
    readOnly(sheetOut(measuresSheet, reg, l)),
  ];
  if (o.findings !== undefined) {
    sheets.push(readOnly(sheetOut(findingsSheet(o.findings), reg, l)));
  }
  if (o.changesSince !== undefined) {
    about.push([l.h('Changes since'), o.changesSince.label]);
    sheets.push(readOnly(sheetOut(changesSheet(changeRows(o.changesSince, reg, l)), reg, l)));
  }
  return { title, about, sheets: withUntranslated(sheets), aboutName: t.sheets.about };
}
