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
}

/** Replaces one activity in place (same position), lists included. */
export async function replaceActivity(w: Writer, a: ProcessingActivity, position: number): Promise<void> {
  for (const table of ACTIVITY_CHILD_TABLES) await w.run(`DELETE FROM ${table} WHERE activity_id = ?`, [a.id]);
  await w.run('DELETE FROM activities WHERE id = ?', [a.id]);
  await insertActivities(w, [a], () => position);
}

/**
 * Each activity as one JSON value built by SQLite, lists included, in the key order
 * of the interchange document. (A merge patch keeps an array as it is, so the list
 * items drop their absent fields themselves.)
 */
const LOAD_SQL = `SELECT ${activities.jsonSql(
  'a',
  [
    ['purposes', purposes],
    ['dataSubjects', dataSubjectUses],
    ['dataCategories', dataCategoryUses],
    ['recipients', recipients],
    ['transfers', transfers],
    ['securityMeasures', securityMeasureUses],
  ]
    .map(([key, t]) => `'${key as string}', ${(t as { childArraySql(p: string): string }).childArraySql('a.id')}`)
    .join(', '),
)} AS j FROM activities a`;

/**
 * Loads the activities matching `where` (a condition on the activities table)
 * with all their lists, in register order. SQLite builds each activity as one
 * JSON value, which is several times faster than turning every column of every
 * list row into a JavaScript value through the driver.
 */
export async function loadActivities(r: Reader, where = '', params: readonly SqlValue[] = []): Promise<ProcessingActivity[]> {
  const rows = await r.all<{ j: string }>(`${LOAD_SQL} ${where} ORDER BY a.position`, params);
  return rows.map((row) => JSON.parse(row.j) as ProcessingActivity);
}

/** Activities per query in `loadAllActivities`. */
const CHUNK = 500;

/**
 * Every activity in register order, loaded a chunk at a time. Reading all child
 * rows in one query builds every row natively before any becomes a JavaScript
 * object, which doubled the memory a whole-workspace read needs (10,000
 * activities: 392 MB peak at once, 189 MB in chunks, the same time). Call it
 * inside one read so that the chunks come from one snapshot.
 */
export async function loadAllActivities(r: Reader): Promise<ProcessingActivity[]> {
  const ids = (await r.all<{ id: string }>('SELECT id FROM activities ORDER BY position')).map((x) => x.id);
  const load = (from: number) => loadActivities(r, 'WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids.slice(from, from + CHUNK))]);
  const out: ProcessingActivity[] = [];
  // One chunk ahead: SQLite reads the next chunk on its thread while this one is decoded.
  let next = ids.length > 0 ? load(0) : undefined;
  for (let from = 0; next !== undefined; from += CHUNK) {
    const current = next;
    next = from + CHUNK < ids.length ? load(from + CHUNK) : undefined;
    for (const a of await current) out.push(a);
  }
  return out;
}
