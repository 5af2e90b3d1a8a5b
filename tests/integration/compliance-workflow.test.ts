/** Review workflow and baselines on a real workspace file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveActivity, returnToDraft, reviewState, setOnePersonMode, submitForReview } from '../../electron/services/compliance/review';
import { compareBaselines, createBaseline, deleteBaseline, listBaselines, loadBaseline } from '../../electron/services/compliance/baselines';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
let clock = new Date('2026-11-22T09:00:00Z');

async function sampleWorkspace(): Promise<Workspace> {
  clock = new Date('2026-11-22T09:00:00Z');
  const ws = await Workspace.create(join(await tempDir(), 'w.ropa'), { actor: 'Dana DPO', now: () => clock });
  await ws.importDocument(buildSampleDocument(clock));
  return ws;
}

async function mustGet(ws: Workspace, id: string) {
  const a = await ws.getActivity(id);
  if (a === undefined) throw new Error(`no activity ${id}`);
  return a;
}

describe('editing an approved activity', () => {
  it('moves it back to draft and says why in the change log', async () => {
    const ws = await sampleWorkspace();
    const a = await mustGet(ws, 'act-roomify-support');
    expect(a.status).toBe('approved');
    const saved = await ws.saveActivity({ ...a, securityNotes: 'Tickets are deleted after 12 months.' });
    expect(saved.status).toBe('draft');
    expect((await mustGet(ws, 'act-roomify-support')).status).toBe('draft');
    const [entry] = await ws.changes({ entityId: 'act-roomify-support', limit: 1 });
    expect(entry?.summary).toBe('Changed processing activity "Support and feedback"; moved back to draft because it changed after approval');
    await ws.close();
  });

  it('keeps status, reviewer and review dates as stored: a save cannot approve, name a reviewer or move a date', async () => {
    const ws = await sampleWorkspace();
    const a = await mustGet(ws, 'act-roomify-support');
    const saved = await ws.saveActivity({ ...a, reviewer: 'Chris', nextReviewDue: '2027-06-01' });
    expect(saved).toMatchObject({ status: 'approved', reviewer: a.reviewer, nextReviewDue: a.nextReviewDue });
    expect((await ws.saveActivity(await mustGet(ws, 'act-roomify-support'))).status).toBe('approved');
    await ws.close();
  });

  it('ignores a status set with a save: a draft cannot jump to approved, nor be created approved', async () => {
    const ws = await sampleWorkspace();
    const a = await mustGet(ws, 'act-roomify-support');
    expect((await ws.saveActivity({ ...a, owner: 'New owner', status: 'in_review' })).status).toBe('draft');
    const d = await mustGet(ws, 'act-roomify-support');
    expect((await ws.saveActivity({ ...d, status: 'approved', reviewer: 'Me' })).status).toBe('draft');
    expect((await mustGet(ws, 'act-roomify-support')).reviewer).toBe(a.reviewer);
    const copy = await ws.saveActivity({ ...a, id: 'act-copy', name: 'A copy' });
    expect(copy.status).toBe('draft');
    await ws.close();
  });
});

describe('the review workflow', () => {
  it('goes draft → in review → approved, with reviewer, date and next review due', async () => {
    const ws = await sampleWorkspace();
    const a = await mustGet(ws, 'act-roomify-support');
    await ws.saveActivity({ ...a, owner: 'Support lead' });
    expect((await mustGet(ws, 'act-roomify-support')).status).toBe('draft');

    await expect(approveActivity(ws, 'act-roomify-support')).rejects.toThrow('"Support and feedback" is a draft; submit it for review before approving it.');
    expect((await submitForReview(ws, 'act-roomify-support')).status).toBe('in_review');
    // Dana submitted it, so Dana cannot approve it; a colleague can.
    await expect(approveActivity(ws, 'act-roomify-support')).rejects.toThrow('Dana DPO submitted "Support and feedback" for review, so another person approves it.');
    // Naming someone else as the reviewer does not make Dana someone else (the identity decides).
    await expect(approveActivity(ws, 'act-roomify-support', { reviewer: 'Privacy officer' })).rejects.toThrow('Dana DPO submitted "Support and feedback" for review');
    ws.setActor('Privacy officer');
    const approved = await approveActivity(ws, 'act-roomify-support');
    expect(approved).toMatchObject({ status: 'approved', reviewer: 'Privacy officer', lastReviewed: '2026-11-22', nextReviewDue: '2027-11-22', owner: 'Support lead' });
    const log = await ws.changes({ entityId: 'act-roomify-support', limit: 3 });
    expect(log.map((e) => e.summary)).toEqual([
      'Approved processing activity "Support and feedback" (reviewer: Privacy officer; next review due 2027-11-22)',
      'Submitted processing activity "Support and feedback" for review',
      'Changed processing activity "Support and feedback"; moved back to draft because it changed after approval',
    ]);
    await ws.close();
  });

  it('sends an activity in review back to draft with the reason, and refuses a past review date', async () => {
    const ws = await sampleWorkspace();
    // The AI assistant is in review in the sample.
    await expect(approveActivity(ws, 'act-ledgerly-ai-assist', { nextReviewDue: '2026-01-01' })).rejects.toThrow(
      'The next review date must be a date after today (2026-11-22), written YYYY-MM-DD; "2026-01-01" is not.',
    );
    expect((await returnToDraft(ws, 'act-ledgerly-ai-assist', 'DPIA screening missing')).status).toBe('draft');
    const [entry] = await ws.changes({ entityId: 'act-ledgerly-ai-assist', limit: 1 });
    expect(entry?.summary).toBe('Sent processing activity "AI drafting assistant" back to draft: DPIA screening missing');
    await expect(submitForReview(ws, 'act-roomify-ml')).rejects.toThrow('"ML processing of cargo measurements" is approved; only a draft can be submitted for review.');
    await expect(returnToDraft(ws, 'act-roomify-ml', '  ')).rejects.toThrow('Say why the activity goes back to draft');
    expect((await returnToDraft(ws, 'act-roomify-ml', 'New sensor data')).status).toBe('draft');
    const [reopened] = await ws.changes({ entityId: 'act-roomify-ml', limit: 1 });
    expect(reopened?.summary).toBe('Reopened approved processing activity "ML processing of cargo measurements" for changes: New sensor data');
    await ws.close();
  });

  it('lets the submitter approve in one-person mode only', async () => {
    const ws = await sampleWorkspace();
    await submitForReview(ws, (await ws.saveActivity({ ...(await mustGet(ws, 'act-roomify-support')), owner: 'x' })).id);
    expect((await reviewState(ws, 'act-roomify-support', 'Dana DPO')).cannotApprove).toMatch(/^Dana DPO submitted/);
    expect(await setOnePersonMode(ws, true)).toBe(true);
    expect(await reviewState(ws, 'act-roomify-support', 'Dana DPO')).toEqual({ submittedBy: 'Dana DPO', submittedAt: '2026-11-22T09:00:00.000Z', onePersonMode: true });
    expect((await approveActivity(ws, 'act-roomify-support')).reviewer).toBe('Dana DPO');
    await ws.close();
  });
});

describe('baselines', () => {
  it('freezes the register under a label and shows what changed since, field by field', async () => {
    const ws = await sampleWorkspace();
    const b = await createBaseline(ws, { label: 'Audit 2026' });
    expect(b).toMatchObject({ label: 'Audit 2026', scope: 'workspace', createdBy: 'Dana DPO', activityCount: 18 });
    await expect(createBaseline(ws, { label: 'Audit 2026' })).rejects.toThrow('A baseline named "Audit 2026" already exists. Choose another label.');

    clock = new Date('2026-12-01T09:00:00Z');
    const billing = await mustGet(ws, 'act-ledgerly-billing');
    await ws.saveActivity({ ...billing, purposes: billing.purposes.map((p, i) => (i === 0 ? { ...p, legalBasis: 'legitimate_interests', legitimateInterest: 'Getting paid' } : p)) });
    await ws.delete('activity', 'act-roomify-wallet');

    const since = await compareBaselines(ws, 'Audit 2026');
    expect(since.diff.counts).toEqual({ added: 0, removed: 1, changed: 1 });
    const changed = since.diff.records.find((r) => r.kind === 'changed');
    expect(changed?.fields).toEqual([
      {
        path: 'purposes[0].legalBasis',
        label: 'Purposes › Purpose “Bill Ledgerly subscriptions and collect payments” › Legal basis',
        before: 'contract',
        after: 'legitimate_interests',
        // What the app shows: labels, never the keys.
        beforeText: 'Contract (Art. 6(1)(b))',
        afterText: 'Legitimate interests (Art. 6(1)(f))',
      },
      {
        path: 'purposes[0].legitimateInterest',
        label: 'Purposes › Purpose “Bill Ledgerly subscriptions and collect payments” › Legitimate interest',
        after: 'Getting paid',
        beforeText: '(empty)',
        afterText: 'Getting paid',
      },
      { path: 'status', label: 'Status', before: 'approved', after: 'draft', beforeText: 'Approved', afterText: 'Draft' },
    ]);
    expect(since.diff.records.find((r) => r.kind === 'removed')?.name).toBe('Wallet and internal transactions');

    // A second baseline, then baseline against baseline.
    await createBaseline(ws, { label: 'December' });
    const between = await compareBaselines(ws, 'Audit 2026', 'December');
    expect(between.to?.label).toBe('December');
    expect(between.diff.counts).toEqual(since.diff.counts);
    expect((await listBaselines(ws)).map((x) => x.label)).toEqual(['December', 'Audit 2026']);
    await ws.close();
  });

  it('freezes one organisation, and compares it with that organisation now', async () => {
    const ws = await sampleWorkspace();
    const b = await createBaseline(ws, { label: 'Ledgerly Q4', organisationId: 'org-ledgerly' });
    expect(b).toMatchObject({ scope: 'organisation:org-ledgerly', organisationName: 'Ledgerly GmbH', activityCount: 7 });
    const frozen = await loadBaseline(ws, 'Ledgerly Q4');
    expect(frozen.document.organisations.map((o) => o.name)).toEqual(['Ledgerly GmbH']);
    expect(frozen.document.vendors.map((v) => v.name)).toEqual(['IONOS', 'OpenAI API', 'Stripe', 'Postmark', 'Intercom', 'DATEV']);
    // A change in Roomify does not show in Ledgerly's diff.
    const roomify = await mustGet(ws, 'act-roomify-ml');
    await ws.saveActivity({ ...roomify, owner: 'Someone else' });
    expect((await compareBaselines(ws, 'Ledgerly Q4')).diff.records).toEqual([]);
    await deleteBaseline(ws, 'Ledgerly Q4');
    expect(await listBaselines(ws)).toEqual([]);
    await expect(loadBaseline(ws, 'Ledgerly Q4')).rejects.toThrow('There is no baseline named "Ledgerly Q4".');
    await ws.close();
  });
});

describe('baselines in the interchange document', () => {
  it('travel with export → import → export unchanged, and a document without them keeps existing ones', async () => {
    const ws = await sampleWorkspace();
    await createBaseline(ws, { label: 'Audit 2026' });
    await createBaseline(ws, { label: 'Ledgerly Q4', organisationId: 'org-ledgerly' });
    const exported = await ws.exportDocument();
    expect(exported.baselines?.map((b) => [b.label, b.scope])).toEqual([
      ['Audit 2026', 'workspace'],
      ['Ledgerly Q4', 'organisation:org-ledgerly'],
    ]);
    await ws.close();

    const copy = await Workspace.create(join(await tempDir(), 'copy.ropa'), { now: () => clock });
    await copy.importDocument(JSON.parse(JSON.stringify(exported)));
    const again = await copy.exportDocument();
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    expect((await compareBaselines(copy, 'Audit 2026')).diff.records).toEqual([]);

    // Replacing the register with a document that carries no baselines keeps them.
    const { baselines: _b, ...plain } = exported;
    await copy.importDocument(plain, { replace: true });
    expect((await listBaselines(copy)).map((b) => b.label)).toEqual(['Audit 2026', 'Ledgerly Q4']); // same time: by label
    await copy.close();
  });

  it('refuses a document whose baseline holds an invalid register, naming the path', async () => {
    const ws = await sampleWorkspace();
    const doc = await ws.exportDocument();
    await ws.close();
    const broken = { ...doc, baselines: [{ id: 'b1', label: 'Broken', scope: 'workspace', createdAt: doc.exportedAt, createdBy: 'x', document: { format: 'nope' } }] };
    const target = await Workspace.create(join(await tempDir(), 't.ropa'));
    await expect(target.importDocument(broken)).rejects.toMatchObject({
      details: expect.arrayContaining([expect.stringMatching(/^\$\.baselines\[0\]\.document\.format: must be "ropa-desk-workspace"/)]),
    });
    await target.close();
  });
});
