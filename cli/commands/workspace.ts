import { readFile } from 'node:fs/promises';
import { escapeJsonControls } from '../../shared/reports/sanitise';
import { basename } from 'node:path';
import { buildSampleDocument } from '../../shared/sample';
import { synthesizeDocument } from '../../shared/synth/generate';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type Command, args, count, createAddress, createWith, plural, str, withWorkspace } from './command';
import { REPORT_OPTIONS, exportReport, importXlsx } from './reports';
import { REGISTER_IMPORT_OPTIONS, importRegister } from './register-import';
import { INTEROP_FORMATS, exportInterop, importFides } from './interop';


export const workspaceCommands: Record<string, Command> = {
  init: {
    usage: 'init FILE [--org NAME] [--name NAME]',
    summary: 'create an empty workspace (with an organisation when --org is given)',
    options: { org: { type: 'string' }, name: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const ws = await createAddress(file, ctx, str(ctx, 'name'));
      try {
        const org = str(ctx, 'org');
        if (org !== undefined) await ws.saveOrganisation({ id: 'org-1', name: org });
      } finally {
        await ws.close();
      }
      ctx.out.write(`Created ${file}${str(ctx, 'org') ? ` with the organisation "${str(ctx, 'org')}"` : ''}.\n`);
      return 0;
    },
  },
  demo: {
    usage: 'demo FILE',
    summary: 'create the sample workspace (Roomify and Ledgerly)',
    options: {},
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const doc = buildSampleDocument();
      const info = await createWith(file, ctx, doc.workspace.name, doc);
      ctx.out.write(
        `Created ${file}: ${plural(info.counts.organisations, 'organisation')}, ${plural(info.counts.products, 'product')}, ${plural(info.counts.activities, 'processing activity', 'processing activities')}, ${plural(info.counts.vendors, 'vendor')}.\n`,
      );
      return 0;
    },
  },
  import: {
    usage: 'import FILE INPUT.json|INPUT.xlsx [--replace] [--dry-run] | import FILE SHEET --mapping auto|MAPPING.json --org NAME [--product NAME] [--dry-run] [--save-mapping F]',
    summary: 'import a workspace document (all or nothing; --replace to overwrite), an edited Excel register (--dry-run to preview), or with --mapping an existing register (ICO, CNIL, DSK, home-made .xlsx/.ods/.csv)',
    options: { replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, ...REGISTER_IMPORT_OPTIONS },
    async run(ctx) {
      const [file, input] = args(ctx, ['FILE', 'INPUT']) as [string, string];
      // Another register, read through a column mapping: told apart from our own Excel register by --mapping.
      if (ctx.values.mapping !== undefined) return importRegister(ctx, file, input);
      if (/\.ya?ml$/i.test(input)) return importFides(ctx, file, input);
      for (const o of ['org', 'product', 'save-mapping']) if (ctx.values[o] !== undefined) throw usageError(`--${o} applies to a register imported with --mapping`);
      if (/\.xlsx$/i.test(input)) {
        if (ctx.values.replace === true) throw usageError('--replace applies to JSON documents; an Excel register is merged into the workspace');
        return importXlsx(ctx, file, input, ctx.values['dry-run'] === true);
      }
      if (ctx.values['dry-run'] === true) throw usageError('--dry-run applies to Excel registers (.xlsx)');
      let text: string;
      try {
        text = await readFile(input, 'utf8');
      } catch {
        throw new CliError(`cannot read "${input}"`);
      }
      let value: unknown;
      try {
        // A byte-order mark (as some Windows editors write) is not part of the document.
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (e) {
        throw new CliError(`"${basename(input)}" is not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')}); the workspace is unchanged`);
      }
      const doc = await withWorkspace(file, ctx, false, (ws) => ws.importDocument(value, { replace: ctx.values.replace === true, source: basename(input) }));
      ctx.out.write(
        `Imported ${plural(doc.organisations.length, 'organisation')}, ${plural(doc.products.length, 'product')}, ${plural(doc.vendors.length, 'vendor')} and ${plural(doc.activities.length, 'processing activity', 'processing activities')} into ${file}.\n`,
      );
      return 0;
    },
  },
  export: {
    usage: 'export FILE --format json|xlsx|docx|fides|dpv [--org NAME] [--product NAME] [--layout native|ico|cnil|dsk] [--lang en|de|fr] [--columns a,b,c] [--since BASELINE] [--authority-copy] [--prepared-by NAME] [--out F]',
    summary: 'export the workspace as JSON, Fides YAML or DPV JSON-LD (to stdout without --out), or an Excel register / Word report of it, an organisation or a product',
    options: { format: { type: 'string' }, out: { type: 'string' }, ...REPORT_OPTIONS },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const format = str(ctx, 'format') ?? 'json';
      if (format === 'xlsx' || format === 'docx') return exportReport(ctx, file, format);
      if ((INTEROP_FORMATS as readonly string[]).includes(format)) return exportInterop(ctx, file, format as (typeof INTEROP_FORMATS)[number]);
      if (format !== 'json') throw usageError(`unknown --format "${format}" (use json, xlsx, docx, fides or dpv)`);
      if (['org', 'product', 'layout', 'columns', 'lang'].some((o) => ctx.values[o] !== undefined)) {
        throw usageError('--org, --product, --layout, --lang and --columns apply to --format xlsx or docx');
      }
      const doc = await withWorkspace(file, ctx, true, async (ws) => ({ text: await ws.exportDocumentText(), activities: (await ws.info({ integrity: false })).counts.activities }));
      const json = `${escapeJsonControls(doc.text)}\n`;
      const out = str(ctx, 'out');
      if (out === undefined) ctx.out.write(json);
      else {
        await writeFileAtomic(out, json);
        ctx.err.write(`Exported ${plural(doc.activities, 'processing activity', 'processing activities')} to ${out}.\n`);
      }
      return 0;
    },
  },
  info: {
    usage: 'info FILE [--json]',
    summary: 'counts, schema version and integrity check (exit 1 if the check fails)',
    options: { json: { type: 'boolean' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const info = await withWorkspace(file, ctx, true, (ws) => ws.info());
      const ok = info.integrity.length === 1 && info.integrity[0] === 'ok' && info.foreignKeyProblems === 0;
      if (ctx.values.json === true) ctx.out.write(`${JSON.stringify({ ...info, ok }, null, 2)}\n`);
      else {
        const c = info.counts;
        ctx.out.write(
          [
            `Workspace:       ${info.name}`,
            `${/^postgres/i.test(info.path) ? 'Server:          ' : 'File:            '}${info.path}`,
            `Schema version:  ${info.schemaVersion}`,
            `Organisations:   ${c.organisations}`,
            `Products:        ${c.products}`,
            `Activities:      ${c.activities}`,
            `Vendors:         ${c.vendors}`,
            `Purposes:        ${c.purposes}`,
            `Data categories: ${c.dataCategories}`,
            `Recipients:      ${c.recipients}`,
            `Transfers:       ${c.transfers}`,
            `Changes logged:  ${c.changes}`,
            `Integrity:       ${ok ? 'ok' : `FAILED: ${[...info.integrity, `${info.foreignKeyProblems} broken references`].join('; ')}`}`,
          ].join('\n') + '\n',
        );
      }
      return ok ? 0 : 1;
    },
  },
  synth: {
    usage: 'synth FILE --orgs N --products N --activities N [--vendors N]',
    summary: 'create a synthetic register for benchmarks (products per organisation, activities per product)',
    options: { orgs: { type: 'string' }, products: { type: 'string' }, activities: { type: 'string' }, vendors: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const doc = synthesizeDocument({
        orgs: count(ctx, 'orgs', 1),
        products: count(ctx, 'products', 1),
        activities: count(ctx, 'activities', 10),
        vendors: count(ctx, 'vendors', 300),
      });
      const info = await createWith(file, ctx, doc.workspace.name, doc);
      ctx.out.write(`Created ${file}: ${plural(info.counts.activities, 'processing activity', 'processing activities')}, ${plural(info.counts.vendors, 'vendor')}.\n`);
      return 0;
    },
  },
};
