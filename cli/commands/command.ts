import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { type WorkspaceDocument, formatProblem, parseWorkspaceJson } from '../../shared/interchange';
import { Workspace } from '../../electron/services/workspace';
import { isServerAddress } from '../../electron/services/pgstore/address';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { CliError, usageError } from '../io';

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

export function args(ctx: CommandContext, names: readonly string[]): string[] {
  if (ctx.positionals.length !== names.length) {
    throw usageError(
      ctx.positionals.length < names.length
        ? `missing ${names.slice(ctx.positionals.length).join(' and ')}`
        : `unexpected argument "${ctx.positionals[names.length] ?? ''}"`,
    );
  }
  return ctx.positionals;
}

export function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function count(ctx: CommandContext, name: string, fallback: number): number {
  const raw = str(ctx, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw usageError(`--${name} must be a whole number from 1 to 100000, not "${raw}"`);
  return n;
}

/** Opens a workspace file, or a team workspace when `file` is a postgres:// URL. */
export function openAddress(file: string, ctx: CommandContext, readOnly: boolean): Promise<Workspace> {
  if (isServerAddress(file)) return openServerWorkspace(file, { readOnly });
  return Workspace.open(file, { actor: ctx.actor, readOnly, backups: readOnly ? false : undefined });
}

export async function withWorkspace<T>(file: string, ctx: CommandContext, readOnly: boolean, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await openAddress(file, ctx, readOnly);
  try {
    if (!readOnly && ws.readOnly) throw new CliError(ws.readOnlyReason ?? 'The workspace is read-only.');
    return await fn(ws);
  } finally {
    await ws.close();
  }
}

/**
 * A new workspace: a file (never overwritten), or a team workspace in a server
 * database (created there when the database is empty; refused when it holds records).
 */
export async function createAddress(file: string, ctx: CommandContext, name: string | undefined): Promise<Workspace> {
  if (isServerAddress(file)) {
    await initServer(file, name !== undefined ? { name } : {});
    return openServerWorkspace(file);
  }
  return Workspace.create(file, { actor: ctx.actor, ...(name !== undefined ? { name } : {}) });
}

export async function createWith(file: string, ctx: CommandContext, name: string | undefined, doc?: Parameters<Workspace['importDocument']>[0]) {
  const ws = await createAddress(file, ctx, name);
  try {
    // A file is new; a server workspace may already exist and must then be empty.
    if (doc !== undefined) await ws.importDocument(doc, { replace: ws.engine === 'file' });
    return await ws.info({ integrity: false });
  } finally {
    await ws.close();
  }
}


export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** An exported workspace document (.json), validated, for commands that also read exports. */
export async function readJsonDocument(file: string): Promise<WorkspaceDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`cannot read "${file}"`);
  }
  const parsed = parseWorkspaceJson(text);
  if (!parsed.ok) throw new CliError(`"${basename(file)}" is not a valid workspace document`, 1, parsed.problems.map(formatProblem));
  return parsed.document;
}
