/**
 * Excel register import: preview (what would be added, changed, removed) and
 * apply, all or nothing, in one Workspace.writeWith transaction with a change-log
 * entry per activity and one for the import.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { type ImportPlan, formatImportProblem } from '../../../../shared/reports/import-types';
import { planXlsxImport } from '../../../../shared/reports/import-plan';
import type { Workspace } from '../../workspace';
import { deleteRecord, saveActivity } from '../../workspace/records';
import { type ReadOptions, readWorkbookFile } from './read-workbook';
import { XlsxRefusal } from './zip-check';

export { XlsxRefusal } from './zip-check';

export interface XlsxImportOptions extends ReadOptions {
  onProgress?: (step: 'reading' | 'checking' | 'applying' | 'done') => void;
}

const newId = () => `act-${randomUUID()}`;

function refuse(plan: ImportPlan, file: string): never {
  const n = plan.problems.length;
  throw new XlsxRefusal(
    `"${basename(file)}" was not imported: ${n} problem${n === 1 ? '' : 's'} found; the workspace is unchanged.`,
    plan.problems.map(formatImportProblem),
    plan.problems,
  );
}

/** The newest change-log entry: a preview is applied only while it is still the newest. */
export async function changeHead(ws: Workspace): Promise<number> {
  return ws.readWith(async (r) => (await r.changes({ limit: 1 }))[0]?.id ?? 0);
}

/**
 * Applies a plan exactly as it was previewed (nothing is read from the file again),
 * in one transaction, provided the workspace has not changed since `head`.
 */
export async function applyPreviewedPlan(ws: Workspace, plan: ImportPlan, file: string, head: number): Promise<ImportPlan> {
  return ws.writeWith(async (w, ctx) => {
    const now = (await w.changes({ limit: 1 }))[0]?.id ?? 0;
    if (now !== head) {
      throw new XlsxRefusal(`The workspace has changed since the preview of "${basename(file)}", so it was not imported. Preview the import again; the workspace is unchanged.`);
    }
    for (const a of plan.removed) await deleteRecord(w, ctx, 'activity', a.id);
    for (const a of plan.added) await saveActivity(w, ctx, a);
    for (const c of plan.changed) await saveActivity(w, ctx, c.after);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'workspace',
      action: 'import',
      summary: `Imported the Excel register ${basename(file)}: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed`,
    });
    return plan;
  });
}

/** What importing the workbook would do; nothing is written. Refusals throw XlsxRefusal. */
export async function previewXlsxImport(ws: Workspace, file: string, o: XlsxImportOptions = {}): Promise<ImportPlan> {
  o.onProgress?.('reading');
  const cells = await readWorkbookFile(file, o);
  o.onProgress?.('checking');
  const plan = planXlsxImport(await ws.exportDocument({ baselines: false }), cells, newId);
  o.onProgress?.('done');
  if (plan.problems.length > 0) refuse(plan, file);
  return plan;
}

/** Imports the workbook, all or nothing; returns what was done. */
export async function applyXlsxImport(ws: Workspace, file: string, o: XlsxImportOptions = {}): Promise<ImportPlan> {
  o.onProgress?.('reading');
  const cells = await readWorkbookFile(file, o);
  o.onProgress?.('applying');
  const plan = await ws.writeWith(async (w, ctx) => {
    // Planned inside the transaction, on the workspace as it is now.
    const p = planXlsxImport(await w.document(ctx.now, { baselines: false }), cells, newId);
    if (p.problems.length > 0) refuse(p, file);
    for (const a of p.removed) await deleteRecord(w, ctx, 'activity', a.id);
    for (const a of p.added) await saveActivity(w, ctx, a);
    for (const c of p.changed) await saveActivity(w, ctx, c.after);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'workspace',
      action: 'import',
      summary: `Imported the Excel register ${basename(file)}: ${p.added.length} added, ${p.changed.length} changed, ${p.removed.length} removed`,
    });
    return p;
  });
  o.onProgress?.('done');
  return plan;
}
