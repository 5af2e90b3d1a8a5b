import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { Workspace } from '../electron/services/workspace';
import { dataCategoryUses, purposes, recipients, transfers, activities, vendors, products, organisations } from '../electron/services/workspace/tables';
import type { WorkspaceDocument } from '../shared/interchange';
import { type Results, percentile, time } from './results';

function raw(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (e) => (e ? reject(e) : resolve(db)));
  });
}
const exec = (db: sqlite3.Database, sql: string) => new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
const all = (db: sqlite3.Database, sql: string) => new Promise<unknown[]>((res, rej) => db.all(sql, (e, rows) => (e ? rej(e) : res(rows))));

/** The floor for import: the same rows, one prepared statement per table, one transaction. */
async function importFloor(path: string, doc: WorkspaceDocument): Promise<number> {
  const ws = await Workspace.create(path, { backups: false });
  await ws.close();
  const tables = [
    { t: organisations, rows: doc.organisations.map((x, i) => organisations.row([i], x)) },
    { t: vendors, rows: doc.vendors.map((x, i) => vendors.row([i], x)) },
    { t: products, rows: doc.products.map((x, i) => products.row([i], x)) },
    { t: activities, rows: doc.activities.map((x, i) => activities.row([i], x)) },
    { t: purposes, rows: doc.activities.flatMap((a) => a.purposes.map((x, j) => purposes.row([a.id, j], x))) },
    { t: dataCategoryUses, rows: doc.activities.flatMap((a) => a.dataCategories.map((x, j) => dataCategoryUses.row([a.id, j], x))) },
    { t: recipients, rows: doc.activities.flatMap((a) => a.recipients.map((x, j) => recipients.row([a.id, j], x))) },
    { t: transfers, rows: doc.activities.flatMap((a) => a.transfers.map((x, j) => transfers.row([a.id, j], x))) },
    { t: { table: 'activity_data_subjects', columnNames: ['activity_id', 'position', 'subject_key'] }, rows: doc.activities.flatMap((a) => a.dataSubjects.map((k, j) => [a.id, j, k])) },
    { t: { table: 'activity_security_measures', columnNames: ['activity_id', 'position', 'measure_key'] }, rows: doc.activities.flatMap((a) => a.securityMeasures.map((k, j) => [a.id, j, k])) },
  ];
  const db = await raw(path);
  await exec(db, 'PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  const [ms] = await time(async () => {
    await exec(db, 'BEGIN IMMEDIATE');
    for (const { t, rows } of tables) {
      const stmt = db.prepare(`INSERT INTO ${t.table} (${t.columnNames.join(', ')}) VALUES (${t.columnNames.map(() => '?').join(', ')})`);
      for (const row of rows) stmt.run(row);
      await new Promise<void>((res, rej) => stmt.finalize((e) => (e ? rej(e) : res())));
    }
    await exec(db, 'COMMIT');
  });
  await new Promise<void>((res) => db.close(() => res()));
  return ms;
}

/** The floor for export: SELECT every table and JSON.stringify the rows. */
async function exportFloor(path: string): Promise<number> {
  const db = await raw(path);
  const tables = ['data_category_types', 'data_subject_types', 'security_measure_types', 'organisations', 'products', 'vendors', 'activities',
    'activity_purposes', 'activity_data_categories', 'activity_recipients', 'activity_transfers', 'activity_data_subjects', 'activity_security_measures'];
  const [ms] = await time(async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = await all(db, `SELECT * FROM ${t}`);
    return JSON.stringify(out).length;
  });
  await new Promise<void>((res) => db.close(() => res()));
  return ms;
}

const SYNTH = { orgs: 20, products: 5, activities: 100, vendors: 300 };

/** Phase "import" (own process, so its peak memory is its own): the floor, then the real import. */
export async function benchImport(dir: string, doc: WorkspaceDocument, results: Results): Promise<void> {
  const floorImport = await importFloor(join(dir, 'floor.ropa'), doc);
  const created = await Workspace.create(join(dir, 'synthetic.ropa'), { backups: false });
  const [importMs] = await time(() => created.importDocument(doc));
  await created.close();
  results.add('JSON import, 10,000 activities (validation included)', importMs, 'ms', 10_000, { value: floorImport, maxRatio: 3 });
}

/** Frees what an earlier measurement left behind, so a peak belongs to one operation (needs --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Phase "use": open, list, load, save, export, back up the workspace the import phase wrote. */
export async function benchUse(dir: string, results: Results): Promise<void> {
  const path = join(dir, 'synthetic.ropa');
  const [openMs, listed] = await time(async () => {
    const ws = await Workspace.open(path, { backups: false });
    const orgs = await ws.listOrganisations();
    const prods = await ws.listProducts();
    return { ws, n: orgs.length + prods.length };
  });
  results.add(`Open + list organisations and products (${listed.n} rows)`, openMs, 'ms', 300);
  const ws = listed.ws;
  const productId = `org-3-prod-2`;
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) loads.push((await time(() => ws.listActivities({ productId })))[0]);
  results.add("Load one product's 100 activities with all relations (median of 20)", percentile(loads, 50), 'ms', 50);

  const sample = await ws.listActivities({ productId });
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = sample[i % sample.length];
    if (!a) break;
    saves.push((await time(() => ws.saveActivity({ ...a, name: `${a.name} v${i}` })))[0]);
  }
  results.add('Save one edited activity, durable, change log included (p95 of 200)', percentile(saves, 95), 'ms', 15);

  const floorExport = await exportFloor(path);
  collectGarbage();
  const [exportMs] = await time(async () => JSON.stringify(await ws.exportDocument()).length);
  results.add('Full JSON export (read + stringify)', exportMs, 'ms', 5000, { value: floorExport, maxRatio: 2 });

  const [backupMs] = await time(() => ws.copyTo(join(dir, 'backup-copy.ropa')));
  results.add('Rolling backup of the whole workspace (online backup API)', backupMs, 'ms', 2000);
  await ws.close();
}

export { SYNTH };
