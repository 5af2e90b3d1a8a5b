/** runChecks: every rule over a workspace document, with per-rule overrides. */
import type { WorkspaceDocument } from '../interchange';
import { buildContext } from './context';
import { RULES } from './rules';
import { SEVERITIES, type CheckOptions, type Finding, type Severity } from './types';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** True when `severity` is at least as serious as `min` (error ≥ warning ≥ info). */
export function atLeast(severity: Severity, min: Severity): boolean {
  return RANK[severity] <= RANK[min];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Runs every rule on the workspace document; findings come most serious first, then in
 * the order of RULES, then in document order. Pure: no clock, no I/O.
 */
export function runChecks(doc: WorkspaceDocument, options: CheckOptions): Finding[] {
  const ctx = buildContext(doc, options.today, options.lang);
  const overrides = options.overrides ?? {};
  const out: Finding[] = [];
  for (const rule of RULES) {
    const override = overrides[rule.id];
    if (override === 'off') continue;
    const findings = rule.check(ctx);
    if (override !== undefined) for (const f of findings) f.severity = override;
    out.push(...findings);
  }
  // Array.prototype.sort is stable: rule and document order survive within a severity.
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
