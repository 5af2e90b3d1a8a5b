/** "What changed": a known set of changes, reported record by record and field by field. */
import { describe, expect, it } from 'vitest';
import { describeFieldChange, diffDocuments, formatDiffText, scopeDocument } from '../../shared/compliance';
import { activity, sample, vendor } from './compliance-fixture';

function changedSample() {
  const before = sample();
  const after = sample();
  // Changed: a legal basis, a retention, a recipient removed, a data category added, a rename.
  const security = activity(after, 'act-roomify-security');
  security.purposes = security.purposes.map((p, i) => (i === 1 ? { ...p, legalBasis: 'legitimate_interests', legitimateInterest: 'Cooperation with police' } : p));
  security.recipients = security.recipients.filter((r) => r.vendorId !== 'ven-sentry');
  security.dataCategories = [...security.dataCategories, { category: 'session_id', source: 'generated', requirement: 'necessary_for_service', retentionMonths: 6 }];
  security.name = 'Security and audit';
  security.updatedAt = '2026-12-01T10:00:00.000Z';
  // Vendor: DPA signed.
  vendor(after, 'ven-intercom').dpa = { status: 'signed', date: '2026-12-01' };
  // Activity removed and added.
  after.activities = after.activities.filter((a) => a.id !== 'act-roomify-wallet');
  after.activities.push({ ...activity(after, 'act-roomify-support'), id: 'act-roomify-chat', name: 'Live chat' });
  return { before, after };
}

describe('diffDocuments', () => {
  it('reports added, removed and changed records', () => {
    const { before, after } = changedSample();
    const diff = diffDocuments(before, after);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(diff.records.map((r) => [r.entityType, r.kind, r.name])).toEqual([
      ['vendor', 'changed', 'Intercom'],
      ['activity', 'changed', 'Security and audit'],
      ['activity', 'added', 'Live chat'],
      ['activity', 'removed', 'Wallet and internal transactions'],
    ]);
  });

  it('lists each changed field with its path, a readable label, before and after', () => {
    const { before, after } = changedSample();
    const security = diffDocuments(before, after).records.find((r) => r.id === 'act-roomify-security');
    expect(security?.fields).toEqual([
      { path: 'name', label: 'Name', before: 'Security, fraud prevention and audit', after: 'Security and audit' },
      {
        path: 'purposes[1].legalBasis',
        label: 'Purposes › Purpose “Respond to regulators or law enforcement when we are legally obliged to respond” › Legal basis',
        before: 'legal_obligation',
        after: 'legitimate_interests',
      },
      {
        path: 'purposes[1].legitimateInterest',
        label: 'Purposes › Purpose “Respond to regulators or law enforcement when we are legally obliged to respond” › Legitimate interest',
        after: 'Cooperation with police',
      },
      {
        path: 'dataCategories[7]',
        label: 'Data categories › Data category “Session identifiers” added',
        after: { category: 'session_id', source: 'generated', requirement: 'necessary_for_service', retentionMonths: 6 },
      },
      {
        path: 'recipients[1]',
        label: 'Recipients › Recipient “Sentry” removed',
        before: { vendorId: 'ven-sentry', type: 'processor', service: 'Monitoring/logging strictly for diagnostics', country: 'US' },
      },
    ]);
    const intercom = diffDocuments(before, after).records.find((r) => r.id === 'ven-intercom');
    expect(intercom?.fields.map(describeFieldChange)).toEqual(['DPA › Status: missing → signed', 'DPA › Date: (empty) → 2026-12-01']);
  });

  it('finds nothing between two copies, and ignores save timestamps', () => {
    const a = sample();
    const b = sample();
    const first = b.activities[0];
    if (first) first.updatedAt = '2030-01-01T00:00:00.000Z';
    expect(diffDocuments(a, b)).toEqual({ records: [], counts: { added: 0, removed: 0, changed: 0 } });
  });

  it('matches list items by what they are, so an insertion is one addition', () => {
    const before = sample();
    const after = sample();
    const a = activity(after, 'act-ledgerly-billing');
    a.purposes = [{ description: 'Detect payment fraud', legalBasis: 'legitimate_interests', legitimateInterest: 'Fraud prevention' }, ...a.purposes];
    const fields = diffDocuments(before, after).records[0]?.fields ?? [];
    expect(fields.map((f) => [f.path, f.label])).toEqual([['purposes[0]', 'Purposes › Purpose “Detect payment fraud” added']]);
  });

  it('narrows to one organisation, and renders as text', () => {
    const { before, after } = changedSample();
    const diff = diffDocuments(scopeDocument(before, 'organisation:org-ledgerly'), scopeDocument(after, 'organisation:org-ledgerly'));
    expect(diff.records.map((r) => r.name)).toEqual(['Intercom']);
    const text = formatDiffText(diff, { id: 'b1', label: 'Audit 2026', scope: 'organisation:org-ledgerly', organisationName: 'Ledgerly GmbH', createdAt: '2026-11-22T09:00:00.000Z', createdBy: 'DPO', activityCount: 7 });
    expect(text).toBe(
      [
        'Changes from baseline “Audit 2026” (Ledgerly GmbH, 2026-11-22) to now:',
        '0 added, 0 removed, 1 changed.',
        '',
        'Vendors',
        '  ~ changed “Intercom”',
        '      DPA › Status: missing → signed',
        '      DPA › Date: (empty) → 2026-12-01',
        '',
      ].join('\n'),
    );
  });
});
