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
import type { Reader, Writer } from '../workspace/sqlite';
import type { StoreReader, StoreWriter } from '../store/store';
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
 * Who submitted an activity, and one-person mode, live in tables only the file store has
 * so far (ARCHITECTURE.md, "Feature tables not yet on a server"). On a server they are not
 * kept: there the database's reviewer role decides who approves.
 */
const REVIEW_RECORDS = 'Keeping who submitted an activity for review';

function reviewWrite<T>(ws: Workspace, fn: (w: StoreWriter, raw: Writer | undefined, ctx: ChangeContext) => Promise<T>): Promise<T> {
  return ws.engine === 'file' ? ws.fileWriteWith(REVIEW_RECORDS, fn) : ws.writeWith((w, ctx) => fn(w, undefined, ctx));
}

function reviewRead<T>(ws: Workspace, fn: (r: StoreReader, raw: Reader | undefined) => Promise<T>): Promise<T> {
  return ws.engine === 'file' ? ws.fileReadWith(REVIEW_RECORDS, fn) : ws.readWith((r) => fn(r, undefined));
}

async function onePerson(r: Reader | undefined): Promise<boolean> {
  if (r === undefined) return false;
  return (await r.get<{ value: string }>("SELECT value FROM meta WHERE key = 'review_one_person'"))?.value === '1';
}

async function submission(r: Reader | undefined, id: string): Promise<{ submitted_by: string; submitted_at: string } | undefined> {
  if (r === undefined) return undefined;
  return r.get<{ submitted_by: string; submitted_at: string }>('SELECT submitted_by, submitted_at FROM review_submissions WHERE activity_id = ?', [id]);
}

function whyNotApprove(a: ProcessingActivity, reviewer: string, submittedBy: string | undefined, onePersonMode: boolean): string | undefined {
  if (a.status === 'draft') return `"${a.name}" is a draft; submit it for review before approving it.`;
  if (a.status === 'in_review' && !onePersonMode && submittedBy !== undefined && submittedBy.trim().toLowerCase() === reviewer.trim().toLowerCase()) {
    return `${reviewer} submitted "${a.name}" for review, so another person approves it. (A workspace kept by one person can allow this: turn on one-person mode on the dashboard.)`;
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
  return reviewWrite(ws, async (w, raw, ctx) => {
    const a = await transition(
      w,
      ctx,
      id,
      ['draft'],
      (x) => `"${x.name}" is ${STATUS_LABEL[x.status]}; only a draft can be submitted for review.`,
      (x) => ({ activity: { ...x, status: 'in_review' }, summary: `Submitted processing activity "${x.name}" for review` }),
    );
    await raw?.run('INSERT OR REPLACE INTO review_submissions (activity_id, submitted_by, submitted_at) VALUES (?, ?, ?)', [id, ctx.actor, ctx.now.toISOString()]);
    return a;
  });
}

/** In review → approved (or approved again after a periodic review), with reviewer, today's date and the next review due. */
export function approveActivity(ws: Workspace, id: string, options: ApproveOptions = {}): Promise<ProcessingActivity> {
  return reviewWrite(ws, async (w, raw, ctx) => {
    const today = isoDay(ctx.now);
    const next = options.nextReviewDue ?? addMonths(today, DEFAULT_REVIEW_INTERVAL_MONTHS);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next) || next <= today) {
      throw new WorkspaceError('invalid', `The next review date must be a date after today (${today}), written YYYY-MM-DD; "${next}" is not.`);
    }
    const reviewer = (options.reviewer ?? ctx.actor).trim();
    if (reviewer === '') throw new WorkspaceError('invalid', 'Name the reviewer who approves the activity.');
    const current = await getActivity(w, id);
    if (current !== undefined) {
      const why = whyNotApprove(current, reviewer, (await submission(raw, id))?.submitted_by, await onePerson(raw));
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
    await raw?.run('DELETE FROM review_submissions WHERE activity_id = ?', [id]);
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
  return reviewWrite(ws, async (w, raw, ctx) => {
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
    await raw?.run('DELETE FROM review_submissions WHERE activity_id = ?', [id]);
    return a;
  });
}

/** Who submitted the activity, and whether `reviewer` may approve it now. */
export function reviewState(ws: Workspace, id: string, reviewer: string): Promise<ReviewState> {
  return reviewRead(ws, async (r, raw) => {
    const a = await getActivity(r, id);
    const s = await submission(raw, id);
    const mode = await onePerson(raw);
    const why = a ? whyNotApprove(a, reviewer, s?.submitted_by, mode) : undefined;
    return { ...(s ? { submittedBy: s.submitted_by, submittedAt: s.submitted_at } : {}), onePersonMode: mode, ...(why !== undefined ? { cannotApprove: why } : {}) };
  });
}

export function onePersonMode(ws: Workspace): Promise<boolean> {
  return reviewRead(ws, (_r, raw) => onePerson(raw));
}

/** One-person mode: the person who submits an activity may also approve it. Logged. */
export function setOnePersonMode(ws: Workspace, enabled: boolean): Promise<boolean> {
  return ws.fileWriteWith('One-person mode', async (w, raw, ctx) => {
    if ((await onePerson(raw)) === enabled) return enabled;
    await raw.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('review_one_person', ?)", [enabled ? '1' : '0']);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'workspace',
      action: 'update',
      summary: enabled ? 'Turned on one-person mode: whoever submits an activity may also approve it' : 'Turned off one-person mode: another person approves what someone submits',
    });
    return enabled;
  });
}
