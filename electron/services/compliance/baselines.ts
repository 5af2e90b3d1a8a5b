/**
 * Baselines: frozen copies of the register (or of one organisation) under a
 * unique label, kept in the workspace's `baselines` table as the exported
 * interchange document, and compared with each other or with the register now.
 */
import { randomUUID } from 'node:crypto';
import type { Baseline, BaselineInfo } from '../../../shared/compliance/baseline';
import { diffDocuments } from '../../../shared/compliance/diff';
import { type WordedDocumentDiff, diffInWords, namesOfDocuments } from '../../../shared/compliance/diff-words';
import { WORKSPACE_SCOPE, organisationScope, scopeDocument } from '../../../shared/compliance/scope';
import { formatProblem, parseWorkspaceDocument } from '../../../shared/interchange';
import type { Workspace } from '../workspace';
import { WorkspaceError } from '../workspace/errors';

export interface CreateBaselineOptions {
  label: string;
  /** Freeze only this organisation (its products, activities and the vendors they use). */
  organisationId?: string;
}

/** Freezes the register now (or one organisation) under a new, unique label. */
export function createBaseline(ws: Workspace, options: CreateBaselineOptions): Promise<BaselineInfo> {
  const label = options.label.trim();
  if (label === '' || label.length > 200) {
    return Promise.reject(new WorkspaceError('invalid', 'A baseline needs a label of 1 to 200 characters, e.g. "Audit 2026".'));
  }
  return ws.writeWith(async (w, ctx) => {
    const taken = (await w.baselines()).some((b) => b.label === label);
    if (taken) throw new WorkspaceError('invalid', `A baseline named "${label}" already exists. Choose another label.`);
    const whole = await w.document(ctx.now, { baselines: false });
    let scope = WORKSPACE_SCOPE;
    if (options.organisationId !== undefined) {
      if (!whole.organisations.some((o) => o.id === options.organisationId)) {
        throw new WorkspaceError('not_found_record', `There is no organisation with id "${options.organisationId}".`);
      }
      scope = organisationScope(options.organisationId);
    }
    const doc = scopeDocument(whole, scope);
    const id = randomUUID();
    const createdAt = ctx.now.toISOString();
    await w.insertBaseline({ id, label, scope, createdAt, createdBy: ctx.actor, document: doc as unknown as Record<string, unknown> });
    const what = scope === WORKSPACE_SCOPE ? 'the whole register' : `the organisation "${doc.organisations[0]?.name ?? ''}"`;
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: id,
      action: 'create',
      summary: `Created baseline "${label}" of ${what} (${doc.activities.length} processing activities)`,
    });
    const made = (await w.baselines()).find((b) => b.id === id);
    if (made === undefined) throw new Error('baseline vanished after insert');
    return made;
  });
}

/** Every baseline, newest first (without their documents). */
export function listBaselines(ws: Workspace): Promise<BaselineInfo[]> {
  return ws.readWith((r) => r.baselines());
}

function notFound(idOrLabel: string): WorkspaceError {
  return new WorkspaceError('not_found_record', `There is no baseline named "${idOrLabel}".`);
}

/** One baseline with its frozen document, by id or label. */
export async function loadBaseline(ws: Workspace, idOrLabel: string): Promise<Baseline> {
  const [row, infos] = await ws.readWith(async (r) => [await r.baseline(idOrLabel), await r.baselines()] as const);
  const about = infos.find((b) => b.id === row?.id);
  if (row === undefined || about === undefined) throw notFound(idOrLabel);
  const parsed = parseWorkspaceDocument(row.document);
  if (!parsed.ok) {
    const problems = parsed.problems.map(formatProblem);
    throw new WorkspaceError('invalid', `The baseline "${row.label}" cannot be read: ${problems[0] ?? 'its document is not valid'}`, problems);
  }
  return { ...about, document: parsed.document };
}

/** Deletes a baseline, by id or label. */
export function deleteBaseline(ws: Workspace, idOrLabel: string): Promise<void> {
  return ws.writeWith(async (w, ctx) => {
    const row = await w.baseline(idOrLabel);
    if (row === undefined) throw notFound(idOrLabel);
    await w.deleteBaseline(row.id);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: row.id,
      action: 'delete',
      summary: `Deleted baseline "${row.label}"`,
    });
  });
}

export interface BaselineComparison {
  from: BaselineInfo;
  /** The later baseline, or undefined for the register now. */
  to?: BaselineInfo;
  /** Field by field, each value also in words (labels and names, never keys or ids), as the app shows it. */
  diff: WordedDocumentDiff;
}

/**
 * What changed since baseline `from`: up to baseline `to`, or up to now (the
 * register now, narrowed to the organisation of an organisation baseline).
 */
export async function compareBaselines(ws: Workspace, from: string, to?: string): Promise<BaselineComparison> {
  const older = await loadBaseline(ws, from);
  const { document: _a, ...fromInfo } = older;
  const worded = (later: Baseline['document']) => diffInWords(diffDocuments(older.document, later), namesOfDocuments([older.document, later]));
  if (to !== undefined) {
    const newer = await loadBaseline(ws, to);
    const { document: _b, ...toInfo } = newer;
    return { from: fromInfo, to: toInfo, diff: worded(newer.document) };
  }
  const now = scopeDocument(await ws.exportDocument({ baselines: false }), older.scope);
  return { from: fromInfo, diff: worded(now) };
}
