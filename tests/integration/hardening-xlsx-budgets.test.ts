/**
 * Issue 14, item 1: every workbook is refused or imported within 5 s and 300 MB
 * above the idle process. Each file of a generated hostile corpus is imported by a
 * child process of its own, which reports its peak resident memory and the time
 * taken (a measurement of the import, not a timed unit test).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportXlsx } from '../../electron/services/reports/xlsx/export-xlsx';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { WORKER_SCRIPT, buildParseWorker } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';
import { hostileCorpus } from '../helpers/xlsx-corpus';

const run = promisify(execFile);
const tempDir = useTempDir();
const CHILD = resolve('dist/test/xlsx-import-child.cjs');
const MB = 1024 * 1024;

beforeAll(async () => {
  await buildParseWorker();
  await build({ entryPoints: ['tests/helpers/xlsx-import-child.ts'], outfile: CHILD, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3'], logLevel: 'error' });
}, 60_000);

interface Measured {
  outcome: string;
  ms: number;
  idle: number;
  peak: number;
}

async function measure(wsPath: string, file: string): Promise<Measured> {
  const { stdout } = await run(process.execPath, [CHILD, wsPath, file], { env: { ...process.env, ROPA_XLSX_WORKER: WORKER_SCRIPT }, timeout: 60_000 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Measured;
}

describe('Excel import budgets, measured in a child process', () => {
  it('every hostile workbook is refused, saying why, within 5 s and 300 MB above the idle process', async () => {
    const dir = await tempDir();
    const wsPath = join(dir, 'sample.ropa');
    const ws = await Workspace.create(wsPath, { actor: 'Test', backups: false });
    await ws.importDocument(buildSampleDocument(new Date('2026-03-01T10:00:00Z')), { replace: true });
    const legit = join(dir, 'register.xlsx');
    await exportXlsx(ws, { scope: { kind: 'workspace' }, out: legit });
    await ws.close();

    const figures: string[] = [];
    const corpus = hostileCorpus();
    for (const f of corpus) {
      const file = join(dir, `${f.name.replace(/[^a-z0-9]+/gi, '-')}.xlsx`);
      await writeFile(file, f.data);
      const m = await measure(wsPath, file);
      figures.push(`${f.name} (${Math.round(f.data.length / 1024)} KB): ${Math.round(m.ms)} ms, +${Math.round((m.peak - m.idle) / MB)} MB — ${m.outcome.slice(0, 140)}`);
      console.log(figures[figures.length - 1]);
      expect(m.outcome, f.name).toMatch(/^refused: /);
      expect(m.outcome, f.name).toMatch(f.refusal);
      expect(m.ms, f.name).toBeLessThan(5000);
      expect(m.peak - m.idle, f.name).toBeLessThan(300 * MB);
    }
    const ok = await measure(wsPath, legit);
    figures.push(`the sample's own register: ${Math.round(ok.ms)} ms, +${Math.round((ok.peak - ok.idle) / MB)} MB — ${ok.outcome}`);
    expect(ok.outcome).toBe('imported: 0 added, 0 changed, 0 removed');
    console.log(figures.join('\n'));
  }, 240_000);
});
