/**
 * Where a record text is used, in words a user reads: "the purpose “Support” in “Customer
 * support”", "the deletion steps in the notice settings of “Ledgerly”". One wording for the
 * notice's missing-translation warnings, the translation editor, the XLIFF notes and the CLI
 * (`whereUsed` begins it with a capital, as a label). Names come from the records themselves;
 * no field path or id is ever shown.
 */
import type { ProcessingActivity } from '../model';
import { countryLabel, vocabularyLabel } from '../reference';
import type { NoticeInput } from './input';
import type { TranslationEntityType } from './schema';

export type PlaceDescriber = (entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string) => string;

const q = (s: string | undefined): string => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`;
};

function activityPlace(a: ProcessingActivity, field: string, original: string, categoryLabel: (key: string) => string, vendorName: (id: string | undefined) => string | undefined): string {
  const inA = `in “${a.name}”`;
  const m = /^(\w+)\.(\d+)\.(\w+)$/.exec(field);
  if (m !== null) {
    const [, list = '', idx = '0', sub = ''] = m;
    const i = Number(idx);
    switch (list) {
      case 'purposes': {
        const p = a.purposes[i];
        if (sub === 'description') return `the purpose ${q(original || p?.description)} ${inA}`;
        if (sub === 'legitimateInterest') return `the legitimate interest of the purpose ${q(p?.description)} ${inA}`;
        return `a text of the purpose ${q(p?.description)} ${inA}`;
      }
      case 'dataCategories': {
        const c = a.dataCategories[i];
        const what = q(c?.detail ?? (c === undefined ? undefined : categoryLabel(c.category)));
        switch (sub) {
          case 'detail':
            return `the description of the data ${q(c === undefined ? undefined : categoryLabel(c.category))} ${inA}`;
          case 'noticeGroup':
            return `the heading ${q(original || c?.noticeGroup)} under which the notice lists data ${inA}`;
          case 'sourceDetail':
            return `where the data ${what} comes from, ${inA}`;
          case 'consequence':
            return `what happens without the data ${what}, ${inA}`;
          case 'retention':
            return `how long the data ${what} is kept, ${inA}`;
          default:
            return `a text about the data ${what} ${inA}`;
        }
      }
      case 'recipients': {
        const r = a.recipients[i];
        const name = r?.name ?? vendorName(r?.vendorId);
        if (sub === 'name') return `the name of the recipient ${q(original || name)} ${inA}`;
        if (sub === 'service') return `what the recipient ${q(name)} does, ${inA}`;
        return `a text about the recipient ${q(name)} ${inA}`;
      }
      case 'transfers': {
        const c = a.transfers[i]?.country;
        const to = c === undefined ? 'a transfer' : `the transfer to ${countryLabel(c, 'en')}`;
        if (sub === 'recipientName') return `the recipient of ${to} ${inA}`;
        return `the safeguards of ${to} ${inA}`;
      }
      case 'controllers': {
        const name = q(sub === 'name' ? original || a.controllers[i]?.name : a.controllers[i]?.name);
        return sub === 'name' ? `the name of the controller ${name} ${inA}` : `the contact of the controller ${name} ${inA}`;
      }
      case 'jointControllers': {
        const name = q(a.jointControllers[i]?.name);
        if (sub === 'contact') return `the contact of the joint controller ${name} ${inA}`;
        if (sub === 'name') return `the name of a joint controller ${inA}`;
        return `the arrangement with the joint controller ${name} ${inA}`;
      }
      case 'systems':
        return `a system of the activity “${a.name}”`;
      default:
        return `a text ${inA}`;
    }
  }
  switch (field) {
    case 'name':
      return `the name of the activity ${q(original || a.name)}`;
    case 'description':
      return `the description of the activity “${a.name}”`;
    case 'dpia.reason':
      return `the DPIA notes of “${a.name}”`;
    case 'securityNotes':
      return `the security notes of “${a.name}”`;
    case 'automatedDecisions.logic':
      return `the logic of the automated decisions in “${a.name}”`;
    case 'automatedDecisions.significance':
      return `the consequences of the automated decisions in “${a.name}”`;
    default:
      return `a text of the activity “${a.name}”`;
  }
}

function productPlace(input: NoticeInput, field: string, original: string): string {
  const p = input.product;
  const of = `of “${p.name}”`;
  const section = /^notice\.custom(Sections|Statements)\.([^.]+)\.(\w+)$/.exec(field);
  if (section !== null) {
    const [, kind, id, sub] = section;
    if (kind === 'Sections') {
      const s = p.notice.customSections.find((x) => x.id === id);
      return sub === 'title' ? `the title of the custom section ${q(original || s?.title)} of the notice ${of}` : `the text of the custom section ${q(s?.title)} of the notice ${of}`;
    }
    const n = (p.notice.customStatements ?? []).findIndex((x) => x.id === id);
    return `custom statement ${n < 0 ? '' : `${n + 1} `}of the notice ${of}`;
  }
  const perm = /^permissions\.(\d+)\.(\w+)$/.exec(field);
  if (perm !== null) {
    const use = p.permissions[Number(perm[1])];
    const name = use === undefined ? 'a permission' : `the permission “${vocabularyLabel('device_permission', use.permission, 'en')}”`;
    return perm[2] === 'purpose' ? `the purpose of ${name} ${of}` : `where ${name} is changed in the app, ${of}`;
  }
  const route = /^notice\.contactRoutes\.(\d+)\.(\w+)$/.exec(field);
  if (route !== null) {
    const r = p.notice.contactRoutes?.[Number(route[1])];
    return route[2] === 'audience' ? `the audience of a contact route ${of}` : `where ${q(r?.audience)} turn, in the notice settings ${of}`;
  }
  const named: Readonly<Record<string, string>> = {
    description: `the description ${of}`,
    hostingStatement: `the hosting statement ${of}`,
    'notice.deletionSteps': `the deletion steps in the notice settings ${of}`,
    'notice.inAppPath': `the in-app path for privacy requests ${of}`,
    'notice.changeChannels': `how changes to the notice ${of} are announced`,
    'integration.hostPlatform': `the host platform of the integration “${p.name}”`,
    'integration.storedData': `what the integration “${p.name}” stores`,
    'integration.liveReadData': `what the integration “${p.name}” reads live`,
  };
  return named[field] ?? `a text in the settings ${of}`;
}

function organisationPlace(input: NoticeInput, field: string): string {
  const o = `of “${input.organisation.name}”`;
  const named: Readonly<Record<string, string>> = {
    'dpo.name': `the name of the data protection officer ${o}`,
    'leadAuthority.name': `the name of the lead supervisory authority ${o}`,
    'representative.name': `the name of the EU representative ${o}`,
  };
  return named[field] ?? `a text in the record ${o}`;
}

/** The describer for one product's notice. */
export function placeDescriber(input: NoticeInput): PlaceDescriber {
  const activities = new Map(input.activities.map((a) => [a.id, a]));
  const vendors = new Map(input.vendors.map((v) => [v.id, v]));
  const categories = new Map(input.taxonomies.dataCategories.map((c) => [c.key, c.label]));
  const subjects = new Map(input.taxonomies.dataSubjects.map((c) => [c.key, c.label]));
  const measures = new Map(input.taxonomies.securityMeasures.map((c) => [c.key, c.label]));
  const categoryLabel = (key: string) => categories.get(key) ?? key;
  return (entityType, entityId, field, original) => {
    switch (entityType) {
      case 'activity': {
        const a = activities.get(entityId);
        return a === undefined ? `a text of an activity: ${q(original)}` : activityPlace(a, field, original, categoryLabel, (id) => (id === undefined ? undefined : vendors.get(id)?.name));
      }
      case 'product':
        return productPlace(input, field, original);
      case 'organisation':
        return organisationPlace(input, field);
      case 'vendor': {
        const name = vendors.get(entityId)?.name;
        return field === 'service' || name === undefined ? `what the vendor “${name ?? original}” does` : `a text of the vendor “${name}”`;
      }
      case 'data_category':
        return `the workspace’s label ${q(categories.get(entityId) ?? original)} of a data category`;
      case 'data_subject':
        return `the workspace’s label ${q(subjects.get(entityId) ?? original)} of a group of data subjects`;
      case 'security_measure':
        return field === 'description'
          ? `the description of the security measure ${q(measures.get(entityId) ?? original)}`
          : `the workspace’s label ${q(measures.get(entityId) ?? original)} of a security measure`;
    }
  };
}

/** The same words as a label, beginning with a capital: "The purpose “Support” in “Customer support”". */
export const asLabel = (place: string): string => place.charAt(0).toUpperCase() + place.slice(1);

/** Where one record text is used, as a label (the translation editor, XLIFF notes, the CLI). */
export function whereUsed(input: NoticeInput, entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original = ''): string {
  return asLabel(placeDescriber(input)(entityType, entityId, field, original));
}
