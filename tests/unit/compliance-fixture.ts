/** Documents for the compliance tests: the sample workspace, and a copy with its deliberate findings fixed. */
import { type Finding, runChecks } from '../../shared/compliance';
import type { WorkspaceDocument } from '../../shared/interchange';
import type { ProcessingActivity, Product, Vendor } from '../../shared/model';
import { buildSampleDocument } from '../../shared/sample';

export const NOW = new Date('2026-11-22T09:00:00Z');
export const TODAY = '2026-11-22';

export function sample(): WorkspaceDocument {
  return buildSampleDocument(NOW);
}

export function activity(doc: WorkspaceDocument, id: string): ProcessingActivity {
  const a = doc.activities.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no activity ${id}`);
  return a;
}

export function product(doc: WorkspaceDocument, id: string): Product {
  const p = doc.products.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no product ${id}`);
  return p;
}

export function vendor(doc: WorkspaceDocument, id: string): Vendor {
  const v = doc.vendors.find((x) => x.id === id);
  if (v === undefined) throw new Error(`no vendor ${id}`);
  return v;
}

/** The sample workspace with its five deliberate findings put right: no rule fires on it. */
export function cleanDoc(): WorkspaceDocument {
  const doc = sample();
  // issue 11: the legal entity and address the sample leaves out of Roomify's record (the reference notice names neither)
  Object.assign(doc.organisations.find((o) => o.id === 'org-roomify') ?? {}, { legalName: 'Roomify (legal entity)', address: 'Example Street 1, 10115 Berlin' });
  activity(doc, 'act-ledgerly-accounts').transfers.push({ country: 'US', vendorId: 'ven-postmark', mechanism: 'scc', sccModule: 2 });
  vendor(doc, 'ven-intercom').dpa = { status: 'signed', date: '2026-01-10' };
  const notes = activity(doc, 'act-ledgerly-customer-data').dataCategories.find((c) => c.category === 'free_text_notes');
  if (notes !== undefined) notes.retention = 'For the term of the customer contract.';
  const ai = activity(doc, 'act-ledgerly-ai-assist');
  ai.dpia = { status: 'completed', date: '2026-10-01' };
  ai.nextReviewDue = '2027-10-01';
  return doc;
}

/** Findings of one rule on a document (checked on TODAY). */
export function findingsOf(doc: WorkspaceDocument, ruleId: string): Finding[] {
  return runChecks(doc, { today: TODAY }).filter((f) => f.ruleId === ruleId);
}
