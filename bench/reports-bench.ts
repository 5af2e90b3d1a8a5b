// Report figures on the synthetic register: the Excel register of all 10,000 activities
// against the floor of exceljs's streaming writer writing the same cells with no logic,
// and the Word report of one organisation (500 activities). One phase per format, so
// that each peak RSS is its own.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exportDocx } from '../electron/services/reports/docx/export-docx';
import { exportXlsx } from '../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../electron/services/workspace';
import { selectScope } from '../shared/reports/scope';
import { planWorkbook } from '../shared/reports/workbook';
import type { Cell } from '../shared/reports/sheet';
import { type Results, time } from './results';

/** The floor: the same cells, precomputed, through exceljs's streaming writer with no styles or logic. */
async function xlsxFloor(sheets: { name: string; rows: Cell[][] }[]): Promise<number> {
  const [ms] = await time(async () => {
    const stream = new PassThrough();
    let bytes = 0;
    stream.on('data', (c: Buffer) => (bytes += c.length));
    const done = new Promise<void>((resolve) => stream.on('end', resolve));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const r of s.rows) ws.addRow(r).commit();
      ws.commit();
    }
    await wb.commit();
    await done;
    return bytes;
  });
  return ms;
}

export async function benchReportXlsx(dir: string, results: Results): Promise<void> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  try {
    const doc = await ws.exportDocument();
    const reg = selectScope(doc, { kind: 'workspace' });
    const plan = planWorkbook(reg, { layout: 'native', generatedAt: new Date(), preparedBy: 'bench' });
    const sheets = plan.sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows()] }));
    const floor = await xlsxFloor(sheets);
    sheets.length = 0;
    const [ms] = await time(() => exportXlsx(ws, { scope: { kind: 'workspace' }, out: join(dir, 'register.xlsx') }));
    results.add('Excel register, whole workspace (10,000 activities; read, checks, build, write)', ms, 'ms', 10_000, { value: floor, maxRatio: 1.5 });
  } finally {
    await ws.close();
  }
}

export async function benchReportDocx(dir: string, results: Results): Promise<void> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  try {
    const [ms] = await time(() => exportDocx(ws, { scope: { kind: 'organisation', organisationId: 'org-1' }, out: join(dir, 'report.docx') }));
    results.add('Word report, one organisation (500 activities)', ms, 'ms', 10_000);
  } finally {
    await ws.close();
  }
}
