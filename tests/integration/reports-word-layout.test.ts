/**
 * The Word report as LibreOffice lays it out: no table row lost (a row kept on one
 * page that is taller than a page used to be cut off), and a contents list with
 * page numbers that needs no field update.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesBetween } from '../../shared/reports/changes';
import { buildSampleDocument } from '../../shared/sample';
import { hasCommand, unzip } from '../helpers/reports-files';
import { threeShapes } from '../helpers/reports-shapes';
import { docxBuffer } from '../helpers/reports-text';

const LIBREOFFICE = hasCommand('soffice') && hasCommand('pdftotext');
const NOW = new Date('2026-11-22T09:00:00Z');

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, '');

/** Each table row of the document model: its cells' text. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => decode([...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
  );
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-word-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function soffice(file: string, to: 'pdf' | 'txt:Text (encoded):UTF8'): string {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', to, '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  return file.replace(/\.docx$/, to === 'pdf' ? '.pdf' : '.txt');
}

/** The sample with one activity whose description is longer than a page, as a "changes since" row. */
async function reports(tall = true): Promise<{ name: string; file: string; xml: string }[]> {
  const before = buildSampleDocument(NOW);
  const now = structuredClone(before);
  const a = now.activities[0];
  if (!a) throw new Error('sample');
  // One paragraph of some 3,900 characters in a narrow column: taller than a page.
  if (tall) a.description = `${Array.from({ length: 52 }, (_, i) => `Sentence ${i + 1} of a description far longer than a page.`).join(' ')} LAST LINE OF THE TALL ROW`;
  const changesSince = changesBetween({ document: before, scope: 'workspace', label: '“Audit” (whole workspace, 2026-11-01)' }, now, { kind: 'workspace' });
  const out = [];
  for (const [name, buffer] of [
    ['sample', await docxBuffer(now, { kind: 'workspace' }, { changesSince })],
    ['shapes', await docxBuffer(threeShapes(), { kind: 'workspace' })],
    ['authority', await docxBuffer(threeShapes(), { kind: 'organisation', organisationId: 'org-dispatchly' }, { authorityCopy: true })],
  ] as const) {
    const file = join(dir, `${name}.docx`);
    await writeFile(file, buffer);
    out.push({ name, file, xml: (await unzip(buffer)).get('word/document.xml')?.toString('utf8') ?? '' });
  }
  return out;
}

// Skipped only where LibreOffice or poppler is not installed (.ci/run installs both).
describe.skipIf(!LIBREOFFICE)('Word report in LibreOffice', () => {
  it('every table row of the document model is in LibreOffice’s text and in its PDF, the row taller than a page included', async () => {
    for (const r of await reports()) {
      const txt = squash(await readFile(soffice(r.file, 'txt:Text (encoded):UTF8'), 'utf8'));
      const pdf = squash(execFileSync('pdftotext', ['-raw', soffice(r.file, 'pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      const rows = tableRows(r.xml);
      expect(rows.length).toBeGreaterThan(10);
      for (const cells of rows) {
        for (const cell of cells) {
          // The start and the end of every cell: a row cut off at the page end loses its end.
          const t = squash(cell);
          if (t === '') continue;
          for (const piece of [t.slice(0, 24), t.slice(-24)]) {
            expect(txt, `${r.name}: LibreOffice text`).toContain(piece);
            expect(pdf, `${r.name}: PDF, row "${cells[0] ?? ''}"`).toContain(piece);
          }
        }
      }
      if (r.name === 'sample') expect(pdf).toContain(squash('LASTLINEOFTHETALLROW'));
    }
  }, 300_000);

  it('the contents list every heading down to each activity, with page numbers within one page of LibreOffice’s layout, and asks for no field update', async () => {
    // The sample as it is (the estimate is tuned on ordinary records; a cell of several pages throws it off).
    const [sample] = await reports(false);
    if (!sample) throw new Error('no report');
    const parts = await unzip(await readFile(sample.file));
    expect(parts.get('word/settings.xml')?.toString('utf8')).not.toContain('updateFields');
    expect(sample.xml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="false"\/><w:instrText[^>]*>TOC /);
    expect(sample.xml).not.toContain('w:dirty="true"');
    const entries = [...sample.xml.matchAll(/w:anchor="(_Toc\d+)"><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><w:tab\/><w:t[^>]*>(\d+)<\/w:t>/g)].map((m) => ({
      title: decode(m[2] ?? ''),
      page: Number(m[3]),
    }));
    const doc = buildSampleDocument(NOW);
    for (const a of doc.activities) expect(entries.map((e) => e.title)).toContain(a.name);
    const pdf = soffice(sample.file, 'pdf');
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const pages = Array.from({ length: pageCount }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
    let from = 2;
    for (const e of entries) {
      const at = pages.findIndex((p, i) => i >= from && p.split('\n').some((l) => l.trim() === e.title));
      expect(at, `heading "${e.title}" in the PDF`).toBeGreaterThanOrEqual(0);
      from = at;
      expect(Math.abs(e.page - (at + 1)), `page of "${e.title}": contents say ${e.page}, LibreOffice ${at + 1}`).toBeLessThanOrEqual(1);
    }
  }, 300_000);

  it('the authority copy leaves out the open findings', async () => {
    const all = await reports();
    const authority = all.find((r) => r.name === 'authority');
    const full = await docxBuffer(threeShapes(), { kind: 'organisation', organisationId: 'org-dispatchly' });
    const fullXml = (await unzip(full)).get('word/document.xml')?.toString('utf8') ?? '';
    expect(fullXml).toContain('Open findings');
    expect(authority?.xml).not.toContain('Open findings');
    expect(authority?.xml).toContain('Dispatcher accounts');
  }, 300_000);
});

describe('ropa export --authority-copy', () => {
  it('writes the Word report without the open findings; refused for Excel', async () => {
    const { ropa } = await import('../helpers/cli');
    const file = join(dir, 'cli.ropa');
    expect((await ropa('demo', file)).code).toBe(0);
    const out = join(dir, 'authority.docx');
    expect((await ropa('export', file, '--format', 'docx', '--authority-copy', '--out', out)).code).toBe(0);
    const xml = (await unzip(await readFile(out))).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Account management and authentication');
    expect(xml).not.toContain('Open findings');
    const bad = await ropa('export', file, '--format', 'xlsx', '--authority-copy', '--out', join(dir, 'x.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--authority-copy applies to --format docx');
  });
});
