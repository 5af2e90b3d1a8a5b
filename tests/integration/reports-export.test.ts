import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../electron/services/reports/docx/export-docx';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../electron/services/workspace';
import { countryName } from '../../shared/reference';
import { buildSampleDocument } from '../../shared/sample';
import { convertToPdfText, hasCommand, loadXlsx, unzip, wordText } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';
import { rowHeight } from '../../electron/services/reports/xlsx/render-workbook';

const now = new Date('2026-03-01T10:00:00Z');
const tempDir = useTempDir();
const LIBREOFFICE = hasCommand('libreoffice') && hasCommand('pdftotext');

async function sampleWorkspace(dir: string, edit?: (doc: ReturnType<typeof buildSampleDocument>) => void): Promise<Workspace> {
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Test', backups: false, now: () => now });
  const doc = buildSampleDocument(now);
  edit?.(doc);
  await ws.importDocument(doc, { replace: true });
  return ws;
}

const sheetTexts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text))));
  return out;
};

async function expectWellFormed(buffer: Buffer): Promise<Map<string, Buffer>> {
  const parts = await unzip(buffer);
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const result = XMLValidator.validate(data.toString('utf8'));
    expect(result, `${name} is well-formed XML`).toBe(true);
  }
  return parts;
}

describe('Excel register of the sample workspace', () => {
  it('holds every activity, vendor, transfer and retention rule, with the sheet set-up a register needs', async () => {
    const dir = await tempDir();
    const ws = await sampleWorkspace(dir, (doc) => {
      const a = doc.activities[0];
      if (a) a.description = 'Odd \uFFFE text \u0001 with _x0041_ and =1+1';
    });
    const doc = await ws.exportDocument();
    const out = join(dir, 'register.xlsx');
    const result = await exportXlsx(ws, { scope: { kind: 'workspace' }, out, now, preparedBy: 'Test' });
    await ws.close();
    expect(result.warnings.join('\n')).toMatch(/Controller register, row 2, Description: removed 2 characters/);

    const buffer = await readFile(out);
    const parts = await expectWellFormed(buffer);
    const sheetXml = [...parts].filter(([n]) => n.startsWith('xl/worksheets/')).map(([, d]) => d.toString('utf8')).join('');
    expect(sheetXml).not.toMatch(/<f>|<f /);

    const wb = await loadXlsx(buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'About', 'Organisations', 'Controller register', 'Processor register', 'Data inventory', 'Recipients',
      'Vendors and sub-processors', 'Transfers', 'Retention schedule', 'Security measures', 'Findings', 'Lists',
    ]);
    expect(wb.creator).toBe('Test');
    expect(wb.title).toMatch(/Record of processing activities/);

    const controller = wb.getWorksheet('Controller register');
    const processor = wb.getWorksheet('Processor register');
    if (!controller || !processor) throw new Error('register sheets missing');
    const names = [...sheetTexts(controller), ...sheetTexts(processor)];
    for (const a of doc.activities) expect(names).toContain(a.name);
    const first = controller.getRow(2);
    const header = controller.getRow(1).values as unknown[];
    const descCol = header.indexOf('Description');
    expect(first.getCell(descCol).value).toBe('Odd  text  with _x0041_ and =1+1');
    // The header row and the columns up to the activity's name stay in view, and print on every page.
    expect(controller.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 3 });
    expect(controller.autoFilter).toBeTruthy();
    // 29 columns are not squeezed onto one page: A3, several pages across.
    expect(controller.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 8, fitToHeight: 0, printTitlesColumn: 'A:C' });
    expect(controller.pageSetup.fitToWidth).toBeGreaterThanOrEqual(3);
    expect(controller.getColumn(header.indexOf('Activity ID')).hidden).toBe(true);
    const status = controller.getCell(2, header.indexOf('Status'));
    expect(status.dataValidation).toMatchObject({ type: 'list' });

    const vendors = sheetTexts(wb.getWorksheet('Vendors and sub-processors') as ExcelJS.Worksheet);
    for (const v of doc.vendors) expect(vendors).toContain(v.name);
    const transfers = wb.getWorksheet('Transfers') as ExcelJS.Worksheet;
    expect(transfers.rowCount - 1).toBe(doc.activities.reduce((n, a) => n + a.transfers.length, 0));
    const transferTexts = sheetTexts(transfers);
    for (const t of doc.activities.flatMap((a) => a.transfers)) expect(transferTexts).toContain(countryName(t.country));
    const retention = sheetTexts(wb.getWorksheet('Retention schedule') as ExcelJS.Worksheet).join('\n');
    for (const c of doc.activities.flatMap((a) => a.dataCategories)) if (c.retention) expect(retention).toContain(c.retention);
    const inventory = wb.getWorksheet('Data inventory') as ExcelJS.Worksheet;
    expect(inventory.rowCount - 1).toBe(doc.activities.reduce((n, a) => n + a.dataCategories.length, 0));
  });

  it('the ICO layout writes the template columns with the controller details above them', async () => {
    const dir = await tempDir();
    const ws = await sampleWorkspace(dir);
    const out = join(dir, 'ico.xlsx');
    await exportXlsx(ws, { scope: { kind: 'organisation', organisationId: 'org-roomify' }, layout: 'ico', out, now });
    await ws.close();
    const wb = await loadXlsx(await readFile(out));
    const sheet = wb.getWorksheet('Controller documentation') as ExcelJS.Worksheet;
    expect([sheet.getCell('B1').value, sheet.getCell('C1').value, sheet.getCell('D1').value]).toEqual(['Name and contact details', 'Data Protection Officer (if applicable)', 'Representative (if applicable)']);
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value, sheet.getCell('A4').value, sheet.getCell('A5').value]).toEqual(['Name', 'Address', 'Email', 'Telephone']);
    const texts = sheetTexts(sheet);
    expect(texts).toContain('Link to record of personal data breach');
    const all = texts.join('\n');
    expect(all).toContain('Account management and authentication');
    expect(all).not.toContain('Ledgerly');
  });
});

