/**
 * Record values as a reader sees them in a report: enum keys by their labels, taxonomy
 * keys and vendor ids by their names, countries by name, dates as dates; and field
 * paths (`dataCategories[7].retention`, `dpa.status`) as labelled trails.
 */
import { fieldLabel } from '../compliance/diff-labels';
import type { Art9Condition, Derogation, LegalBasis, TransferMechanism } from '../model';
import { ART9_CONDITIONS, DEROGATIONS, LEGAL_BASES, TRANSFER_MECHANISMS } from '../model';
import type { Lookups } from './lookups';
import { localValueText } from './i18n/change-values';
import { storePurpose } from '../reference/store-labels';
import { DPA_STATUS, DPIA, END_ACTION, RECIPIENT_TYPE, REQUIREMENT, ROLE, SOURCE, STATUS, type Vocabulary, art9Label, basisLabel, country, mechanismLabel } from './vocab';

const has = <K extends string>(keys: readonly K[], v: string): v is K => (keys as readonly string[]).includes(v);

function vocab<K extends string>(v: Vocabulary<K>): (s: string) => string {
  return (s) => (has(v.keys, s) ? v.label(s) : s);
}

const PLAIN: Readonly<Record<string, string>> = {
  ios: 'iOS',
  android: 'Android',
  web: 'Web',
  desktop: 'Desktop',
  api: 'API',
  integration: 'Integration',
  other: 'Other',
  consumers: 'Consumers',
  business_users: 'Business users',
  employees: 'Employees',
  children: 'Children',
  patients: 'Patients',
  public: 'The public',
};

/** How the value of each field is named, by the field's key (the last key of its path). */
function labeller(key: string, l: Lookups): ((s: string) => string) | undefined {
  switch (key) {
    case 'legalBasis':
      return (s) => (has<LegalBasis>(LEGAL_BASES, s) ? basisLabel(s) : s);
    case 'art9Condition':
      return (s) => (has<Art9Condition>(ART9_CONDITIONS, s) ? art9Label(s) : s);
    case 'mechanism':
    case 'transferMechanism':
      return (s) => (has<TransferMechanism>(TRANSFER_MECHANISMS, s) ? mechanismLabel(s) : s);
    case 'derogation':
      return (s) => (has<Derogation>(DEROGATIONS, s) ? `Art. 49(1)${s === 'compelling_interests' ? ' second subparagraph' : `(${s})`}` : s);
    case 'role':
      return (s) => (has(ROLE.keys, s) ? ROLE.label(s) : has(RECIPIENT_TYPE.keys, s) ? RECIPIENT_TYPE.label(s) : s);
    case 'type':
      return vocab(RECIPIENT_TYPE);
    case 'status':
      return (s) => (has(STATUS.keys, s) ? STATUS.label(s) : has(DPIA.keys, s) ? DPIA.label(s) : has(DPA_STATUS.keys, s) ? DPA_STATUS.label(s) : s);
    case 'source':
      return vocab(SOURCE);
    case 'requirement':
      return vocab(REQUIREMENT);
    case 'endAction':
      return vocab(END_ACTION);
    case 'category':
      return l.categoryLabel;
    case 'dataSubjects':
      return l.subjectLabel;
    case 'securityMeasures':
      return l.measureLabel;
    case 'vendorId':
      return (s) => l.vendorName(s);
    case 'organisationId':
      return l.orgName;
    case 'productId':
      return (s) => l.productName(s);
    case 'country':
    case 'headquarters':
    case 'processingCountries':
    case 'hostingCountries':
      return (s) => (/^[A-Z]{2}$/.test(s) ? country(s) : s);
    case 'platforms':
    case 'audiences':
      return (s) => PLAIN[s] ?? s;
    // issue 11: what the app stores call a purpose, by its label
    case 'storePurpose':
      return (s) => storePurpose(s)?.label ?? s;
    default:
      return undefined;
  }
}

/** "dataCategories[7].retention" → "Data categories › Retention"; "dpa.status" → "DPA › Status". */
export function pathLabel(path: string): string {
  return path
    .split('.')
    .map((part) => fieldLabel(part.replace(/\[\d+\]/g, '')))
    .join(' › ');
}

/** A field's value as text, each enum key, taxonomy key, id and country code by its name. */
export function valueText(key: string, value: unknown, l: Lookups): string {
  if (l.lang !== 'en') return localValueText(key, value, { ...l, lang: l.lang });
  const bare = key.replace(/\[\d+\]/g, '').split('.').at(-1) ?? key;
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return labeller(bare, l)?.(value) ?? value;
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => valueText(bare, v, l)).join(', ');
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.map(([k, v]) => `${fieldLabel(k)}: ${valueText(k, v, l)}`).join('; ');
}
