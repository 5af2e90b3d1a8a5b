/**
 * Issue 13: where a record text is used, in words ("Purpose 2 of 'Customer support' —
 * description"), for the translation editor, the XLIFF notes and the CLI. Names come from
 * the records themselves (activity names, taxonomy labels, countries); no field path or id
 * is ever shown.
 */
import { catalogue } from './i18n';
import type { NoticeInput } from './input';
import type { TranslationEntityType } from './schema';

/** Leaf fields, as a person calls them. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  legitimateInterest: 'legitimate interest',
  detail: 'what is collected',
  sourceDetail: 'where the data comes from',
  consequence: 'what happens if not provided',
  retention: 'how long it is kept',
  noticeGroup: 'group heading in the notice',
  service: 'service',
  safeguards: 'safeguards',
  arrangement: 'arrangement',
  securityNotes: 'security notes',
  logic: 'logic involved',
  significance: 'significance and consequences',
  purpose: 'purpose',
  inAppPath: 'where in the app',
  audience: 'who it is for',
  route: 'how to reach us',
  text: 'text',
  title: 'title',
  body: 'text',
  deletionSteps: 'how to delete the account',
  changeChannels: 'how changes are announced',
  hostingStatement: 'hosting statement',
  storedData: 'data it stores',
  liveReadData: 'data it reads live',
  hostPlatform: 'platform it is installed in',
  label: 'name',
};

const words = (field: string) => FIELD_WORDS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const quote = (s: string) => `'${s.length > 60 ? `${s.slice(0, 57)}…` : s}'`;

let regionNames: Intl.DisplayNames | undefined;
function country(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Lookups by id, built once per input (a product of 500 activities asks thousands of times). */
interface Lookups {
  activities: Map<string, NoticeInput['activities'][number]>;
  categories: Map<string, string>;
  vendors: Map<string, string>;
}
const lookups = new WeakMap<NoticeInput, Lookups>();
function lookup(input: NoticeInput): Lookups {
  let l = lookups.get(input);
  if (l === undefined) {
    l = {
      activities: new Map(input.activities.map((a) => [a.id, a])),
      categories: new Map(input.taxonomies.dataCategories.map((c) => [c.key, c.label])),
      vendors: new Map(input.vendors.map((v) => [v.id, v.name])),
    };
    lookups.set(input, l);
  }
  return l;
}

function activityWhere(input: NoticeInput, id: string, field: string): string {
  const l = lookup(input);
  const a = l.activities.get(id);
  const of = a === undefined ? 'an activity' : quote(a.name);
  const parts = field.split('.');
  const [list, index, leaf] = parts;
  const i = Number(index);
  if (parts.length === 3 && leaf !== undefined && Number.isInteger(i)) {
    const n = i + 1;
    switch (list) {
      case 'purposes':
        return `Purpose ${n} of ${of} — ${words(leaf)}`;
      case 'dataCategories': {
        const key = a?.dataCategories[i]?.category;
        const label = key === undefined ? undefined : l.categories.get(key);
        return `Data ${label === undefined ? n : quote(label)} of ${of} — ${words(leaf)}`;
      }
      case 'recipients': {
        const r = a?.recipients[i];
        const name = r?.name ?? (r?.vendorId === undefined ? undefined : l.vendors.get(r.vendorId));
        return `Recipient ${name === undefined ? n : quote(name)} of ${of} — ${words(leaf)}`;
      }
      case 'transfers': {
        const c = a?.transfers[i]?.country;
        return `Transfer ${c === undefined ? n : `to ${country(c)}`} of ${of} — ${words(leaf)}`;
      }
      case 'controllers':
        return `Controller ${n} of ${of} — ${words(leaf)}`;
      case 'jointControllers':
        return `Joint controller ${n} of ${of} — ${words(leaf)}`;
    }
  }
  if (field === 'automatedDecisions.logic' || field === 'automatedDecisions.significance') return `Automated decisions of ${of} — ${words(parts[1] ?? '')}`;
  return `Activity ${of} — ${words(parts[parts.length - 1] ?? field)}`;
}

function productWhere(input: NoticeInput, field: string): string {
  const p = input.product;
  const of = quote(p.name);
  const parts = field.split('.');
  const leaf = words(parts[parts.length - 1] ?? field);
  if (parts[0] === 'notice' && parts.length === 4) {
    const id = parts[2] ?? '';
    if (parts[1] === 'customSections') {
      const s = p.notice.customSections.find((x) => x.id === id);
      return `Own section ${s === undefined ? '' : `${quote(s.title)} `}of ${of} — ${leaf}`;
    }
    if (parts[1] === 'customStatements') {
      const n = (p.notice.customStatements ?? []).findIndex((x) => x.id === id);
      return `Own statement ${n < 0 ? '' : `${n + 1} `}of ${of} — ${leaf}`;
    }
    if (parts[1] === 'contactRoutes') return `Contact route ${Number(id) + 1} of ${of} — ${leaf}`;
  }
  if (parts[0] === 'permissions' && parts.length === 3) {
    const key = p.permissions[Number(parts[1])]?.permission;
    const label = key === undefined ? undefined : catalogue('en').permissions[key];
    return `Device permission ${label === undefined ? Number(parts[1]) + 1 : quote(label)} of ${of} — ${leaf}`;
  }
  if (parts[0] === 'integration') return `Integration ${of} — ${leaf}`;
  if (parts[0] === 'notice') return `Notice settings of ${of} — ${leaf}`;
  return `Product ${of} — ${leaf}`;
}

function organisationWhere(input: NoticeInput, field: string): string {
  const of = quote(input.organisation.name);
  const who: Readonly<Record<string, string>> = { dpo: 'Data protection officer', representative: 'Representative in the EU', leadAuthority: 'Supervisory authority' };
  const [first, second] = field.split('.');
  const person = first === undefined ? undefined : who[first];
  return person !== undefined && second !== undefined ? `${person} of ${of} — ${words(second)}` : `Organisation ${of} — ${words(field)}`;
}

/** Where one record text is used, in words. */
export function whereUsed(input: NoticeInput, entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string): string {
  switch (entityType) {
    case 'activity':
      return activityWhere(input, entityId, field);
    case 'product':
      return productWhere(input, field);
    case 'organisation':
      return organisationWhere(input, field);
    case 'vendor': {
      const v = input.vendors.find((x) => x.id === entityId);
      return `Vendor ${v === undefined ? '' : `${quote(v.name)} `}— ${words(field)}`;
    }
    case 'data_category': {
      const c = input.taxonomies.dataCategories.find((x) => x.key === entityId);
      return `Data category ${c === undefined ? '' : `${quote(c.label)} `}— ${words(field)}`;
    }
    case 'data_subject': {
      const s = input.taxonomies.dataSubjects.find((x) => x.key === entityId);
      return `People concerned ${s === undefined ? '' : `${quote(s.label)} `}— ${words(field)}`;
    }
    case 'security_measure': {
      const m = input.taxonomies.securityMeasures.find((x) => x.key === entityId);
      return `Security measure ${m === undefined ? '' : `${quote(m.label)} `}— ${words(field)}`;
    }
  }
}
