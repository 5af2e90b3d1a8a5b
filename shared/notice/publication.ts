/**
 * Published versions of a notice: what is frozen when a person publishes, how the records
 * are compared with the last publication, and the readable difference between two texts.
 * Storage is behind `NoticePublicationStore`, so that any engine can keep them.
 */
import { diffArrays } from 'diff';
import type { NoticeLanguage } from '../model';
import type { NoticeInput } from './input';
import type { NoticeDocument } from './model';
import { blocksToText } from './render/text';

export interface NoticePublication {
  readonly productId: string;
  /** 1, 2, 3 … per product. */
  readonly version: number;
  /** ISO date-time of publication; its date is the notice's "Last updated". */
  readonly publishedAt: string;
  /** The person who published (the display name written to the change log). */
  readonly publishedBy: string;
  /** Fingerprint of the records the notice was generated from (see `noticeFingerprint`). */
  readonly fingerprint: string;
  /** The notice as published, in each of the product's languages. */
  readonly documents: Partial<Record<NoticeLanguage, NoticeDocument>>;
}

/** Where published versions are kept. Versions are only ever added. */
export interface NoticePublicationStore {
  /** Every published version of a product, oldest first. */
  list(productId: string): Promise<NoticePublication[]>;
  /** One version, or the latest when `version` is omitted. */
  get(productId: string, version?: number): Promise<NoticePublication | undefined>;
  /** The latest version of every product that has one. */
  latestOfEach(): Promise<NoticePublication[]>;
  add(publication: NoticePublication): Promise<void>;
}

/** Record fields that never reach a notice: changing them does not make a published notice out of date. */
const NOT_IN_NOTICE = new Set(['createdAt', 'updatedAt', 'status', 'owner', 'reviewer', 'lastReviewed', 'nextReviewDue', 'dpia', 'systems', 'notes', 'staffCount', 'lastUpdated']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([k, v]) => v !== undefined && !NOT_IN_NOTICE.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53: a fast 53-bit string hash (not for security; it tells versions of records apart). */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A fingerprint of everything a product's notice is generated from (review status and dates left out). */
export function noticeFingerprint(input: NoticeInput): string {
  const activities = [...input.activities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const vendors = [...input.vendors].sort((a, b) => (a.id < b.id ? -1 : 1));
  const used = new Set(activities.flatMap((a) => [...a.dataCategories.map((c) => c.category), ...a.dataSubjects, ...a.securityMeasures]));
  const taxonomies = {
    dataCategories: input.taxonomies.dataCategories.filter((x) => used.has(x.key)),
    dataSubjects: input.taxonomies.dataSubjects.filter((x) => used.has(x.key)),
    securityMeasures: input.taxonomies.securityMeasures.filter((x) => used.has(x.key)),
  };
  return hash(canonical({ organisation: input.organisation, product: input.product, activities, vendors, taxonomies, translations: input.translations ?? [], overrides: (input.overrides ?? []).map((o) => ({ ...o, updatedAt: undefined })) }));
}

export type PublicationState = 'unpublished' | 'current' | 'changed';

export interface PublicationStatus {
  readonly state: PublicationState;
  readonly latest: NoticePublication | undefined;
}

export function publicationStatus(input: NoticeInput, latest: NoticePublication | undefined): PublicationStatus {
  if (latest === undefined) return { state: 'unpublished', latest };
  return { state: latest.fingerprint === noticeFingerprint(input) ? 'current' : 'changed', latest };
}

/** The sections of a notice as heading → text, in order. */
function sectionTexts(doc: NoticeDocument): Map<string, { heading: string; text: string }> {
  return new Map(doc.sections.map((s) => [s.key, { heading: s.heading, text: blocksToText(s.blocks) }]));
}

export interface TextChangeLabels {
  readonly newSection: string;
  readonly removedSection: string;
  readonly changed: string;
  /** Before a line put in, and a line taken out. */
  readonly addedLine: string;
  readonly removedLine: string;
  readonly none: string;
}

export const ENGLISH_CHANGE_LABELS: TextChangeLabels = {
  newSection: 'New section',
  removedSection: 'Section removed',
  changed: 'Changed',
  addedLine: 'Added',
  removedLine: 'Removed',
  none: 'The text of the notice is the same.',
};

/** The lines of a section's text, without list bullets. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter((l) => l !== '');
}

/**
 * What changed between two versions of a notice, section by section, in words one can paste
 * into a change notice: new and removed sections by heading, and in a changed section the
 * lines taken out ("Removed: …") and put in ("Added: …").
 */
export function noticeTextDiff(before: NoticeDocument, after: NoticeDocument, labels: TextChangeLabels = ENGLISH_CHANGE_LABELS): string {
  const a = sectionTexts(before);
  const b = sectionTexts(after);
  const out: string[] = [];
  for (const [key, now] of b) {
    const then = a.get(key);
    if (then === undefined) {
      out.push(`${labels.newSection}: ${now.heading}`, ...lines(now.text).map((l) => `  ${labels.addedLine}: ${l}`), '');
      continue;
    }
    if (then.text === now.text && then.heading === now.heading) continue;
    out.push(`${labels.changed}: ${now.heading}`);
    for (const part of diffArrays(lines(then.text), lines(now.text))) {
      if (part.added) out.push(...part.value.map((l) => `  ${labels.addedLine}: ${l}`));
      else if (part.removed) out.push(...part.value.map((l) => `  ${labels.removedLine}: ${l}`));
    }
    out.push('');
  }
  for (const [key, then] of a) if (!b.has(key)) out.push(`${labels.removedSection}: ${then.heading}`, '');
  return out.length === 0 ? labels.none : out.join('\n').trimEnd();
}
