// Report figures on the synthetic register: the Excel register of all 10,000 activities
// against the floor of exceljs's streaming writer writing the same cells with no logic,
// and the Word report of one organisation (500 activities). The exports run as the app
// runs them, each in a fresh export worker thread, while the main thread's longest stall
// is measured. The floor runs in a fresh worker thread of its own too (its cells
// precomputed there, untimed), taking turns with the export in the same process, so that
// both start alike and a slow spell of the machine weighs on both; the memory of one
// export is measured in a phase alone.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { exportInWorker } from '../electron/services/reports/export-in-worker';
import type { ExportRequest } from '../electron/services/reports/export-request';
import { rowHeight, styleDataRow } from '../electron/services/reports/xlsx/render-workbook';
import { Workspace } from '../electron/services/workspace';
import { reportFindings } from '../shared/reports/findings';
import { selectScope } from '../shared/reports/scope';
import { planWorkbook } from '../shared/reports/workbook';
import type { Cell } from '../shared/reports/sheet';
import { type Results, time } from './results';

/**
 * Floor and export take turns this many times and each reports its best time: on a
 * shared machine one run of either can be slowed by half by other load, and the best
 * of a few is the steadiest estimate of both. The main-thread stall reported is the
 * worst of the runs.
 */
const RUNS = 5;

async function best(runs: number, fn: () => Promise<number>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, await fn());
  return min;
}

interface FloorSheet {
  name: string;
  rows: Cell[][];
  heights: number[];
}

/**
 * The same cells, precomputed (values and row heights), through exceljs's streaming
 * writer with no logic. `styled`: every cell carries the export's one shared cell
 * style, as in the export; otherwise the workbook has no styles part at all.
 */
async function xlsxFloor(sheets: readonly FloorSheet[], styled: boolean, filename: string): Promise<number> {
  const [ms] = await time(async () => {
    // To a file, as the export writes one (exceljs's own file stream; no fsync).
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: styled });
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.rows.forEach((values, i) => {
        const row = ws.addRow(values);
        // As the export styles its rows (the same shared style objects), without the logic.
        if (styled) styleDataRow(row, values.length, s.heights[i] ?? 15);
        else row.height = s.heights[i] ?? 15;
        row.commit();
      });
      ws.commit();
    }
    await wb.commit();
  });
  return ms;
}

/** The workbook's cells, values and row heights, computed as the export computes them (not timed). */
async function floorSheets(dir: string): Promise<FloorSheet[]> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  try {
    const reg = selectScope(await ws.exportDocument({ baselines: false }), { kind: 'workspace' });
    const now = new Date();
    // The same sheets as the export, findings included.
    const plan = planWorkbook(reg, { layout: 'native', generatedAt: now, preparedBy: 'bench', findings: reportFindings(reg, now) });
    return plan.sheets.map((s) => {
      const rows = [s.columns.map((c) => c.header), ...s.rows()];
      return { name: s.name, rows, heights: rows.map((r) => rowHeight(r, s.columns)) };
    });
  } finally {
    await ws.close();
  }
}

interface FloorRun {
  styled: boolean;
  out: string;
}

/** The floor worker: computes the cells once, then writes them each time it is asked. */
async function floorWorker(dir: string): Promise<void> {
  const sheets = await floorSheets(dir);
  parentPort?.on('message', (run: FloorRun) => {
    void xlsxFloor(sheets, run.styled, run.out).then((ms) => parentPort?.postMessage(ms));
  });
  parentPort?.postMessage('ready');
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'xlsx-floor') {
  void floorWorker((workerData as { dir: string }).dir);
}

/** Starts the floor worker (this same script) and resolves once its cells are ready. */
async function startFloor(dir: string): Promise<{ run(r: FloorRun): Promise<number>; stop(): Promise<number> }> {
  const worker = new Worker(__filename, { workerData: { role: 'xlsx-floor', dir } });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await next();
  return {
    run: async (r) => {
      const reply = next();
      worker.postMessage(r);
      return (await reply) as number;
    },
    stop: () => worker.terminate(),
  };
}

