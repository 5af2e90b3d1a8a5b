import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Connection } from './sqlite';
import { APPLICATION_ID } from './file-check';

export async function userVersion(conn: Connection): Promise<number> {
  const row = await conn.exclusive((r) => r.get<{ user_version: number }>('PRAGMA user_version'));
  return row?.user_version ?? 0;
}

/**
 * Brings the schema up to SCHEMA_VERSION. Each migration runs in its own
 * transaction together with the user_version it records, so a failure leaves the
 * file at the previous version.
 */
export async function migrate(conn: Connection, from: number): Promise<number[]> {
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    await conn.transaction(async (w) => {
      if (m.version === 1) await w.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      await w.exec(m.sql);
      await w.exec(`PRAGMA user_version = ${m.version}`);
    });
    applied.push(m.version);
  }
  return applied;
}

export { SCHEMA_VERSION };
