import type { Channel, ImportSummary } from '../../shared/ipc';
import { controllerColumns } from '../../shared/reports/register-columns';
import { type ImportPlan, describePlan } from '../../shared/reports/import-types';
import { exportInWorker } from '../services/reports/export-in-worker';
import { randomUUID } from 'node:crypto';
import { XlsxRefusal, applyPreviewedPlan, changeHead, previewXlsxImport } from '../services/reports/xlsx-import/import-xlsx';
import type { Workspace } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type ReportChannel = Extract<Channel, `report:${string}`>;

const FILTERS = {
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
};

function summary(path: string, plan: ImportPlan): ImportSummary {
  return {
    path,
    counts: { added: plan.added.length, changed: plan.changed.length, removed: plan.removed.length },
    lines: describePlan(plan),
    problems: plan.problems.map((p) => ({ ...p })),
    notes: [...plan.notes],
  };
}

/** Word and Excel reports and the Excel round trip, behind native dialogs, with progress events. */
export function reportHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, ReportChannel> {
  const progress = (done: number, total: number) => session.emit('progress', { done, total });
  /** The one plan the user has seen, by its token: report:importApply applies only this. */
  let previewed: { token: string; workspace: Workspace; path: string; plan: ImportPlan; head: number } | undefined;
  return {
    'report:columns': async () => controllerColumns.map((c) => ({ key: c.key, label: c.header })),
    'report:export': async (r) => {
      const stamp = new Date().toISOString().slice(0, 10);
      const name = r.format === 'xlsx' ? `RoPA register ${stamp}.xlsx` : `RoPA report ${stamp}.docx`;
      const out = await dialogs.chooseSavePath({ title: r.format === 'xlsx' ? 'Export Excel register' : 'Export Word report', defaultName: name, extensions: FILTERS[r.format] });
      if (out === undefined) return null;
      // The export runs in a worker thread: the main process keeps serving the window meanwhile.
      const result = await exportInWorker(
        {
          workspace: session.workspace.path,
          ...(session.serverPassword !== undefined ? { password: session.serverPassword } : {}),
          format: r.format,
          scope: r.scope,
          out,
          preparedBy: session.prefs.get().displayName,
          now: new Date().toISOString(),
          ...(r.since ? { since: r.since } : {}),
          ...(r.format === 'xlsx' && r.layout ? { layout: r.layout } : {}),
          ...(r.lang ? { lang: r.lang } : {}),
          ...(r.format === 'xlsx' && r.columns ? { columns: r.columns } : {}),
          ...(r.format === 'docx' && r.authorityCopy === true ? { authorityCopy: true } : {}),
        },
        progress,
      );
      return { path: result.path, warnings: result.warnings };
    },
    'report:importPreview': async () => {
      const path = await dialogs.chooseOpenPath({ title: 'Import an edited Excel register', extensions: FILTERS.xlsx });
      if (path === undefined) return null;
      previewed = undefined;
      const ws = session.workspace;
      const head = await changeHead(ws);
      let plan: ImportPlan;
      try {
        plan = await previewXlsxImport(ws, path);
      } catch (e) {
        // Wrong cells are shown in the dialog, each with its sheet, row and column; anything else is a refusal.
        if (e instanceof XlsxRefusal && e.problems.length > 0) return summary(path, { added: [], changed: [], removed: [], problems: [...e.problems], notes: [] });
        throw e;
      }
      // The plan stays here; the renderer gets its token (never a path to send back).
      previewed = { token: randomUUID(), workspace: ws, path, plan, head };
      return { ...summary(path, plan), planToken: previewed.token };
    },
    'report:importApply': async (r) => {
      const p = previewed;
      if (!p || p.token !== r.planToken || p.workspace !== session.workspace) {
        throw new XlsxRefusal('There is no previewed import to apply (it was applied already, or another file or workspace was opened since). Choose the workbook again; nothing was imported.');
      }
      previewed = undefined;
      const plan = await applyPreviewedPlan(p.workspace, p.plan, p.path, p.head);
      session.history.clear();
      session.emit('changed');
      return summary(p.path, plan);
    },
  };
}
