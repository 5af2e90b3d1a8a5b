/**
 * The review workflow's rules, pure: which fields belong to the review itself,
 * and what a save may do to them. Status, reviewer and review dates change only
 * through the review actions (submit, approve, return with a reason); a save
 * (an edit, an undo, an import) keeps them as stored, and a save that changes
 * an approved activity's content sends it back to draft.
 */
import type { ProcessingActivity } from '../model';
import { sameValue } from './same-value';

/** Fields the review workflow itself sets; changing only these keeps an approval. */
export const REVIEW_FIELDS = ['status', 'reviewer', 'lastReviewed', 'nextReviewDue', 'createdAt', 'updatedAt'] as const;

/** The fields only review actions write (a save keeps the stored ones). */
export const REVIEW_OWNED_FIELDS = ['status', 'reviewer', 'lastReviewed', 'nextReviewDue'] as const;

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

function withReviewOf(incoming: ProcessingActivity, source: ProcessingActivity | undefined): ProcessingActivity {
  const out: Record<string, unknown> = { ...incoming };
  for (const k of REVIEW_OWNED_FIELDS) {
    const v = source?.[k];
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as unknown as ProcessingActivity;
}

/**
 * What to store when `incoming` replaces `before`. The review fields stay as
 * stored (a save cannot submit, approve or name a reviewer); a new activity
 * starts as a draft with no reviewer (keeping the review dates it was brought in with); an approved activity whose content changed
 * goes back to draft.
 */
export function applyReviewRule(
  before: ProcessingActivity | undefined,
  incoming: ProcessingActivity,
): { activity: ProcessingActivity; reopened: boolean } {
  if (before === undefined) {
    // A new activity is a draft with no reviewer; the dates of a register brought in
    // (its last review there, the next one due) are kept as history, not as an approval.
    const fresh = withReviewOf(incoming, undefined);
    const dates = {
      ...(incoming.lastReviewed !== undefined ? { lastReviewed: incoming.lastReviewed } : {}),
      ...(incoming.nextReviewDue !== undefined ? { nextReviewDue: incoming.nextReviewDue } : {}),
    };
    return { activity: { ...fresh, status: 'draft', ...dates }, reopened: false };
  }
  const kept = withReviewOf(incoming, before);
  const reopened = before.status === 'approved' && contentChanged(before, incoming);
  return reopened ? { activity: { ...kept, status: 'draft' }, reopened } : { activity: kept, reopened: false };
}
