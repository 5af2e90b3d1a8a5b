/**
 * Opening a team workspace: a pool to the server, the schema version and the
 * person's role checked, and a Workspace over the PgStore. An auditor's session
 * is read-only from the start (and the database refuses its writes anyway).
 */
import pg from 'pg';
import { Workspace } from '../workspace/workspace';
import { WorkspaceError } from '../workspace/errors';
import { PgStore } from './pg-store';
import { translatePgError } from './pg-errors';
import { clientConfig, describeServer } from './address';
import { FORMAT_MARKER, PG_SCHEMA_VERSION, type AppRole } from './schema';

export interface ServerOpenOptions {
  readOnly?: boolean;
  now?: () => Date;
  /** Extra pg pool settings (tests: password, ssl). */
  pool?: pg.PoolConfig;
}

const ROLE_WORDS: Record<AppRole, string> = { admin: 'admin', editor: 'editor', reviewer: 'reviewer', auditor: 'auditor, read-only' };

export function newPool(url: string, extra: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool(clientConfig(url, { max: 4, connectionTimeoutMillis: 5000, ...extra }));
  // An idle connection dropped by the server must not bring the process down; the next use reconnects.
  pool.on('error', () => undefined);
  return pool;
}

export async function openServerWorkspace(url: string, o: ServerOpenOptions = {}): Promise<Workspace> {
  const { where, user, safeUrl } = describeServer(url);
  const pool = newPool(url, o.pool);
  try {
    const c = await pool.connect().catch((e: unknown) => {
      throw translatePgError(e, where);
    });
    let role: AppRole | undefined;
    let login: string;
    try {
      let denied = false;
      const marker = await c
        .query<{ value: string; version: string | null }>("SELECT value, (SELECT value FROM ropa.meta WHERE key = 'schema_version') AS version FROM ropa.meta WHERE key = 'format'")
        .catch((e: unknown) => {
          denied = (e as { code?: string }).code === '42501';
          return undefined;
        });
      if (denied) {
        const me = (await c.query<{ u: string }>('SELECT session_user AS u')).rows[0]?.u ?? user;
        throw new WorkspaceError('permission', `${me} has no access to the team workspace on ${where}. Ask its admin to run "ropa server grant ${safeUrl} --user ${me} --role editor".`);
      }
      if (marker === undefined || marker.rows[0]?.value !== FORMAT_MARKER) {
        throw new WorkspaceError('not_found', `${where} holds no team workspace you can read. An admin creates one with "ropa server init ${safeUrl}" and adds you with "ropa server grant".`);
      }
      const version = Number(marker.rows[0].version ?? 0);
      if (version > PG_SCHEMA_VERSION) {
        throw new WorkspaceError(
          'newer_version',
          `The team workspace on ${where} has server schema version ${version}, made by a newer RoPA Desk; this one knows up to version ${PG_SCHEMA_VERSION}. Update RoPA Desk to open it.`,
        );
      }
      if (version < PG_SCHEMA_VERSION) {
        throw new WorkspaceError('newer_version', `The team workspace on ${where} has server schema version ${version}; an admin upgrades it with "ropa server init ${safeUrl}".`);
      }
      const me = await c.query<{ login: string; role: AppRole | null }>('SELECT session_user AS login, ropa.my_role() AS role');
      login = me.rows[0]?.login ?? user;
      role = me.rows[0]?.role ?? undefined;
    } finally {
      c.release();
    }
    if (role === undefined) {
      throw new WorkspaceError('permission', `${login} has no access to the team workspace on ${where}. Ask its admin to run "ropa server grant ${safeUrl} --user ${login} --role editor".`);
    }
    const { password, ssl } = o.pool ?? {};
    const store = new PgStore(pool, where, { url, config: { ...(password !== undefined ? { password } : {}), ...(ssl !== undefined ? { ssl } : {}) } });
    const readOnly = o.readOnly === true || role === 'auditor';
    const reason =
      role === 'auditor'
        ? `You have read access (auditor) to this team workspace, connected as ${login}: you can browse, check and export, but not change anything.`
        : o.readOnly === true
          ? 'Opened read-only on request.'
          : undefined;
    return Workspace.attach(store, {
      address: safeUrl,
      readOnly,
      ...(reason !== undefined ? { readOnlyReason: reason } : {}),
      actor: login,
      ...(o.now !== undefined ? { now: o.now } : {}),
      connectedAs: `${login} (${ROLE_WORDS[role]}) on ${where}`,
    });
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
}
