/** `ropa rules`, `ropa check` (exit codes: a CI gate), `ropa baseline`, `ropa diff`. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/compliance';
import { buildSampleDocument } from '../../shared/sample';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const TODAY = '2026-11-22';

async function demo(): Promise<string> {
  const file = join(await tempDir(), 'sample.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  return file;
}

describe('ropa rules', () => {
  it('lists every rule, as text or JSON', async () => {
    const json = await ropa('rules', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { id: string; severity: string; article: string }[];
    expect(rows).toHaveLength(RULES.length);
    expect(rows.find((r) => r.id === 'purpose-without-legal-basis')).toMatchObject({ severity: 'error', article: 'Art. 6(1)' });
    const text = await ropa('rules');
    expect(text.stdout).toContain('processor-without-dpa\n  error · Art. 28(3) · Processor without a signed DPA\n');
  });
});

describe('ropa check', () => {
  it('exits 1 on the sample (errors), grouping findings by product', async () => {
    const file = await demo();
    const r = await ropa('check', file, '--today', TODAY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Roomify Smart Camera (Roomify)\n  no findings at or above error\n');
    expect(r.stdout).toContain('Ledgerly (Ledgerly GmbH)\n  ERROR   The vendor “Postmark” receives data from “User accounts and sign-in” in United States');
    expect(r.stdout).toMatch(/2 findings at or above error: 2 errors \(4 findings below error not shown\)\.\n$/);
  });

  it('honours --min-severity and reports JSON', async () => {
    const file = await demo();
    const r = await ropa('check', file, '--json', '--min-severity', 'warning', '--today', TODAY);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; counts: Record<string, number>; findings: { ruleId: string }[] };
    expect(out.ok).toBe(false);
    expect(out.counts).toEqual({ error: 2, warning: 4, info: 0 }); // issue 11: Roomify has no legal entity or address
    expect(out.findings.map((f) => f.ruleId)).toContain('review-overdue');
  });

  it('exits 0 on a clean exported document (.json), as a CI gate would see it', async () => {
    const doc = buildSampleDocument(new Date(`${TODAY}T09:00:00Z`));
    // Put the two errors right; the warnings remain.
    doc.activities.find((a) => a.id === 'act-ledgerly-accounts')?.transfers.push({ country: 'US', vendorId: 'ven-postmark', mechanism: 'scc', sccModule: 2 });
    const intercom = doc.vendors.find((v) => v.id === 'ven-intercom');
    if (intercom) intercom.dpa = { status: 'signed' };
    const file = join(await tempDir(), 'register.json');
    await writeFile(file, JSON.stringify(doc));
    const ok = await ropa('check', file, '--today', TODAY);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/No findings at or above error \(4 findings below error not shown\)\.\n$/);
    expect((await ropa('check', file, '--min-severity', 'warning', '--today', TODAY)).code).toBe(1);
  });

  it('refuses a bad --min-severity (exit 2) and an invalid document (exit 1)', async () => {
    const file = await demo();
    const bad = await ropa('check', file, '--min-severity', 'fatal');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ropa: --min-severity must be error, warning or info, not "fatal"');
    const json = join(await tempDir(), 'broken.json');
    await writeFile(json, '{"format":"something else"}');
    const invalid = await ropa('check', json);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('ropa: "broken.json" is not a valid workspace document');
  });
});

describe('ropa baseline / baselines / diff', () => {
  it('freezes a baseline and reports no change against now', async () => {
    const file = await demo();
    const made = await ropa('baseline', file, '--label', 'Audit 2026', '--org', 'Ledgerly GmbH');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Created baseline “Audit 2026” \(Ledgerly GmbH, \d{4}-\d{2}-\d{2}\) with 7 processing activities\.\n$/);
    const again = await ropa('baseline', file, '--label', 'Audit 2026');
    expect(again).toMatchObject({ code: 1, stderr: 'ropa: A baseline named "Audit 2026" already exists. Choose another label.\n' });
    expect((await ropa('baseline', file, '--label', 'X', '--org', 'Nobody')).stderr).toBe('ropa: no organisation named "Nobody" (there are: "Roomify", "Ledgerly GmbH")\n');
    expect((await ropa('baselines', file)).stdout).toMatch(/^“Audit 2026” \(Ledgerly GmbH, [\d-]+\): 7 activities, by /);

    const diff = await ropa('diff', file, '--from', 'Audit 2026');
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/to now:\n0 added, 0 removed, 0 changed\.\n$/);
    const missing = await ropa('diff', file, '--from', 'Nope');
    expect(missing).toMatchObject({ code: 1, stderr: 'ropa: There is no baseline named "Nope".\n' });
    expect((await ropa('diff', file)).code).toBe(2);
  });
});
