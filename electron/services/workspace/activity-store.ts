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

type Row = Record<string, SqlValue>;

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const k = row[key] as string;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Loads the activities matching `where` (a condition on the activities table)
 * with all their lists, in register order.
 */
export async function loadActivities(r: Reader, where = '', params: readonly SqlValue[] = []): Promise<ProcessingActivity[]> {
  const own = await activities.select(r, where, params);
  if (own.length === 0) return [];
  const scope = where === '' ? '' : `WHERE activity_id IN (SELECT id FROM activities ${where})`;
  const order = 'activity_id, position';
  const [p, c, rc, t, s, m] = await Promise.all([
    purposes.select(r, scope, params, order),
    dataCategoryUses.select(r, scope, params, order),
    recipients.select(r, scope, params, order),
    transfers.select(r, scope, params, order),
    r.all<Row>(`SELECT activity_id, subject_key FROM ${dataSubjectUses.table} ${scope} ORDER BY ${order}`, params),
    r.all<Row>(`SELECT activity_id, measure_key FROM ${securityMeasureUses.table} ${scope} ORDER BY ${order}`, params),
  ]);
  const byP = groupBy(p, 'activity_id');
  const byC = groupBy(c, 'activity_id');
  const byR = groupBy(rc, 'activity_id');
  const byT = groupBy(t, 'activity_id');
  const byS = groupBy(s, 'activity_id');
  const byM = groupBy(m, 'activity_id');
  return own.map((row) => {
    const base = activities.decode(row);
    const id = base.id;
    return {
      ...base,
      purposes: (byP.get(id) ?? []).map((x) => purposes.decode(x)),
      dataSubjects: (byS.get(id) ?? []).map((x) => x.subject_key as string),
      dataCategories: (byC.get(id) ?? []).map((x) => dataCategoryUses.decode(x)),
      recipients: (byR.get(id) ?? []).map((x) => recipients.decode(x)),
      transfers: (byT.get(id) ?? []).map((x) => transfers.decode(x)),
      securityMeasures: (byM.get(id) ?? []).map((x) => x.measure_key as string),
    };
  });
}
