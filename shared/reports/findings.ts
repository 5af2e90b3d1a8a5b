/** Compliance findings of the records a report covers (shared/compliance does the checking). */
import { type Finding, runChecks } from '../compliance';
import type { WorkspaceDocument } from '../interchange';
import { type ReportScope, type ScopedRegister, narrowDocument, selectScope } from './scope';
import type { ReportLang } from './i18n';
import type { ReportFinding } from './workbook';

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings on the organisations, products, activities and vendors in scope, most severe first,
 * their sentences, fixes and articles in the report's language.
 */
export function reportFindings(reg: ScopedRegister, now: Date, lang: ReportLang = 'en'): ReportFinding[] {
  const all = runChecks(reg.doc, { today: now.toISOString().slice(0, 10), lang });
  const ids = new Set<string>([
    ...reg.organisations.map((o) => o.id),
    ...reg.products.map((p) => p.id),
    ...reg.activities.map((a) => a.id),
    ...reg.vendors.map((v) => v.id),
  ]);
  const inScope = reg.scope.kind === 'workspace' ? all : all.filter((f) => ids.has(f.target.entityId));
  return inScope
    .map((f, i) => ({ f, i }))
    .sort((x, y) => (SEVERITY_ORDER[x.f.severity] ?? 9) - (SEVERITY_ORDER[y.f.severity] ?? 9) || x.i - y.i)
    .map(({ f }) => f);
}

/**
 * `ropa check --org/--product`: the findings of one scope, with the document narrowed
 * to it (so that grouping lists only the scope's products and organisation).
 */
export function scopedCheck(doc: WorkspaceDocument, scope: ReportScope, today: string): { doc: WorkspaceDocument; findings: Finding[] } {
  const reg = selectScope(doc, scope);
  const ids = new Set<string>([...reg.organisations, ...reg.products, ...reg.activities, ...reg.vendors].map((r) => r.id));
  const all = runChecks(doc, { today });
  return { doc: narrowDocument(doc, scope), findings: scope.kind === 'workspace' ? all : all.filter((f) => ids.has(f.target.entityId)) };
}
