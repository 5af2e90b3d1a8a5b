import { WorkspaceError } from '../workspace/errors';

const GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** A PostgreSQL or network error in words for the person; WorkspaceErrors pass through. */
export function translatePgError(e: unknown, where: string): Error {
  if (e instanceof WorkspaceError) return e;
  const err = e as { code?: string; message?: string; constraint?: string };
  const code = err.code ?? '';
  const message = err.message ?? String(e);
  if (GONE.has(code) || /Connection terminated|connection lost|Client has encountered a connection error|terminating connection/i.test(message)) {
    return new WorkspaceError(
      'server_unavailable',
      `The connection to the team workspace on ${where} was lost, so the change was not saved (a change is saved whole or not at all). RoPA Desk reconnects by itself: try again in a moment.`,
      [message],
    );
  }
  if (code === '42501' || /row-level security/.test(message)) {
    const why = /approve/.test(message) ? message : 'Your login on this team workspace does not allow this change (read-only, or another organisation), so nothing was changed.';
    return new WorkspaceError('permission', why, [message]);
  }
  if (code === '23503') {
    return new WorkspaceError('invalid', 'The change was refused: it refers to a record that does not exist, or a record still in use (possibly by records you cannot see). Nothing was changed.', [message]);
  }
  if (/password must be a string|password authentication failed|no password/i.test(message) && code !== '28P01') {
    return new WorkspaceError('server_refused', `The server ${where} asks for the password of this login.`, [message]);
  }
  if (code === '28P01' || code === '28000') return new WorkspaceError('server_refused', `The server ${where} refused the login: ${message}`, [message]);
  if (code === '3D000') return new WorkspaceError('server_refused', `The server ${where} has no such database: ${message}`, [message]);
  return e instanceof Error ? e : new Error(message);
}
