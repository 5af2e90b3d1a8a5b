/**
 * Phase "server": the same figures on a team workspace (a private PostgreSQL
 * cluster on loopback, started here) beside the file workspace's, as a ratio:
 * open the 10,000-activity register, load one product, save p95 alone and with 8
 * concurrent writers, JSON export, Excel export; and `ropa push` / `ropa pull`
 * of the whole register.
 */
import { join } from 'node:path';
import { Workspace } from '../electron/services/workspace';
import { openServerWorkspace } from '../electron/services/pgstore/connect';
import { initServer } from '../electron/services/pgstore/server-admin';
import { exportXlsx } from '../electron/services/reports/xlsx/export-xlsx';
import { copyWorkspace } from '../electron/services/store/workspace-copy';
import { createDatabase, removeCluster, startCluster } from '../tests/helpers/postgres';
import { type Results, percentile, time } from './results';

const PRODUCT = 'org-3-prod-2';
const SAVES = 100;

interface Figures {
  open: number;
  loadProduct: number;
  saveP95: number;
  saveP95Concurrent: number;
  jsonExport: number;
  xlsxExport: number;
}

async function measure(open: () => Promise<Workspace>, dir: string, tag: string): Promise<Figures> {
  const [openMs, ws] = await time(async () => {
    const w = await open();
    await Promise.all([w.listOrganisations(), w.listProducts(), w.listVendors(), w.taxonomies(), w.listActivitySummaries()]);
    return w;
  });
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) loads.push((await time(() => ws.listActivities({ productId: PRODUCT })))[0]);
  let records = await ws.listActivities({ productId: PRODUCT });
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const a = records[i % records.length];
    if (!a) break;
    const [ms, saved] = await time(() => ws.saveActivity({ ...a, name: `${a.name.replace(/ v\d+$/, '')} v${i}` }));
    saves.push(ms);
    records = records.map((r) => (r.id === saved.id ? saved : r));
  }
  // 8 writers at once, each on records of its own (a file workspace queues them on its one connection).
  const writers = tag === 'file' ? Array.from({ length: 8 }, () => ws) : await Promise.all(Array.from({ length: 8 }, () => open()));
  const all = await ws.listActivities({ organisationId: 'org-4' });
  const concurrent: number[] = [];
  await Promise.all(
    writers.map(async (w, k) => {
      let mine = all.filter((_, i) => i % 8 === k);
      for (let i = 0; i < SAVES / 4; i++) {
        const a = mine[i % mine.length];
        if (!a) break;
        const [ms, saved] = await time(() => w.saveActivity({ ...a, description: `writer ${k} save ${i}` }));
        concurrent.push(ms);
        mine = mine.map((r) => (r.id === saved.id ? saved : r));
      }
    }),
  );
  if (tag !== 'file') for (const w of writers) await w.close();
  const [jsonMs] = await time(async () => JSON.stringify(await ws.exportDocument()).length);
  const [xlsxMs] = await time(() => exportXlsx(ws, { scope: { kind: 'workspace' }, out: join(dir, `${tag}.xlsx`) }));
  await ws.close();
  return { open: openMs, loadProduct: percentile(loads, 50), saveP95: percentile(saves, 95), saveP95Concurrent: percentile(concurrent, 95), jsonExport: jsonMs, xlsxExport: xlsxMs };
}

export async function benchServer(dir: string, results: Results): Promise<void> {
  const path = join(dir, 'synthetic.ropa');
  const file = await measure(() => Workspace.open(path, { backups: false }), dir, 'file');
  const cluster = await startCluster();
  try {
    const url = await createDatabase(cluster, 'bench');
    await initServer(url);
    // `ropa push`: the whole workspace (records, published versions, label stamps, submissions, change log), one transaction.
    const source = await Workspace.open(path, { readOnly: true, backups: false });
    const target = await openServerWorkspace(url);
    const [pushMs] = await time(() => copyWorkspace(source, target, { verb: 'Pushed', from: path, where: 'the bench server' }));
    await target.close();
    await source.close();
    results.info('Team workspace: push the 10,000-activity register to the server, whole (one transaction)', pushMs, 'ms');
    const server = await measure(() => openServerWorkspace(url), dir, 'server');
    // `ropa pull`: a file copy of the whole team workspace.
    const pulling = await openServerWorkspace(url, { readOnly: true });
    const [pullMs] = await time(() => pulling.copyTo(join(dir, 'pulled.ropa')));
    await pulling.close();
    results.info('Team workspace: pull the 10,000-activity register into a new file, whole', pullMs, 'ms');
    const row = (name: string, key: keyof Figures, max: number) => results.add(`Team workspace: ${name} (beside the file)`, server[key], 'ms', max, { value: file[key], maxRatio: 10 });
    row('open + navigation overview of 10,000 activities', 'open', 3000);
    row("load one product's 100 activities (median of 20)", 'loadProduct', 200);
    row(`save one edited activity, p95 of ${SAVES}`, 'saveP95', 100);
    row('save p95 with 8 concurrent writers', 'saveP95Concurrent', 500);
    row('full JSON export', 'jsonExport', 10_000);
    row('Excel register export (in process)', 'xlsxExport', 60_000);
  } finally {
    removeCluster(cluster);
  }
}
