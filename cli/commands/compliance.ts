/** `ropa rules`, `ropa check`, `ropa baseline`, `ropa baselines`, `ropa diff`: compliance checks and "what changed". */
import { extname } from 'node:path';
import {
  RULES,
  type Severity,
  formatDiffText,
  formatFindingsText,
  isSeverity,
  atLeast,
  describeBaseline,
  isoDay,
  severityCounts,
} from '../../shared/compliance';
import { scopedCheck } from '../../shared/reports/findings';
import { type ReportScope, ScopeError, resolveScope, selectScope } from '../../shared/reports/scope';
import { labelledFieldChange } from '../../shared/reports/changes';
import type { WorkspaceDocument } from '../../shared/interchange';
import { compareBaselines, createBaseline, listBaselines } from '../../electron/services/compliance/baselines';
import { WorkspaceError } from '../../electron/services/workspace';
import { documentForChecks } from '../../electron/services/notice/publish';
import { CliError, usageError } from '../io';
import { type Command, type CommandContext, args, plural, readJsonDocument, str, withWorkspace } from './command';


/** A workspace file, or an exported JSON document (what teams keep under version control). */
async function loadDocument(file: string, ctx: CommandContext): Promise<WorkspaceDocument> {
  if (extname(file).toLowerCase() === '.json') return readJsonDocument(file);
  try {
    return await withWorkspace(file, ctx, true, (ws) => documentForChecks(ws));
  } catch (e) {
    if (e instanceof WorkspaceError && e.code === 'json') return readJsonDocument(file);
    throw e;
  }
}

function today(ctx: CommandContext): string {
  const t = str(ctx, 'today');
  if (t === undefined) return isoDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(Date.parse(t))) throw usageError(`--today must be a date written YYYY-MM-DD, not "${t}"`);
  return t;
}

function minSeverity(ctx: CommandContext): Severity {
  const m = str(ctx, 'min-severity') ?? 'error';
  if (!isSeverity(m)) throw usageError(`--min-severity must be error, warning or info, not "${m}"`);
  return m;
}

export const complianceCommands: Record<string, Command> = {
  rules: {
    usage: 'rules [--json]',
    summary: 'list every compliance rule: id, severity, GDPR article, what it checks',
    options: { json: { type: 'boolean' } },
    async run(ctx) {
      args(ctx, []);
      const rows = RULES.map(({ id, severity, article, title, description }) => ({ id, severity, article, title, description }));
      if (ctx.values.json === true) ctx.out.write(`${JSON.stringify(rows, null, 2)}\n`);
      else {
        for (const r of rows) ctx.out.write(`${r.id}\n  ${r.severity} · ${r.article} · ${r.title}\n  ${r.description}\n`);
        ctx.out.write(`${plural(rows.length, 'rule')}.\n`);
      }
      return 0;
    },
  },
  check: {
    usage: 'check FILE [--org NAME] [--product NAME] [--json] [--min-severity error|warning|info] [--today YYYY-MM-DD]',
    summary: 'check a workspace (or exported .json) against every rule, or only one organisation or product; exit 1 when findings at or above --min-severity (default error)',
    options: { json: { type: 'boolean' }, 'min-severity': { type: 'string' }, today: { type: 'string' }, org: { type: 'string' }, product: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const min = minSeverity(ctx);
      const day = today(ctx);
      const whole = await loadDocument(file, ctx);
      const org = str(ctx, 'org');
      const product = str(ctx, 'product');
      let scope: ReportScope;
      try {
        scope = resolveScope(whole, { ...(org !== undefined ? { org } : {}), ...(product !== undefined ? { product } : {}) });
      } catch (e) {
        if (e instanceof ScopeError) throw new CliError(e.message);
        throw e;
      }
      // One organisation's (or product's) findings, with nothing of another organisation in them.
      const { doc, findings } = scopedCheck(whole, scope, day);
      const failing = findings.filter((f) => atLeast(f.severity, min));
      if (ctx.values.json === true) {
        const result = { ok: failing.length === 0, minSeverity: min, today: day, counts: severityCounts(findings), findings: failing };
        ctx.out.write(`${JSON.stringify(result, null, 2)}\n`);
      } else ctx.out.write(formatFindingsText(doc, findings, min));
      return failing.length === 0 ? 0 : 1;
    },
  },
  baseline: {
    usage: 'baseline FILE --label LABEL [--org NAME]',
    summary: 'freeze the register (or one organisation) under a label, e.g. "Audit 2026"',
    options: { label: { type: 'string' }, org: { type: 'string' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const label = str(ctx, 'label');
      if (label === undefined) throw usageError('missing --label');
      const orgName = str(ctx, 'org');
      const b = await withWorkspace(file, ctx, false, async (ws) => {
        let organisationId: string | undefined;
        if (orgName !== undefined) {
          const orgs = await ws.listOrganisations();
          const org = orgs.find((o) => o.id === orgName) ?? orgs.find((o) => o.name.toLowerCase() === orgName.toLowerCase());
          if (org === undefined) throw new CliError(`no organisation named "${orgName}" (there are: ${orgs.map((o) => `"${o.name}"`).join(', ') || 'none'})`);
          organisationId = org.id;
        }
        return createBaseline(ws, { label, ...(organisationId !== undefined ? { organisationId } : {}) });
      });
      ctx.out.write(`Created baseline ${describeBaseline(b)} with ${plural(b.activityCount, 'processing activity', 'processing activities')}.\n`);
      return 0;
    },
  },
  baselines: {
    usage: 'baselines FILE [--json]',
    summary: 'list the baselines of a workspace, newest first',
    options: { json: { type: 'boolean' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const list = await withWorkspace(file, ctx, true, (ws) => listBaselines(ws));
      if (ctx.values.json === true) ctx.out.write(`${JSON.stringify(list, null, 2)}\n`);
      else if (list.length === 0) ctx.out.write('No baselines yet. Create one with: ropa baseline FILE --label "Audit 2026"\n');
      else for (const b of list) ctx.out.write(`${describeBaseline(b)}: ${plural(b.activityCount, 'activity', 'activities')}, by ${b.createdBy}\n`);
      return 0;
    },
  },
  diff: {
    usage: 'diff FILE --from BASELINE [--to BASELINE] [--json]',
    summary: 'what changed since a baseline: up to another baseline, or up to now',
    options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const from = str(ctx, 'from');
      if (from === undefined) throw usageError('missing --from');
      const to = str(ctx, 'to');
      const { result, doc } = await withWorkspace(file, ctx, true, async (ws) => ({ result: await compareBaselines(ws, from, to), doc: await ws.exportDocument({ baselines: false }) }));
      if (ctx.values.json === true) ctx.out.write(`${JSON.stringify(result, null, 2)}\n`);
      // Values by their labels (bases, statuses, countries, taxonomy entries, vendors), as in the reports.
      else ctx.out.write(formatDiffText(result.diff, result.from, result.to, labelledFieldChange(selectScope(doc, { kind: 'workspace' }))));
      return 0;
    },
  },
};
