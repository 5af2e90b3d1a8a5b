/**
 * Where a record text sits, in words: "the purpose “Support” in “Customer support”", "the
 * deletion steps of “Ledgerly”". The notice's missing-translation warnings name texts this way,
 * never by entity id or field path.
 */
import type { ProcessingActivity } from '../model';
import { vocabularyLabel } from '../reference';
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
        if (sub === 'description') return `the purpose ${q(original)} ${inA}`;
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
            return `the heading ${q(original)} under which the notice lists data ${inA}`;
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
        if (sub === 'name') return `the name of a recipient ${inA}`;
        if (sub === 'service') return `what the recipient ${q(name)} does, ${inA}`;
        return `a text about the recipient ${q(name)} ${inA}`;
      }
      case 'transfers':
        return `the safeguards of a transfer ${inA}`;
      case 'controllers':
        return `the name of the controller ${inA}`;
      case 'jointControllers':
        return `the arrangement with the joint controller ${q(a.jointControllers[i]?.name)} ${inA}`;
      default:
        return `a text ${inA}`;
    }
  }
  switch (field) {
    case 'name':
      return `the name of the activity ${q(original)}`;
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

function productPlace(input: NoticeInput, field: string): string {
  const p = input.product;
  const of = `of “${p.name}”`;
  const section = /^notice\.custom(Sections|Statements)\.([^.]+)\.(\w+)$/.exec(field);
  if (section !== null) {
    const [, kind, id, sub] = section;
    if (kind === 'Sections') {
      const s = p.notice.customSections.find((x) => x.id === id);
      return sub === 'title' ? `the title of a custom section of the notice ${of}` : `the text of the custom section ${q(s?.title)} ${of}`;
    }
    return `a custom statement of the notice ${of}`;
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
        return productPlace(input, field);
      case 'organisation':
        return organisationPlace(input, field);
      case 'vendor':
        return `what the vendor “${vendors.get(entityId)?.name ?? original}” does`;
      case 'data_category':
        return `the workspace’s label ${q(categories.get(entityId) ?? original)} of a data category`;
      case 'data_subject':
        return `the workspace’s label ${q(subjects.get(entityId) ?? original)} of a group of data subjects`;
      case 'security_measure':
        return `the workspace’s label ${q(measures.get(entityId) ?? original)} of a security measure`;
    }
  };
}
