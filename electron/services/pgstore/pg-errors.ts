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
  // TLS (issue 15): the certificate's name, or its issuer, is not what the chosen mode requires.
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || /Hostname\/IP does not match certificate/.test(message)) {
    return new WorkspaceError(
      'server_refused',
      `The server ${where} presented a certificate made out to another name, so RoPA Desk did not connect (verify-full checks that the certificate names the server you connect to). Connect by the name the certificate gives, or ask the server's admin.`,
      [message],
    );
  }
  if (/self[- ]signed certificate|unable to verify the first certificate|unable to get local issuer certificate/i.test(message)) {
    return new WorkspaceError(
      'server_refused',
      `The server ${where} presented a certificate that the CA file you chose did not sign, so RoPA Desk did not connect. Choose the CA certificate of that server.`,
      [message],
    );
  }
  if (code === '42501' || /row-level security/.test(message)) {
    const why = /approv/.test(message) ? message : 'Your login on this team workspace does not allow this change (read-only, or another organisation), so nothing was changed.';
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
