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

/**
 * pg settings for a URL plus extra ones (password, TLS). pg lets the URL's own
 * fields override the extra ones (even an absent password), so with extras the
 * URL is taken apart here; without, pg reads it whole (sslmode and all).
 */
export function clientConfig<T extends { password?: unknown; ssl?: unknown }>(url: string, extra: T): T & { connectionString?: string; host?: string; port?: number; user?: string; database?: string } {
  if (extra.password === undefined && extra.ssl === undefined) return { connectionString: url, ...extra };
  const u = new URL(url);
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || 'localhost',
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || 'postgres',
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
    ...extra,
  };
}
