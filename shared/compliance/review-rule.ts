/**
 * The review workflow's rules, pure: which fields belong to the review itself,
 * and whether a save of an approved activity changes its content (which sends
 * it back to draft).
 */
import type { ProcessingActivity } from '../model';
import { sameValue } from './same-value';

/** Fields the review workflow itself sets; changing only these keeps an approval. */
export const REVIEW_FIELDS = ['status', 'reviewer', 'lastReviewed', 'nextReviewDue', 'createdAt', 'updatedAt'] as const;

const REVIEW_FIELD_SET: ReadonlySet<string> = new Set(REVIEW_FIELDS);

function content(a: ProcessingActivity): Record<string, unknown> {
  return Object.fromEntries(Object.entries(a).filter(([k]) => !REVIEW_FIELD_SET.has(k)));
}

/** True when `after` differs from `before` in anything other than the review fields. */
export function contentChanged(before: ProcessingActivity, after: ProcessingActivity): boolean {
  return !sameValue(content(before), content(after));
}

/** The sentence the change log adds when an approved activity goes back to draft. */
export const REOPENED_NOTE = 'moved back to draft because it changed after approval';

/**
 * What to store when `incoming` replaces `before`: an approved activity whose
 * content changed while its status stayed "approved" goes back to draft.
 * A status the user set explicitly (e.g. "in_review") is kept.
 */
export function applyReviewRule(
  before: ProcessingActivity | undefined,
  incoming: ProcessingActivity,
): { activity: ProcessingActivity; reopened: boolean } {
  const reopened = before?.status === 'approved' && incoming.status === 'approved' && contentChanged(before, incoming);
  return reopened ? { activity: { ...incoming, status: 'draft' }, reopened } : { activity: incoming, reopened: false };
}
