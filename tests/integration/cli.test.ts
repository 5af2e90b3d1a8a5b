import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256, useTempDir } from '../helpers/temp';
import { ropa } from '../helpers/cli';

const tempDir = useTempDir();
const BIN = resolve('dist/tests/ropa.cjs');

beforeAll(async () => {
  await build({
    entryPoints: ['cli/bin.ts'],
    outfile: BIN,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['sqlite3', 'exceljs', 'docx'],
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
});

describe('ropa init / info', () => {
  it('creates an empty workspace, with an organisation only when --org is given', async () => {
    const dir = await tempDir();
    const bare = await ropa('init', join(dir, 'bare.ropa'));
    expect(bare).toMatchObject({ code: 0, stdout: `Created ${join(dir, 'bare.ropa')}.\n` });
    const withOrg = await ropa('init', join(dir, 'org.ropa'), '--org', 'Acme GmbH');
    expect(withOrg.stdout).toBe(`Created ${join(dir, 'org.ropa')} with the organisation "Acme GmbH".\n`);

    const info = await ropa('info', join(dir, 'org.ropa'));
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/^Organisations: +1$/m);
    expect(info.stdout).toMatch(/^Activities: +0$/m);
    expect(info.stdout).toMatch(/^Integrity: +ok$/m);
    const bareInfo = JSON.parse((await ropa('info', join(dir, 'bare.ropa'), '--json')).stdout) as { counts: { organisations: number }; ok: boolean };
    expect(bareInfo.counts.organisations).toBe(0);
    expect(bareInfo.ok).toBe(true);
  });

  it('refuses to init over an existing file (exit 1, one line on stderr)', async () => {
    const file = join(await tempDir(), 'x.ropa');
    await writeFile(file, 'keep me');
    const r = await ropa('init', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`ropa: "${file}" already exists. Choose another file name; nothing was changed.\n`);
  });
});

describe('ropa demo / export / import', () => {
  it('round-trips the sample workspace through JSON: init + import gives the same export', async () => {
    const dir = await tempDir();
    const demo = await ropa('demo', join(dir, 'demo.ropa'));
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Created .*demo\.ropa: 2 organisations, 3 products, \d+ processing activities, \d+ vendors\./);

    const exported = await ropa('export', join(dir, 'demo.ropa'), '--format', 'json', '--out', join(dir, 'demo.json'));
    expect(exported.code).toBe(0);
    expect((await ropa('init', join(dir, 'copy.ropa'))).code).toBe(0);
    const imported = await ropa('import', join(dir, 'copy.ropa'), join(dir, 'demo.json'));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 2 organisations, 3 products, \d+ vendors and \d+ processing activities into /);
    const again = await ropa('export', join(dir, 'copy.ropa'), '--format', 'json');
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '');
    expect(strip(again.stdout)).toBe(strip(await readFile(join(dir, 'demo.json'), 'utf8')));
  });

  it('rejects a bad document with every problem and its path, exit 1, workspace unchanged', async () => {
    const dir = await tempDir();
    await ropa('init', join(dir, 'w.ropa'));
    const doc = JSON.parse((await ropa('export', join(dir, 'w.ropa'))).stdout) as Record<string, unknown>;
    doc.organisations = [{ id: 'o1', name: '' }, { id: 'o1', name: 'Dup', country: 'XX' }];
    await writeFile(join(dir, 'bad.json'), JSON.stringify(doc));
    const r = await ropa('import', join(dir, 'w.ropa'), join(dir, 'bad.json'));
    expect(r.code).toBe(1);
    // Shape and reference problems come in one pass (issue 17): the duplicate id is reported with the others.
    expect(r.stderr).toContain('ropa: The document was not imported: 3 problems found; the workspace is unchanged.');
    expect(r.stderr).toContain('  $.organisations[1].id: duplicate id "o1"');
    expect(r.stderr).toContain('  $.organisations[0].name: must not be empty');
    expect(r.stderr).toContain('  $.organisations[1].country: "XX" is not an ISO 3166-1 two-letter country code (e.g. "DE", "US")');
    expect((await ropa('info', join(dir, 'w.ropa'))).stdout).toMatch(/^Organisations: +0$/m);
  });

  it('says so when the input is not JSON', async () => {
    const dir = await tempDir();
    await ropa('init', join(dir, 'w.ropa'));
    await writeFile(join(dir, 'x.json'), 'name,purpose\n');
    const r = await ropa('import', join(dir, 'w.ropa'), join(dir, 'x.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ropa: "x\.json" is not valid JSON \(.+\); the workspace is unchanged\n$/);
  });
});

describe('ropa refusals and usage errors', () => {
  it('refuses a file that is not a workspace with exit 1 and leaves it unchanged', async () => {
    const file = join(await tempDir(), 'notes.ropa');
    await writeFile(file, 'just some notes');
    const before = await sha256(file);
    const r = await ropa('info', file);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'ropa: "notes.ropa" is not a RoPA Desk workspace (it is not a database file). Nothing was changed.\n' });
    expect(await sha256(file)).toBe(before);
  });

  it('exits 2 for usage errors', async () => {
    expect((await ropa('frobnicate')).code).toBe(2);
    expect((await ropa('frobnicate')).stderr).toBe('ropa: unknown command "frobnicate". Run "ropa --help" for the list.\n');
    const missing = await ropa('import', 'only-one.ropa');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ropa: missing INPUT');
    const badOpt = await ropa('info', 'x.ropa', '--colour');
    expect(badOpt.code).toBe(2);
    const badFormat = await ropa('export', 'x.ropa', '--format', 'pdf');
    expect(badFormat).toMatchObject({ code: 2 });
    expect(badFormat.stderr).toContain('unknown --format "pdf"');
    const badCount = await ropa('synth', 'x.ropa', '--orgs', 'many');
    expect(badCount.stderr).toContain('--orgs must be a whole number from 1 to 100000, not "many"');
  });

  it('prints help with every command', async () => {
    const r = await ropa('--help');
    expect(r.code).toBe(0);
    for (const c of ['init FILE', 'demo FILE', 'import FILE', 'export FILE', 'info FILE', 'synth FILE']) expect(r.stdout).toContain(`ropa ${c}`);
  });
});

describe('the ropa executable', () => {
  it('runs under plain Node with the documented exit codes', async () => {
    const dir = await tempDir();
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [BIN, ...args]).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    expect((await run('synth', join(dir, 's.ropa'), '--orgs', '2', '--products', '2', '--activities', '3')).stdout).toBe(
      `Created ${join(dir, 's.ropa')}: 12 processing activities, 300 vendors.\n`,
    );
    expect((await run('info', join(dir, 's.ropa'))).code).toBe(0);
    expect((await run('info', join(dir, 'missing.ropa'))).code).toBe(1);
    expect((await run()).code).toBe(2);
  });
});
