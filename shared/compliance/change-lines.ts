/**
 * A change-log entry as an auditor reads it: each field that changed, with its
 * label and the old and new values in words (labels of legal bases, statuses,
 * countries, taxonomy entries and vendors, never their keys).
 */
import type { LegalBasis, Art9Condition, Derogation, TransferMechanism } from '../model';
import { derogation } from '../reference';
import { storePurpose } from '../reference/store-labels';
import { DPA_STATUS, DPIA, END_ACTION, RECIPIENT_TYPE, REQUIREMENT, ROLE, SOURCE, STATUS, art9Label, basisLabel, country, mechanismLabel, type Vocabulary } from '../reports/vocab';
import { diffRecord } from './diff';
import { fieldLabel } from './diff-labels';

/** Names of records and taxonomy entries by "kind:key" (category:, subject:, measure:, vendor:, product:, organisation:). */
export type NameOf = (key: string) => string | undefined;

export interface ChangeLine {
  /** "Purposes › Purpose “Billing” › Legal basis" */
  field: string;
  before: string;
  after: string;
}

const EMPTY = '(empty)';

function vocab<K extends string>(v: Vocabulary<K>, value: string): string {
  return v.keys.includes(value as K) ? v.label(value as K) : value;
}

function safe(fn: () => string, fallback: string): string {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** One value in words, by the field it belongs to. */
export function valueInWords(path: string, value: unknown, names: NameOf): string {
  if (value === undefined || value === null || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const keys = path.replace(/\[\d+\]/g, '').split('.');
  const key = keys[keys.length - 1] ?? '';
  const parent = keys[keys.length - 2] ?? '';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => valueInWords(path, v, names)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${fieldLabel(k)}: ${valueInWords(`${path}.${k}`, v, names)}`)
      .join('; ');
  }
  const text = String(value);
  switch (key) {
    case 'status':
      return parent === 'dpia' ? vocab(DPIA, text) : parent === 'dpa' ? vocab(DPA_STATUS, text) : vocab(STATUS, text);
    case 'role':
      return vocab(ROLE, text);
    case 'source':
      return vocab(SOURCE, text);
    case 'requirement':
      return vocab(REQUIREMENT, text);
    case 'endAction':
      return vocab(END_ACTION, text);
    case 'type':
      return parent === 'recipients' ? vocab(RECIPIENT_TYPE, text) : text;
    case 'legalBasis':
      return safe(() => basisLabel(text as LegalBasis), text);
    case 'art9Condition':
      return safe(() => art9Label(text as Art9Condition), text);
    case 'mechanism':
      return safe(() => mechanismLabel(text as TransferMechanism), text);
    case 'country':
    case 'processingCountries':
    case 'hostingCountries':
      return safe(() => country(text) || text, text);
    case 'sccModule':
      return `Module ${text}`;
    // issue 11: the Art. 49 derogation and the store purpose by their labels
    case 'derogation':
      return safe(() => {
        const d = derogation(text as Derogation);
        return `${d.label} (${d.article})`;
      }, text);
    case 'storePurpose':
      return storePurpose(text)?.label ?? text;
    case 'category':
      return names(`category:${text}`) ?? text;
    case 'dataSubjects':
      return names(`subject:${text}`) ?? text;
    case 'securityMeasures':
      return names(`measure:${text}`) ?? text;
    case 'vendorId':
      return names(`vendor:${text}`) ?? text;
    case 'productId':
      return names(`product:${text}`) ?? text;
    case 'organisationId':
      return names(`organisation:${text}`) ?? text;
    default:
      return text;
  }
}

/** The fields that changed from `before` to `after` (either may be absent: created, deleted). */
export function changeLines(before: unknown, after: unknown, names: NameOf): ChangeLine[] {
  const isRecord = (x: unknown): x is object => x !== null && typeof x === 'object';
  if (!isRecord(before) || !isRecord(after)) return [];
  const namer = (key: string) => names(key) ?? key.slice(key.indexOf(':') + 1);
  return diffRecord(before, after, namer).map((c) => ({
    field: c.label,
    before: valueInWords(c.path, c.before, names),
    after: valueInWords(c.path, c.after, names),
  }));
}
