import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { XlsxRefusal, applyXlsxImport, previewXlsxImport } from '../../electron/services/reports/xlsx-import/import-xlsx';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { buildParseWorker, loadXlsx, makeZip } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const now = new Date('2026-03-01T10:00:00Z');
const tempDir = useTempDir();

beforeAll(buildParseWorker);

async function setUp(edit?: (doc: ReturnType<typeof buildSampleDocument>) => void) {
  const dir = await tempDir();
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Test', backups: false, now: () => now });
  const doc = buildSampleDocument(now);
  edit?.(doc);
  await ws.importDocument(doc, { replace: true });
  const xlsx = join(dir, 'register.xlsx');
  await exportXlsx(ws, { scope: { kind: 'workspace' }, out: xlsx, now });
  return { dir, ws, xlsx };
}

/** Every cell of every sheet, as "Sheet!A1" → JSON value. */
async function cells(file: string): Promise<Map<string, string>> {
  const wb = await loadXlsx(await readFile(file));
  const out = new Map<string, string>();
  wb.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => out.set(`${s.name}!${c.address}`, JSON.stringify(c.value)))));
  return out;
}

async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await loadXlsx(await readFile(file));
  edit(wb);
  await wb.xlsx.writeFile(file);
}

function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header}`);
  return i;
}

const snapshot = async (ws: Workspace) => {
  const { exportedAt: _at, ...rest } = await ws.exportDocument();
  return { doc: JSON.stringify(rest), changes: (await ws.info({ integrity: false })).counts.changes };
};

describe('Excel round trip', () => {
  it('an unedited register imports as no change', async () => {
    const { ws, xlsx } = await setUp();
    const plan = await previewXlsxImport(ws, xlsx);
    await ws.close();
    expect([plan.added.length, plan.changed.length, plan.removed.length]).toEqual([0, 0, 0]);
  });

  it('export, change cells, import, export again: the changes and nothing else', async () => {
    const { dir, ws, xlsx } = await setUp();
    const before = await cells(xlsx);
    await editWorkbook(xlsx, (wb) => {
      const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
      reg.getCell(2, col(reg, 'Owner')).value = 'Data Governance Lead';
      reg.getCell(3, col(reg, 'Description')).value = '=SUM(A1:A2) is text, not a formula';
      const inv = wb.getWorksheet('Data inventory') as ExcelJS.Worksheet;
      inv.getCell(2, col(inv, 'What exactly')).value = 'Given name and family name only';
    });
    const plan = await applyXlsxImport(ws, xlsx);
    // Both edited activities were approved: the workspace's review rule sends them back to draft, and the plan says so.
    expect(plan.changed.map((c) => c.fields.map((f) => f.field)).flat().sort()).toEqual(['Data inventory', 'Description', 'Owner', 'Status', 'Status']);
    const again = join(dir, 'again.xlsx');
    await exportXlsx(ws, { scope: { kind: 'workspace' }, out: again, now });
    const after = await cells(again);
    const differences = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    const reg = (await loadXlsx(await readFile(again))).getWorksheet('Controller register') as ExcelJS.Worksheet;
    const inv = (await loadXlsx(await readFile(again))).getWorksheet('Data inventory') as ExcelJS.Worksheet;
    expect(differences.sort()).toEqual(
      [
        `Controller register!${reg.getCell(2, col(reg, 'Owner')).address}`,
        `Controller register!${reg.getCell(3, col(reg, 'Description')).address}`,
        `Controller register!${reg.getCell(2, col(reg, 'Status')).address}`,
        `Controller register!${reg.getCell(3, col(reg, 'Status')).address}`,
        `Data inventory!${inv.getCell(2, col(inv, 'What exactly')).address}`,
      ].sort(),
    );
    // Written as text in a quote-prefixed cell, so that Excel never takes it for a formula (issues 13, 14): shown as typed, never a formula.
    expect(reg.getCell(3, col(reg, 'Description')).value).toBe('=SUM(A1:A2) is text, not a formula');
    expect(reg.getCell(3, col(reg, 'Description')).type).toBe(ExcelJS.ValueType.String);
    expect([reg.getCell(2, col(reg, 'Status')).value, reg.getCell(3, col(reg, 'Status')).value]).toEqual(['Draft', 'Draft']);
    expect((await ws.changes({ limit: 1 }))[0]?.summary).toMatch(/Imported the Excel register register\.xlsx: 0 added, 2 changed, 0 removed/);
    await ws.close();
  });

  it('previews added and removed activities, and names the sheet, row and column of each problem', async () => {
    const { ws, xlsx } = await setUp();
    await editWorkbook(xlsx, (wb) => {
      const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
      const last = reg.rowCount;
      reg.spliceRows(last, 1);
      const row = reg.getRow(last + 5);
      row.getCell(col(reg, 'Controller')).value = 'Roomify';
      row.getCell(col(reg, 'Processing activity')).value = 'Newsletter';
      row.getCell(col(reg, 'Status')).value = 'Draft';
    });
    const plan = await previewXlsxImport(ws, xlsx).catch((e: unknown) => {
      throw new Error(`${(e as Error).message}\n${(e as XlsxRefusal).details?.join('\n')}`);
    });
    expect(plan.added.map((a) => a.name)).toEqual(['Newsletter']);
    expect(plan.removed).toHaveLength(1);

    await editWorkbook(xlsx, (wb) => {
      const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
      reg.getCell(4, col(reg, 'Status')).value = 'Finished';
      reg.getCell(5, col(reg, 'Next review due')).value = 'next spring';
    });
    const snap = await snapshot(ws);
    const refusal = await applyXlsxImport(ws, xlsx).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(XlsxRefusal);
    const details = (refusal as XlsxRefusal).details.join('\n');
    expect(details).toContain('Controller register, row 4, column "Status": "Finished" is not one of: Draft, In review, Approved');
    expect(details).toContain('Controller register, row 5, column "Next review due": "next spring" is not a date');
    expect(await snapshot(ws)).toEqual(snap);
    await ws.close();
  });

  it('keeps a literal _x0041_ and drops characters XML forbids without reporting a change', async () => {
    const { ws, xlsx } = await setUp((doc) => {
      const a = doc.activities[0];
      if (a) a.description = 'Code _x0041_ stays; \uFFFE and \u0001 go';
    });
    const wb = await loadXlsx(await readFile(xlsx));
    const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
    expect(reg.getCell(2, col(reg, 'Description')).value).toBe('Code _x0041_ stays;  and  go');
    const plan = await previewXlsxImport(ws, xlsx);
    expect(plan.changed).toEqual([]);
    await ws.close();
  });
});

describe('hostile workbooks are refused and the workspace is unchanged', () => {
  async function expectRefused(ws: Workspace, file: string, message: RegExp): Promise<void> {
    const snap = await snapshot(ws);
    const e = await applyXlsxImport(ws, file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxRefusal);
    expect((e as Error).message + (e as XlsxRefusal).details.join('\n')).toMatch(message);
    expect(await snapshot(ws)).toEqual(snap);
  }

  it('a zip bomb: refused from its directory before anything is inflated', async () => {
    const { dir, ws } = await setUp();
    const bomb = join(dir, 'bomb.xlsx');
    const huge = Buffer.alloc(64 * 1024 * 1024, 0x20);
    await writeFile(bomb, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: huge }]));
    await expectRefused(ws, bomb, /zip bomb/);
    await ws.close();
  });

  it('a zip whose directory understates the sizes: caught while inflating, in the worker', async () => {
    const { dir, ws } = await setUp();
    const liar = join(dir, 'liar.xlsx');
    await writeFile(liar, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 100 }]));
    await expectRefused(ws, liar, /not what its directory says/);
    await ws.close();
  });

  it('formulas are read as their saved values, never run', async () => {
    const { ws, xlsx } = await setUp();
    await editWorkbook(xlsx, (wb) => {
      const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
      reg.getCell(2, col(reg, 'Owner')).value = { formula: 'CONCATENATE("Chief ","Privacy")', result: 'Chief Privacy' };
    });
    const plan = await applyXlsxImport(ws, xlsx);
    expect(plan.notes.join('\n')).toMatch(/Controller register, cell [A-Z]+2: holds a formula; its saved value was read as text/);
    expect(plan.changed[0]?.after.owner).toBe('Chief Privacy');
    await ws.close();
  });

  it('a workbook from another tool', async () => {
    const { dir, ws } = await setUp();
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['Name', 'Purpose']);
    const file = join(dir, 'other.xlsx');
    await other.xlsx.writeFile(file);
    await expectRefused(ws, file, /not a RoPA Desk register/);
    await ws.close();
  });

  it('a truncated file and a text file named .xlsx', async () => {
    const { dir, ws, xlsx } = await setUp();
    const whole = await readFile(xlsx);
    const cut = join(dir, 'cut.xlsx');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRefused(ws, cut, /not an Excel workbook \(\.xlsx\), or the file is damaged or incomplete/);
    const text = join(dir, 'notes.xlsx');
    await writeFile(text, 'just some text');
    await expectRefused(ws, text, /not an Excel workbook/);
    await ws.close();
  });
});
