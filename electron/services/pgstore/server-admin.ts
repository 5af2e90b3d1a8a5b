/**
 * `ropa server init` and `ropa server grant`: the schema, its roles and grants,
 * and people. Init is idempotent, runs under an advisory lock (two clients never
 * migrate at once) and refuses a database that holds anything but a team workspace.
 */
import type pg from 'pg';
import { defaultTaxonomies } from '../../../shared/interchange';
import { WorkspaceError } from '../workspace/errors';
import { describeServer } from './address';
import { newPool } from './connect';
import { insertTaxonomies } from './pg-store';
import { translatePgError } from './pg-errors';
import { APP_ROLES, type AppRole, FORMAT_MARKER, MIGRATION_LOCK_KEY, PG_SCHEMA_VERSION, rolePrefix, schemaV1, schemaV3 } from './schema';
import { schemaV2 } from './schema-v2';
// Issue 15, carrying a workspace whole (push/pull) and no new activity arriving approved.
import { schemaV4 } from './schema-v4';

/** The steps after version 1, in order: step n brings the schema from version n - 1 to n. */
export const UPGRADES: Readonly<Record<number, (prefix: string) => string>> = {
  2: schemaV2,
  3: schemaV3,
  4: schemaV4,
};

async function upgrade(c: pg.PoolClient, prefix: string, from: number): Promise<void> {
  if (from >= PG_SCHEMA_VERSION) return;
  await c.query(`GRANT ${ident(`${prefix}owner`)} TO CURRENT_USER`);
  for (let v = from + 1; v <= PG_SCHEMA_VERSION; v++) {
    const step = UPGRADES[v];
    if (step === undefined) throw new Error(`no upgrade step to server schema version ${v}`);
    await c.query(step(prefix));
  }
  await c.query("UPDATE ropa.meta SET value = $1 WHERE key = 'schema_version'", [String(PG_SCHEMA_VERSION)]);
}

