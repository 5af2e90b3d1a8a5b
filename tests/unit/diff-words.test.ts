// The baselines screen's "what changed" and the conflict dialog show values in words: labels of
// legal bases, roles, statuses and sources, country names, taxonomy entries and vendors by name
// (a vendor gone now included), yes/no, dates; never an enum key, an id or a field path.
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffInWords, fieldValueInWords, namesOfDocuments } from '../../shared/compliance';
import type { WorkspaceDocument } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';

const sample = () => buildSampleDocument(new Date('2026-03-15T12:00:00Z'));

describe('what changed, in words', () => {
  it('every changed value of an edited sample reads as labels and names', () => {
    const before = sample();
    const after: WorkspaceDocument = structuredClone(before);
    const ledgerly = after.activities.find((a) => a.id === 'act-ledgerly-billing');
    const vendorsBefore = new Set(before.vendors.map((v) => v.id));
    if (ledgerly === undefined) throw new Error('no billing activity');
    const first = ledgerly.purposes[0];
    if (first === undefined) throw new Error('no purpose');
    first.legalBasis = 'legitimate_interests';
    first.directMarketing = true;
    ledgerly.role = 'joint_controller';
    ledgerly.lastReviewed = '2026-12-01';
    ledgerly.transfers = ledgerly.transfers.map((t) => ({ ...t, country: 'CH' }));
    const gone = ledgerly.recipients.find((r) => r.vendorId !== undefined)?.vendorId;
    if (gone === undefined) throw new Error('no vendor recipient');
    ledgerly.recipients = ledgerly.recipients.filter((r) => r.vendorId !== gone);
    // The vendor is deleted from the register too: only the older document still names it.
    after.vendors = after.vendors.filter((v) => v.id !== gone);
    expect(vendorsBefore.has(gone)).toBe(true);
    ledgerly.dataSubjects = [...ledgerly.dataSubjects, 'employees'];

    const worded = diffInWords(diffDocuments(before, after), namesOfDocuments([before, after]));
    const changed = worded.records.find((r) => r.id === 'act-ledgerly-billing');
    const text = (changed?.fields ?? []).map((f) => `${f.label}: ${f.beforeText} → ${f.afterText}`);
    expect(text).toContain('Role: Controller → Joint controller');
    expect(text.some((l) => l.endsWith('Legal basis: Contract (Art. 6(1)(b)) → Legitimate interests (Art. 6(1)(f))'))).toBe(true);
    expect(text.some((l) => l.endsWith('Direct marketing: (empty) → yes'))).toBe(true);
    expect(text.some((l) => l.includes('added: (empty) → Country: Switzerland; Vendor: Stripe; Recipient: Stripe, Inc.; Transfer mechanism: Adequacy decision (Art. 45)'))).toBe(true);
    expect(text.some((l) => l.startsWith('Last reviewed:') && l.endsWith('→ 2026-12-01'))).toBe(true);
    expect(text.some((l) => l.startsWith('Data subjects:') && l.includes('Employees'))).toBe(true);
    // The removed recipient is named by the vendor's name from the older document.
    const vendorName = before.vendors.find((v) => v.id === gone)?.name ?? '';
    expect(text).toContain(`Recipients › Recipient “${vendorName}” removed: Vendor: ${vendorName}; Type: Processor; Service: Hosting in Germany; Country: Germany → (empty)`);

    const all = JSON.stringify(worded.records.flatMap((r) => r.fields.map((f) => [f.beforeText, f.afterText])));
    for (const key of ['legitimate_interests', 'joint_controller', gone, '"CH"', 'employees"']) expect(all).not.toContain(key);
  });

  it('dates and times, booleans and the empty value', () => {
    const names = namesOfDocuments([sample()]);
    expect(fieldValueInWords('updatedAt', '2026-03-01T10:15:00.000Z', names)).toBe('2026-03-01 10:15 UTC');
    expect(fieldValueInWords('transfers[0].repetitive', false, names)).toBe('no');
    expect(fieldValueInWords('dpia.status', 'not_required', names)).not.toContain('_');
    expect(fieldValueInWords('dataCategories[0].source', 'third_party', names)).not.toContain('_');
    expect(fieldValueInWords('notes', undefined, names)).toBe('(empty)');
  });
});
