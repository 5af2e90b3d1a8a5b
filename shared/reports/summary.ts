/** The summary a report opens with: counts, completeness and open findings of the scope. */
import { completeness } from '../compliance';
import type { ScopedRegister } from './scope';
import type { ReportFinding } from './workbook';

export interface ReportSummary {
  counts: [label: string, value: number][];
  /** Average share of the Art. 30 fields filled over the activities in scope, 0..100. */
  completenessPercent: number | undefined;
  findingsBySeverity: [severity: string, count: number][];
}

export function summarise(reg: ScopedRegister, findings: readonly ReportFinding[]): ReportSummary {
  const acts = reg.activities;
  const scores = completeness(reg.doc).activities;
  const inScope = acts.map((a) => scores.get(a.id)).filter((x): x is number => x !== undefined);
  const severities = ['error', 'warning', 'info'];
  return {
    counts: [
      ['Organisations', reg.organisations.length],
      ['Products', reg.products.length],
      ['Processing activities as controller', acts.filter((a) => a.role !== 'processor').length],
      ['Processing activities as processor', acts.filter((a) => a.role === 'processor').length],
      ['Vendors and sub-processors', reg.vendors.length],
      ['Transfers outside the EEA', acts.reduce((n, a) => n + a.transfers.length, 0)],
      ['Activities with special-category data', acts.filter((a) => a.purposes.some((p) => p.art9Condition !== undefined)).length],
    ],
    completenessPercent: inScope.length === 0 ? undefined : Math.round((100 * inScope.reduce((s, x) => s + x, 0)) / inScope.length),
    findingsBySeverity: severities.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  };
}
