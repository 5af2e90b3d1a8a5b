/** Which sheets and columns an Excel register has, for each layout. */
import { controllerColumns, controllerSheet, processorColumns, processorSheet } from './register-columns';
import { inventorySheet, measuresSheet, recipientsSheet, retentionSheet, transfersSheet, vendorsSheet } from './detail-columns';
import { icoControllerSheet, icoPreamble, icoProcessorSheet } from './ico-columns';
import { lookups } from './lookups';
import { organisationsSheet } from './organisation-columns';
import { type ScopedRegister, scopeToText } from './scope';
import { type SheetOut, type SheetSpec, sheetOut, text } from './sheet';
import { type ChangeRow, type ChangesSince, changeRows } from './changes';
import { RULES } from '../compliance/rules';
import { pathLabel } from './values';
import { EDITABLE } from './import-register';
import { ENTRY_KEYS } from './import-inventory';

export const XLSX_LAYOUTS = ['native', 'ico'] as const;
export type XlsxLayout = (typeof XLSX_LAYOUTS)[number];

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
  about: [string, string][];
  sheets: SheetOut[];
}

export interface PlanOptions {
  layout: XlsxLayout;
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

const RECORD_TYPE: Readonly<Record<string, string>> = {
  workspace: 'Workspace',
  organisation: 'Organisation',
  product: 'Product',
  activity: 'Processing activity',
  vendor: 'Vendor',
};
/** Each check by its title ("Processor without a signed DPA"), never its id. */
const RULE_TITLES: ReadonlyMap<string, string> = new Map(RULES.map((r) => [r.id, r.title]));

const findingsSheet = (findings: readonly ReportFinding[]): SheetSpec<ReportFinding> => ({
  key: 'findings',
  name: 'Findings',
  columns: [
    text('severity', 'Severity', 11, (f) => f.severity.charAt(0).toUpperCase() + f.severity.slice(1)),
    text('article', 'Article', 14, (f) => f.article),
    text('recordType', 'Record type', 14, (f) => RECORD_TYPE[f.target.entityType] ?? 'Record'),
    text('record', 'Record', 30, (f) => f.target.entityName),
    text('field', 'Field', 22, (f) => (f.target.field !== undefined ? pathLabel(f.target.field) : '')),
    text('message', 'Finding', 48, (f) => f.message),
    text('hint', 'How to fix it', 48, (f) => f.hint),
    text('rule', 'Check', 28, (f) => RULE_TITLES.get(f.ruleId) ?? ''),
  ],
  rows: () => findings,
});

const changesSheet = (rows: readonly ChangeRow[]): SheetSpec<ChangeRow> => ({
  key: 'changes',
  name: 'Changes since baseline',
  columns: [
    text('change', 'Change', 11, (r) => r.change),
    text('recordType', 'Record type', 18, (r) => r.recordType),
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
function activityCount(reg: ScopedRegister): string {
  const processor = reg.activities.filter((a) => a.role === 'processor').length;
  const controller = reg.activities.length - processor;
  return `${reg.activities.length} (${controller} as controller, ${processor} as processor)`;
}

export function planWorkbook(reg: ScopedRegister, o: PlanOptions): WorkbookPlan {
  const l = lookups(reg);
  const title = `Record of processing activities — ${reg.title}`;
  const about: [string, string][] = [
    ['Title', 'Record of processing activities (GDPR Art. 30)'],
    ['Workspace', reg.workspaceName],
    ['Scope', reg.label],
    ['Generated', o.generatedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ...(o.preparedBy ? ([['Prepared by', o.preparedBy]] as [string, string][]) : []),
    ['Processing activities', activityCount(reg)],
    ['Layout', o.layout === 'ico' ? 'UK ICO documentation templates (controller and processor)' : 'RoPA Desk register'],
  ];
  if (o.layout === 'ico') {
    if (o.columns !== undefined) throw new ColumnPickError('The column picker applies to the native layout; the ICO layout keeps the template\'s columns.');
    const sheets = [
      { ...sheetOut(icoControllerSheet(reg), reg, l), preamble: icoPreamble(reg, 'controller') },
      { ...sheetOut(icoProcessorSheet(reg), reg, l), preamble: icoPreamble(reg, 'processor') },
    ];
    return { title, about, sheets };
  }
  if (o.columns !== undefined) checkPick(o.columns);
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
    sheets.push(readOnly(sheetOut(changesSheet(changeRows(o.changesSince, reg)), reg, l)));
  }
  return { title, about, sheets };
}
