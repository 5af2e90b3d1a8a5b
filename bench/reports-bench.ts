// Report figures on the synthetic register: the Excel register of all 10,000 activities
// against the floor of exceljs's streaming writer writing the same cells with no logic,
// and the Word report of one organisation (500 activities). The floor, the Excel export
// and the Word export are separate phases, so that each peak RSS is its own: the
// exports run as the app runs them, in the export worker thread, while the main
// thread's longest stall is measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { exportInWorker } from '../electron/services/reports/export-in-worker';
import type { ExportRequest } from '../electron/services/reports/export-request';
import { DATA_STYLE, rowHeight } from '../electron/services/reports/xlsx/render-workbook';
import { Workspace } from '../electron/services/workspace';
import { reportFindings } from '../shared/reports/findings';
import { selectScope } from '../shared/reports/scope';
import { planWorkbook } from '../shared/reports/workbook';
import type { Cell } from '../shared/reports/sheet';
import { type Results, time } from './results';

const FLOOR_FILE = 'xlsx-floor.json';
/**
 * The floor and the Excel export each run this many times and report their best
 * time: on a shared machine a single run of either can be slowed by half by other
 * load, and the best of a few is the steadiest estimate of both. The main-thread
 * stall reported is the worst of the runs.
 */
const RUNS = 3;

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
        if (styled) for (let c = 1; c <= values.length; c++) row.getCell(c).style = DATA_STYLE;
        row.height = s.heights[i] ?? 15;
        row.commit();
      });
      ws.commit();
    }
    await wb.commit();
  });
  return ms;
}

/**
 * The floor: the workbook's cells computed beforehand (not timed), then written
 * with the writer options the export uses (shared strings, styles part). Also
 * printed for comparison: the same without a styles part, exceljs's fastest path.
 */
export async function benchReportXlsxFloor(dir: string, results: Results): Promise<void> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  try {
    const reg = selectScope(await ws.exportDocument(), { kind: 'workspace' });
    const now = new Date();
    // The same sheets as the export, findings included (computed here, untimed).
    const plan = planWorkbook(reg, { layout: 'native', generatedAt: now, preparedBy: 'bench', findings: reportFindings(reg, now) });
    const sheets = plan.sheets.map((s) => {
      const rows = [s.columns.map((c) => c.header), ...s.rows()];
      return { name: s.name, rows, heights: rows.map((r) => rowHeight(r, s.columns)) };
    });
    const floor = await best(RUNS, () => xlsxFloor(sheets, true, join(dir, 'floor.xlsx')));
    const bare = await best(RUNS, () => xlsxFloor(sheets, false, join(dir, 'floor.xlsx')));
    writeFileSync(join(dir, FLOOR_FILE), JSON.stringify({ floor }));
    results.info(`Excel floor: exceljs streaming writer, the same cells (values, style, row heights) precomputed (best of ${RUNS})`, floor, 'ms');
    results.info(`Excel floor with no styles part at all, for comparison (best of ${RUNS})`, bare, 'ms');
  } finally {
    await ws.close();
  }
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

export async function benchReportXlsx(dir: string, results: Results): Promise<void> {
  const { floor } = JSON.parse(readFileSync(join(dir, FLOOR_FILE), 'utf8')) as { floor: number };
  let worstBlock = 0;
  const ms = await best(RUNS, async () => {
    const run = await exportMeasured(dir, { format: 'xlsx', scope: { kind: 'workspace' }, out: join(dir, 'register.xlsx') });
    worstBlock = Math.max(worstBlock, run.maxBlockMs);
    return run.ms;
  });
  results.add(`Excel register, whole workspace (10,000 activities; read, checks, build, write; in the export worker; best of ${RUNS})`, ms, 'ms', 10_000, { value: floor, maxRatio: 1.5 });
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
