import { type ChangesSince, changesBetween } from '../../../shared/reports/changes';
import type { ReportLang } from '../../../shared/reports/i18n';
import { describeBaselineIn } from '../../../shared/reports/i18n/change-words';
import type { ReportScope } from '../../../shared/reports/scope';
import { loadBaseline } from '../compliance/baselines';
import type { Workspace } from '../workspace';

/** What changed between a baseline (by id or label) and the register now, for a report of `scope` in `lang` (see changesBetween). */
export async function changesSinceBaseline(ws: Workspace, baseline: string, scope: ReportScope, lang: ReportLang = 'en'): Promise<ChangesSince> {
  const b = await loadBaseline(ws, baseline);
  const { document, ...info } = b;
  return changesBetween({ document, scope: b.scope, label: describeBaselineIn(info, lang) }, await ws.exportDocument({ baselines: false }), scope, lang);
}
