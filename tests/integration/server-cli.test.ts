/** `ropa` on a team workspace: every command takes a postgres:// URL; server init, grant, push, pull. */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { PG_SCHEMA_VERSION } from '../../electron/services/pgstore/schema';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { ropa } from '../helpers/cli';
import { createDatabase } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const server = () => inject('postgres');
let n = 0;
const freshDb = () => createDatabase(server(), `server_cli_${process.pid}_${n++}`);

async function sql(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}


describe('ropa server init', () => {
  it('creates the schema once; a second run changes nothing', async () => {
    const url = await freshDb();
    const first = await ropa('server', 'init', url, '--name', 'Privacy team');
    expect(first.stdout).toMatch(new RegExp(`^Created the team workspace on 127\\.0\\.0\\.1:\\d+/server_cli_\\d+_\\d+ \\(server schema ${PG_SCHEMA_VERSION}; roles ropa_server_cli_\\d+_\\d+_admin`));
    const again = await ropa('server', 'init', url);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain(`already holds a team workspace at server schema ${PG_SCHEMA_VERSION}; nothing to do`);
    const info = await ropa('info', url);
    expect(info.stdout).toMatch(/^Workspace: +Privacy team$/m);
    expect(info.stdout).toMatch(/^Server: +postgres:\/\/postgres@127\.0\.0\.1:\d+\/server_cli_/m);
  });

  it('refuses a database that holds something else, and leaves it alone', async () => {
    const url = await freshDb();
    await sql(url, 'CREATE TABLE invoices (id int)');
    const r = await ropa('server', 'init', url);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds other data \(public\.invoices\); a team workspace needs a database of its own\. Nothing was changed\./);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    expect((await c.query("SELECT 1 FROM pg_namespace WHERE nspname = 'ropa'")).rowCount).toBe(0);
    await c.end();
  });

  it('lets two clients initialise at once: the advisory lock makes one wait, and both succeed', async () => {
    const url = await freshDb();
    const results = await Promise.all([initServer(url), initServer(url), initServer(url)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('refuses, by name, a server schema newer than this client', async () => {
    const url = await freshDb();
    await initServer(url);
    await sql(url, "UPDATE ropa.meta SET value = '99' WHERE key = 'schema_version'");
    const r = await ropa('info', url);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`has server schema version 99, made by a newer RoPA Desk; this one knows up to version ${PG_SCHEMA_VERSION}. Update RoPA Desk to open it.`);
  });
});

describe('published notice versions and a team workspace (issue 11)', () => {
  it('push copies them with their publisher; an admin importing a document that holds them keeps the publisher', async () => {
    const dir = await tempDir();
    const file = join(dir, 'published.ropa');
    expect((await ropa('demo', file)).code).toBe(0);
    expect((await ropa('policy', file, '--product', 'Roomify Smart Camera', '--publish', '--as', 'Jana Novak')).code).toBe(0);
    const url = await freshDb();
    const push = await ropa('push', file, url);
    expect(push.code).toBe(0);
    expect(push.stdout).toContain(', 1 published notice version, ');
    const published = (doc: { noticePublications?: { publishedBy: string }[] }) => doc.noticePublications?.map((p) => p.publishedBy);
    expect(published(JSON.parse((await ropa('export', url, '--format', 'json')).stdout) as never)).toEqual(['Jana Novak']);
    const json = join(dir, 'published.json');
    expect((await ropa('export', file, '--format', 'json', '--out', json)).code).toBe(0);
    const other = await freshDb();
    expect((await ropa('server', 'init', other)).code).toBe(0);
    const imported = await ropa('import', other, json);
    expect(imported.stderr).toBe('');
    expect(published(JSON.parse((await ropa('export', other, '--format', 'json')).stdout) as never)).toEqual(['Jana Novak']);
  });
});

describe('push, pull and every command on a URL', () => {
  it('pushes a file, runs info/export/check/policy/baseline/import on the URL, and pulls a file back', async () => {
    const dir = await tempDir();
    const sampleFile = join(dir, 'sample.ropa');
    expect((await ropa('demo', sampleFile)).code).toBe(0);
    const url = await freshDb();
    const push = await ropa('push', sampleFile, url);
    expect(push.stdout).toMatch(/^Copied .*sample\.ropa to 127\.0\.0\.1:\d+\/server_cli_\d+_\d+: \d+ processing activities, \d+ vendors, 0 published notice versions, 0 store-label exports, 0 review submissions, \d+ change-log entries\.\n$/);
    // A second push would overwrite colleagues' work: refused.
    expect((await ropa('push', sampleFile, url)).stderr).toMatch(/already holds 2 organisations, .*Nothing was copied/);

    const fileJson = JSON.parse((await ropa('export', sampleFile, '--format', 'json')).stdout) as Record<string, unknown>;
    const serverJson = JSON.parse((await ropa('export', url, '--format', 'json')).stdout) as Record<string, unknown>;
    expect({ ...serverJson, exportedAt: '' }).toEqual({ ...fileJson, exportedAt: '' });

    const fileCheck = await ropa('check', sampleFile, '--json');
    const serverCheck = await ropa('check', url, '--json');
    expect(serverCheck.stdout).toBe(fileCheck.stdout);
    const notice = await ropa('policy', url, '--product', 'Roomify', '--format', 'md');
    expect(notice.stdout).toBe((await ropa('policy', sampleFile, '--product', 'Roomify', '--format', 'md')).stdout);

    expect((await ropa('baseline', url, '--label', 'Audit 2026')).code).toBe(0);
    expect((await ropa('baselines', url)).stdout).toMatch(/Audit 2026/);
    const xlsx = join(dir, 'register.xlsx');
    expect((await ropa('export', url, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect((await readFile(xlsx)).subarray(0, 2).toString()).toBe('PK');
    const dry = await ropa('import', url, xlsx, '--dry-run');
    expect(dry.stdout).toMatch(/Dry run: nothing was written to postgres:/);

    const copy = join(dir, 'copy.ropa');
    const pull = await ropa('pull', url, copy);
    expect(pull.code).toBe(0);
    const copied = JSON.parse((await ropa('export', copy, '--format', 'json')).stdout) as Record<string, unknown>;
    const serverNow = JSON.parse((await ropa('export', url, '--format', 'json')).stdout) as Record<string, unknown>;
    expect(serverNow.baselines).toHaveLength(1);
    expect({ ...copied, exportedAt: '' }).toEqual({ ...serverNow, exportedAt: '' });
    expect((await ropa('info', copy)).stdout).toMatch(/^Integrity: +ok$/m);
  });
});
