// `ropa labels` on a real workspace file and on an exported document.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { googleStore } from '../../shared/reference/store-labels';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function sample(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'sample.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  return { dir, file };
}

describe('ropa labels', () => {
  it('prints the fastlane JSON, or writes it and prints the readable summary', async () => {
    const { dir, file } = await sample();
    const json = await ropa('labels', file, '--product', 'Roomify Smart Camera', '--store', 'apple');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toContainEqual({ category: 'EMAIL_ADDRESS', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] });
    const out = join(dir, 'app_privacy_details.json');
    const written = await ropa('labels', file, '--product', 'prod-roomify-app', '--store', 'apple', '--out', out);
    expect(written.stderr).toContain('Wrote the App Store privacy details of "Roomify Smart Camera"');
    expect(written.stderr).toContain('Data Linked to You\n  Contact Info\n    Name: App Functionality, Other Purposes');
    expect(await readFile(out, 'utf8')).toBe(json.stdout);
    const summary = await ropa('labels', file, '--product', 'Roomify Smart Camera', '--store', 'apple', '--summary');
    expect(summary.stdout).toContain('    Precise Location: App Functionality');
  });

  it('writes the documented Google CSV and says so, or fills the Console export given with --template', async () => {
    const { dir, file } = await sample();
    const plain = await ropa('labels', file, '--product', 'Roomify Smart Camera', '--store', 'google');
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\r\n')[0]).toBe(googleStore.header.join(','));
    expect(plain.stderr).toContain('note: written with the question and response ids documented');
    const template = join(dir, 'export.csv');
    await writeFile(
      template,
      `\uFEFF${googleStore.header.join(',')}\r\nPSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,,MAYBE_REQUIRED,Is all of the user data collected by your app encrypted in transit?\r\nPSL_DATA_TYPES_LOCATION,PSL_PRECISE_LOCATION,,MULTIPLE_CHOICE,"Location / Precise location"\r\n`,
    );
    const out = join(dir, 'filled.csv');
    const filled = await ropa('labels', file, '--product', 'Roomify Smart Camera', '--store', 'google', '--template', template, '--out', out);
    expect(filled.code).toBe(0);
    expect(filled.stderr).toContain('Filled 2 answers in your Play Console export.');
    expect(filled.stderr).toContain('not in your export, so not written (no question is added): PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA');
    expect((await readFile(out, 'utf8')).split('\r\n').slice(1, 3)).toEqual([
      'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,true,MAYBE_REQUIRED,Is all of the user data collected by your app encrypted in transit?',
      'PSL_DATA_TYPES_LOCATION,PSL_PRECISE_LOCATION,true,MULTIPLE_CHOICE,Location / Precise location',
    ]);
  });

  it('writes a well-formed privacy manifest', async () => {
    const { dir, file } = await sample();
    const out = join(dir, 'PrivacyInfo.xcprivacy');
    const r = await ropa('labels', file, '--product', 'Roomify Smart Camera', '--store', 'manifest', '--out', out);
    expect(r.code).toBe(0);
    const value = parsePlist(await readFile(out, 'utf8')) as { NSPrivacyTracking: boolean; NSPrivacyCollectedDataTypes: unknown[] };
    expect(value.NSPrivacyTracking).toBe(false);
    expect(value.NSPrivacyCollectedDataTypes).toHaveLength(15);
  });

  it('refuses a product without the platform, a wrong store, and an Apple label a purpose is missing for', async () => {
    const { dir, file } = await sample();
    const web = await ropa('labels', file, '--product', 'Ledgerly', '--store', 'google');
    expect(web.code).toBe(1);
    expect(web.stderr).toContain('"Ledgerly" has no Android platform');
    expect((await ropa('labels', file, '--product', 'Ledgerly', '--store', 'play')).code).toBe(2);
    const json = join(dir, 'doc.json');
    expect((await ropa('export', file, '--format', 'json', '--out', json)).code).toBe(0);
    const doc = JSON.parse(await readFile(json, 'utf8')) as { activities: { id: string; purposes: { storePurpose?: string }[] }[] };
    for (const a of doc.activities) if (a.id === 'act-roomify-diagnostics') for (const p of a.purposes) delete p.storePurpose;
    await writeFile(json, JSON.stringify(doc));
    const out = join(dir, 'never.json');
    const blocked = await ropa('labels', json, '--product', 'Roomify Smart Camera', '--store', 'apple', '--out', out);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('cannot be written yet; nothing was written');
    expect(blocked.stderr).toContain('What do the app stores call the purpose “Diagnose crashes and errors through monitoring/logging vendors (e.g., Sentry), strictly for diagnostics” of “Crash reporting and logs”? Record the store purpose of this purpose (in the app: Store labels › Open questions).');
    await expect(readFile(out, 'utf8')).rejects.toThrow();
    const google = await ropa('labels', json, '--product', 'Roomify Smart Camera', '--store', 'google');
    expect(google.code).toBe(1);
    expect(google.stderr).toContain('open question: What do the app stores call the purpose “Diagnose crashes');
  });
});
