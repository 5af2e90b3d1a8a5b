/**
 * The review workflow of a processing activity: draft → in review → approved,
 * and back to draft with a reason. Only these actions change the status, the
 * reviewer and the review dates (a save keeps them: shared/compliance/review-rule.ts).
 * The approver is the app's identity; the person who submitted may not approve
 * unless the workspace is set to one-person mode. Each step is one transaction
 * with its change-log entry.
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

/** Where an activity stands in review, and whether the current person may approve it. */
export interface ReviewState {
  submittedBy?: string;
  submittedAt?: string;
  onePersonMode: boolean;
  /** Why the current person cannot approve, in words; absent when they can. */
  cannotApprove?: string;
}

/**
 * Why `approver` (who is approving: the app's identity on a file, the database login on a
 * server; never a name typed as the reviewer) may not approve, in words.
 */
function whyNotApprove(a: ProcessingActivity, approver: string, submittedBy: string | undefined, onePersonMode: boolean): string | undefined {
  if (a.status === 'draft') return `"${a.name}" is a draft; submit it for review before approving it.`;
  if (a.status === 'in_review' && !onePersonMode && submittedBy !== undefined && submittedBy.trim().toLowerCase() === approver.trim().toLowerCase()) {
    return `${approver} submitted "${a.name}" for review, so another person approves it. (A workspace kept by one person can allow this: turn on one-person mode on the dashboard.)`;
  }
  return undefined;
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

/** Draft → in review; remembers who submitted. */
export function submitForReview(ws: Workspace, id: string): Promise<ProcessingActivity> {
  return ws.writeWith(async (w, ctx) => {
    const a = await transition(
      w,
      ctx,
      id,
      ['draft'],
      (x) => `"${x.name}" is ${STATUS_LABEL[x.status]}; only a draft can be submitted for review.`,
      (x) => ({ activity: { ...x, status: 'in_review' }, summary: `Submitted processing activity "${x.name}" for review` }),
    );
    await w.recordSubmission(id, { at: ctx.now, actor: ctx.actor });
    return a;
  });
}

/** In review → approved (or approved again after a periodic review), with reviewer, today's date and the next review due. */
export function approveActivity(ws: Workspace, id: string, options: ApproveOptions = {}): Promise<ProcessingActivity> {
  return ws.writeWith(async (w, ctx) => {
    const today = isoDay(ctx.now);
    const next = options.nextReviewDue ?? addMonths(today, DEFAULT_REVIEW_INTERVAL_MONTHS);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next) || next <= today) {
      throw new WorkspaceError('invalid', `The next review date must be a date after today (${today}), written YYYY-MM-DD; "${next}" is not.`);
    }
    const reviewer = (options.reviewer ?? ctx.actor).trim();
    if (reviewer === '') throw new WorkspaceError('invalid', 'Name the reviewer who approves the activity.');
    const current = await getActivity(w, id);
    // On a server the database decides, from the login (triggers activities_approval, activities_review).
    if (current !== undefined && ws.engine === 'file') {
      // The submitter is compared with who approves (the identity), not with the name given as reviewer.
      const why = whyNotApprove(current, ctx.actor, (await w.reviewSubmission(id))?.submittedBy, await w.onePersonMode());
      if (why !== undefined) throw new WorkspaceError('invalid', why);
    }
    const approved = await transition(
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
    await w.clearSubmission(id);
    return approved;
  });
}

/**
 * Back to draft with the reason, which goes into the change log: an activity in
 * review that the reviewer returns, or an approved one that is to be changed.
 */
export function returnToDraft(ws: Workspace, id: string, reason?: string): Promise<ProcessingActivity> {
  const why = reason?.trim() ?? '';
  if (why === '') return Promise.reject(new WorkspaceError('invalid', 'Say why the activity goes back to draft; the reason is kept in the change log.'));
  return ws.writeWith(async (w, ctx) => {
    const a = await transition(
      w,
      ctx,
      id,
      ['in_review', 'approved'],
      (x) => `"${x.name}" is ${STATUS_LABEL[x.status]} already.`,
      (x) => ({
        activity: { ...x, status: 'draft' },
        summary:
          x.status === 'approved'
            ? `Reopened approved processing activity "${x.name}" for changes: ${why}`
            : `Sent processing activity "${x.name}" back to draft: ${why}`,
      }),
    );
    await w.clearSubmission(id);
    return a;
  });
}

/** Who submitted the activity, and whether `reviewer` may approve it now. */
export function reviewState(ws: Workspace, id: string, reviewer: string): Promise<ReviewState> {
  return ws.readWith(async (r) => {
    const a = await getActivity(r, id);
    const s = await r.reviewSubmission(id);
    const mode = await r.onePersonMode();
    const why = a ? whyNotApprove(a, reviewer, s?.submittedBy, mode) : undefined;
    return { ...(s ? { submittedBy: s.submittedBy, submittedAt: s.submittedAt } : {}), onePersonMode: mode, ...(why !== undefined ? { cannotApprove: why } : {}) };
  });
}

export function onePersonMode(ws: Workspace): Promise<boolean> {
  return ws.readWith((r) => r.onePersonMode());
}

/** One-person mode: the person who submits an activity may also approve it. Logged. */
export async function setOnePersonMode(ws: Workspace, enabled: boolean): Promise<boolean> {
  try {
    return await writeOnePersonMode(ws, enabled);
  } catch (e) {
    // On a server only an admin may (row-level security on meta 'review_one_person').
    if (ws.engine === 'server' && e instanceof WorkspaceError && e.code === 'permission') {
      throw new WorkspaceError('permission', 'Only an admin of this team workspace turns one-person mode on or off; nothing was changed.', e.details);
    }
    throw e;
  }
}

function writeOnePersonMode(ws: Workspace, enabled: boolean): Promise<boolean> {
  return ws.writeWith(async (w, ctx) => {
    if ((await w.onePersonMode()) === enabled) return enabled;
    await w.setOnePersonMode(enabled);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'workspace',
      action: 'update',
      summary: enabled ? 'Turned on one-person mode: whoever submits an activity may also approve it' : 'Turned off one-person mode: another person approves what someone submits',
    });
    return enabled;
  });
}