/** Runs one export in the export worker; returns its time and the main thread's longest stall meanwhile. */
async function exportMeasured(dir: string, req: Omit<ExportRequest, 'workspace' | 'now' | 'preparedBy'>): Promise<{ ms: number; maxBlockMs: number }> {
  // The app keeps its own connection open while the worker reads.
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  try {
    delay.enable();
    const [ms] = await time(() => exportInWorker({ ...req, workspace: ws.path, preparedBy: 'bench', now: new Date().toISOString() }));
    delay.disable();
    return { ms, maxBlockMs: delay.max / 1e6 };
  } finally {
    await ws.close();
  }
}

/**
 * The Excel register against its floor: the floor (exceljs's streaming writer, the
 * same cells with their style and row heights precomputed, written to a file) and
 * the export take turns. Each export runs in a fresh worker thread, as in the app, so
 * its exceljs code starts cold; each floor run gets a fresh worker too, so that both
 * start alike. Also printed for comparison: the floor run again in a warm worker, and
 * with no styles part at all (exceljs's fastest path).
 */
export async function benchReportXlsx(dir: string, results: Results): Promise<void> {
  const out = join(dir, 'floor.xlsx');
  let worstBlock = 0;
  let floorMs = Infinity;
  let exportMs = Infinity;
  let warmMs = Infinity;
  let bareMs = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const floor = await startFloor(dir);
    try {
      floorMs = Math.min(floorMs, await floor.run({ styled: true, out }));
      if (i === RUNS - 1) {
        warmMs = await best(2, () => floor.run({ styled: true, out }));
        bareMs = await best(2, () => floor.run({ styled: false, out }));
      }
    } finally {
      // Its precomputed cells are gone before the export runs.
      await floor.stop();
    }
    const run = await exportMeasured(dir, { format: 'xlsx', scope: { kind: 'workspace' }, out: join(dir, 'register.xlsx') });
    worstBlock = Math.max(worstBlock, run.maxBlockMs);
    exportMs = Math.min(exportMs, run.ms);
  }
  results.info(`Excel floor: exceljs streaming writer, the same cells (values, style, row heights) precomputed, in a fresh worker like the export (best of ${RUNS}, taking turns with the export)`, floorMs, 'ms');
  results.info('Excel floor again in the same worker, its code already warm (best of 2), for comparison', warmMs, 'ms');
  results.info('Excel floor with no styles part at all, warm (best of 2), for comparison', bareMs, 'ms');
  results.add(`Excel register, whole workspace (10,000 activities; read, checks, build, write; in the export worker; best of ${RUNS})`, exportMs, 'ms', 10_000, { value: floorMs, maxRatio: 1.5 });
  results.add(`Main thread: longest stall during the Excel exports (event-loop delay, 10 ms resolution; worst of ${RUNS})`, worstBlock, 'ms', 100);
}

/** One Excel export alone in its process: the phase's peak RSS is what one export costs. */
export async function benchReportXlsxMemory(dir: string, results: Results): Promise<void> {
  const { ms } = await exportMeasured(dir, { format: 'xlsx', scope: { kind: 'workspace' }, out: join(dir, 'register.xlsx') });
  results.info('Excel register, whole workspace, the single run whose memory is measured below', ms, 'ms');
}

export async function benchReportDocx(dir: string, results: Results): Promise<void> {
  const { ms, maxBlockMs } = await exportMeasured(dir, { format: 'docx', scope: { kind: 'organisation', organisationId: 'org-1' }, out: join(dir, 'report.docx') });
  results.add('Word report, one organisation (500 activities)', ms, 'ms', 10_000);
  results.add('Main thread: longest stall during the Word export (event-loop delay, 10 ms resolution)', maxBlockMs, 'ms', 100);
}
