// Compliance figures on the synthetic 10,000-activity register left by the "import" phase.
import { join } from 'node:path';
import { completeness, diffDocuments, runChecks } from '../shared/compliance';
import { Workspace } from '../electron/services/workspace';
import { type Results, percentile, time } from './results';

const RUNS = 5;

export async function benchCompliance(dir: string, results: Results): Promise<void> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  const doc = await ws.exportDocument();
  await ws.close();
  const today = new Date().toISOString().slice(0, 10);

  const checks: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const [ms, findings] = await time(async () => runChecks(doc, { today }));
    checks.push(ms);
    found = findings.length;
  }
  results.add(`All ${doc.activities.length.toLocaleString('en')} activities through every rule (${found} findings; median of ${RUNS})`, percentile(checks, 50), 'ms', 1000);

  const scores: number[] = [];
  for (let i = 0; i < RUNS; i++) scores.push((await time(async () => completeness(doc)))[0]);
  results.add(`Completeness of every activity, product and organisation (median of ${RUNS})`, percentile(scores, 50), 'ms', 300);

  // "What changed" between two full registers: a copy with every tenth activity edited.
  const later = structuredClone(doc);
  later.activities.forEach((a, i) => {
    if (i % 10 === 0) a.name = `${a.name} (renamed)`;
  });
  const [diffMs, diff] = await time(async () => diffDocuments(doc, later));
  results.add(`Diff of two 10,000-activity registers (${diff.counts.changed} changed)`, diffMs, 'ms', 2000);
}
