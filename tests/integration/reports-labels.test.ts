/**
 * Every value a person reads in a report is a label: no enum keys (`legitimate_interests`),
 * no field paths (`dataCategories[7].retention`, `dpa.status`), no rule ids, no internal
 * revision number or login name. Scans every generated report (Excel native and ICO,
 * Word full and authority copy; every scope) of the sample and of the three product
 * shapes, with "changes since" that touch enum fields.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/compliance';
import type { WorkspaceDocument } from '../../shared/interchange';
import { changesBetween } from '../../shared/reports/changes';
import type { ReportScope } from '../../shared/reports/scope';
import { buildSampleDocument } from '../../shared/sample';
import { threeShapes } from '../helpers/reports-shapes';
import { docxBuffer, officeText, xlsxBuffer } from '../helpers/reports-text';

const NOW = new Date('2026-11-22T09:00:00Z');

/** The register now, after edits to enum-valued fields since the baseline. */
function edited(before: WorkspaceDocument): WorkspaceDocument {
  const now = structuredClone(before);
  for (const a of now.activities.slice(0, 4)) {
    a.status = a.status === 'approved' ? 'draft' : 'approved';
    a.role = a.role === 'processor' ? 'controller' : 'processor';
    const p = a.purposes[0];
    if (p) p.legalBasis = p.legalBasis === 'legitimate_interests' ? 'contract' : 'legitimate_interests';
    a.purposes.push({ description: 'Added purpose for the scan', legalBasis: 'legal_obligation', storePurpose: 'third_party_advertising', directMarketing: true });
    if (p) p.storePurpose = 'developer_communications';
    const c = a.dataCategories[0];
    if (c) {
      c.retention = 'Changed retention.';
      c.endAction = 'return_to_customer';
      c.source = 'publicly_available';
    }
    a.dataSubjects.push('customer_end_users');
    a.transfers.push({ country: 'US', mechanism: 'scc', sccModule: 3, derogation: 'compelling_interests' });
    a.dpia = { status: 'in_progress' };
  }
  for (const v of now.vendors.slice(0, 2)) v.dpa = { status: v.dpa.status === 'signed' ? 'not_required' : 'signed' };
  return now;
}

/** Text that would betray an internal value: with the place it was found. */
function internals(text: string): string[] {
  const withoutLinks = text.replace(/\b(?:https?:\/\/|mailto:)\S+/g, '').replace(/\S+@\S+/g, '');
  const found = [
    ...(withoutLinks.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []),
    ...(withoutLinks.match(/\w+\[\d+\]\.\w+/g) ?? []),
    ...(withoutLinks.match(/\b(?:dpa|dpia|notice|automatedDecisions)\.[a-z]\w*/g) ?? []),
    ...(withoutLinks.match(/Revision \d+/g) ?? []),
    ...(withoutLinks.match(/Record of processing activities: (?:Organisation|Product):/g) ?? []),
    ...RULES.map((r) => r.id).filter((id) => withoutLinks.includes(id)),
  ];
  return [...new Set(found)];
}

function scopes(doc: WorkspaceDocument): ReportScope[] {
  return [
    { kind: 'workspace' },
    ...doc.organisations.map((o) => ({ kind: 'organisation', organisationId: o.id }) as const),
    ...doc.products.map((p) => ({ kind: 'product', productId: p.id }) as const),
  ];
}

