/**
 * Issue 14, items 4, 5 and 11: one sanitiser for every document writer. Text that
 * breaks documents (U+FFFE/U+FFFF, C0 controls), misleads readers (bidi overrides),
 * drives terminals (escape sequences) or runs as a formula goes through every
 * exporter — notice Markdown, HTML, text and Word; report Word and Excel; JSON; the
 * command line — and comes out clean, well-formed and reported. Lone surrogates are
 * refused at the schema with words; a BOM does not stop a JSON import.
 */
import { PassThrough } from 'node:stream';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../cli/ropa';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { Workspace, WorkspaceError } from '../../electron/services/workspace';
import type { IpcResult } from '../../shared/ipc';
import { EXCEL_CELL_LIMIT, TextSanitiser, sanitiseText } from '../../shared/reports/sanitise';
import { buildSampleDocument } from '../../shared/sample';
import { buildExportWorker, buildParseWorker, loadXlsx, unzip } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
beforeAll(async () => {
  await buildExportWorker();
  await buildParseWorker();
}, 120_000);

const HOSTILE = 'Evil \u202Egnp.exe\u202C \u001b[31mred\u001b[0m \u001b]0;title\u0007 bell\u0007 \uFFFE\uFFFF nul\u0000 tail';
const FORMULA = '=HYPERLINK("https://evil.example","click")';
/** Nothing any output may carry. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

async function hostileApp() {
  const dir = await tempDir();
  const path = join(dir, 'hostile.ropa');
  const doc = buildSampleDocument(new Date('2026-03-01T10:00:00Z'));
  const product = doc.products.find((p) => p.name === 'Roomify Smart Camera');
  if (!product) throw new Error('sample has Roomify');
  const act = doc.activities.find((a) => a.productId === product.id);
  if (!act) throw new Error('Roomify has activities');
  act.name = `Camera ${HOSTILE}`;
  act.description = `Stored ${HOSTILE}`;
  act.owner = FORMULA;
  product.description = `Product ${HOSTILE}`;
  const ws = await Workspace.create(path, { backups: false });
  await ws.importDocument(doc, { replace: true });
  await ws.close();
  const session = new AppSession(memoryPreferences(), { backups: false });
  const answers: string[] = [];
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => answers.shift(), chooseOpenPath: async () => answers.shift() },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
  });
  await session.open(path);
  const call = async (channel: string, payload: unknown, out: string) => {
    answers.push(out);
    const r = (await dispatch(handlers, channel, payload)) as IpcResult<unknown>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  return { dir, path, session, call, productId: product.id, activityName: act.name };
}

function expectCleanXml(name: string, parts: Map<string, Buffer>): string {
  let all = '';
  for (const [part, data] of parts) {
    if (!/\.(xml|rels)$/.test(part)) continue;
    const xml = data.toString('utf8');
    expect(XMLValidator.validate(xml), `${name} ${part}`).toBe(true);
    expect(FORBIDDEN.test(xml), `${name} ${part}`).toBe(false);
    all += xml;
  }
  return all;
}

describe('an injection corpus through every exporter', () => {
  it('notice Markdown, HTML, text and Word: no control, override or escape survives; the Word file is well-formed; the user is told', async () => {
    const { dir, session, call, productId } = await hostileApp();
    for (const format of ['md', 'html', 'txt', 'docx'] as const) {
      const out = join(dir, `notice.${format}`);
      await call('notice:export', { productId, lang: 'en', format }, out);
      if (format === 'docx') {
        const xml = expectCleanXml('notice.docx', await unzip(await readFile(out)));
        expect(xml).toContain('gnp.exe');
      } else {
        const text = await readFile(out, 'utf8');
        expect(FORBIDDEN.test(text), format).toBe(false);
        expect(text, format).toContain('Evil gnp.exe red  bell  nul tail');
      }
    }
    const preview = (await call('notice:preview', { productId, lang: 'en' }, '')) as { warnings: { message: string }[] };
    expect(preview.warnings.map((w) => w.message).join('\n')).toMatch(/removed 2 bidirectional override characters/);
    await session.close();
  }, 120_000);

  it('report Word and Excel: clean and well-formed; formula-leading text quoted and imported back as typed', async () => {
    const { dir, session, call } = await hostileApp();
    const docx = join(dir, 'report.docx');
    const r1 = (await call('report:export', { format: 'docx', scope: { kind: 'workspace' } }, docx)) as { warnings: string[] };
    expectCleanXml('report.docx', await unzip(await readFile(docx)));
    expect(r1.warnings.join('\n')).toMatch(/bidirectional override/);
    const xlsx = join(dir, 'register.xlsx');
    const r2 = (await call('report:export', { format: 'xlsx', scope: { kind: 'workspace' } }, xlsx)) as { warnings: string[] };
    expectCleanXml('register.xlsx', await unzip(await readFile(xlsx)));
    expect(r2.warnings.join('\n')).toMatch(/terminal escape sequence/);
    const wb = await loadXlsx(await readFile(xlsx));
    const reg = wb.getWorksheet('Controller register') as ExcelJS.Worksheet;
    const ownerCol = (reg.getRow(1).values as unknown[]).indexOf('Owner');
    const owners = (reg.getColumn(ownerCol).values as unknown[]).filter((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    // Written as typed, in a text cell with the quote-prefix style (no visible apostrophe), never a formula.
    expect(owners, JSON.stringify(owners)).toEqual([FORMULA]);
    const cells: ExcelJS.Cell[] = [];
    reg.getColumn(ownerCol).eachCell((c) => void (String(c.value).includes('HYPERLINK') && cells.push(c)));
    expect(cells.map((c) => c.type)).toEqual([ExcelJS.ValueType.String]);
    // The round trip: nothing to import.
    const preview = (await call('report:importPreview', {}, xlsx)) as { counts: unknown; problems: unknown[] };
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ added: 0, changed: 0, removed: 0 });
    await session.close();
  }, 120_000);

  it('JSON export keeps the text exactly (it must import back) with overrides escaped, and a BOM does not stop an import', async () => {
    const { dir, path, session, call, activityName } = await hostileApp();
    const json = join(dir, 'export.json');
    await call('workspace:exportJson', {}, json);
    await session.close();
    const text = await readFile(json, 'utf8');
    expect(text).not.toMatch(/[\u202A-\u202E]/);
    expect(text).toContain('\\u202e');
    expect((JSON.parse(text) as { activities: { name: string }[] }).activities.some((a) => a.name === activityName)).toBe(true);

    const bom = join(dir, 'bom.json');
    await writeFile(bom, `\uFEFF${text}`);
    const fresh = join(dir, 'fresh.ropa');
    const out = new PassThrough();
    const err = new PassThrough();
    let said = '';
    err.on('data', (d: Buffer) => (said += d.toString()));
    expect(await cli(['init', fresh], out, err)).toBe(0);
    expect(await cli(['import', fresh, bom], out, err), said).toBe(0);
    const ws = await Workspace.open(fresh, { readOnly: true });
    expect((await ws.listActivities()).some((a) => a.name === activityName)).toBe(true);
    await ws.close();
    void path;
  }, 120_000);

  it('the command line never hands a record’s escape sequences or overrides to the terminal', async () => {
    const { path, session } = await hostileApp();
    await session.close();
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d: Buffer) => (printed += d.toString()));
    await cli(['check', path], out, new PassThrough());
    await cli(['export', path, '--format', 'json'], out, new PassThrough());
    expect(printed.length).toBeGreaterThan(1000);
    expect(FORBIDDEN.exec(printed)?.[0].charCodeAt(0).toString(16) ?? 'none', printed.slice(Math.max(0, (FORBIDDEN.exec(printed)?.index ?? 0) - 80), (FORBIDDEN.exec(printed)?.index ?? 0) + 20)).toBe('none');
    expect(printed).toContain('\\u202e');
  }, 120_000);
});

describe('text a document cannot hold', () => {
  it('a lone surrogate is refused where it is entered, with words', async () => {
    const dir = await tempDir();
    const ws = await Workspace.create(join(dir, 'ws.ropa'), { backups: false });
    const doc = buildSampleDocument(new Date('2026-03-01T10:00:00Z'));
    const a = doc.activities[0];
    if (a) a.description = `${'x'.repeat(3999)}\uD83D`;
    const e = await ws.importDocument(doc, { replace: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkspaceError);
    expect((e as WorkspaceError).details.join('\n')).toMatch(/description: holds a broken character \(half of a UTF-16 surrogate pair/);
    await ws.close();
  });

  it('an Excel cell longer than 32,767 characters is cut, says so, and is reported', () => {
    const s = new TextSanitiser('xlsx');
    const out = s.clean('y'.repeat(40_000), () => 'Controller register, row 2, Data categories');
    expect(out.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(out.length).toBeGreaterThan(EXCEL_CELL_LIMIT - 5);
    expect(out).toMatch(/\[… 7,\d{3} more characters are in RoPA Desk; a spreadsheet cell holds at most 32,767\]$/);
    expect(s.warnings()[0]).toMatch(/^Controller register, row 2, Data categories: cut 7,\d{3} characters/);
    expect(sanitiseText('- a bullet', 'xlsx').text).toBe('- a bullet');
    expect(sanitiseText('-1+2', 'xlsx').text).toBe("'-1+2");
  });
});
