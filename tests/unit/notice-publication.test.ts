// The pure side of publishing: the records fingerprint (what makes a published notice out of
// date) and the section-by-section text diff a person pastes into a change notice.
import { describe, expect, it } from 'vitest';
import { type NoticeInput, generateNotice, noticeFingerprint, noticeInputFromDocument, noticeTextDiff, publicationStatus } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const input = (): NoticeInput => {
  const i = noticeInputFromDocument(buildSampleDocument(new Date('2026-03-15T12:00:00Z')), 'Ledgerly');
  if (i === undefined) throw new Error('no Ledgerly');
  return i;
};
const doc = (i: NoticeInput) => generateNotice(i, { lang: 'en', today: '2026-03-15' }).document;

describe('the records fingerprint', () => {
  it('changes when something the notice says changes', () => {
    const a = input();
    const b = { ...a, product: { ...a.product, notice: { ...a.product.notice, changeNoticeDays: 14 } } };
    expect(noticeFingerprint(b)).not.toBe(noticeFingerprint(a));
  });

  it('stays when only review status, review dates or timestamps change, or the order of activities', () => {
    const a = input();
    const b = {
      ...a,
      activities: [...a.activities].reverse().map((x) => ({ ...x, status: 'draft' as const, nextReviewDue: '2030-01-01', updatedAt: '2030-01-01T00:00:00Z' })),
    };
    expect(noticeFingerprint(b)).toBe(noticeFingerprint(a));
  });

  it('tells the status: unpublished, current, changed', () => {
    const a = input();
    expect(publicationStatus(a, undefined).state).toBe('unpublished');
    const pub = { productId: a.product.id, version: 1, publishedAt: '2026-03-01T10:00:00Z', publishedBy: 'Jana', fingerprint: noticeFingerprint(a), documents: { en: doc(a) } };
    expect(publicationStatus(a, pub).state).toBe('current');
    expect(publicationStatus({ ...a, organisation: { ...a.organisation, phone: '+49 30 1111111' } }, pub).state).toBe('changed');
  });
});

describe('the text diff', () => {
  it('names the changed section and the lines taken out and put in', () => {
    const a = input();
    const b = { ...a, organisation: { ...a.organisation, phone: '+49 30 1111111' } };
    expect(noticeTextDiff(doc(a), doc(b))).toBe(['Changed: Controller and contact details', '  Removed: Telephone: +49 30 0000000', '  Added: Telephone: +49 30 1111111'].join('\n'));
  });

  it('names new and removed sections by heading', () => {
    const a = input();
    const withAddon = { ...a, product: { ...a.product, notice: { ...a.product.notice, jurisdictionAddons: ['uk_gdpr' as const] } } };
    const added = noticeTextDiff(doc(a), doc(withAddon));
    expect(added).toContain('New section: Notice for people in the United Kingdom');
    expect(added).toContain("  Added: If you are in the United Kingdom, the UK GDPR and the Data Protection Act 2018 apply");
    expect(noticeTextDiff(doc(withAddon), doc(a))).toBe('Section removed: Notice for people in the United Kingdom');
  });

  it('says so when the text is the same', () => {
    expect(noticeTextDiff(doc(input()), doc(input()))).toBe('The text of the notice is the same.');
  });
});
