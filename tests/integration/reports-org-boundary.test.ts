/**
 * The organisation boundary of "changes since": a report of one organisation lists
 * only that organisation's added, changed and removed records.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { ropa } from '../helpers/cli';
import { loadXlsx, unzip, wordText } from '../helpers/reports-files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** The sample (Roomify and Ledgerly) frozen as a whole, then one activity of each removed, renamed and added. */
async function twoClientsChanged(dir: string): Promise<string> {
  const file = join(dir, 'w.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  expect((await ropa('baseline', file, '--label', 'Audit 2026')).code).toBe(0);
  const ws = await Workspace.open(file, { backups: false });
  await ws.delete('activity', 'act-ledgerly-ai-assist');
  await ws.delete('activity', 'act-roomify-wallet');
  const support = await ws.getActivity('act-ledgerly-support');
  const sync = await ws.getActivity('act-roomify-sync');
  if (!support || !sync) throw new Error('sample activities');
  await ws.saveActivity({ ...support, name: 'Ledgerly renamed support' });
  await ws.saveActivity({ ...sync, name: 'Roomify renamed sync' });
  await ws.saveActivity({ ...sync, id: 'act-ledgerly-new', organisationId: 'org-ledgerly', productId: undefined, name: 'Ledgerly brand-new activity' });
  await ws.close();
  return file;
}

async function sheetText(file: string): Promise<string> {
  const wb = await loadXlsx(await readFile(file));
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join(' | '))));
  return out.join('\n');
}

describe('"changes since" stays inside the organisation of the report', () => {
  it('an organisation report lists its own removed, changed and added activities and none of another organisation', async () => {
    const dir = await tempDir();
    const file = await twoClientsChanged(dir);
    const xlsx = join(dir, 'r.xlsx');
    const docx = join(dir, 'r.docx');
    expect((await ropa('export', file, '--format', 'xlsx', '--org', 'Roomify', '--since', 'Audit 2026', '--out', xlsx)).code).toBe(0);
    expect((await ropa('export', file, '--format', 'docx', '--org', 'Roomify', '--since', 'Audit 2026', '--out', docx)).code).toBe(0);
    const word = wordText((await unzip(await readFile(docx))).get('word/document.xml')?.toString('utf8') ?? '');
    for (const text of [await sheetText(xlsx), word]) {
      expect(text).toContain('Roomify renamed sync');
      // The removed activity of this organisation is listed.
      expect(text).toContain('Wallet and internal transactions');
      // Nothing of Ledgerly: not its removed, changed or added activities.
      expect(text).not.toContain('AI drafting assistant');
      expect(text).not.toContain('Ledgerly renamed support');
      expect(text).not.toContain('Ledgerly brand-new activity');
    }
  });

  it('ropa check --org lists the findings of that organisation only', async () => {
    const dir = await tempDir();
    const file = join(dir, 'w.ropa');
    expect((await ropa('demo', file)).code).toBe(0);
    const whole = await ropa('check', file, '--min-severity', 'info');
    expect(whole.stdout).toContain('Ledgerly');
    const r = await ropa('check', file, '--org', 'Roomify', '--min-severity', 'info');
    expect(r.stdout).toContain('Roomify');
    expect(r.stdout).not.toContain('Ledgerly');
    expect(r.stdout).not.toContain('AI drafting assistant');
    const unknown = await ropa('check', file, '--org', 'Nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No organisation is called "Nobody"');
  });
});
