/**
 * The review workflow of a processing activity: draft → in review → approved,
 * with reviewer, date and next review due. Each step is one transaction with
 * its change-log entry. (Editing an approved activity sends it back to draft:
 * see saveActivity in workspace/records.ts.)
 */
import { addMonths, isoDay } from '../../../shared/compliance/dates';
import type { ActivityStatus, ProcessingActivity } from '../../../shared/model';
import { WorkspaceError } from '../workspace/errors';
import { getActivity, putActivityChange } from '../workspace/records';
import type { StoreWriter } from '../store/store';
import type { ChangeContext, Workspace } from '../workspace';

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

const STATUS_LABEL: Readonly<Record<ActivityStatus, string>> = { draft: 'draft', in_review: 'in review', approved: 'approved' };

export interface ApproveOptions {
  /** Who approves (written to the record); default: the workspace's actor. */
  reviewer?: string;
  /** Next review date, YYYY-MM-DD; default: 12 months after today. */
  nextReviewDue?: string;
}

async function transition(
  w: StoreWriter,
  ctx: ChangeContext,
  id: string,
  allowed: readonly ActivityStatus[],
  refuse: (a: ProcessingActivity) => string,
  change: (a: ProcessingActivity) => { activity: ProcessingActivity; summary: string },
): Promise<ProcessingActivity> {
  const before = await getActivity(w, id);
  if (before === undefined) throw new WorkspaceError('not_found_record', `There is no processing activity with id "${id}".`);
  if (!allowed.includes(before.status)) throw new WorkspaceError('invalid', refuse(before));
  const { activity, summary } = change(before);
  return putActivityChange(w, ctx, before, activity, summary);
}

/** Draft → in review. */
export function submitForReview(ws: Workspace, id: string): Promise<ProcessingActivity> {
  return ws.writeWith((w, ctx) =>
    transition(
      w,
      ctx,
      id,
      ['draft'],
      (a) => `"${a.name}" is ${STATUS_LABEL[a.status]}; only a draft can be submitted for review.`,
      (a) => ({ activity: { ...a, status: 'in_review' }, summary: `Submitted processing activity "${a.name}" for review` }),
    ),
  );
}

/** In review → approved (or approved again after a periodic review), with reviewer, today's date and the next review due. */
export function approveActivity(ws: Workspace, id: string, options: ApproveOptions = {}): Promise<ProcessingActivity> {
  return ws.writeWith((w, ctx) => {
    const today = isoDay(ctx.now);
    const next = options.nextReviewDue ?? addMonths(today, DEFAULT_REVIEW_INTERVAL_MONTHS);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next) || next <= today) {
      throw new WorkspaceError('invalid', `The next review date must be a date after today (${today}), written YYYY-MM-DD; "${next}" is not.`);
    }
    const reviewer = (options.reviewer ?? ctx.actor).trim();
    if (reviewer === '') throw new WorkspaceError('invalid', 'Name the reviewer who approves the activity.');
    return transition(
      w,
      ctx,
      id,
      ['in_review', 'approved'],
      (a) => `"${a.name}" is a draft; submit it for review before approving it.`,
      (a) => ({
        activity: { ...a, status: 'approved', reviewer, lastReviewed: today, nextReviewDue: next },
        summary: `${a.status === 'approved' ? 'Reviewed and approved again' : 'Approved'} processing activity "${a.name}" (reviewer: ${reviewer}; next review due ${next})`,
      }),
    );
  });
}

/** In review → draft, e.g. when the reviewer asks for changes; the reason goes into the change log. */
export function returnToDraft(ws: Workspace, id: string, reason?: string): Promise<ProcessingActivity> {
  return ws.writeWith((w, ctx) =>
    transition(
      w,
      ctx,
      id,
      ['in_review'],
      (a) => `"${a.name}" is ${STATUS_LABEL[a.status]}; only an activity in review can be sent back to draft.`,
      (a) => ({
        activity: { ...a, status: 'draft' },
        summary: `Sent processing activity "${a.name}" back to draft${reason !== undefined && reason.trim() !== '' ? `: ${reason.trim()}` : ''}`,
      }),
    ),
  );
}
