// `ropa translations export|import` on a real workspace file (issue 13).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { ropa } from '../helpers/cli';
import { createDatabase } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('ropa translations', () => {
  it('exports the texts as XLIFF 1.2 with where each is used, and imports a translated file back', async () => {
    const dir = await tempDir();
    const file = join(dir, 'sample.ropa');
    expect((await ropa('demo', file)).code).toBe(0);
    const xlf = join(dir, 'ledgerly.de.xlf');
    const out = await ropa('translations', 'export', file, xlf, '--product', 'Ledgerly', '--lang', 'de');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const m = /^Wrote (\d+) texts of "Ledgerly" for German \((\d+) missing, (\d+) stale, (\d+) done\) to /.exec(out.stdout);
    expect(m).not.toBeNull();
    const xml = await readFile(xlf, 'utf8');
    expect(xml).toContain('<xliff xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
    expect(xml).toContain('version="1.2"');
    expect(xml).toContain('source-language="en" target-language="de"');
    expect(xml).toMatch(/<trans-unit id="activity:[^"]+:purposes\.0\.description">\s*<source>Answer questions from Ledgerly users<\/source>\s*<target>Beantwortung von Fragen der Ledgerly-Nutzer<\/target>\s*<note>Where it is used: the purpose “Answer questions from Ledgerly users” in “Customer support chat”\.<\/note>/);

    const unchanged = await ropa('translations', 'import', file, xlf, '--product', 'Ledgerly', '--lang', 'de');
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain(': 0 filled, 0 changed, 0 cleared,');

    // The sample's German (phrase memory) is exported as the target; the translator rewords it.
    const translated = xml.replace('<target>Beantwortung von Fragen der Ledgerly-Nutzer</target>', '<target>Fragen der Ledgerly-Nutzer beantworten</target>');
    expect(translated).not.toBe(xml);
    await writeFile(xlf, translated);
    const done = await ropa('translations', 'import', file, xlf, '--product', 'Ledgerly', '--lang', 'de');
    expect(done.stdout).toContain(': 0 filled, 1 changed, 0 cleared,');
    const policy = await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt');
    expect(policy.stdout).toContain('Fragen der Ledgerly-Nutzer beantworten');

    const wrong = await ropa('translations', 'import', file, xlf, '--product', 'Ledgerly for Shopify', '--lang', 'de');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('ropa: This XLIFF file holds the texts of "Ledgerly", not of "Ledgerly for Shopify". Nothing was changed.\n');
    const usage = await ropa('translations', 'import', file, xlf, '--product', 'Ledgerly', '--lang', 'en');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--lang must be de or fr');
  });
});

describe('ropa translations on a team workspace', () => {
  it('takes a postgres:// URL where a file goes; a server made before the source column gets it from server init', async () => {
    const url = await createDatabase(inject('postgres'), `translations_cli_${process.pid}`);
    expect((await ropa('demo', url)).code).toBe(0);
    // A server at schema 2, from before issue 13: no source_text column. `server init` upgrades it (3 adds it, 4 is re-run: every step can run again).
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query('ALTER TABLE ropa.translations DROP COLUMN source_text');
      await c.query("UPDATE ropa.meta SET value = '2' WHERE key = 'schema_version'");
    } finally {
      await c.end();
    }
    expect((await ropa('server', 'init', url)).stdout).toMatch(/from server schema 2 to 4\.\n$/);
    const dir = await tempDir();
    const xlf = join(dir, 'ledgerly.de.xlf');
    const out = await ropa('translations', 'export', url, xlf, '--product', 'Ledgerly', '--lang', 'de');
    expect(out.stderr).toBe('');
    const xml = await readFile(xlf, 'utf8');
    const reworded = xml.replace('<target>Beantwortung von Fragen der Ledgerly-Nutzer</target>', '<target>Fragen der Ledgerly-Nutzer beantworten</target>');
    expect(reworded).not.toBe(xml);
    await writeFile(xlf, reworded);
    const done = await ropa('translations', 'import', url, xlf, '--product', 'Ledgerly', '--lang', 'de');
    expect(done.stderr).toBe('');
    expect(done.stdout).toContain(': 0 filled, 1 changed, 0 cleared,');
    expect((await ropa('policy', url, '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt')).stdout).toContain('Fragen der Ledgerly-Nutzer beantworten');
  });
});
