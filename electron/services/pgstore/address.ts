/** Workspace addresses: a file path, or a postgres:// URL of a team workspace. */
export function isServerAddress(address: string): boolean {
  return /^postgres(ql)?:\/\//i.test(address);
}

/** Host, port, database and user of a URL, without its password: how the server is named to people. */
export function describeServer(url: string): { where: string; user: string; database: string; safeUrl: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const user = decodeURIComponent(u.username) || 'postgres';
  const host = u.hostname || 'localhost';
  const port = u.port || '5432';
  const safe = new URL(url);
  safe.password = '';
  return { where: `${host}:${port}/${database}`, user, database, safeUrl: safe.toString() };
}
