/** Keeping the register current: review dates (Art. 5(2), 24(1)). */
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

export const reviewOverdue = defineRule(
  {
    id: 'review-overdue',
    severity: 'warning',
    article: 'Art. 24(1)',
    title: 'Review date passed',
    description: 'An activity’s next review date has not passed.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.nextReviewDue === undefined || a.nextReviewDue >= ctx.today) continue;
      emit(
        activityTarget(a, 'nextReviewDue'),
        `The review of ${q(a.name)} was due on ${a.nextReviewDue} and is overdue.`,
        'Review the activity with its owner, then approve it again with a new review date.',
      );
    }
  },
);

export const approvedWithoutReviewDetails = defineRule(
  {
    id: 'approved-without-review-details',
    severity: 'info',
    article: 'Art. 5(2)',
    title: 'Approved without reviewer or next review date',
    description: 'An approved activity records who approved it and when it is next due for review.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.status !== 'approved') continue;
      const missing = [
        (a.reviewer ?? '').trim() === '' ? 'reviewer' : '',
        a.nextReviewDue === undefined ? 'next review date' : '',
      ].filter((s) => s !== '');
      if (missing.length === 0) continue;
      emit(
        activityTarget(a, (a.reviewer ?? '').trim() === '' ? 'reviewer' : 'nextReviewDue'),
        `The activity ${q(a.name)} is approved but has no ${missing.join(' and no ')}.`,
        'Approve it through the review workflow, which records the reviewer and the next review date.',
      );
    }
  },
);

export const REVIEW_RULES = [reviewOverdue, approvedWithoutReviewDetails];