export interface InitResult {
  created: boolean;
  schemaVersion: number;
  rolePrefix: string;
  /** The server schema version it had, when this call upgraded it. */
  upgradedFrom?: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function inTransaction<T>(url: string, fn: (c: pg.PoolClient) => Promise<T>, pool?: pg.PoolConfig): Promise<T> {
  const { where } = describeServer(url);
  const p = newPool(url, { max: 1, ...pool });
  try {
    const c = await p.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  } catch (e) {
    throw translatePgError(e, where);
  } finally {
    await p.end().catch(() => undefined);
  }
}

/** Creates (or upgrades) the team workspace schema in the URL's database. */
export function initServer(url: string, options: { name?: string; pool?: pg.PoolConfig; /** Tests of the upgrade: create at this older version. */ createAtVersion?: number } = {}): Promise<InitResult> {
  const target = options.createAtVersion ?? PG_SCHEMA_VERSION;
  const { where, database } = describeServer(url);
  return inTransaction(
    url,
    async (c) => {
      const prefix = rolePrefix(database);
      const hasSchema = (await c.query("SELECT 1 FROM pg_namespace WHERE nspname = 'ropa'")).rowCount === 1;
      if (hasSchema) {
        const marker = await c.query<{ value: string }>("SELECT value FROM ropa.meta WHERE key = 'format'").catch(() => undefined);
        if (marker?.rows[0]?.value !== FORMAT_MARKER) {
          throw new WorkspaceError('foreign_sqlite', `${where} already has a schema "ropa" that is not a RoPA Desk team workspace; nothing was changed.`);
        }
        const version = Number((await c.query<{ value: string }>("SELECT value FROM ropa.meta WHERE key = 'schema_version'")).rows[0]?.value ?? 0);
        if (version > PG_SCHEMA_VERSION) {
          throw new WorkspaceError('newer_version', `The team workspace on ${where} has server schema version ${version}, newer than this RoPA Desk (${PG_SCHEMA_VERSION}); nothing was changed.`);
        }
        // Later schema versions are applied here, in order, inside this locked transaction.
        await upgrade(c, prefix, version);
        return { created: false, schemaVersion: PG_SCHEMA_VERSION, rolePrefix: prefix, ...(version < PG_SCHEMA_VERSION ? { upgradedFrom: version } : {}) };
      }
      const others = await c.query<{ name: string }>(
        `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
         ORDER BY 1 LIMIT 5`,
      );
      if (others.rows.length > 0) {
        throw new WorkspaceError(
          'foreign_sqlite',
          `${where} already holds other data (${others.rows.map((r) => r.name).join(', ')}); a team workspace needs a database of its own. Nothing was changed.`,
        );
      }
      for (const role of [...APP_ROLES, 'owner']) {
        const name = `${prefix}${role}`;
        const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount === 1;
        if (!exists) await c.query(`CREATE ROLE ${ident(name)} NOLOGIN`);
      }
      await c.query(`GRANT ${ident(`${prefix}owner`)} TO CURRENT_USER`);
      await c.query(schemaV1(prefix));
      for (let v = 2; v <= target; v++) {
        const step = UPGRADES[v];
        if (step === undefined) throw new Error(`no upgrade step to server schema version ${v}`);
        await c.query(step(prefix));
      }
      await c.query('SET LOCAL search_path = ropa, pg_temp');
      const me = (await c.query<{ u: string }>('SELECT session_user AS u')).rows[0]?.u ?? 'postgres';
      await c.query('INSERT INTO ropa.people (login, role, all_organisations) VALUES ($1, $2, true)', [me, 'admin']);
      await c.query('INSERT INTO ropa.meta (key, value) VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8), ($9, $10)', [
        'format',
        FORMAT_MARKER,
        'schema_version',
        String(target),
        'name',
        options.name ?? database,
        'created_at',
        new Date().toISOString(),
        'role_prefix',
        prefix,
      ]);
      await insertTaxonomies(c, defaultTaxonomies());
      await c.query(
        "INSERT INTO ropa.change_log (entity_type, entity_id, action, summary) VALUES ('workspace', 'workspace', 'create', 'Created the workspace')",
      );
      return { created: true, schemaVersion: target, rolePrefix: prefix };
    },
    options.pool,
  );
}

export interface GrantRequest {
  user: string;
  role: AppRole;
  /** Organisation name or id; without it, every organisation. */
  organisation?: string;
}

/**
 * Gives a login a role on the team workspace: the database group role (what the
 * tables allow) and the person's row (what row-level security reads). With an
 * organisation, adds that organisation to the ones the person sees.
 */
export function grantAccess(url: string, req: GrantRequest, pool?: pg.PoolConfig): Promise<string> {
  const { where } = describeServer(url);
  return inTransaction(
    url,
    async (c) => {
      const prefix = (await c.query<{ value: string }>("SELECT value FROM ropa.meta WHERE key = 'role_prefix'").catch(() => undefined))?.rows[0]?.value;
      if (prefix === undefined) throw new WorkspaceError('not_found', `${where} holds no team workspace; create it first with "ropa server init".`);
      if ((await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolcanlogin', [req.user])).rowCount !== 1) {
        throw new WorkspaceError(
          'not_found_record',
          `There is no login "${req.user}" on ${where}. Create it first (for example: CREATE ROLE ${ident(req.user)} LOGIN PASSWORD '…'), then grant again.`,
        );
      }
      let orgId: string | undefined;
      let orgName: string | undefined;
      if (req.organisation !== undefined) {
        const wanted = req.organisation.trim().toLowerCase();
        const org = (
          await c.query<{ id: string; name: string }>('SELECT id, name FROM ropa.organisations WHERE id = $1 OR lower(name) = $2 ORDER BY (id = $1) DESC LIMIT 1', [req.organisation, wanted])
        ).rows[0];
        if (org === undefined) {
          const names = (await c.query<{ name: string }>('SELECT name FROM ropa.organisations ORDER BY position')).rows.map((r) => `"${r.name}"`);
          throw new WorkspaceError('not_found_record', `No organisation is named "${req.organisation}". The organisations are: ${names.join(', ') || 'none yet'}.`);
        }
        orgId = org.id;
        orgName = org.name;
      }
      for (const role of APP_ROLES) {
        const group = ident(`${prefix}${role}`);
        if (role === req.role) await c.query(`GRANT ${group} TO ${ident(req.user)}`);
        else await c.query(`REVOKE ${group} FROM ${ident(req.user)}`);
      }
      await c.query(
        `INSERT INTO ropa.people (login, role, all_organisations) VALUES ($1, $2, $3)
         ON CONFLICT (login) DO UPDATE SET role = excluded.role, all_organisations = CASE WHEN $3 THEN true ELSE ropa.people.all_organisations AND $4 END`,
        [req.user, req.role, orgId === undefined, orgId === undefined],
      );
      if (orgId !== undefined) {
        await c.query('INSERT INTO ropa.access (login, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [req.user, orgId]);
      }
      await c.query("INSERT INTO ropa.change_log (entity_type, entity_id, action, summary) VALUES ('workspace', 'people', 'update', $1)", [
        `Gave ${req.user} the role ${req.role}${orgName !== undefined ? ` for the organisation "${orgName}"` : ' for every organisation'}`,
      ]);
      return `${req.user} is now ${req.role} on ${where}${orgName !== undefined ? `, for the organisation "${orgName}"` : ', for every organisation'}.`;
    },
    pool,
  );
}