describe('reports show labels, never internal values', () => {
  for (const [name, make] of [
    ['sample', () => buildSampleDocument(NOW)],
    ['three product shapes', threeShapes],
  ] as const) {
    it(`${name}: every Excel and Word report, every scope`, async () => {
      const before = make();
      const now = edited(before);
      for (const scope of scopes(now)) {
        const changesSince = changesBetween({ document: before, scope: 'workspace', label: '“Audit 2026” (whole workspace, 2026-11-01)' }, now, scope);
        const outputs: [string, Buffer][] = [
          ['native xlsx', await xlsxBuffer(now, scope, { changesSince })],
          ['ICO xlsx', await xlsxBuffer(now, scope, { layout: 'ico' })],
          ['Word', await docxBuffer(now, scope, { changesSince })],
          ['Word authority copy', await docxBuffer(now, scope, { authorityCopy: true })],
        ];
        for (const [what, buffer] of outputs) {
          const text = await officeText(buffer);
          expect(internals(text), `${what} of ${JSON.stringify(scope)}`).toEqual([]);
        }
      }
    }, 240_000);
  }

  it('the changes read as labels: legal basis, status, DPA, countries, taxonomy entries', async () => {
    const before = buildSampleDocument(NOW);
    const now = edited(before);
    const text = await officeText(await xlsxBuffer(now, { kind: 'workspace' }, { changesSince: changesBetween({ document: before, scope: 'workspace', label: 'Audit' }, now, { kind: 'workspace' }) }));
    expect(text).toContain('Legitimate interests (Art. 6(1)(f))');
    expect(text).toContain('Return to customer');
    expect(text).toContain('Publicly available');
    expect(text).toContain("Customers’ end users");
    expect(text).toContain('Not required');
    // The findings sheet names each check by its title and each field by its label.
    expect(text).toContain('Processor without a signed DPA');
    expect(text).toContain('DPA › Status');
    expect(text).toContain('Record of processing activities — Sample workspace: Roomify and Ledgerly');
  }, 60_000);

  it('the cover names the person who prepared it (never the login name) and no internal revision', async () => {
    const { mkdtemp, readFile, rm } = await import('node:fs/promises');
    const { tmpdir, userInfo } = await import('node:os');
    const { join } = await import('node:path');
    const { ropa } = await import('../helpers/cli');
    const dir = await mkdtemp(join(tmpdir(), 'ropa-labels-'));
    try {
      const file = join(dir, 'w.ropa');
      expect((await ropa('demo', file)).code).toBe(0);
      const plain = join(dir, 'plain.docx');
      const named = join(dir, 'named.docx');
      expect((await ropa('export', file, '--format', 'docx', '--org', 'Roomify', '--out', plain)).code).toBe(0);
      expect((await ropa('export', file, '--format', 'docx', '--org', 'Roomify', '--prepared-by', 'Jane Privacy', '--out', named)).code).toBe(0);
      const p = await officeText(await readFile(plain));
      const n = await officeText(await readFile(named));
      expect(p).not.toMatch(/Revision \d+/);
      expect(p).not.toContain('Prepared by');
      expect(p).not.toContain(`\n${userInfo().username}\n`);
      expect(n).toMatch(/Prepared by\s+Jane Privacy/);
      expect(n).toContain('Record of processing activities — Roomify');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ropa diff names the values it shows', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { ropa } = await import('../helpers/cli');
    const { Workspace } = await import('../../electron/services/workspace');
    const dir = await mkdtemp(join(tmpdir(), 'ropa-diff-'));
    try {
      const file = join(dir, 'w.ropa');
      expect((await ropa('demo', file)).code).toBe(0);
      expect((await ropa('baseline', file, '--label', 'Audit 2026')).code).toBe(0);
      const ws = await Workspace.open(file, { backups: false });
      const a = await ws.getActivity('act-roomify-ml');
      if (!a?.purposes[0]) throw new Error('sample');
      a.purposes[0].legalBasis = 'legitimate_interests';
      a.purposes[0].legitimateInterest = 'Improving the model';
      a.dataSubjects.push('customer_end_users');
      await ws.saveActivity(a);
      await ws.close();
      const r = await ropa('diff', file, '--from', 'Audit 2026');
      expect(r.stdout).toContain('Legal basis: Contract (Art. 6(1)(b)) → Legitimate interests (Art. 6(1)(f))');
      expect(r.stdout).toContain("Customers’ end users");
      expect(internals(r.stdout)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
