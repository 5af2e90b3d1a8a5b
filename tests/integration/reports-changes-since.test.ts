import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { ropa } from '../helpers/cli';
import { loadXlsx, unzip, wordText } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** The sample, frozen as "Audit 2026", then one activity renamed and one vendor added. */
async function changedSinceAudit(dir: string): Promise<string> {
  const file = join(dir, 'w.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  expect((await ropa('baseline', file, '--label', 'Audit 2026')).code).toBe(0);
  const ws = await Workspace.open(file, { backups: false });
  const support = (await ws.listActivities()).find((a) => a.name === 'Support and feedback');
  if (!support) throw new Error('sample activity');
  await ws.saveActivity({ ...support, name: 'Customer support and feedback' });
  await ws.saveVendor({ id: 'ven-new', name: 'Newly Added Mailer', category: 'email', role: 'processor', processingCountries: ['IE'], dpa: { status: 'signed' }, certifications: [] });
  await ws.close();
  return file;
}

describe('reports with "changes since" a baseline', () => {
  it('the Excel register gets a sheet listing each change, field by field', async () => {
    const dir = await tempDir();
    const file = await changedSinceAudit(dir);
    const out = join(dir, 'r.xlsx');
    const r = await ropa('export', file, '--format', 'xlsx', '--since', 'Audit 2026', '--out', out);
    expect(r).toMatchObject({ code: 0 });
    const wb = await loadXlsx(await readFile(out));
    const sheet = wb.getWorksheet('Changes since baseline');
    expect(sheet).toBeDefined();
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]).toEqual(['Change', 'Record type', 'Record', 'Field', 'Before', 'After']);
    expect(rows).toContainEqual(['Changed', 'Processing activity', 'Customer support and feedback', 'Name', 'Support and feedback', 'Customer support and feedback']);
    expect(rows).toContainEqual(['Added', 'Vendor', 'Newly Added Mailer', '', '', '']);
    const about = wb.getWorksheet('About');
    const aboutText: string[] = [];
    about?.eachRow((row) => aboutText.push((row.values as unknown[]).slice(1).join(' ')));
    expect(aboutText.join('\n')).toMatch(/Changes since “Audit 2026” \(whole workspace, \d{4}-\d{2}-\d{2}\)/);
  });

  it('the Word report gets a section after the summary, and an unknown baseline is refused', async () => {
    const dir = await tempDir();
    const file = await changedSinceAudit(dir);
    const out = join(dir, 'r.docx');
    expect((await ropa('export', file, '--format', 'docx', '--since', 'Audit 2026', '--out', out)).code).toBe(0);
    const text = wordText((await unzip(await readFile(out))).get('word/document.xml')?.toString('utf8') ?? '');
    expect(text).toMatch(/Changes since “Audit 2026”/);
    expect(text.indexOf('Changes since')).toBeGreaterThan(text.indexOf('Summary'));
    expect(text).toContain('Customer support and feedback');
    expect(text).toContain('Newly Added Mailer');
    const bad = await ropa('export', file, '--format', 'docx', '--since', 'Audit 1999', '--out', join(dir, 'x.docx'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Audit 1999/);
  });
});
