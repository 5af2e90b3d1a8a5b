import type { ProcessingActivity } from '../../../shared/model';
import type { Reader, SqlValue, Writer } from './sqlite';
import {
  ACTIVITY_CHILD_TABLES,
  activities,
  dataCategoryUses,
  dataSubjectUses,
  purposes,
  recipients,
  securityMeasureUses,
  transfers,
} from './tables';

/** Writes activities with every list they hold: one statement per table, whatever their number. */
export async function insertActivities(
  w: Writer,
  items: readonly ProcessingActivity[],
  positionOf: (index: number) => number,
): Promise<void> {
  const rows: SqlValue[][] = [];
  const p: SqlValue[][] = [];
  const c: SqlValue[][] = [];
  const r: SqlValue[][] = [];
  const t: SqlValue[][] = [];
  const s: SqlValue[][] = [];
  const m: SqlValue[][] = [];
  items.forEach((a, i) => {
    rows.push(activities.row([positionOf(i)], a));
    a.purposes.forEach((x, j) => p.push(purposes.row([a.id, j], x)));
    a.dataCategories.forEach((x, j) => c.push(dataCategoryUses.row([a.id, j], x)));
    a.recipients.forEach((x, j) => r.push(recipients.row([a.id, j], x)));
    a.transfers.forEach((x, j) => t.push(transfers.row([a.id, j], x)));
    s.push(...dataSubjectUses.rows(a.id, a.dataSubjects));
    m.push(...securityMeasureUses.rows(a.id, a.securityMeasures));
  });
  await activities.insert(w, rows);
  await purposes.insert(w, p);
  await dataCategoryUses.insert(w, c);
  await recipients.insert(w, r);
  await transfers.insert(w, t);
  await dataSubjectUses.insert(w, s);
  await securityMeasureUses.insert(w, m);
  if (items.length > 0) await fillRecordJson(w, 'id IN (SELECT value FROM json_each(?))', [JSON.stringify(items.map((a) => a.id))]);
}

/** Replaces one activity in place (same position), lists included. */
export async function replaceActivity(w: Writer, a: ProcessingActivity, position: number): Promise<void> {
  for (const table of ACTIVITY_CHILD_TABLES) await w.run(`DELETE FROM ${table} WHERE activity_id = ?`, [a.id]);
  await w.run('DELETE FROM activities WHERE id = ?', [a.id]);
  await insertActivities(w, [a], () => position);
}

/** An activity's lists, each kept in its own table, in the interchange document's key order. */
const LISTS = [
  ['purposes', purposes],
  ['dataSubjects', dataSubjectUses],
  ['dataCategories', dataCategoryUses],
  ['recipients', recipients],
  ['transfers', transfers],
  ['securityMeasures', securityMeasureUses],
] as const;

/**
 * SQL for the whole record of the activity row aliased `alias`, as JSON built from
 * its rows: its own fields, then each list (in position order, `[]` when empty).
 */
export function activityJsonSql(alias: string): string {
  const lists = LISTS.map(
    ([key, table]) => `'$.${key}', json((SELECT ${table.groupArraySql('c')} FROM ${table.table} c WHERE c.activity_id = ${alias}.id))`,
  );
  return `json_set(${activities.jsonSql(alias)}, ${lists.join(', ')})`;
}

/**
 * Builds `record_json` from the rows for the activities matching `where` that lack
 * it (schema 4 keeps each record's JSON beside its rows; triggers clear it when a
 * row changes by any other path than `insertActivities`).
 */
export async function fillRecordJson(w: Writer, where = 'record_json IS NULL', params: readonly SqlValue[] = []): Promise<void> {
  await w.run(`UPDATE activities AS a SET record_json = ${activityJsonSql('a')} WHERE ${where}`, params);
}

/**
 * The activities matching `where` (a condition on the activities table) with all
 * their lists, in register order: each activity's `record_json`, or, where a
 * trigger has cleared it, the same JSON built from its rows.
 */
export async function loadActivities(r: Reader, where = '', params: readonly SqlValue[] = []): Promise<ProcessingActivity[]> {
  const rows = await r.all<{ j: string }>(`SELECT coalesce(a.record_json, ${activityJsonSql('a')}) AS j FROM activities a ${where} ORDER BY a.position`, params);
  return rows.map((row) => JSON.parse(row.j) as ProcessingActivity);
}

/**
 * Every activity's record as JSON text, in register order, as stored (or built from
 * its rows where a trigger cleared it): what the JSON export writes without parsing
 * and re-serialising 10,000 records. Call it inside one read.
 */
export async function loadAllActivityTexts(r: Reader): Promise<string[]> {
  const rows = await r.all<{ j: string }>(`SELECT coalesce(a.record_json, ${activityJsonSql('a')}) AS j FROM activities a ORDER BY a.position`);
  return rows.map((row) => row.j);
}

/** Activities per query in `loadAllActivities`. */
const CHUNK = 1000;

/**
 * Every activity in register order, a chunk at a time, so that the driver's and
 * JSON's transient memory stays that of one chunk. Call it inside one read, so
 * that the chunks come from one snapshot.
 */
export async function loadAllActivities(r: Reader): Promise<ProcessingActivity[]> {
  const ids = (await r.all<{ id: string }>('SELECT id FROM activities ORDER BY position')).map((x) => x.id);
  const out: ProcessingActivity[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = await loadActivities(r, 'WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids.slice(i, i + CHUNK))]);
    for (const a of chunk) out.push(a);
  }
  return out;
}