describe('Word report of the sample workspace', () => {
  it('has a cover, a real table of contents, heading styles, every record and the annexes', async () => {
    const dir = await tempDir();
    const ws = await sampleWorkspace(dir);
    const doc = await ws.exportDocument();
    const out = join(dir, 'report.docx');
    await exportDocx(ws, { scope: { kind: 'workspace' }, out, now, preparedBy: 'A. Consultant' });
    await ws.close();
    const parts = await expectWellFormed(await readFile(out));
    const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
    const text = wordText(xml);
    expect(/<w:instrText[^>]*>TOC [^<]*\\o/.test(xml), 'a TOC field').toBe(true);
    // No field update on opening (Word would ask about "fields that may refer to other files"): the contents are written with their pages.
    expect(/w:updateFields/.test(parts.get('word/settings.xml')?.toString('utf8') ?? ''), 'updateFields set').toBe(false);
    expect(xml.includes('<w:pStyle w:val="Heading1"/>'), 'Heading 1 style used').toBe(true);
    expect(xml.includes('<w:pStyle w:val="Heading3"/>'), 'Heading 3 style used').toBe(true);
    expect(text).toContain('Prepared by');
    expect(text).toContain('A. Consultant');
    for (const a of doc.activities) expect(text).toContain(a.name);
    for (const v of doc.vendors) expect(text).toContain(v.name);
    for (const t of doc.activities.flatMap((a) => a.transfers)) expect(text).toContain(countryName(t.country));
    for (const c of doc.activities.flatMap((a) => a.dataCategories)) if (c.retention) expect(text).toContain(c.retention);
    for (const annex of ['Annex A: Vendors and sub-processors', 'Annex B: Transfers to third countries', 'Annex C: Retention schedule', 'Annex D: Security measures']) {
      expect(text).toContain(annex);
    }
    const footers = [...parts].filter(([n]) => /word\/footer\d*\.xml/.test(n)).map(([, d]) => d.toString('utf8')).join('');
    expect(footers).toContain('Confidential');
    expect(footers).toMatch(/PAGE/);
  });
});

describe.skipIf(!LIBREOFFICE)('LibreOffice opens both exports (skipped when libreoffice or pdftotext is not on PATH)', () => {
  it('converts the Word report and the Excel register to PDF with their text intact', async () => {
    const dir = await tempDir();
    const ws = await sampleWorkspace(dir);
    await exportDocx(ws, { scope: { kind: 'workspace' }, out: join(dir, 'report.docx'), now });
    await exportXlsx(ws, { scope: { kind: 'workspace' }, out: join(dir, 'register.xlsx'), now });
    await ws.close();
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const docxText = squash(convertToPdfText(join(dir, 'report.docx'), dir));
    expect(docxText).toContain('Record of processing activities');
    expect(docxText).toContain('Trip-level location tagging (optional)');
    expect(docxText).toContain('Annex D: Security measures');
    const xlsxText = squash(convertToPdfText(join(dir, 'register.xlsx'), dir));
    expect(xlsxText).toContain('Controller');
    expect(xlsxText).toContain('Employee payroll');
  }, 240_000);
});

describe('row heights of wrapped text', () => {
  // 15 points a line plus 2; a column of width 10 holds 11 characters a line.
  const columns = [{ width: 10 }, { width: 10 }, { width: 10, hidden: true }];
  it('fit the cell with the most lines, counting breaks and wrapping, and ignore hidden columns', () => {
    expect(rowHeight(['short', 3, null], columns)).toBe(17);
    expect(rowHeight(['one\ntwo\nthree', 'x'], columns)).toBe(47);
    // 23 characters wrap to three lines of 11; the line after the break is one more.
    expect(rowHeight(['a'.repeat(23) + '\nend', ''], columns)).toBe(62);
    expect(rowHeight(['', '', 'hidden\ncolumn\nlines\nare\nnot\ncounted'], columns)).toBe(17);
    expect(rowHeight(['\n'.repeat(40), ''], columns)).toBe(409);
  });
});
