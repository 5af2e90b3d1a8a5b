/**
 * "What changed" as a person reads it on screen: each field change's old and new value in
 * words (labels of legal bases, roles, statuses, sources; country names; taxonomy entries and
 * vendors by their names; yes/no; dates), never an enum key or an id. The names come from both
 * documents compared, so a vendor or category that is gone now is still named.
 */
import type { WorkspaceDocument } from '../interchange';
import { type NameOf, valueInWords } from './change-lines';
import type { DocumentDiff, FieldChange, RecordChange } from './diff';

/** Names of the records and taxonomy entries of the documents (a later document's name wins). */
export function namesOfDocuments(docs: readonly WorkspaceDocument[]): NameOf {
  const map = new Map<string, string>();
  for (const d of docs) {
    for (const o of d.organisations) map.set(`organisation:${o.id}`, o.name);
    for (const p of d.products) map.set(`product:${p.id}`, p.name);
    for (const v of d.vendors) map.set(`vendor:${v.id}`, v.name);
    for (const c of d.taxonomies.dataCategories) map.set(`category:${c.key}`, c.label);
    for (const s of d.taxonomies.dataSubjects) map.set(`subject:${s.key}`, s.label);
    for (const m of d.taxonomies.securityMeasures) map.set(`measure:${m.key}`, m.label);
  }
  return (key) => map.get(key);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** One value in words; a date and time reads "2026-03-01 10:15 UTC". */
export function fieldValueInWords(path: string, value: unknown, names: NameOf): string {
  if (typeof value === 'string') {
    const m = DATE_TIME.exec(value);
    if (m !== null) return `${m[1] ?? ''} ${m[2] ?? ''}${m[3] === 'Z' ? ' UTC' : ` (UTC${m[3] ?? ''})`}`;
  }
  return valueInWords(path, value, names);
}

export interface WordedFieldChange extends FieldChange {
  /** The old value as the screen shows it. */
  beforeText: string;
  /** The new value as the screen shows it. */
  afterText: string;
}

export interface WordedRecordChange extends Omit<RecordChange, 'fields'> {
  fields: WordedFieldChange[];
}

export interface WordedDocumentDiff extends Omit<DocumentDiff, 'records'> {
  records: WordedRecordChange[];
}

/** The diff with every field change's values in words. */
export function diffInWords(diff: DocumentDiff, names: NameOf): WordedDocumentDiff {
  return {
    ...diff,
    records: diff.records.map((r) => ({
      ...r,
      fields: r.fields.map((f) => ({ ...f, beforeText: fieldValueInWords(f.path, f.before, names), afterText: fieldValueInWords(f.path, f.after, names) })),
    })),
  };
}
