/**
 * A record value as a German or French report shows it in "Changes since": enum keys by the
 * report catalogue's labels, legal bases, Art. 9 conditions and transfer tools from the shipped
 * vocabulary, countries and dates from Intl, taxonomy entries and vendors by their (localised)
 * names, yes/no and "(leer)" in the language. English keeps reports/values' valueText.
 */
import {
  ACTIVITY_ROLES, ACTIVITY_STATUSES, ART9_CONDITIONS, AUDIENCES, DATA_SOURCES, DEROGATIONS, DEVICE_PERMISSIONS, DPA_STATUSES, DPIA_STATUSES,
  END_ACTIONS, LEGAL_BASES, NOTICE_STATEMENTS, PLATFORMS, RECIPIENT_TYPES, REQUIREMENTS, TRANSFER_MECHANISMS,
} from '../../model';
import { vocabularyLabel } from '../../reference';
import { storePurpose } from '../../reference/store-labels';
import type { Lookups } from '../lookups';
import { fieldLabelIn } from './field-labels';

const is = <K extends string>(keys: readonly K[], v: string): v is K => (keys as readonly string[]).includes(v);

const PLAIN: Readonly<Record<'de' | 'fr', Readonly<Record<string, string>>>> = {
  de: {
    ios: 'iOS', android: 'Android', web: 'Web', desktop: 'Desktop', api: 'API', integration: 'Integration', other: 'Sonstige',
    consumers: 'Verbraucher', business_users: 'Geschäftskunden', employees: 'Beschäftigte', children: 'Kinder', patients: 'Patienten', public: 'Allgemeinheit',
  },
  fr: {
    ios: 'iOS', android: 'Android', web: 'Web', desktop: 'Ordinateur', api: 'API', integration: 'Intégration', other: 'Autre',
    consumers: 'Consommateurs', business_users: 'Clients professionnels', employees: 'Salariés', children: 'Enfants', patients: 'Patients', public: 'Grand public',
  },
};

const DATE_KEYS: ReadonlySet<string> = new Set(['date', 'lastReviewed', 'nextReviewDue', 'createdAt', 'updatedAt', 'lastUpdated']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

function labelled(key: string, s: string, l: Lookups & { lang: 'de' | 'fr' }): string | undefined {
  const t = l.t;
  switch (key) {
    case 'legalBasis':
      return is(LEGAL_BASES, s) ? l.basis(s) : undefined;
    case 'art9Condition':
      return is(ART9_CONDITIONS, s) ? l.art9(s) : undefined;
    case 'mechanism':
    case 'transferMechanism':
      return is(TRANSFER_MECHANISMS, s) ? l.mechanism(s) : undefined;
    case 'derogation':
      return is(DEROGATIONS, s) ? t.f.derogation(s) : undefined;
    case 'role':
      return is(ACTIVITY_ROLES, s) ? t.role[s] : is(RECIPIENT_TYPES, s) ? t.recipientType[s] : undefined;
    case 'type':
      return is(RECIPIENT_TYPES, s) ? t.recipientType[s] : undefined;
    case 'status':
      return is(ACTIVITY_STATUSES, s) ? t.status[s] : is(DPIA_STATUSES, s) ? t.dpia[s] : is(DPA_STATUSES, s) ? t.dpaStatus[s] : undefined;
    case 'source':
      return is(DATA_SOURCES, s) ? t.source[s] : undefined;
    case 'requirement':
      return is(REQUIREMENTS, s) ? t.requirement[s] : undefined;
    case 'endAction':
      return is(END_ACTIONS, s) ? t.endAction[s] : undefined;
    case 'category':
      return l.categoryLabel(s);
    case 'dataSubjects':
      return l.subjectLabel(s);
    case 'securityMeasures':
      return l.measureLabel(s);
    case 'vendorId':
      return l.vendorName(s);
    case 'organisationId':
      return l.orgName(s);
    case 'productId':
      return l.productName(s);
    case 'country':
    case 'headquarters':
    case 'processingCountries':
    case 'hostingCountries':
      return /^[A-Z]{2}$/.test(s) ? l.country(s) : undefined;
    case 'platforms':
    case 'audiences':
      return is(PLATFORMS, s) || is(AUDIENCES, s) ? PLAIN[l.lang][s] : undefined;
    case 'permission':
      return is(DEVICE_PERMISSIONS, s) ? vocabularyLabel('device_permission', s, l.lang) : undefined;
    case 'statements':
      return is(NOTICE_STATEMENTS, s) ? vocabularyLabel('statement', s, l.lang) : undefined;
    // the app stores' own names of their purposes
    case 'storePurpose':
      return storePurpose(s)?.label;
    default:
      return undefined;
  }
}

/** A field's value in the German or French report's words ('de'/'fr' lookups only). */
export function localValueText(key: string, value: unknown, l: Lookups & { lang: 'de' | 'fr' }): string {
  const bare = key.replace(/\[\d+\]/g, '').split('.').at(-1) ?? key;
  const t = l.t;
  if (value === undefined || value === null || value === '') return t.w.empty;
  if (typeof value === 'boolean') return value ? t.w.yes : t.w.no;
  if (typeof value === 'number') return bare === 'sccModule' ? t.f.sccModule(value) : String(value);
  if (typeof value === 'string') {
    const label = labelled(bare, value, l);
    if (label !== undefined) return label;
    if (DAY.test(value) && DATE_KEYS.has(bare)) return l.date(value);
    const m = DATE_TIME.exec(value);
    if (m !== null) return `${l.date(m[1] ?? '')}, ${m[2] ?? ''} UTC`;
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? t.w.emptyList : value.map((v) => localValueText(bare, v, l)).join(', ');
  const colon = l.lang === 'fr' ? '\u00A0:' : ':';
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${fieldLabelIn(k, l.lang)}${colon} ${localValueText(k, v, l)}`)
    .join(l.lang === 'fr' ? '\u00A0; ' : '; ');
}
