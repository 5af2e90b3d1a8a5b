/** `ropa export FILE --format fides|dpv` and `ropa import FILE fides.yml`: other tools' formats. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fidesToDocument, toFidesYaml } from '../../shared/interop';
import { toDpvJsonLd } from '../../shared/interop/dpv/export';
import { escapeJsonControls } from '../../shared/reports/sanitise';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type CommandContext, plural, str, withWorkspace } from './command';

export const INTEROP_FORMATS = ['fides', 'dpv'] as const;

export async function exportInterop(ctx: CommandContext, file: string, format: (typeof INTEROP_FORMATS)[number]): Promise<number> {
  if (['org', 'product', 'layout', 'columns', 'since'].some((o) => ctx.values[o] !== undefined)) throw usageError(`--org, --product, --layout, --columns and --since do not apply to --format ${format}: it holds the whole register`);
  const doc = await withWorkspace(file, ctx, true, (ws) => ws.exportDocument({ baselines: false }));
  const text = format === 'fides' ? toFidesYaml(doc) : `${escapeJsonControls(JSON.stringify(toDpvJsonLd(doc), null, 2))}\n`;
  const out = str(ctx, 'out');
  if (out === undefined) ctx.out.write(text);
  else {
    await writeFileAtomic(out, text);
    ctx.err.write(`Exported ${plural(doc.activities.length, 'processing activity', 'processing activities')} as ${format === 'fides' ? 'Fides YAML' : 'DPV JSON-LD'} to ${out}.\n`);
  }
  return 0;
}

export async function importFides(ctx: CommandContext, file: string, input: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    throw new CliError(`cannot read "${input}"`);
  }
  const parsed = fidesToDocument(text, basename(input));
  if (!parsed.ok) throw new CliError(`"${basename(input)}" is not a Fides file this import reads; the workspace is unchanged`, 1, parsed.problems);
  const doc = await withWorkspace(file, ctx, false, (ws) => ws.importDocument(parsed.document, { replace: ctx.values.replace === true, source: `${basename(input)} (Fides)` }));
  ctx.out.write(
    `Imported ${plural(doc.organisations.length, 'organisation')}, ${plural(doc.products.length, 'product')}, ${plural(doc.vendors.length, 'vendor')} and ${plural(doc.activities.length, 'processing activity', 'processing activities')} from Fides into ${file}.\n`,
  );
  return 0;
}
