/** "Changes since <baseline>" in the reports: the diff flattened to one row per changed field. */
import { type DocumentDiff, describeValue } from '../compliance/diff';
import type { ScopedRegister } from './scope';

export interface ChangesSince {
  /** How the baseline is named in the report, e.g. “Audit 2026” (22 Nov 2026). */
  label: string;
  diff: DocumentDiff;
}

export interface ChangeRow {
  change: 'Added' | 'Removed' | 'Changed';
  recordType: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

const KIND = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
const TYPE: Record<string, string> = { organisation: 'Organisation', product: 'Product', vendor: 'Vendor', activity: 'Processing activity' };

/** The rows for the records of the report's scope (removed records are kept: they are out of every scope now). */
export function changeRows(changes: ChangesSince, reg: ScopedRegister): ChangeRow[] {
  const inScope = new Set<string>([...reg.organisations, ...reg.products, ...reg.activities, ...reg.vendors].map((r) => r.id));
  const all = reg.scope.kind === 'workspace';
  return changes.diff.records
    .filter((r) => all || r.kind === 'removed' || inScope.has(r.id))
    .flatMap((r) => {
      const base = { change: KIND[r.kind], recordType: TYPE[r.entityType] ?? r.entityType, record: r.name };
      if (r.kind !== 'changed' || r.fields.length === 0) return [{ ...base, field: '', before: '', after: '' }];
      return r.fields.map((f) => ({ ...base, field: f.label, before: describeValue(f.before), after: describeValue(f.after) }));
    });
}
