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

/** Puts a record into the given state: saved, or deleted when `state` is undefined. */
async function apply(ws: Workspace, kind: RecordKind, id: string, state: AnyRecord | undefined): Promise<void> {
  if (state === undefined) {
    if (await ws.get(kind, id)) await ws.delete(kind, id);
    return;
  }
  const { createdAt: _c, updatedAt: _u, ...record } = state;
  switch (kind) {
    case 'organisation':
      await ws.saveOrganisation(record);
      return;
    case 'product':
      await ws.saveProduct(record);
      return;
    case 'vendor':
      await ws.saveVendor(record);
      return;
    case 'activity':
      await ws.saveActivity(record);
      return;
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

  async undo(ws: Workspace): Promise<Step | undefined> {
    const step = this.undoStack.at(-1);
    if (!step) return undefined;
    await apply(ws, step.kind, step.id, step.before);
    this.undoStack.pop();
    this.redoStack.push(step);
    return step;
  }

  async redo(ws: Workspace): Promise<Step | undefined> {
    const step = this.redoStack.at(-1);
    if (!step) return undefined;
    await apply(ws, step.kind, step.id, step.after);
    this.redoStack.pop();
    this.undoStack.push(step);
    return step;
  }
}
