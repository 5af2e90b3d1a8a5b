/**
 * The native register exported in German or French reads back (issue 13): exporting then
 * importing in any of en, de, fr gives back the same register, value words typed in the
 * workbook's language are read, and an edit of a text the register shows translated is
 * reported, never put in place of the source text. The authorities' layouts stay for reading.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyXlsxImport, previewXlsxImport } from '../../electron/services/reports/xlsx-import/import-xlsx';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../electron/services/workspace';
import { reportCatalogue } from '../../shared/reports/i18n';
import type { WorkspaceDocument } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';
import { buildParseWorker, loadXlsx } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const now = new Date('2026-03-01T10:00:00Z');
const tempDir = useTempDir();
beforeAll(buildParseWorker);

async function setUp(lang: 'en' | 'de' | 'fr', layout: 'native' | 'cnil' | 'dsk' | 'ico' = 'native', edit?: (doc: WorkspaceDocument) => void) {
  const dir = await tempDir();
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Test', backups: false, now: () => now });
  const doc = buildSampleDocument(now);
  edit?.(doc);
  await ws.importDocument(doc, { replace: true });
  const xlsx = join(dir, 'register.xlsx');
  await exportXlsx(ws, { scope: { kind: 'workspace' }, out: xlsx, now, layout, ...(layout === 'native' ? { lang } : {}) });
  return { ws, xlsx };
}

async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await loadXlsx(await readFile(file));
  edit(wb);
  await wb.xlsx.writeFile(file);
}

/** The cell of an activity's row in the column `header`, on whichever register sheet (controller or processor) lists it. */
function cellOf(wb: ExcelJS.Workbook, lang: 'de' | 'fr', header: string, activityId: string): ExcelJS.Cell {
  const t = reportCatalogue(lang);
  for (const name of [t.sheets.controller, t.sheets.processor]) {
    const s = wb.getWorksheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const headers = s.getRow(1).values as unknown[];
    const c = headers.indexOf(header);
    const idCol = headers.indexOf(t.labels['Activity ID']);
    if (c < 1 || idCol < 1) throw new Error(`no column ${header}`);
    for (let r = 2; r <= s.rowCount; r++) if (s.getCell(r, idCol).value === activityId) return s.getCell(r, c);
  }
  throw new Error(`no row ${activityId}`);
}

describe('the native register round trip in each language', () => {
  for (const lang of ['en', 'de', 'fr'] as const) {
    it(`${lang}: exporting the sample's register and importing it back changes nothing, and the records equal the originals`, async () => {
      const { ws, xlsx } = await setUp(lang);
      const before = await ws.exportDocument({ baselines: false });
      const plan = await previewXlsxImport(ws, xlsx);
      expect(plan.problems).toEqual([]);
      expect({ added: plan.added.length, changed: plan.changed.map((c) => [c.before.name, c.fields]), removed: plan.removed.length }).toEqual({ added: 0, changed: [], removed: 0 });
      expect(plan.notes.filter((n) => n.startsWith('ignored'))).toEqual([]);
      await applyXlsxImport(ws, xlsx);
      const after = await ws.exportDocument({ baselines: false });
      expect(after.activities).toEqual(before.activities);
      expect(after.vendors).toEqual(before.vendors);
      await ws.close();
    }, 120_000);
  }

  it('de: a DPIA typed in German and a new name of an untranslated activity are applied; an edit of a translated name is reported and the English name kept', async () => {
    // The sample is translated whole: one activity gets a name of its own, which no translation covers.
    const untranslated = 'Account management (legacy sign-in)';
    const { ws, xlsx } = await setUp('de', 'native', (doc) => {
      const a = doc.activities.find((x) => x.name === 'Account management and authentication');
      if (!a) throw new Error('sample activity');
      a.name = untranslated;
    });
    const ai = (await ws.listActivities()).find((a) => a.name === 'AI drafting assistant');
    const accounts = (await ws.listActivities()).find((a) => a.name === untranslated);
    if (!ai || !accounts) throw new Error('sample activities');
    await editWorkbook(xlsx, (wb) => {
      cellOf(wb, 'de', 'DSFA', ai.id).value = 'Erforderlich';
      cellOf(wb, 'de', 'Verarbeitungstätigkeit', ai.id).value = 'KI-Assistent für Entwürfe';
      cellOf(wb, 'de', 'Verarbeitungstätigkeit', accounts.id).value = 'Account management, sign-in and roles';
    });
    const plan = await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity(ai.id))?.dpia.status).toBe('required');
    expect((await ws.getActivity(ai.id))?.name).toBe('AI drafting assistant');
    expect((await ws.getActivity(accounts.id))?.name).toBe('Account management, sign-in and roles');
    expect(plan.notes.join('\n')).toMatch(/ignored: Processor register, row \d+, column “Verarbeitungstätigkeit”: “KI-Assistent für Entwürfe” was not applied: the register shows this text translated/);
    await ws.close();
  }, 120_000);

  it('fr: a DPIA status typed in French is applied', async () => {
    const { ws, xlsx } = await setUp('fr');
    const ai = (await ws.listActivities()).find((a) => a.name === 'AI drafting assistant');
    if (!ai) throw new Error('sample activity');
    await editWorkbook(xlsx, (wb) => {
      cellOf(wb, 'fr', reportCatalogue('fr').labels.DPIA, ai.id).value = reportCatalogue('fr').dpia.in_progress;
    });
    await applyXlsxImport(ws, xlsx);
    expect((await ws.getActivity(ai.id))?.dpia.status).toBe('in_progress');
    await ws.close();
  }, 120_000);

  for (const layout of ['cnil', 'dsk'] as const) {
    it(`the ${layout.toUpperCase()} layout is refused, and the message says it is for reading`, async () => {
      const { ws, xlsx } = await setUp('en', layout);
      await expect(previewXlsxImport(ws, xlsx)).rejects.toMatchObject({ problems: [expect.objectContaining({ message: expect.stringMatching(/the ICO, CNIL and DSK layouts are for reading and cannot be imported back/) })] });
      await ws.close();
    }, 120_000);
  }
});
