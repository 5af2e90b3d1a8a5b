import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../electron/services/import/read-spreadsheet';
import { ropa } from '../helpers/cli';
import { odsBytes, writeHomeMadeCsv, writeIcoRegister } from '../helpers/registers';
import { buildParseWorker } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
beforeAll(buildParseWorker);

describe('ropa import FILE SHEET --mapping', () => {
  it('previews with --dry-run, saves the mapping, and imports with it; our own Excel import still works without --mapping', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'w.ropa');
    const sheet = join(dir, 'register.csv');
    const mapping = join(dir, 'mapping.json');
    await writeHomeMadeCsv(sheet);
    expect((await ropa('init', ws)).code).toBe(0);

    const dry = await ropa('import', ws, sheet, '--mapping', 'auto', '--org', 'Acme', '--dry-run', '--save-mapping', mapping);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+ Customer support: 1 purposes, 4 data categories, 1 recipients, 1 transfers');
    expect(dry.stdout).toContain('review: Office visitors: imported: check the legal basis (sheet "register", row 5, column E (Lawful basis)): "we think this is fine"');
    expect(dry.stdout).toMatch(/Recognised \d+ of \d+ cells \(\d+%\)/);
    expect(dry.stdout).toContain(`Dry run: nothing was written to ${ws}.`);
    expect((await ropa('info', ws, '--json')).stdout).toContain('"activities": 0');

    // The person changes one column in the saved mapping: "Comments" becomes the description.
    const saved = JSON.parse(await readFile(mapping, 'utf8')) as { sheets: { columns: { header: string; field: string }[] }[] };
    expect(saved.sheets[0]?.columns.find((c) => c.header === 'Comments')?.field).toBe('notes');
    for (const c of saved.sheets[0]?.columns ?? []) if (c.header === 'Comments') c.field = 'description';
    await writeFile(mapping, JSON.stringify(saved));

    const run = await ropa('import', ws, sheet, '--mapping', mapping, '--org', 'Acme', '--product', 'Shop');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported register.csv into ${ws}: 3 processing activities for Acme (new organisation), product Shop (new);`);
    const exported = JSON.parse((await ropa('export', ws, '--format', 'json')).stdout) as { activities: { name: string; description?: string; productId?: string }[]; products: { id: string; name: string }[] };
    const support = exported.activities.find((a) => a.name === 'Customer support');
    expect(support?.description).toBe('check Zendesk DPA');
    expect(support?.productId).toBe(exported.products.find((p) => p.name === 'Shop')?.id);

    // The existing import of our own Excel register is told apart by the absence of --mapping.
    const xlsx = join(dir, 'ours.xlsx');
    expect((await ropa('export', ws, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const own = await ropa('import', ws, xlsx, '--dry-run');
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('Dry run');
  });

  it('asks for --org, and refuses a mapping file that is not one', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'w.ropa');
    const sheet = join(dir, 'r.xlsx');
    await writeIcoRegister(sheet);
    await ropa('init', ws);
    const noOrg = await ropa('import', ws, sheet, '--mapping', 'auto');
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toContain('--org NAME is required with --mapping');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'ropa-desk-import-mapping', version: 1, sheets: [{ sheet: 'Controller', layout: 'table', headerAt: 4, role: 'controller', columns: [{ header: 'Notes', field: 'legal_basis' }] }] }));
    const r = await ropa('import', ws, sheet, '--mapping', bad, '--org', 'Acme');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"bad.json" is not a valid import mapping');
    expect(r.stderr).toContain('$.sheets.0.columns.0.field: must be one of: name, description, purposes, legalBasis');
  });
});

describe('reading register files safely', () => {
  it('refuses an .ods zip bomb from its directory, and an .ods that declares entities', async () => {
    const dir = await tempDir();
    const bomb = join(dir, 'bomb.ods');
    await writeFile(bomb, zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': new Uint8Array(200 * 1024 * 1024) }, { level: 9 }));
    await expect(readSpreadsheet(bomb)).rejects.toThrow(/zip bomb|far too large|more than/);
    const entities = join(dir, 'entities.ods');
    await writeFile(entities, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>') }));
    await expect(readSpreadsheet(entities)).rejects.toThrow('"entities.ods" declares XML entities, which no OpenDocument spreadsheet does. Nothing was imported.');
    const notOds = join(dir, 'x.ods');
    await writeFile(notOds, 'just text');
    await expect(readSpreadsheet(notOds)).rejects.toThrow(/is not an OpenDocument spreadsheet/);
    await expect(readSpreadsheet(join(dir, 'old.xls'))).rejects.toThrow('use .xlsx, .ods or .csv');
  });

  it('reads repeated and spanned .ods cells, and a Windows-1252 CSV with semicolons', async () => {
    const dir = await tempDir();
    const ods = join(dir, 'r.ods');
    await writeFile(ods, odsBytes([{ name: 'S', rows: [['a', 'b'], [{ text: 'merged', rowsSpanned: 2 }, 'x'], [{ covered: true }, 'y']] }]));
    const [s] = await readSpreadsheet(ods);
    expect(s?.rows).toEqual([['a', 'b'], ['merged', 'x'], ['merged', 'y']]);
    expect(s?.mergedCopies).toEqual(['2,0']);
    const csv = join(dir, 'r.csv');
    await writeFile(csv, Buffer.from([...Buffer.from('Name;Löschfrist\r\nA;3 Jahre\r\n', 'latin1')]));
    expect((await readSpreadsheet(csv))[0]?.rows).toEqual([['Name', 'Löschfrist'], ['A', '3 Jahre']]);
  });
});
