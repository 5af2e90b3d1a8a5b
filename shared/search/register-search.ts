/**
 * Search over all text of the register: names, descriptions, purposes, retention, addresses,
 * vendors' services, countries (by name), data categories and subjects (by label), notes …
 * Each hit says which fields matched, by a field kind the UI labels (never a file key).
 */
import type { WorkspaceDocument } from '../interchange/document';
import { countryName, legalBases } from '../reference';

export const SEARCH_FIELDS = [
  'name',
  'description',
  'purpose',
  'legitimateInterest',
  'dataCategory',
  'dataSubject',
  'detail',
  'retention',
  'recipient',
  'service',
  'country',
  'address',
  'email',
  'phone',
  'web',
  'dpo',
  'representative',
  'authority',
  'controller',
  'safeguards',
  'security',
  'systems',
  'automated',
  'owner',
  'legalBasis',
  'certification',
  'registration',
  'notice',
  'notes',
  'other',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export type SearchKind = 'organisation' | 'product' | 'vendor' | 'activity';

export interface SearchMatch {
  field: SearchField;
  /** The matching text, cut to about 90 characters around the first match. */
  snippet: string;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  name: string;
  /** Matches other than in the name (at most 3, one per field kind). */
  matches: SearchMatch[];
  /** True when every word is in the name (these come first). */
  inName: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

/** Keys that hold identifiers, timestamps or flags: not text a person would search for. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'organisationId', 'productId', 'vendorId', 'catalogueKey', 'status', 'role', 'type', 'source', 'requirement', 'endAction', 'mechanism', 'derogation', 'sccModule', 'art9Condition', 'platform', 'platforms', 'store', 'permission', 'audience', 'audiences', 'languages', 'statements', 'jurisdictionAddons', 'category', 'dataSubjects', 'legalBasis', 'securityMeasures', 'dpa', 'route', 'lastReviewed', 'nextReviewDue', 'date', 'lastUpdated', 'reviewer', 'retentionMonths', 'staffCount', 'minimumAge', 'changeNoticeDays', 'requestForwardDays']);
const COUNTRY_KEYS = new Set(['country', 'headquarters', 'processingCountries', 'hostingCountries']);
const CONTAINERS: Record<string, SearchField> = {
  dpo: 'dpo',
  representative: 'representative',
  leadAuthority: 'authority',
  controllers: 'controller',
  jointControllers: 'controller',
  automatedDecisions: 'automated',
  notice: 'notice',
  customSections: 'notice',
  customStatements: 'notice',
  systems: 'systems',
  storeListings: 'web',
};
const LEAVES: Record<string, SearchField> = {
  name: 'name',
  legalName: 'name',
  recipientName: 'recipient',
  description: 'description',
  legitimateInterest: 'legitimateInterest',
  detail: 'detail',
  retention: 'retention',
  service: 'service',
  address: 'address',
  email: 'email',
  privacyEmail: 'email',
  contactEmail: 'email',
  supportEmail: 'email',
  phone: 'phone',
  website: 'web',
  url: 'web',
  privacyUrl: 'web',
  supportUrl: 'web',
  webFormUrl: 'web',
  documentUrl: 'web',
  link: 'web',
  safeguards: 'safeguards',
  securityNotes: 'security',
  owner: 'owner',
  certifications: 'certification',
  registrationNumber: 'registration',
  notes: 'notes',
  noticeGroup: 'dataCategory',
  deletionSteps: 'notice',
  hostingStatement: 'notice',
  inAppPath: 'notice',
};

interface Text {
  field: SearchField;
  text: string;
}

function fieldOf(path: readonly string[], leaf: string): SearchField {
  for (const seg of path) {
    const c = CONTAINERS[seg];
    if (c) return c;
  }
  if (COUNTRY_KEYS.has(leaf)) return 'country';
  if (path[0] === 'purposes' && leaf === 'description') return 'purpose';
  return LEAVES[leaf] ?? 'other';
}

/** Every string under `value` with the field kind it belongs to (country codes as names). */
function texts(value: unknown, path: string[], out: Text[]): void {
  if (typeof value === 'string') {
    const leaf = path[path.length - 1] ?? '';
    const text = COUNTRY_KEYS.has(leaf) ? `${countryName(value)} (${value})` : value;
    if (text.trim() !== '') out.push({ field: fieldOf(path, leaf), text });
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) texts(item, path, out);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SKIP.has(k) && !(COUNTRY_KEYS.has(k) || k === 'name')) continue;
      texts(v, [...path, k], out);
    }
  }
}

