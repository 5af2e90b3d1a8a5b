/**
 * The Excel round trip, as a user edits the register: every column is imported or
 * marked read-only (locked, grey header with a note), an edit in a read-only column is
 * reported as ignored, and an import never approves an activity.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyXlsxImport, previewXlsxImport } from '../../electron/services/reports/xlsx-import/import-xlsx';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { buildParseWorker, loadXlsx } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const now = new Date('2026-03-01T10:00:00Z');
const tempDir = useTempDir();
beforeAll(buildParseWorker);

async function setUp() {
  const dir = await tempDir();
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Test', backups: false, now: () => now });
  await ws.importDocument(buildSampleDocument(now), { replace: true });
  const xlsx = join(dir, 'register.xlsx');
  await exportXlsx(ws, { scope: { kind: 'workspace' }, out: xlsx, now });
  return { ws, xlsx };
}

async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await loadXlsx(await readFile(file));
  edit(wb);
  await wb.xlsx.writeFile(file);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function col(ws: ExcelJS.Worksheet, header: string): number {
  const i = (ws.getRow(1).values as unknown[]).indexOf(header);
  if (i < 1) throw new Error(`no column ${header}`);
  return i;
}

function rowOf(ws: ExcelJS.Worksheet, activity: string): number {
  const c = col(ws, 'Processing activity');
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, c).value === activity) return r;
  throw new Error(`no row ${activity}`);
}

const ACCOUNTS = 'Account management and authentication';

describe('Excel round trip: review status', () => {
  it('importing the same edited workbook twice leaves an activity that went back to Draft in Draft', async () => {
    const { ws, xlsx } = await setUp();
    const before = (await ws.listActivities()).find((a) => a.name === ACCOUNTS);
    expect(before?.status).toBe('approved');
    await editWorkbook(xlsx, (wb) => {
      const s = sheet(wb, 'Controller register');
      s.getCell(rowOf(s, ACCOUNTS), col(s, 'Description')).value = 'Edited in Excel: accounts of the customer’s staff.';
    });
    await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity(before?.id ?? ''))?.status).toBe('draft');
    // The workbook still says "Approved" in the Status column.
    const again = await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity(before?.id ?? ''))?.status).toBe('draft');
    expect(again.notes.join('\n')).toMatch(/ignored: Controller register, row \d+, column “Status”: “Approved”.*approve it in RoPA Desk/);
    await ws.close();
  });

  it('a new row marked Approved is added as Draft, and says so', async () => {
    const { ws, xlsx } = await setUp();
    await editWorkbook(xlsx, (wb) => {
      const s = sheet(wb, 'Controller register');
      const r = s.rowCount + 1;
      s.getCell(r, col(s, 'Controller')).value = 'Roomify';
      s.getCell(r, col(s, 'Processing activity')).value = 'Newly typed activity';
      s.getCell(r, col(s, 'Status')).value = 'Approved';
    });
    const plan = await previewXlsxImport(ws, xlsx);
    await ws.close();
    expect(plan.added.map((a) => [a.name, a.status])).toEqual([['Newly typed activity', 'draft']]);
    expect(plan.notes.join('\n')).toMatch(/column “Status”: “Approved”/);
  });
});

describe('Excel round trip: read-only columns', () => {
  it('an unedited workbook reports nothing ignored', async () => {
    const { ws, xlsx } = await setUp();
    const plan = await previewXlsxImport(ws, xlsx);
    await ws.close();
    expect(plan.notes.filter((n) => n.startsWith('ignored'))).toEqual([]);
  });

  it('an edit in a column that is not imported (legal basis, role, the vendors’ DPA) is reported with the column and the row, and changes nothing', async () => {
    const { ws, xlsx } = await setUp();
    let row = 0;
    await editWorkbook(xlsx, (wb) => {
      const s = sheet(wb, 'Controller register');
      row = rowOf(s, ACCOUNTS);
      s.getCell(row, col(s, 'Legal basis (Art. 6)')).value = 'Consent (Art. 6(1)(a))';
      s.getCell(row, col(s, 'Role')).value = 'Joint controller';
      const v = sheet(wb, 'Vendors and sub-processors');
      v.getCell(2, col(v, 'DPA')).value = 'Missing';
    });
    const plan = await previewXlsxImport(ws, xlsx);
    await ws.close();
    const notes = plan.notes.join('\n');
    expect(notes).toContain(`ignored: Controller register, row ${row}, column “Legal basis (Art. 6)”`);
    expect(notes).toContain(`ignored: Controller register, row ${row}, column “Role”`);
    expect(notes).toMatch(/ignored: Vendors and sub-processors, row 2, column “DPA”/);
    expect(plan.changed).toEqual([]);
  });

  it('read-only columns are locked with a grey header and a note; imported ones are unlocked; reading sheets are protected without dropdowns', async () => {
    const { ws, xlsx } = await setUp();
    await ws.close();
    const wb = await loadXlsx(await readFile(xlsx));
    const s = sheet(wb, 'Controller register');
    const basis = s.getCell(1, col(s, 'Legal basis (Art. 6)'));
    expect(String(basis.note && typeof basis.note === 'object' ? JSON.stringify(basis.note) : basis.note)).toContain('Read only');
    expect(s.getCell(2, col(s, 'Legal basis (Art. 6)')).protection?.locked).not.toBe(false);
    expect(s.getCell(2, col(s, 'Description')).protection?.locked).toBe(false);
    expect(s.getCell(1, col(s, 'Description')).note).toBeUndefined();
    expect(s.getCell(2, col(s, 'Role')).dataValidation).toBeUndefined();
    expect(s.getCell(2, col(s, 'Status')).dataValidation).toMatchObject({ type: 'list' });
    const v = sheet(wb, 'Vendors and sub-processors') as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } };
    expect(v.sheetProtection?.sheet).toBe(true);
    expect(v.getCell(2, col(v, 'DPA')).dataValidation).toBeUndefined();
    // Dates are dates.
    const reviewed = s.getCell(2, col(s, 'Last reviewed')).value;
    expect(reviewed).toBeInstanceOf(Date);
  });
});
