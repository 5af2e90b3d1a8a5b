// npm run bench: builds a synthetic 10,000-activity register and prints the speed figures.
// Each phase runs in its own process so that its peak memory (RSS) is measured alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { synthesizeDocument } from '../shared/synth/generate';
import { type BenchResult, Results } from './results';
import { benchReportDocx, benchReportXlsx, benchReportXlsxMemory } from './reports-bench';
import { SYNTH, benchImport, benchUse } from './workspace-bench';
import { benchCompliance } from './compliance-bench';
import { benchNotice } from './notice-bench';
import { runUiBench } from './ui-bench';
import { benchServer } from './server-bench';

/**
 * Each phase runs in its own process, in this order, on the same folder: "import"
 * writes `synthetic.ropa` (10,000 activities) there, later phases read it.
 * A feature adds its figures with one line here.
 */
const PHASES: { phase: string; label: string; run: (dir: string, results: Results) => Promise<void>; maxMb?: number; rss?: false | 'info' }[] = [
  { phase: 'import', label: 'JSON import', run: (dir, results) => benchImport(dir, synthesizeDocument(SYNTH), results) },
  { phase: 'use', label: 'open, load, save, export', run: benchUse },
  // The issues set no memory target for checks (it holds two whole registers for the diff).
  { phase: 'compliance', label: 'compliance checks', run: benchCompliance, rss: 'info' },
  { phase: 'notice', label: 'privacy notice', run: benchNotice },
  // Floor and export take turns, the best of five each, in one process (each in a fresh worker
  // thread, the floor's cells precomputed there); the memory of one export is measured alone.
  { phase: 'report-xlsx', label: 'Excel register export', run: benchReportXlsx, rss: false },
  { phase: 'report-xlsx-memory', label: 'Excel register export (one run)', run: benchReportXlsxMemory },
  { phase: 'report-docx', label: 'Word report export', run: benchReportDocx, maxMb: 800 },
  // No RSS target for this phase: the browser is a separate process and the issue sets none.
  { phase: 'ui', label: 'desktop UI in Chromium', run: benchUi, rss: false },
  // Team workspace (issue 15): the same figures on a local PostgreSQL server, beside the file's.
  { phase: 'server', label: 'team workspace on PostgreSQL', run: benchServer, rss: 'info' },
];

/** The renderer on the 10,000-activity register, in Debian Chromium through the end-to-end harness. */
async function benchUi(_dir: string, results: Results): Promise<void> {
  const f = await runUiBench();
  results.add('UI: first paint of the workspace after open (10,000 activities)', f.firstPaintMs ?? NaN, 'ms', 1000);
  results.add('UI: search-as-you-type results (median)', f.searchMedianMs ?? NaN, 'ms', 100);
  results.add('UI: switching between two activities (median)', f.switchMedianMs ?? NaN, 'ms', 100);
  results.add('UI: activity-list rows in the DOM (product of 100, workspace of 10,000)', f.treeRowsInDom ?? NaN, 'rows', 199);
}

async function runPhase(phase: string, dir: string): Promise<void> {
  const results = new Results(true);
  const entry = PHASES.find((p) => p.phase === phase);
  if (!entry) throw new Error(`unknown phase ${phase}`);
  await entry.run(dir, results);
  process.stdout.write(`${JSON.stringify({ results: results.all, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main(): Promise<void> {
  const [flag, phase, dir] = process.argv.slice(2);
  if (flag === '--phase' && phase && dir) return runPhase(phase, dir);

  const work = mkdtempSync(join(tmpdir(), 'ropa-bench-'));
  const results = new Results();
  try {
    process.stdout.write('Synthetic register: 20 organisations x 5 products x 100 activities (each 3 purposes, 8 data categories, 4 recipients, 2 transfers), 300 vendors\n');
    for (const { phase, label, maxMb, rss } of PHASES) {
      let out: string;
      try {
        out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--phase', phase, work], { encoding: 'utf8', maxBuffer: 1 << 24 });
      } catch (e) {
        // A phase that fails is reported as missed, and the later phases still print their figures.
        process.stderr.write(`Phase "${phase}" (${label}) failed: ${(e as Error).message.split('\n')[0] ?? ''}\n`);
        results.push({ name: `Phase "${label}"`, value: NaN, unit: '', target: 'runs to the end', pass: false });
        process.exitCode = 1;
        continue;
      }
      const last = out.trim().split('\n').pop() ?? '{}';
      const parsed = JSON.parse(last) as { results: BenchResult[]; peakMb: number };
      for (const r of parsed.results) results.push(r);
      if (rss === 'info') results.info(`Peak RSS, ${label}`, parsed.peakMb, 'MB');
      else if (rss !== false) results.add(`Peak RSS, ${label}`, parsed.peakMb, 'MB', maxMb ?? 600);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`\n${results.table()}\n`);
  results.write('bench-results.json');
  process.stdout.write('\nWritten to bench-results.json\n');
}

// The same script also runs the Excel floor's worker thread (see reports-bench.ts).
if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
