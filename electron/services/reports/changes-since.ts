import { describeBaseline, diffDocuments, scopeDocument } from '../../../shared/compliance';
import type { ChangesSince } from '../../../shared/reports/changes';
import { type ReportScope, narrowDocument } from '../../../shared/reports/scope';
import { loadBaseline } from '../compliance/baselines';
import type { Workspace } from '../workspace';

/**
 * What changed between a baseline (by id or label) and the register now, for a report
 * of `scope`: both sides are narrowed to the baseline's scope and then to the report's,
 * so a record of another organisation (added, changed or removed) is never compared.
 */
export async function changesSinceBaseline(ws: Workspace, baseline: string, scope: ReportScope): Promise<ChangesSince> {
  const b = await loadBaseline(ws, baseline);
  const now = scopeDocument(await ws.exportDocument({ baselines: false }), b.scope);
  const { document, ...info } = b;
  return { label: describeBaseline(info), diff: diffDocuments(narrowDocument(document, scope), narrowDocument(now, scope)), scope };
}
