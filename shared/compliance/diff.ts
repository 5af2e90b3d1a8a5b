/**
 * "What changed": two workspace documents compared record by record
 * (organisations, products, vendors, activities matched by id) and, for a
 * changed record, field by field. List items are matched by what identifies
 * them (a purpose by its description, a data category by its key, a recipient
 * by its vendor …), so an inserted item shows as one addition, not as a
 * change of every item after it.
 */
import type { WorkspaceDocument } from '../interchange';
import { Organisation, ProcessingActivity, Product, Vendor } from '../model';
import { countryName } from '../reference';
import { describeValue, fieldLabel } from './diff-labels';
import { sameValue } from './same-value';

export { describeValue, fieldLabel } from './diff-labels';

export type DiffEntityType = 'organisation' | 'product' | 'vendor' | 'activity';
export type RecordChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** Path inside the record, e.g. "purposes[0].legalBasis" (index in the newer document; in the older one for removals). */
  path: string;
  /** Readable, e.g. "Purpose “Send invoices” › Legal basis". */
  label: string;
  before?: unknown;
  after?: unknown;
}

export interface RecordChange {
  entityType: DiffEntityType;
  id: string;
  name: string;
  kind: RecordChangeKind;
  /** Field changes (only for "changed"). */
  fields: FieldChange[];
}

export interface DocumentDiff {
  records: RecordChange[];
  counts: Record<RecordChangeKind, number>;
}

/** Bookkeeping fields that change on every save and say nothing about the processing. */
const IGNORED: ReadonlySet<string> = new Set(['createdAt', 'updatedAt']);

type Obj = Record<string, unknown>;
type Namer = (key: string) => string;

/** The list fields whose items a change names ("Purpose “Billing”"). */
export type ListField = 'purposes' | 'dataCategories' | 'recipients' | 'transfers' | 'controllers' | 'jointControllers' | 'permissions' | 'storeListings' | 'customSections';

/**
 * The words a change's label is made of, in one language: field names, how a list item is
 * named, and "added"/"removed". English by default; reports in German or French pass
 * theirs (shared/reports/i18n/change-words.ts).
 */
export interface DiffWords {
  field(key: string): string;
  /** A list item by its kind and name: "Purpose “Billing”"; `name` is unquoted. For transfers, `country` is the ISO code and `name` the recipient ('' if none). */
  item(list: ListField, name: string, country?: string): string;
  /** "<trail> added"; `list` is the kind of item added. */
  added(label: string, list: ListField): string;
  removed(label: string, list: ListField): string;
}

export const DIFF_WORDS_EN: DiffWords = {
  field: fieldLabel,
  item: (list, name, country) => {
    switch (list) {
      case 'purposes':
        return `Purpose ${quote(name)}`;
      case 'dataCategories':
        return `Data category ${quote(name)}`;
      case 'recipients':
        return `Recipient ${quote(name)}`;
      case 'transfers':
        return `Transfer to ${countryName(country ?? '')}${name !== '' ? ` (${name})` : ''}`;
      case 'controllers':
        return `Controller ${quote(name)}`;
      case 'jointControllers':
        return `Joint controller ${quote(name)}`;
      case 'permissions':
        return `Permission ${quote(name)}`;
      case 'storeListings':
        return `Store listing ${quote(name)}`;
      case 'customSections':
        return `Section ${quote(name)}`;
    }
  },
  added: (label) => `${label} added`,
  removed: (label) => `${label} removed`,
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const quote = (s: string): string => `“${s.length > 120 ? `${s.slice(0, 117)}…` : s}”`;

interface ListSpec {
  key(item: Obj): string;
  name(item: Obj, names: Namer, words: DiffWords): string;
}

/** How the items of each list field are identified and named. */
const LISTS: Readonly<Record<ListField, ListSpec>> = {
  purposes: { key: (p) => str(p.description), name: (p, _n, w) => w.item('purposes', str(p.description)) },
  dataCategories: { key: (c) => str(c.category), name: (c, n, w) => w.item('dataCategories', n(`category:${str(c.category)}`)) },
  recipients: {
    key: (r) => str(r.vendorId) || `name:${str(r.name)}`,
    name: (r, n, w) => w.item('recipients', r.vendorId !== undefined ? n(`vendor:${str(r.vendorId)}`) : str(r.name)),
  },
  transfers: {
    key: (t) => `${str(t.country)}|${str(t.vendorId) || str(t.recipientName)}`,
    name: (t, n, w) => w.item('transfers', t.vendorId !== undefined ? n(`vendor:${str(t.vendorId)}`) : str(t.recipientName), str(t.country)),
  },
  controllers: { key: (p) => str(p.name), name: (p, _n, w) => w.item('controllers', str(p.name)) },
  jointControllers: { key: (p) => str(p.name), name: (p, _n, w) => w.item('jointControllers', str(p.name)) },
  permissions: { key: (p) => str(p.permission), name: (p, _n, w) => w.item('permissions', str(p.permission)) },
  storeListings: { key: (s) => `${str(s.store)}|${str(s.id)}`, name: (s, _n, w) => w.item('storeListings', str(s.id)) },
  customSections: { key: (s) => str(s.id), name: (s, _n, w) => w.item('customSections', str(s.title)) },
};
const isListField = (k: string): k is ListField => Object.hasOwn(LISTS, k);

/** Keys made unique by their occurrence: two recipients of the same vendor become "v", "v#2". */
function keyed(items: readonly unknown[], spec: ListSpec): Map<string, { item: Obj; index: number }> {
  const out = new Map<string, { item: Obj; index: number }>();
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!isObj(item)) return;
    const base = spec.key(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(n === 1 ? base : `${base}#${n}`, { item, index });
  });
  return out;
}

