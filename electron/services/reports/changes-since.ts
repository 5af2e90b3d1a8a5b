import { describeBaseline } from '../../../shared/compliance';
import { type ChangesSince, changesBetween } from '../../../shared/reports/changes';
import type { ReportScope } from '../../../shared/reports/scope';
import { loadBaseline } from '../compliance/baselines';
import type { Workspace } from '../workspace';

/** What changed between a baseline (by id or label) and the register now, for a report of `scope` (see changesBetween). */
export async function changesSinceBaseline(ws: Workspace, baseline: string, scope: ReportScope): Promise<ChangesSince> {
  const b = await loadBaseline(ws, baseline);
  const { document, ...info } = b;
  return changesBetween({ document, scope: b.scope, label: describeBaseline(info) }, await ws.exportDocument({ baselines: false }), scope);
}
