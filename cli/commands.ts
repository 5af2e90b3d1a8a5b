import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { Workspace } from '../electron/services/workspace';
import { buildSampleDocument } from '../shared/sample';
import { synthesizeDocument } from '../shared/synth/generate';
import { CliError, usageError, writeFileAtomic } from './io';

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  actor: string;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<number>;
}

function args(ctx: CommandContext, names: readonly string[]): string[] {
  if (ctx.positionals.length !== names.length) {
    throw usageError(
      ctx.positionals.length < names.length
        ? `missing ${names.slice(ctx.positionals.length).join(' and ')}`
        : `unexpected argument "${ctx.positionals[names.length] ?? ''}"`,
    );
  }
  return ctx.positionals;
}

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

function count(ctx: CommandContext, name: string, fallback: number): number {
  const raw = str(ctx, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw usageError(`--${name} must be a whole number from 1 to 100000, not "${raw}"`);
  return n;
}

async function withWorkspace<T>(file: string, ctx: CommandContext, readOnly: boolean, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await Workspace.open(file, { actor: ctx.actor, readOnly, backups: readOnly ? false : undefined });
  try {
    if (!readOnly && ws.readOnly) throw new CliError(ws.readOnlyReason ?? 'The workspace is read-only.');
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

async function createWith(file: string, ctx: CommandContext, name: string | undefined, doc?: Parameters<Workspace['importDocument']>[0]) {
  const ws = await Workspace.create(file, { actor: ctx.actor, ...(name !== undefined ? { name } : {}) });
  try {
    if (doc !== undefined) await ws.importDocument(doc, { replace: true });
    return await ws.info({ integrity: false });
  } finally {
    await ws.close();
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const COMMANDS: Record<string, Command> = {
  init: {
    usage: 'init FILE [--org NAME] [--name NAME]',
    summary: 'create an empty workspace (with an organisation when --org is given)',
    options: { org: { type: 'string' }, name: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const ws = await Workspace.create(file, { actor: ctx.actor, ...(str(ctx, 'name') ? { name: str(ctx, 'name') } : {}) });
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
    usage: 'import FILE INPUT.json [--replace]',
    summary: 'import a workspace document, all or nothing (--replace to overwrite existing records)',
    options: { replace: { type: 'boolean' } },
    async run(ctx) {
      const [file, input] = args(ctx, ['FILE', 'INPUT']) as [string, string];
      let text: string;
      try {
        text = await readFile(input, 'utf8');
      } catch {
        throw new CliError(`cannot read "${input}"`);
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new CliError(`"${basename(input)}" is not valid JSON (${(e as Error).message}); the workspace is unchanged`);
      }
      const doc = await withWorkspace(file, ctx, false, (ws) => ws.importDocument(value, { replace: ctx.values.replace === true, source: basename(input) }));
      ctx.out.write(
        `Imported ${plural(doc.organisations.length, 'organisation')}, ${plural(doc.products.length, 'product')}, ${plural(doc.vendors.length, 'vendor')} and ${plural(doc.activities.length, 'processing activity', 'processing activities')} into ${file}.\n`,
      );
      return 0;
    },
  },
  export: {
    usage: 'export FILE --format json [--out F]',
    summary: 'export the workspace (to stdout without --out)',
    options: { format: { type: 'string' }, out: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const format = str(ctx, 'format') ?? 'json';
      if (format !== 'json') throw usageError(`unknown --format "${format}" (this version exports: json)`);
      const doc = await withWorkspace(file, ctx, true, (ws) => ws.exportDocument());
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      const out = str(ctx, 'out');
      if (out === undefined) ctx.out.write(json);
      else {
        await writeFileAtomic(out, json);
        ctx.err.write(`Exported ${plural(doc.activities.length, 'processing activity', 'processing activities')} to ${out}.\n`);
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
            `File:            ${info.path}`,
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
