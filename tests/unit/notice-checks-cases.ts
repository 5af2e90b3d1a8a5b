/**
 * Fire and quiet cases of the notice identity rules (issue 11), run by compliance-rules.test.ts
 * with every other rule: a change to the clean register that makes each fire, and a near miss.
 */
import type { WorkspaceDocument } from '../../shared/interchange';
import { withNoticePublications } from '../../shared/compliance';
import { noticeFingerprint, noticeInputFromDocument } from '../../shared/notice';
import { product } from './compliance-fixture';

export interface NoticeCheckCase {
  rule: string;
  fire: (doc: WorkspaceDocument) => void;
  target: { entityId: string; field?: string };
  message: string;
  quiet: (doc: WorkspaceDocument) => void;
}

function org(doc: WorkspaceDocument, id: string) {
  const o = doc.organisations.find((x) => x.id === id);
  if (o === undefined) throw new Error(`no organisation ${id}`);
  return o;
}

/** Records, in the document, that version 1 of the product's notice was published from the records as they are now. */
function publishNow(doc: WorkspaceDocument, productId: string): void {
  const input = noticeInputFromDocument(doc, productId);
  if (input === undefined) throw new Error(`no product ${productId}`);
  Object.assign(doc, withNoticePublications(doc, [{ productId, version: 1, publishedAt: '2026-11-01T10:00:00.000Z', fingerprint: noticeFingerprint(input) }]));
}

export const NOTICE_CHECK_CASES: NoticeCheckCase[] = [
  {
    rule: 'organisation-without-legal-entity',
    fire: (d) => delete org(d, 'org-ledgerly').address,
    target: { entityId: 'org-ledgerly', field: 'address' },
    message: 'The organisation “Ledgerly GmbH” has no postal address, which its notices need to say who is responsible and where to reach them.',
    quiet: (d) => d.organisations.push({ id: 'org-dormant', name: 'Dormant Holding' }), // no products, so no notice
  },
  {
    rule: 'controller-outside-eea-without-representative',
    fire: (d) => (org(d, 'org-ledgerly').country = 'US'),
    target: { entityId: 'org-ledgerly', field: 'representative' },
    message: '“Ledgerly GmbH” is established outside the EU/EEA and is controller for “Ledgerly”, offered to people in the EU/EEA, but has no representative in the Union.',
    quiet: (d) => {
      const o = org(d, 'org-ledgerly');
      o.country = 'US';
      o.representative = { name: 'EU Rep GmbH', address: 'Friedrichstraße 1, 10117 Berlin', country: 'DE' };
    },
  },
  {
    rule: 'published-notice-outdated',
    fire: (d) => {
      publishNow(d, 'prod-ledgerly');
      product(d, 'prod-ledgerly').notice.changeNoticeDays = 14;
    },
    target: { entityId: 'prod-ledgerly', field: 'notice' },
    message: 'The records of “Ledgerly” have changed since version 1 of its notice was published on 2026-11-01.',
    // a review date is not in the notice: the published version still says what the records say
    quiet: (d) => {
      publishNow(d, 'prod-ledgerly');
      const a = d.activities.find((x) => x.productId === 'prod-ledgerly');
      if (a !== undefined) a.nextReviewDue = '2027-06-01';
    },
  },
];
