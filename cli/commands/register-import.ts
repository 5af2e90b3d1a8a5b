/** `ropa import FILE SHEET --mapping auto|MAPPING.json --org NAME [--product NAME] [--dry-run] [--save-mapping F]`. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportRefusal, applyRegisterImport, previewRegisterImport } from '../../electron/services/import/import-register';
import { readSpreadsheet } from '../../electron/services/import/read-spreadsheet';
import { type SavedMapping, type SheetMapping, describePreview, parseSavedMapping, toSavedMapping } from '../../shared/import';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type CommandContext, plural, str, withWorkspace } from './command';

export const REGISTER_IMPORT_OPTIONS = {
  mapping: { type: 'string' },
  org: { type: 'string' },
  product: { type: 'string' },
  'save-mapping': { type: 'string' },
} as const;

async function loadMapping(value: string): Promise<'auto' | SavedMapping> {
  if (value === 'auto') return 'auto';
  let json: unknown;
  try {
    json = JSON.parse(await readFile(value, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read the mapping "${value}" (${(e as Error).message.replace(/\s+/g, ' ')})`);
  }
  const parsed = parseSavedMapping(json);
  if (!parsed.ok) throw new CliError(`"${basename(value)}" is not a valid import mapping`, 1, parsed.problems);
  return parsed.mapping;
}

export async function importRegister(ctx: CommandContext, file: string, input: string): Promise<number> {
  const org = str(ctx, 'org');
  if (org === undefined || org.trim() === '') throw usageError('--org NAME is required with --mapping: the organisation the activities belong to');
  if (ctx.values.replace === true) throw usageError('--replace applies to JSON documents; a register is added to the workspace');
  const mapping = await loadMapping(str(ctx, 'mapping') ?? 'auto');
  const dryRun = ctx.values['dry-run'] === true;
  const product = str(ctx, 'product');
  try {
    const grids = await readSpreadsheet(input);
    const options = { organisation: org, ...(product !== undefined ? { product } : {}), mapping, grids };
    const result = await withWorkspace(file, ctx, dryRun, (ws) => (dryRun ? previewRegisterImport(ws, input, options) : applyRegisterImport(ws, input, options)));
    for (const line of describePreview(result)) ctx.out.write(`${line}\n`);
    for (const p of result.problems) ctx.err.write(`problem: sheet "${p.sheet}", row ${p.row}, column ${p.column}: ${p.message}\n`);
    const saveTo = str(ctx, 'save-mapping');
    if (saveTo !== undefined) {
      const sheets = result.sheets.filter((s): s is SheetMapping => !('skipped' in s));
      await writeFileAtomic(saveTo, `${JSON.stringify(toSavedMapping(sheets), null, 2)}\n`);
      ctx.err.write(`Saved the mapping to ${saveTo}.\n`);
    }
    if (dryRun) {
      ctx.out.write(`Dry run: nothing was written to ${file}.\n`);
      return result.problems.length > 0 ? 1 : 0;
    }
    ctx.out.write(
      `Imported ${basename(input)} into ${file}: ${plural(result.activities.length, 'processing activity', 'processing activities')} for ${result.organisation.name}${result.organisation.created ? ' (new organisation)' : ''}${result.product ? `, product ${result.product.name}${result.product.created ? ' (new)' : ''}` : ''}; ${plural(result.reviews.length, 'item', 'items')} to review.\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof ImportRefusal) throw new CliError(e.message, 1, e.details);
    throw e;
  }
}