function diffValue(before: unknown, after: unknown, path: string, label: string, field: string, names: Namer, words: DiffWords, out: FieldChange[]): void {
  if (sameValue(before, after)) return;
  const spec = isListField(field) ? LISTS[field] : undefined;
  if (Array.isArray(before) && Array.isArray(after) && spec !== undefined) {
    const b = keyed(before, spec);
    const a = keyed(after, spec);
    for (const [k, x] of b) {
      const match = a.get(k);
      const itemLabel = `${label} › ${spec.name(x.item, names, words)}`;
      if (match === undefined) out.push({ path: `${path}[${x.index}]`, label: words.removed(itemLabel, field as ListField), before: x.item });
      else diffObject(x.item, match.item, `${path}[${match.index}]`, itemLabel, names, words, out);
    }
    for (const [k, x] of a) {
      if (!b.has(k)) out.push({ path: `${path}[${x.index}]`, label: words.added(`${label} › ${spec.name(x.item, names, words)}`, field as ListField), after: x.item });
    }
    return;
  }
  if (isObj(before) && isObj(after)) {
    diffObject(before, after, path, label, names, words, out);
    return;
  }
  const change: FieldChange = { path, label };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

/** Record fields in the order the forms show them (the schema's order), whatever order a record's keys are in. */
const FIELD_ORDER: Readonly<Record<DiffEntityType, readonly string[]>> = {
  organisation: Object.keys(Organisation.shape),
  product: Object.keys(Product.shape),
  vendor: Object.keys(Vendor.shape),
  activity: Object.keys(ProcessingActivity.shape),
};

function diffObject(before: Obj, after: Obj, path: string, label: string, names: Namer, words: DiffWords, out: FieldChange[], order: readonly string[] = []): void {
  const keys = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])];
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const childPath = path === '' ? k : `${path}.${k}`;
    const childLabel = label === '' ? words.field(k) : `${label} › ${words.field(k)}`;
    diffValue(before[k], after[k], childPath, childLabel, k, names, words, out);
  }
}

/** Field-by-field changes between two versions of one record. */
export function diffRecord(before: object, after: object, names: Namer = (k) => k.slice(k.indexOf(':') + 1), words: DiffWords = DIFF_WORDS_EN): FieldChange[] {
  const out: FieldChange[] = [];
  diffObject(before as Obj, after as Obj, '', '', names, words, out);
  return out;
}

/** Names of taxonomy entries and vendors by "category:key" / "vendor:id", from the documents (the first one's name wins). */
export function namerFor(...docs: readonly WorkspaceDocument[]): Namer {
  const map = new Map<string, string>();
  for (const doc of docs) {
    for (const c of doc.taxonomies.dataCategories) map.set(`category:${c.key}`, c.label);
    for (const v of doc.vendors) map.set(`vendor:${v.id}`, v.name);
  }
  return (key) => map.get(key) ?? key.slice(key.indexOf(':') + 1);
}

function diffList<T extends { id: string; name: string }>(
  entityType: DiffEntityType,
  before: readonly T[],
  after: readonly T[],
  names: Namer,
  words: DiffWords,
  out: RecordChange[],
): void {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  for (const x of after) {
    const prev = old.get(x.id);
    if (prev === undefined) out.push({ entityType, id: x.id, name: x.name, kind: 'added', fields: [] });
    else {
      const fields: FieldChange[] = [];
      diffObject(prev as unknown as Obj, x as unknown as Obj, '', '', names, words, fields, FIELD_ORDER[entityType]);
      if (fields.length > 0) out.push({ entityType, id: x.id, name: x.name, kind: 'changed', fields });
    }
  }
  for (const x of before) if (!now.has(x.id)) out.push({ entityType, id: x.id, name: x.name, kind: 'removed', fields: [] });
}

/** What changed from `before` to `after`: records added, removed and changed, field by field (labels in `words`' language). */
export function diffDocuments(before: WorkspaceDocument, after: WorkspaceDocument, words: DiffWords = DIFF_WORDS_EN, names: Namer = namerFor(after, before)): DocumentDiff {
  const records: RecordChange[] = [];
  diffList('organisation', before.organisations, after.organisations, names, words, records);
  diffList('product', before.products, after.products, names, words, records);
  diffList('vendor', before.vendors, after.vendors, names, words, records);
  diffList('activity', before.activities, after.activities, names, words, records);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const r of records) counts[r.kind] += 1;
  return { records, counts };
}

/** One line for a field change: "Purpose “Send invoices” › Legal basis: contract → consent". */
export function describeFieldChange(c: FieldChange): string {
  if (c.before === undefined && c.after !== undefined && /added$/.test(c.label)) return c.label;
  if (c.after === undefined && c.before !== undefined && /removed$/.test(c.label)) return c.label;
  return `${c.label}: ${describeValue(c.before)} → ${describeValue(c.after)}`;
}
