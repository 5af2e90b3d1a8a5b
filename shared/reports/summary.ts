/** The summary a report opens with: counts, completeness and open findings of the scope. */
import { completeness } from '../compliance';
import type { ScopedRegister } from './scope';
import type { ReportFinding } from './workbook';
import type { ReportCatalogue } from './i18n';
import { reportCatalogue } from './i18n';

export interface ReportSummary {
  counts: [label: string, value: number][];
  /** Average share of the Art. 30 fields filled over the activities in scope, 0..100. */
  completenessPercent: number | undefined;
  findingsBySeverity: [severity: string, count: number][];
}

const capped = (p: number, findings: readonly ReportFinding[]) => (findings.some((f) => f.severity === 'error') ? Math.min(99, p) : p);

export function summarise(reg: ScopedRegister, findings: readonly ReportFinding[], t: ReportCatalogue = reportCatalogue('en')): ReportSummary {
  const n = t.doc.counts;
  const acts = reg.activities;
  const scores = completeness(reg.doc).activities;
  const inScope = acts.map((a) => scores.get(a.id)).filter((x): x is number => x !== undefined);
  const severities = ['error', 'warning', 'info'];
  return {
    counts: [
      [n.organisations, reg.organisations.length],
      [n.products, reg.products.length],
      [n.asController, acts.filter((a) => a.role !== 'processor').length],
      [n.asProcessor, acts.filter((a) => a.role === 'processor').length],
      [n.vendors, reg.vendors.length],
      [n.transfers, acts.reduce((n, a) => n + a.transfers.length, 0)],
      [n.special, acts.filter((a) => a.purposes.some((p) => p.art9Condition !== undefined)).length],
    ],
    // issue 12: records with an error are never "100 % complete".
    completenessPercent: inScope.length === 0 ? undefined : capped(Math.round((100 * inScope.reduce((s, x) => s + x, 0)) / inScope.length), findings),
    findingsBySeverity: severities.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  };
}
