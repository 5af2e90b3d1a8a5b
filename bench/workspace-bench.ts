import { join } from 'node:path';
import { Workspace } from '../electron/services/workspace';
import { clearRegister, writeDocument } from '../electron/services/workspace/document-io';
import { Connection } from '../electron/services/workspace/sqlite';
import type { WorkspaceDocument } from '../shared/interchange';
import { escapeJsonControls } from '../shared/reports/sanitise';
import { type Results, percentile, time } from './results';

/**
 * The floor for import (issue 14: a floor is the fastest known way to do the same work):
 * the same rows written set-wise into the same tables, by the same statements
 * (`writeDocument`: one INSERT … SELECT FROM json_each per table, record JSON
 * included), in one transaction, with no validation and no change log. The ratio is
 * then what validation and bookkeeping cost.
 */
async function importFloor(path: string, doc: WorkspaceDocument): Promise<number> {
  const ws = await Workspace.create(path, { backups: false });
  await ws.close();
  const conn = await Connection.open(path, { readOnly: false, create: false });
  await conn.exclusive((w) => w.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;'));
  const [ms] = await time(() =>
    conn.transaction(async (w) => {
      await clearRegister(w);
      await writeDocument(w, doc);
    }),
  );
  await conn.close();
  return ms;
}

/**
 * The floor for export: read the stored record JSON of every activity and the rows of
 * the other tables in one read transaction, and join the activities' JSON text as it
 * is stored (no parse, no object per activity). The export parses each record and
 * builds the document; the ratio is what that costs.
 */
async function exportFloor(path: string): Promise<number> {
  const conn = await Connection.open(path, { readOnly: true, create: false });
  const tables = ['data_category_types', 'data_subject_types', 'security_measure_types', 'organisations', 'products', 'vendors'];
  const [ms] = await time(() =>
    conn.read(async (r) => {
      const others: Record<string, unknown[]> = {};
      for (const t of tables) others[t] = await r.all(`SELECT * FROM ${t}`);
      const acts = await r.all<{ j: string }>('SELECT record_json AS j FROM activities ORDER BY position');
      return `{"others":${JSON.stringify(others)},"activities":[${acts.map((x) => x.j).join(',')}]}`.length;
    }),
  );
  await conn.close();
  return ms;
}

const SYNTH = { orgs: 20, products: 5, activities: 100, vendors: 300 };

/** Phase "import" (own process, so its peak memory is its own): the floor, then the real import. */
export async function benchImport(dir: string, doc: WorkspaceDocument, results: Results): Promise<void> {
  const floorImport = await importFloor(join(dir, 'floor.ropa'), doc);
  const created = await Workspace.create(join(dir, 'synthetic.ropa'), { backups: false });
  const [importMs] = await time(() => created.importDocument(doc));
  await created.close();
  results.add('JSON import, 10,000 activities (validation included)', importMs, 'ms', 10_000, { value: floorImport, maxRatio: 1.5 });
}

/** Frees what an earlier measurement left behind, so a peak belongs to one operation (needs --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Phase "use": open, list, load, save, export, back up the workspace the import phase wrote. */
export async function benchUse(dir: string, results: Results): Promise<void> {
  const path = join(dir, 'synthetic.ropa');
  // As the app opens a file: SQLite's quick check runs after the open, beside the first reads (issue 14).
  const [openMs, listed] = await time(async () => {
    const ws = await Workspace.open(path, { backups: false, deferCheck: true });
    const orgs = await ws.listOrganisations();
    const prods = await ws.listProducts();
    return { ws, n: orgs.length + prods.length };
  });
  results.add(`Open + list organisations and products (${listed.n} rows)`, openMs, 'ms', 300);
  const ws = listed.ws;
  const [checkMs] = await time(async () => ws.verified);
  results.info('quick_check after the open, until the first write may go (remaining after open + list)', checkMs, 'ms');
  const [fullCheckMs] = await time(async () => {
    // on a connection of its own, read-only: the Workspace keeps its SQLite handle to itself
    const c = await Connection.open(path, { readOnly: true, create: false });
    try {
      return await c.read((raw) => raw.all('PRAGMA quick_check'));
    } finally {
      await c.close();
    }
  });
  results.add('quick_check of the 10,000-activity workspace (after every writable open, off the open path)', fullCheckMs, 'ms', 1000);
  const productId = `org-3-prod-2`;
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) loads.push((await time(() => ws.listActivities({ productId })))[0]);
  results.add("Load one product's 100 activities with all relations (median of 20)", percentile(loads, 50), 'ms', 50);

  let sample = await ws.listActivities({ productId });
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = sample[i % sample.length];
    if (!a) break;
    // Each save is based on the version the previous one returned (a stale copy is a conflict).
    const [ms, saved] = await time(() => ws.saveActivity({ ...a, name: `${a.name.replace(/ v\d+$/, '')} v${i}` }));
    saves.push(ms);
    sample = sample.map((r) => (r.id === saved.id ? saved : r));
  }
  results.add('Save one edited activity, durable, change log included (p95 of 200)', percentile(saves, 95), 'ms', 15);

  const floorExport = await exportFloor(path);
  collectGarbage();
  // What File ▸ Export as JSON writes: the document's text (stored record JSON, not parsed again), escaped.
  const [exportMs] = await time(async () => escapeJsonControls(await ws.exportDocumentText()).length);
  results.add('Full JSON export (read + write the text)', exportMs, 'ms', 5000, { value: floorExport, maxRatio: 1.5 });

  const [backupMs] = await time(() => ws.copyTo(join(dir, 'backup-copy.ropa')));
  results.add('Rolling backup of the whole workspace (online backup API)', backupMs, 'ms', 2000);
  await ws.close();
}

export { SYNTH };
