/** Plain-text renderings of findings and diffs, for the command line and plain-text exports. */
import type { WorkspaceDocument } from '../interchange';
import { type BaselineInfo, describeBaseline } from './baseline';
import { type DiffEntityType, type DocumentDiff, type FieldChange, describeFieldChange } from './diff';
import { groupFindings } from './group';
import { atLeast } from './run';
import { SEVERITIES, type Finding, type Severity } from './types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const ENTITY: Readonly<Record<string, string>> = {
  activity: 'activity',
  product: 'product',
  organisation: 'organisation',
  vendor: 'vendor',
  workspace: 'workspace',
};

function findingLines(f: Finding): string[] {
  const where = `${ENTITY[f.target.entityType] ?? f.target.entityType} “${f.target.entityName}”${f.target.field !== undefined ? ` › ${f.target.field}` : ''}`;
  return [`  ${f.severity.toUpperCase().padEnd(7)} ${f.message} [${f.article}; ${f.ruleId}]`, `          Fix: ${f.hint}`, `          At:  ${where}`];
}

/** Counts per severity: "2 errors, 1 warning". */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The check report: findings at or above `min`, grouped by product, with a summary line. */
export function formatFindingsText(doc: WorkspaceDocument, findings: readonly Finding[], min: Severity): string {
  const shown = findings.filter((f) => atLeast(f.severity, min));
  const lines: string[] = [];
  for (const g of groupFindings(doc, shown, true)) {
    lines.push(g.title);
    if (g.findings.length === 0) lines.push(`  no findings at or above ${min}`);
    for (const f of g.findings) lines.push(...findingLines(f));
    lines.push('');
  }
  const counts = severityCounts(shown);
  const parts = SEVERITIES.filter((s) => atLeast(s, min) && counts[s] > 0).map((s) => plural(counts[s], s));
  const hidden = findings.length - shown.length;
  const below = hidden > 0 ? ` (${plural(hidden, 'finding')} below ${min} not shown)` : '';
  lines.push(shown.length === 0 ? `No findings at or above ${min}${below}.` : `${plural(shown.length, 'finding')} at or above ${min}: ${parts.join(', ')}${below}.`);
  return `${lines.join('\n')}\n`;
}

const SECTION: Readonly<Record<DiffEntityType, string>> = {
  organisation: 'Organisations',
  product: 'Products',
  vendor: 'Vendors',
  activity: 'Processing activities',
};
const MARK = { added: '+ added  ', removed: '- removed', changed: '~ changed' } as const;

/** "What changed" as text: a heading, counts, then each kind of record with its field changes. */
export function formatDiffText(diff: DocumentDiff, from: BaselineInfo, to?: BaselineInfo, describe: (c: FieldChange) => string = describeFieldChange): string {
  const lines = [
    `Changes from baseline ${describeBaseline(from)} to ${to !== undefined ? `baseline ${describeBaseline(to)}` : 'now'}:`,
    `${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed.`,
  ];
  for (const type of ['organisation', 'product', 'vendor', 'activity'] as const) {
    const records = diff.records.filter((r) => r.entityType === type);
    if (records.length === 0) continue;
    lines.push('', SECTION[type]);
    for (const r of records) {
      lines.push(`  ${MARK[r.kind]} “${r.name}”`);
      for (const c of r.fields) lines.push(`      ${describe(c)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
