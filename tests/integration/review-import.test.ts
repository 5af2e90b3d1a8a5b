/**
 * An Excel import follows the review workflow (issue 12): the status, the reviewer and
 * the review dates change only through the review in RoPA Desk. A cell that would move
 * them is not applied and is listed, in words, with what to do instead; the preview
 * never lists such a cell as a change it does not make.
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
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Ivy Importer', backups: false, now: () => now });
  await ws.importDocument(buildSampleDocument(now), { replace: true });
  const xlsx = join(dir, 'register.xlsx');
  await exportXlsx(ws, { scope: { kind: 'workspace' }, out: xlsx, now });
  return { ws, xlsx };
}

async function edit(file: string, cells: Record<string, string>, activity: string): Promise<void> {
  const wb = await loadXlsx(await readFile(file));
  const s = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
  const header = s.getRow(1).values as unknown[];
  const nameCol = header.indexOf('Processing activity');
  let row = 0;
  for (let r = 2; r <= s.rowCount; r++) if (s.getCell(r, nameCol).value === activity) row = r;
  if (row === 0) throw new Error(`no row ${activity}`);
  for (const [column, value] of Object.entries(cells)) s.getCell(row, header.indexOf(column)).value = value;
  await wb.xlsx.writeFile(file);
}

const SUPPORT = 'Support and feedback';

describe('an Excel import and the review', () => {
  it('an approved activity set to Draft or In review in the sheet stays approved, and the preview says why', async () => {
    const { ws, xlsx } = await setUp();
    const id = (await ws.listActivities()).find((a) => a.name === SUPPORT)?.id ?? '';
    expect((await ws.getActivity(id))?.status).toBe('approved');
    await edit(xlsx, { Status: 'Draft' }, SUPPORT);
    const plan = await previewXlsxImport(ws, xlsx);
    expect(plan.changed.filter((c) => c.before.id === id)).toEqual([]);
    expect(plan.notes.join('\n')).toMatch(
      /ignored: Controller register, row \d+, column “Status”: “Draft” was not applied: the status changes only through the review in RoPA Desk \(submit, approve, or return to draft with a reason\); it stays Approved/,
    );
    await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity(id))?.status).toBe('approved');
    await ws.close();
  });

  it('a draft set to In review is not submitted by the sheet', async () => {
    const { ws, xlsx } = await setUp();
    const created = await ws.saveActivity({ ...(await ws.getActivity((await ws.listActivities()).find((a) => a.name === SUPPORT)?.id ?? '')), id: 'act-new-draft', name: 'Draft to submit' });
    expect(created.status).toBe('draft');
    await exportXlsx(ws, { scope: { kind: 'workspace' }, out: xlsx, now });
    await edit(xlsx, { Status: 'In review' }, 'Draft to submit');
    const plan = await previewXlsxImport(ws, xlsx);
    expect(plan.changed.filter((c) => c.before.id === 'act-new-draft')).toEqual([]);
    expect(plan.notes.join('\n')).toMatch(/column “Status”: “In review” was not applied: .*it stays Draft/);
    await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity('act-new-draft'))?.status).toBe('draft');
    await ws.close();
  });

  it('a reviewer or review date typed into the sheet is listed as not applied, not as a change', async () => {
    const { ws, xlsx } = await setUp();
    const id = (await ws.listActivities()).find((a) => a.name === SUPPORT)?.id ?? '';
    const before = await ws.getActivity(id);
    await edit(xlsx, { Reviewer: 'Somebody Else', 'Next review due': '2030-01-01' }, SUPPORT);
    const plan = await previewXlsxImport(ws, xlsx);
    expect(plan.changed.filter((c) => c.before.id === id)).toEqual([]);
    const notes = plan.notes.join('\n');
    expect(notes).toMatch(/column “Reviewer”: “Somebody Else” was not applied: the reviewer and the review dates are set when the activity is approved in RoPA Desk/);
    expect(notes).toMatch(/column “Next review due”: “2030-01-01” was not applied/);
    await applyXlsxImport(ws, xlsx);
    expect(await ws.getActivity(id)).toMatchObject({ status: 'approved', reviewer: before?.reviewer, nextReviewDue: before?.nextReviewDue });
    await ws.close();
  });
});
