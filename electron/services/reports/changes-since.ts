import { describeBaseline } from '../../../shared/compliance';
import type { ChangesSince } from '../../../shared/reports/changes';
import { compareBaselines } from '../compliance/baselines';
import type { Workspace } from '../workspace';

/** What changed between a baseline (by id or label) and the register now, named for the report. */
export async function changesSinceBaseline(ws: Workspace, baseline: string): Promise<ChangesSince> {
  const c = await compareBaselines(ws, baseline);
  return { label: describeBaseline(c.from), diff: c.diff };
}
