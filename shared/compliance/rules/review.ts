/** Keeping the register current: review dates (Art. 5(2), 24(1)). */
import { defineRule } from '../define';
import { activityTarget } from '../targets';

export const reviewOverdue = defineRule(
  {
    id: 'review-overdue',
    severity: 'warning',
    description: 'An activity’s next review date has not passed.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.nextReviewDue === undefined || a.nextReviewDue >= ctx.today) continue;
      emit(activityTarget(a, 'nextReviewDue'), { activity: a.name, due: a.nextReviewDue });
    }
  },
);

export const approvedWithoutReviewDetails = defineRule(
  {
    id: 'approved-without-review-details',
    severity: 'info',
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
      emit(activityTarget(a, (a.reviewer ?? '').trim() === '' ? 'reviewer' : 'nextReviewDue'), { activity: a.name, noReviewer: (a.reviewer ?? '').trim() === '', noNextReview: a.nextReviewDue === undefined });
    }
  },
);

export const REVIEW_RULES = [reviewOverdue, approvedWithoutReviewDetails];
