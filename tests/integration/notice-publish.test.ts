// Publishing a notice from the command line on a real workspace file: each version frozen with
// number, date and publisher; "Last updated" only from a publication; what changed since in words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function sampleWorkspace(): Promise<string> {
  const file = join(await tempDir(), 'sample.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  return file;
}

describe('ropa policy --publish / --published', () => {
  it('says "Draft" until published, then the publication date, and keeps every version', async () => {
    const file = await sampleWorkspace();
    const draft = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(draft.stdout).toContain('Draft: not yet published');
    expect(draft.stderr).toContain('The notice of "Roomify Smart Camera" has never been published');

    const first = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--publish', '--as', 'Jana Novak');
    expect(first.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(first.stdout).toBe(`Published version 1 of the notice of "Roomify Smart Camera" on ${today} by Jana Novak (en, de, fr).\n`);
    const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`));
    const current = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(current.stdout).toContain(`Last updated: ${longDate}`);
    expect(current.stderr).not.toContain('changed');
    // a language the product does not publish stays a draft
    const ledgerly = await ropa('policy', file, '--product', 'Ledgerly', '--publish', '--as', 'Jana Novak');
    expect(ledgerly.stdout).toContain('(de, en)');
    expect((await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'fr', '--format', 'txt')).stdout).toContain('Projet\u00A0: pas encore publié');
    expect((await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt')).stdout).toContain('Stand: ');

    const again = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--publish', '--as', 'Jana Novak');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Version 1 of the notice of "Roomify Smart Camera" already holds these records; nothing new to publish.');

    // a record changes: the notice is a draft again, and the change is shown in words
    const ws = await Workspace.open(file);
    const product = (await ws.listProducts()).find((p) => p.name === 'Roomify Smart Camera');
    if (product === undefined) throw new Error('no Roomify product');
    await ws.saveProduct({ ...product, notice: { ...product.notice, changeNoticeDays: 14, supportEmail: 'support@roomify.tech' } });
    await ws.close();
    const changed = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(changed.stdout).toContain('Draft: not yet published');
    expect(changed.stderr).toContain(`The records have changed since version 1 was published on ${today} by Jana Novak`);
    expect(changed.stderr).toContain('Changed: Changes to this notice');
    expect(changed.stderr).toContain('  Added: We may update this notice to reflect changes to Roomify Smart Camera or to the law. We announce changes in the app and on this dedicated hosting page. We announce material changes at least 14 days before they take effect.');
    expect(changed.stderr).toContain('  Removed: We may update this notice to reflect changes to Roomify Smart Camera or to the law. We announce changes in the app and on this dedicated hosting page.');
    expect(changed.stderr).toContain('  Added: For help with using Roomify Smart Camera (not about personal data), contact our support: support@roomify.tech.');
    expect(changed.stderr).toContain('The product announces material changes 14 days before they take effect.');

    expect((await ropa('policy', file, '--product', 'Roomify Smart Camera', '--publish', '--as', 'Sam Lee')).stdout).toContain('Published version 2');
    const v1 = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--published', '--version', '1', '--format', 'txt');
    expect(v1.code).toBe(0);
    expect(v1.stdout).not.toContain('support@roomify.tech');
    const latest = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--published', '--lang', 'de', '--format', 'txt');
    expect(latest.stdout).toContain('support@roomify.tech');
    expect(latest.stdout).toContain('Datenschutzerklärung: Roomify Smart Camera');
    const missing = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--published', '--version', '7');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`has no version 7; its versions are 1 (${today}, Jana Novak), 2 (${today}, Sam Lee)`);

    const log = await Workspace.open(file, { readOnly: true });
    const entries = (await log.changes()).map((c) => `${c.actor}: ${c.summary}`);
    await log.close();
    expect(entries).toContain('Jana Novak: Published version 1 of the notice of "Roomify Smart Camera" (en, de, fr)');
    expect(entries).toContain('Sam Lee: Published version 2 of the notice of "Roomify Smart Camera" (en, de, fr)');
  });

  it('does not publish a notice from a JSON document, which cannot keep versions', async () => {
    const dir = await tempDir();
    const file = await sampleWorkspace();
    const json = join(dir, 'sample.json');
    await ropa('export', file, '--format', 'json', '--out', json);
    const r = await ropa('policy', json, '--product', 'Ledgerly', '--publish');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--publish needs a workspace file (.ropa)');
  });
});
