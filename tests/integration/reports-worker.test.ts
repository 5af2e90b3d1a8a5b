// Exports as the app runs them: in the export worker thread, reading the workspace
// while the app keeps it open for writing; and the streaming atomic write under them.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBaseline } from '../../electron/services/compliance/baselines';
import { writeStreamAtomic } from '../../electron/services/files/atomic-write';
import { exportInWorker } from '../../electron/services/reports/export-in-worker';
import type { ExportRequest } from '../../electron/services/reports/export-request';
import { reportDocument } from '../../electron/services/reports/report-document';
import { Workspace, WorkspaceError } from '../../electron/services/workspace';
import { reportFindings } from '../../shared/reports/findings';
import { type ReportScope, selectScope } from '../../shared/reports/scope';
import { ColumnPickError, planWorkbook } from '../../shared/reports/workbook';
import { buildSampleDocument } from '../../shared/sample';
import { EXPORT_WORKER_SCRIPT, buildExportWorker, loadXlsx, unzip, wordText } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const now = new Date('2026-03-01T10:00:00Z');
const tempDir = useTempDir();

beforeAll(buildExportWorker, 60_000);

/** The sample workspace, open for writing as the app holds it. */
async function openSample(dir: string): Promise<Workspace> {
  const ws = await Workspace.create(join(dir, 'sample.ropa'), { actor: 'Officer', backups: false, now: () => now });
  await ws.importDocument(buildSampleDocument(now), { replace: true });
  return ws;
}

const request = (ws: Workspace, dir: string, more: Partial<ExportRequest>): ExportRequest => ({
  workspace: ws.path,
  format: 'xlsx',
  scope: { kind: 'workspace' },
  out: join(dir, 'register.xlsx'),
  preparedBy: 'A. Officer',
  now: now.toISOString(),
  ...more,
});

describe('exports in the worker thread', () => {
  it('writes the Excel register from a workspace the app holds open, with progress', async () => {
    const dir = await tempDir();
    const ws = await openSample(dir);
    try {
      const progress: number[] = [];
      const result = await exportInWorker(request(ws, dir, {}), (done) => progress.push(done), EXPORT_WORKER_SCRIPT);
      expect(result.path).toBe(join(dir, 'register.xlsx'));
      const wb = await loadXlsx(await readFile(result.path));
      const names: string[] = [];
      wb.getWorksheet('Controller register')?.eachRow((row) => names.push(String(row.getCell(3).text)));
      for (const a of (await ws.exportDocument()).activities.filter((x) => x.role !== 'processor')) expect(names).toContain(a.name);
      expect(wb.creator).toBe('A. Officer');
      expect(progress.length).toBeGreaterThan(3);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // The app's connection still writes after the worker has read.
      const org = (await ws.listOrganisations())[0];
      if (!org) throw new Error('the sample has organisations');
      await ws.saveOrganisation({ ...org, name: 'Still writable' });
      expect((await ws.listOrganisations()).map((o) => o.name)).toContain('Still writable');
    } finally {
      await ws.close();
    }
  });

  it('writes the Word report of one organisation', async () => {
    const dir = await tempDir();
    const ws = await openSample(dir);
    try {
      const out = join(dir, 'report.docx');
      await exportInWorker(request(ws, dir, { format: 'docx', scope: { kind: 'organisation', organisationId: 'org-roomify' }, out }), undefined, EXPORT_WORKER_SCRIPT);
      const text = wordText((await unzip(await readFile(out))).get('word/document.xml')?.toString('utf8') ?? '');
      expect(text).toContain('Cargo measurement capture and offline queue');
      expect(text).toContain('Prepared by');
      expect(text).toContain('A. Officer');
      expect(text).not.toContain('Employee payroll');
    } finally {
      await ws.close();
    }
  });

  it('passes the reason back when the export is refused, and writes nothing', async () => {
    const dir = await tempDir();
    const ws = await openSample(dir);
    try {
      const before = await readdir(dir);
      const baseline = exportInWorker(request(ws, dir, { since: 'Audit 1999' }), undefined, EXPORT_WORKER_SCRIPT);
      await expect(baseline).rejects.toBeInstanceOf(WorkspaceError);
      await expect(baseline).rejects.toThrow('There is no baseline named "Audit 1999".');
      const columns = exportInWorker(request(ws, dir, { columns: ['activity', 'colour'] }), undefined, EXPORT_WORKER_SCRIPT);
      await expect(columns).rejects.toBeInstanceOf(ColumnPickError);
      await expect(columns).rejects.toThrow(/Unknown column "colour"/);
      expect(await readdir(dir)).toEqual(before);
    } finally {
      await ws.close();
    }
  });
});

describe('reading for a report', () => {
  it('leaves the frozen registers of baselines out, which the JSON export keeps', async () => {
    const dir = await tempDir();
    const ws = await openSample(dir);
    try {
      await createBaseline(ws, { label: 'Audit 2026' });
      expect((await ws.exportDocument()).baselines?.map((b) => b.label)).toEqual(['Audit 2026']);
      const forReport = await ws.exportDocument({ baselines: false });
      expect(forReport.baselines).toBeUndefined();
      expect(forReport.activities).toEqual((await ws.exportDocument()).activities);
      // And a report "since" that baseline still finds it.
      const result = await exportInWorker(request(ws, dir, { since: 'Audit 2026' }), undefined, EXPORT_WORKER_SCRIPT);
      const wb = await loadXlsx(await readFile(result.path));
      expect(wb.getWorksheet('Changes since baseline')).toBeDefined();
    } finally {
      await ws.close();
    }
  });
});

describe('reading for a report of one organisation or product', () => {
  it('reads only that organisation\'s activities and gives the same findings and rows as the whole register', async () => {
    const dir = await tempDir();
    const ws = await openSample(dir);
    try {
      const whole = await ws.exportDocument({ baselines: false });
      const scopes: ReportScope[] = [
        ...whole.organisations.map((o) => ({ kind: 'organisation' as const, organisationId: o.id })),
        ...whole.products.map((p) => ({ kind: 'product' as const, productId: p.id })),
      ];
      expect(scopes.length).toBeGreaterThan(3);
      for (const scope of scopes) {
        const read = await reportDocument(ws, scope);
        expect(read.activities.length).toBeLessThan(whole.activities.length);
        const plan = (doc: typeof whole) => {
          const reg = selectScope(doc, scope);
          const findings = reportFindings(reg, now);
          return { findings, sheets: planWorkbook(reg, { layout: 'native', generatedAt: now, preparedBy: 'x', findings }).sheets.map((sh) => [sh.name, [...sh.rows()]]) };
        };
        expect(plan(read), JSON.stringify(scope)).toEqual(plan(whole));
      }
    } finally {
      await ws.close();
    }
  });
});

describe('streaming atomic write', () => {
  it('leaves the old file as it was, and no temp file, when the producer fails half-way', async () => {
    const dir = await tempDir();
    const path = join(dir, 'register.xlsx');
    await writeFile(path, 'the previous export');
    const failing = writeStreamAtomic(path, async (out) => {
      out.write('half of a new export');
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await readFile(path, 'utf8')).toBe('the previous export');
    expect(await readdir(dir)).toEqual(['register.xlsx']);
    await writeStreamAtomic(path, async (out) => {
      out.end('the new export');
    });
    expect(await readFile(path, 'utf8')).toBe('the new export');
    expect(await readdir(dir)).toEqual(['register.xlsx']);
  });
});