function snippet(text: string, at: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= 90) return flat;
  const start = Math.max(0, Math.min(at - 30, flat.length - 90));
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + 90).trim()}${start + 90 < flat.length ? '…' : ''}`;
}

interface Indexed {
  kind: SearchKind;
  id: string;
  name: string;
  lowerName: string;
  texts: { field: SearchField; text: string; lower: string }[];
}

/** The register's text, read once per document (the search then runs on it per keystroke). */
export function indexRegister(doc: WorkspaceDocument): Indexed[] {
  const categoryLabel = new Map(doc.taxonomies.dataCategories.map((c) => [c.key, c.label]));
  const subjectLabel = new Map(doc.taxonomies.dataSubjects.map((s) => [s.key, s.label]));
  const measureLabel = new Map(doc.taxonomies.securityMeasures.map((s) => [s.key, s.label]));
  const basisLabel = new Map(legalBases.map((b) => [b.key, b.label]));
  const vendorName = new Map(doc.vendors.map((v) => [v.id, v.name]));
  const entry = (kind: SearchKind, record: { id: string; name: string }, extra: Text[] = []): Indexed => {
    const out: Text[] = [];
    texts(record, [], out);
    const all = [...out.filter((x) => !(x.field === 'name' && x.text === record.name)), ...extra];
    return { kind, id: record.id, name: record.name, lowerName: record.name.toLowerCase(), texts: all.map((x) => ({ ...x, lower: x.text.toLowerCase() })) };
  };
  return [
    ...doc.organisations.map((o) => entry('organisation', o)),
    ...doc.products.map((p) => entry('product', p)),
    ...doc.vendors.map((v) => entry('vendor', v)),
    ...doc.activities.map((a) =>
      entry('activity', a, [
        ...a.dataCategories.flatMap((c) => (categoryLabel.has(c.category) ? [{ field: 'dataCategory' as const, text: categoryLabel.get(c.category) ?? '' }] : [])),
        ...a.dataSubjects.flatMap((s) => (subjectLabel.has(s) ? [{ field: 'dataSubject' as const, text: subjectLabel.get(s) ?? '' }] : [])),
        ...a.securityMeasures.flatMap((m) => (measureLabel.has(m) ? [{ field: 'security' as const, text: measureLabel.get(m) ?? '' }] : [])),
        ...a.purposes.flatMap((p) => (p.legalBasis && basisLabel.has(p.legalBasis) ? [{ field: 'legalBasis' as const, text: basisLabel.get(p.legalBasis) ?? '' }] : [])),
        ...[...a.recipients.map((r) => r.vendorId), ...a.transfers.map((t) => t.vendorId)].flatMap((id) => (id && vendorName.has(id) ? [{ field: 'recipient' as const, text: vendorName.get(id) ?? '' }] : [])),
      ]),
    ),
  ];
}

/**
 * Which field kinds a query word names in the UI language ("retention" → Retention): such a
 * word matches every record with text in that field, shown as the match. The UI sends them,
 * since only it knows its labels.
 */
export type FieldWords = Readonly<Record<string, readonly SearchField[]>>;

/**
 * Records in which every word of `query` occurs (in the name or any text, or names a field the
 * record has text in), name matches first, each with where it matched. At most `limit` hits;
 * `total` counts them all.
 */
export function searchIndexed(index: readonly Indexed[], query: string, limit = 50, fieldWords: FieldWords = {}): SearchResult {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { hits: [], total: 0 };
  const named: SearchHit[] = [];
  const other: SearchHit[] = [];
  let total = 0;
  for (const r of index) {
    const matches: SearchMatch[] = [];
    const seen = new Set<SearchField>();
    const note = (field: SearchField, text: string, at: number) => {
      if (seen.has(field) || matches.length >= 3) return;
      seen.add(field);
      matches.push({ field, snippet: snippet(text, at) });
    };
    let all = true;
    for (const w of words) {
      if (r.lowerName.includes(w)) continue;
      // A word that names a field ("retention") shows that field's text first, then literal matches.
      const fields = fieldWords[w] ?? [];
      const inField = r.texts.filter((t) => fields.includes(t.field));
      for (const t of inField) note(t.field, t.text, Math.max(0, t.lower.indexOf(w)));
      const x = r.texts.find((t) => t.lower.includes(w));
      if (x) note(x.field, x.text, x.lower.indexOf(w));
      if (!x && inField.length === 0) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    total += 1;
    const inName = words.every((w) => r.lowerName.includes(w));
    const list = inName ? named : other;
    if ((inName ? named : other).length < limit) list.push({ kind: r.kind, id: r.id, name: r.name, matches, inName });
  }
  return { hits: [...named, ...other].slice(0, limit), total };
}

/** One search over a document (the index is built for the call). */
export function searchRegister(doc: WorkspaceDocument, query: string, limit = 50, fieldWords: FieldWords = {}): SearchResult {
  return searchIndexed(indexRegister(doc), query, limit, fieldWords);
}
