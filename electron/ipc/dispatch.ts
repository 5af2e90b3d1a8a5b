import { CHANNELS, CONTRACT, type Channel, type IpcResult } from '../../shared/ipc';
import { formatProblem, problemsFromZod } from '../../shared/interchange';
import { ConflictError, WorkspaceError } from '../services/workspace';
import { XlsxRefusal } from '../services/reports/xlsx-import/zip-check';
import type { Handlers } from './handlers';

const KNOWN = new Set<string>(CHANNELS);

export function isChannel(name: string): name is Channel {
  return KNOWN.has(name);
}

/**
 * Validates a payload (treated as unknown) against the channel's schema, runs the
 * handler, and answers { ok, value } or { ok: false, error } — never throws.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown_channel', message: `Unknown request "${channel}".` } };
  const parsed = CONTRACT[channel].request.safeParse(payload);
  if (!parsed.success) {
    const details = problemsFromZod(parsed.error).map(formatProblem);
    return { ok: false, error: { code: 'invalid_request', message: `The request was not valid: ${details[0] ?? ''}`, details } };
  }
  try {
    const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof ConflictError) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details], conflict: e.conflict } };
    if (e instanceof WorkspaceError) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details] } };
    // Every typed refusal crosses with its details, so that the app can show them (issue 14).
    if (e instanceof XlsxRefusal) return { ok: false, error: { code: 'import_refused', message: e.message, details: [...e.details] } };
    // A page SQLite cannot read (issue 14: no raw SQLite text for the person).
    if (/SQLITE_CORRUPT|SQLITE_NOTADB|malformed/.test((e as Error).message ?? '')) {
      return { ok: false, error: { code: 'corrupt', message: 'Part of this workspace file is damaged and cannot be read. Nothing was changed. Choose "Restore a backup" to put a good copy in its place (the damaged file is kept aside).' } };
    }
    return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(e as Error).message ?? String(e)}` } };
  }
}
