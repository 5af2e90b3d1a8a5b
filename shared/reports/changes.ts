/** "Changes since <baseline>" in the reports: the diff flattened to one row per changed field. */
import { type DiffEntityType, type DocumentDiff, type FieldChange, diffDocuments, namerFor } from '../compliance/diff';
import { type Lookups, lookups } from './lookups';
import type { ReportLang } from './i18n';
import { changeWords } from './i18n/change-words';
import { localiseDocument } from './i18n/record-texts';
import { shippedLabels } from './i18n/shipped-labels';
import { valueText } from './values';
import { scopeDocument } from '../compliance/scope';
import type { WorkspaceDocument } from '../interchange';
import { type ReportScope, type ScopedRegister, narrowDocument, sameScope } from './scope';

export interface ChangesSince {
  /** How the baseline is named in the report, e.g. “Audit 2026” (22 Nov 2026). */
  label: string;
  diff: DocumentDiff;
  /** The scope both documents were narrowed to before they were compared (see narrowDocument). */
  scope: ReportScope;
}

export interface ChangeRow {
  change: 'Added' | 'Removed' | 'Changed';
  entityType: DiffEntityType;
  recordType: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

const KIND = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
const TYPE: Record<string, string> = { organisation: 'Organisation', product: 'Product', vendor: 'Vendor', activity: 'Processing activity' };

/**
 * The rows for the records of the report's scope. A diff computed for this scope
 * (both documents narrowed to it) is listed whole, removed records included; a diff
 * of another scope keeps only what is in the report's scope now (a removed record
 * cannot be placed, so it is left out rather than shown to the wrong organisation).
 */
export function changeRows(changes: ChangesSince, reg: ScopedRegister, l: Lookups = lookups(reg)): ChangeRow[] {
  const inScope = new Set<string>([...reg.organisations, ...reg.products, ...reg.activities, ...reg.vendors].map((r) => r.id));
  const all = reg.scope.kind === 'workspace' || sameScope(changes.scope, reg.scope);
  return changes.diff.records
    .filter((r) => all || inScope.has(r.id))
    .flatMap((r) => {
      const base = { change: KIND[r.kind], entityType: r.entityType, recordType: TYPE[r.entityType] ?? r.entityType, record: r.name };
      if (r.kind !== 'changed' || r.fields.length === 0) return [{ ...base, field: '', before: '', after: '' }];
      return r.fields.map((f) => ({ ...base, field: f.label, before: valueText(f.path, f.before, l), after: valueText(f.path, f.after, l) }));
    });
}

/**
 * What changed from a baseline's document (frozen with `baselineScope`: "workspace" or
 * "organisation:<id>") to the register now, for a report of `scope`: the register now
 * is narrowed to the baseline's scope, then both to the report's, so a record of
 * another organisation (added, changed or removed) is never compared.
 */
export function changesBetween(
  baseline: { document: WorkspaceDocument; scope: string; label: string },
  now: WorkspaceDocument,
  scope: ReportScope,
  lang: ReportLang = 'en',
): ChangesSince {
  const before = narrowDocument(baseline.document, scope);
  const after = narrowDocument(scopeDocument(now, baseline.scope), scope);
  if (lang === 'en') return { label: baseline.label, diff: diffDocuments(before, after), scope };
  // The records are compared as stored; only the names are the report's language: taxonomy
  // entries and vendors, and each record by its translated name where it has one.
  const local = [after, before].map((d) => localiseDocument(d, lang, shippedLabels(lang, d.taxonomies)).doc);
  const diff = diffDocuments(before, after, changeWords(lang), namerFor(...local));
  const names = new Map<string, string>();
  for (const d of [...local].reverse()) for (const r of [...d.organisations, ...d.products, ...d.vendors, ...d.activities]) names.set(`${r.id}`, r.name);
  return { label: baseline.label, diff: { ...diff, records: diff.records.map((r) => ({ ...r, name: names.get(r.id) ?? r.name })) }, scope };
}

/**
 * One line for a field change with its values labelled ("Purpose “Send invoices” › Legal
 * basis: Contract (Art. 6(1)(b)) → Consent (Art. 6(1)(a))"), for `ropa diff`.
 */
export function labelledFieldChange(reg: ScopedRegister): (c: FieldChange) => string {
  const l = lookups(reg);
  return (c) => {
    if (c.before === undefined && c.after !== undefined && /added$/.test(c.label)) return c.label;
    if (c.after === undefined && c.before !== undefined && /removed$/.test(c.label)) return c.label;
    return `${c.label}: ${valueText(c.path, c.before, l)} → ${valueText(c.path, c.after, l)}`;
  };
}
