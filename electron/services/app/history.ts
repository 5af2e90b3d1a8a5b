import { contentChanged } from '../../../shared/compliance/review-rule';
import type { Organisation, ProcessingActivity, Product, Vendor } from '../../../shared/model';
import type { RecordKind, Workspace } from '../workspace';

type AnyRecord = Organisation | Product | Vendor | ProcessingActivity;

/** One undoable step: a record from `before` to `after` (undefined = did not exist). */
export interface Step {
  kind: RecordKind;
  id: string;
  label: string;
  before: AnyRecord | undefined;
  after: AnyRecord | undefined;
}

const LIMIT = 200;

/**
 * Puts a record into the given state, over the version this session left it at
 * (`current`): saved, or deleted when `state` is undefined. Version-checked: when
 * someone changed the record since, the step is refused as a conflict (with their
 * version), never written over their change. Returns the record as saved.
 */
async function apply(
  ws: Workspace,
  kind: RecordKind,
  id: string,
  state: AnyRecord | undefined,
  current: AnyRecord | undefined,
  how: { step: 'undo' | 'redo'; reason?: string },
): Promise<AnyRecord | undefined> {
  if (state === undefined) {
    // Undoing a creation (or redoing a deletion): only while the record is as this session left it.
    if (current !== undefined) await ws.delete(kind, id, { version: current.updatedAt });
    return undefined;
  }
  const { createdAt: _c, updatedAt: _u, ...content } = state;
  // Based on the version this session saw last; none when the record is to be made again.
  let version = current?.updatedAt;
  if (kind === 'activity' && current !== undefined) {
    // Review steps since (submitted, approved, returned) change the version but not what was edited: the
    // step still applies, over the stored version, and follows the review rule (an approved activity asks why).
    const stored = (await ws.get('activity', id)) as ProcessingActivity | undefined;
    if (stored !== undefined && stored.updatedAt !== version && !contentChanged(stored, current as ProcessingActivity)) version = stored.updatedAt;
  }
  const record = version !== undefined ? { ...content, updatedAt: version } : content;
  switch (kind) {
    case 'organisation':
      return ws.saveOrganisation(record);
    case 'product':
      return ws.saveProduct(record);
    case 'vendor':
      return ws.saveVendor(record);
    case 'activity':
      return ws.saveActivity(record, { step: how.step, ...(how.reason !== undefined ? { reopenReason: how.reason } : {}) });
  }
}

/**
 * Undo and redo of this session's edits. Each undo is itself a saved change (and
 * appears in the change log); a step that can no longer be applied (say, a vendor
 * that is now in use elsewhere) fails with the reason and stays on its stack.
 */
export class History {
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];

  record(step: Step): void {
    this.undoStack.push(step);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  state(): { canUndo: boolean; canRedo: boolean; undoLabel?: string; redoLabel?: string } {
    const u = this.undoStack.at(-1);
    const r = this.redoStack.at(-1);
    return { canUndo: u !== undefined, canRedo: r !== undefined, ...(u ? { undoLabel: u.label } : {}), ...(r ? { redoLabel: r.label } : {}) };
  }

  /** `reason`: why an approved activity the step changes is reopened (refused with `reason_required` without one). */
  async undo(ws: Workspace, reason?: string): Promise<Step | undefined> {
    const step = this.undoStack.at(-1);
    if (!step) return undefined;
    const saved = await apply(ws, step.kind, step.id, step.before, step.after, { step: 'undo', ...(reason !== undefined ? { reason } : {}) });
    this.undoStack.pop();
    // Redo goes forward from the version the undo made.
    this.redoStack.push({ ...step, before: saved });
    return step;
  }

  async redo(ws: Workspace, reason?: string): Promise<Step | undefined> {
    const step = this.redoStack.at(-1);
    if (!step) return undefined;
    const saved = await apply(ws, step.kind, step.id, step.after, step.before, { step: 'redo', ...(reason !== undefined ? { reason } : {}) });
    this.redoStack.pop();
    this.undoStack.push({ ...step, after: saved });
    return step;
  }
}
