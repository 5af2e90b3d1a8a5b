/** `ropa export --format xlsx|docx` and `ropa import FILE INPUT.xlsx`: the report side of those two commands. */
import { basename, dirname, extname, join } from 'node:path';
import { exportDocx } from '../../electron/services/reports/docx/export-docx';
import { XlsxRefusal, applyXlsxImport, previewXlsxImport } from '../../electron/services/reports/xlsx-import/import-xlsx';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { describePlan } from '../../shared/reports/import-types';
import { ScopeError, resolveScope } from '../../shared/reports/scope';
import { ColumnPickError, XLSX_LAYOUTS, type XlsxLayout, layoutLanguage } from '../../shared/reports/workbook';
import { REPORT_LANGS, type ReportLang, isReportLang } from '../../shared/reports/i18n';
import { CliError, usageError } from '../io';
import { type CommandContext, plural, str, withWorkspace } from './command';
import { describeServer, isServerAddress } from '../../electron/services/pgstore/address';

export const REPORT_OPTIONS = {
  org: { type: 'string' },
  product: { type: 'string' },
  layout: { type: 'string' },
  /** The report's language: en, de or fr (default: the layout's own, else en). */
  lang: { type: 'string' },
  columns: { type: 'string' },
  since: { type: 'string' },
  'authority-copy': { type: 'boolean' },
  /** The name on the cover and in the document properties (never the login name). */
  'prepared-by': { type: 'string' },
} as const;

export async function exportReport(ctx: CommandContext, file: string, format: 'xlsx' | 'docx'): Promise<number> {
  const layout = str(ctx, 'layout') ?? 'native';
  if (!(XLSX_LAYOUTS as readonly string[]).includes(layout)) throw usageError(`unknown --layout "${layout}" (use ${XLSX_LAYOUTS.join(', ')})`);
  const langText = str(ctx, 'lang');
  if (langText !== undefined && !isReportLang(langText)) throw usageError(`unknown --lang "${langText}" (choose ${REPORT_LANGS.join(', ')})`);
  let lang: ReportLang;
  try {
    lang = layoutLanguage(layout as XlsxLayout, langText as ReportLang | undefined);
  } catch (e) {
    if (e instanceof ColumnPickError) throw usageError(e.message);
    throw e;
  }
  if (format === 'docx' && (str(ctx, 'layout') !== undefined || str(ctx, 'columns') !== undefined)) {
    throw usageError('--layout and --columns apply to --format xlsx');
  }
  if (format === 'xlsx' && ctx.values['authority-copy'] === true) throw usageError('--authority-copy applies to --format docx');
  const columns = str(ctx, 'columns')?.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const out = str(ctx, 'out') ?? (isServerAddress(file) ? `${describeServer(file).database}.${format}` : join(dirname(file), `${basename(file, extname(file))}.${format}`));
  const org = str(ctx, 'org');
  const product = str(ctx, 'product');
  const since = str(ctx, 'since');
  const preparedBy = str(ctx, 'prepared-by');
  const who = preparedBy !== undefined ? { preparedBy } : {};
  const result = await withWorkspace(file, ctx, true, async (ws) => {
    // Names resolve against the organisations and products alone; the export reads what its scope needs.
    const named = { organisations: await ws.listOrganisations(), products: await ws.listProducts() };
    let scope;
    try {
      scope = resolveScope(named, { ...(org !== undefined ? { org } : {}), ...(product !== undefined ? { product } : {}) });
    } catch (e) {
      if (e instanceof ScopeError) throw new CliError(e.message);
      throw e;
    }
    try {
      return format === 'xlsx'
        ? await exportXlsx(ws, { scope, ...who, lang, layout: layout as XlsxLayout, ...(columns !== undefined ? { columns } : {}), ...(since !== undefined ? { since } : {}), out })
        : await exportDocx(ws, { scope, ...who, lang, ...(since !== undefined ? { since } : {}), ...(ctx.values['authority-copy'] === true ? { authorityCopy: true } : {}), out });
    } catch (e) {
      if (e instanceof ColumnPickError) throw usageError(e.message);
      throw e;
    }
  });
  for (const w of result.warnings) ctx.err.write(`warning: ${w}\n`);
  ctx.out.write(`Exported the ${format === 'xlsx' ? 'Excel register' : 'Word report'} to ${result.path}.\n`);
  return 0;
}

export async function importXlsx(ctx: CommandContext, file: string, input: string, dryRun: boolean): Promise<number> {
  try {
    const plan = await withWorkspace(file, ctx, dryRun, (ws) => (dryRun ? previewXlsxImport(ws, input) : applyXlsxImport(ws, input)));
    for (const n of plan.notes) ctx.err.write(`note: ${n}\n`);
    for (const line of describePlan(plan)) ctx.out.write(`${line}\n`);
    const total = plan.added.length + plan.changed.length + plan.removed.length;
    ctx.out.write(
      dryRun
        ? `Dry run: nothing was written to ${file}.\n`
        : `Imported ${basename(input)} into ${file}: ${plural(total, 'processing activity', 'processing activities')} touched.\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof XlsxRefusal) throw new CliError(e.message, 1, e.details);
    throw e;
  }
}
