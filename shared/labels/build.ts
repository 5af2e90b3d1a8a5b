/**
 * A product's store labels from its records: Apple's App Privacy answers,
 * Google Play's Data safety answers and the questions the records cannot
 * answer yet. Pure: the same records give the same labels.
 */
import type { DataCategoryType, DataCategoryUse, ProcessingActivity, Product, Vendor } from '../model';
import { dataCategoryRef } from '../reference';
import { appleStore, googleStore } from '../reference/store-labels';
import { type CategoryMapping, categoryMapping, purposeMapping } from './mapping';
import { classifyRecipients, listNames } from './recipients';
import type {
  AppleTypeAnswer,
  CategoryRef,
  GoogleLabel,
  GoogleTypeAnswer,
  LabelRecords,
  LeftOut,
  OpenQuestion,
  PurposeAnswer,
  Reasoned,
  StoreLabels,
  TraceRef,
} from './types';

/** Sources whose data the app itself sends off the device (the stores' "collected"). */
const FROM_THE_APP: ReadonlySet<DataCategoryUse['source']> = new Set(['data_subject', 'device', 'generated']);

const SOURCE_WORDS: Record<DataCategoryUse['source'], string> = {
  data_subject: 'entered by the user',
  device: 'from the device',
  generated: 'generated as the app is used',
  customer: 'provided by the customer organisation',
  third_party: 'received from third parties',
  publicly_available: 'from public sources',
};

interface Use {
  activity: ProcessingActivity;
  index: number;
  use: DataCategoryUse;
  category: CategoryRef;
  ref: TraceRef;
}

const activityRef = (a: ProcessingActivity, field: string, what: string): TraceRef => ({ entityType: 'activity', entityId: a.id, entityName: a.name, field, what });
const productRef = (p: Product, field: string, what: string): TraceRef => ({ entityType: 'product', entityId: p.id, entityName: p.name, field, what });

function uniqueRefs(refs: readonly TraceRef[]): TraceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.entityType}:${r.entityId}:${r.field ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueCategories(uses: readonly Use[]): CategoryRef[] {
  const m = new Map(uses.map((u) => [u.category.key, u.category]));
  return [...m.values()];
}

const activitiesOf = (uses: readonly Use[]) => [...new Map(uses.map((u) => [u.activity.id, u.activity])).values()];

class Questions {
  readonly list: OpenQuestion[] = [];
  private readonly ids = new Set<string>();
  add(q: OpenQuestion): void {
    if (this.ids.has(q.id)) return;
    this.ids.add(q.id);
    this.list.push(q);
  }
}

/** Purposes of the activities behind `uses`, in the store's terms. */
function purposesOf(uses: readonly Use[], store: 'apple' | 'google', questions: Questions): PurposeAnswer[] {
  const out = new Map<string, PurposeAnswer>();
  for (const a of activitiesOf(uses)) {
    a.purposes.forEach((p, j) => {
      const ref = activityRef(a, `purposes[${j}]`, p.description);
      const m = purposeMapping(p);
      if (m === undefined) {
        questions.add({
          id: `purpose:${a.id}:${j}`,
          store: 'both',
          question: `What do the app stores call the purpose “${p.description}” of “${a.name}”?`,
          toRecord: 'Record the store purpose of this purpose (in the app: Store labels › Open questions).',
          target: ref,
        });
        return;
      }
      const id = store === 'apple' ? m.apple : m.google;
      if (id === undefined) {
        questions.add({
          id: `purpose-google:${a.id}:${j}`,
          store: 'google',
          question: `Google Play has no purpose “${m.label}”: which of its purposes fits “${p.description}” of “${a.name}”?`,
          toRecord: 'Record a store purpose that Google Play has (in the app: Store labels › Open questions).',
          target: ref,
        });
        return;
      }
      const label = (store === 'apple' ? appleStore.purposes : googleStore.purposes).find((x) => x.id === id)?.label ?? id;
      const entry = out.get(id) ?? { id, label, sources: [] };
      entry.sources.push(ref);
      out.set(id, entry);
    });
  }
  const order = (store === 'apple' ? appleStore.purposes : googleStore.purposes).map((p) => p.id);
  return [...out.values()].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
}

const advertises = (a: ProcessingActivity) => a.purposes.some((p) => p.storePurpose === 'third_party_advertising');

function linkedAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const linked = uses.filter((u) => !u.activity.securityMeasures.includes('anonymisation'));
  if (linked.length > 0) {
    return {
      value: true,
      reason: `Linked to the user: ${listNames(activitiesOf(linked).map((a) => `“${a.name}”`))} ${activitiesOf(linked).length === 1 ? 'keeps' : 'keep'} it without the security measure “Anonymisation”.`,
      sources: uniqueRefs(linked.map((u) => activityRef(u.activity, 'securityMeasures', 'Security measures'))),
    };
  }
  return {
    value: false,
    reason: 'Not linked to the user: every activity that collects it records the security measure “Anonymisation”.',
    sources: uniqueRefs(uses.map((u) => activityRef(u.activity, 'securityMeasures', 'Anonymisation'))),
  };
}

function trackingAnswer(uses: readonly Use[], vendors: ReadonlyMap<string, Vendor>, identifier: boolean): Reasoned<boolean> {
  const sources: TraceRef[] = [];
  const reasons: string[] = [];
  for (const a of activitiesOf(uses.filter((u) => advertises(u.activity)))) {
    const third = classifyRecipients(a, vendors).filter((r) => r.cls === 'third_party');
    const j = a.purposes.findIndex((p) => p.storePurpose === 'third_party_advertising');
    if (third.length > 0) {
      reasons.push(`“${a.name}” passes it to ${listNames(third.map((r) => r.name))} (independent controller${third.length > 1 ? 's' : ''}) for third-party advertising`);
      for (const r of third) sources.push(activityRef(a, `recipients[${r.index}]`, r.name));
      sources.push(activityRef(a, `purposes[${j}]`, a.purposes[j]?.description ?? ''));
    } else if (identifier) {
      reasons.push(`“${a.name}” uses this identifier for third-party advertising`);
      sources.push(activityRef(a, `purposes[${j}]`, a.purposes[j]?.description ?? ''));
    }
  }
  if (reasons.length > 0) return { value: true, reason: `Used to track: ${reasons.join('; ')}. Apple counts this as tracking.`, sources: uniqueRefs(sources) };
  const who = activitiesOf(uses).flatMap((a) => classifyRecipients(a, vendors));
  const names = (cls: string) => listNames(who.filter((r) => r.cls === cls).map((r) => r.name));
  const parts = [
    names('service_provider') && `processors acting for us (${names('service_provider')})`,
    names('customer') && `the customer organisation (${names('customer')})`,
    names('authority') && `authorities on legal request (${names('authority')})`,
    names('internal') && `our own staff (${names('internal')})`,
    names('third_party') && `independent controllers not for advertising (${names('third_party')})`,
  ].filter((x) => x !== '');
  return {
    value: false,
    reason: `Not used to track: no activity that collects it has a third-party-advertising purpose${parts.length > 0 ? `; it goes only to ${listNames(parts)}` : ''}.`,
    sources: uniqueRefs(activitiesOf(uses).map((a) => activityRef(a, 'recipients', 'Recipients'))),
  };
}

function sharedAnswer(uses: readonly Use[], vendors: ReadonlyMap<string, Vendor>): { answer: Reasoned<boolean>; sharedIn: ProcessingActivity[] } {
  const sharedIn: ProcessingActivity[] = [];
  const sources: TraceRef[] = [];
  const names: string[] = [];
  const others = new Map<string, string>();
  for (const a of activitiesOf(uses)) {
    for (const r of classifyRecipients(a, vendors)) {
      if (r.cls === 'third_party') {
        if (!sharedIn.includes(a)) sharedIn.push(a);
        names.push(r.name);
        sources.push(activityRef(a, `recipients[${r.index}]`, r.name));
      } else {
        others.set(r.name, r.why);
      }
    }
  }
  if (sharedIn.length > 0) {
    return { answer: { value: true, reason: `Shared: ${listNames(names)} receive${names.length === 1 ? 's' : ''} it as an independent controller, which Google counts as sharing.`, sources: uniqueRefs(sources) }, sharedIn };
  }
  const why = [...others.entries()].map(([n, w]) => `${n}: ${w}`);
  return {
    answer: {
      value: false,
      reason: why.length === 0 ? 'Not shared: no recipient is recorded for the activities that collect it.' : `Not shared. ${why.join('. ')}.`,
      sources: uniqueRefs(activitiesOf(uses).map((a) => activityRef(a, 'recipients', 'Recipients'))),
    },
    sharedIn,
  };
}

function ephemeralAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const kept = uses.filter((u) => u.use.retentionMonths !== 0);
  if (kept.length === 0) {
    return { value: true, reason: 'Processed ephemerally: every activity that collects it keeps it for 0 months.', sources: uniqueRefs(uses.map((u) => u.ref)) };
  }
  const u = kept[0] as Use;
  const how = u.use.retention ?? (u.use.retentionMonths !== undefined ? `${u.use.retentionMonths} months` : 'no retention period recorded');
  return { value: false, reason: `Not ephemeral: “${u.activity.name}” keeps it (${how}).`, sources: uniqueRefs(kept.map((x) => x.ref)) };
}

function requiredAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const required = uses.filter((u) => u.use.requirement !== 'optional');
  if (required.length > 0) {
    return { value: true, reason: `Required: ${listNames(activitiesOf(required).map((a) => `“${a.name}”`))} need${activitiesOf(required).length === 1 ? 's' : ''} it to provide the service.`, sources: uniqueRefs(required.map((u) => u.ref)) };
  }
  return { value: false, reason: 'Optional: every activity that collects it records that providing it is optional.', sources: uniqueRefs(uses.map((u) => u.ref)) };
}

function categoryInfo(key: string, taxonomy: ReadonlyMap<string, DataCategoryType>): CategoryRef {
  return { key, label: taxonomy.get(key)?.label ?? dataCategoryRef(key)?.label ?? key };
}

function categoryTarget(c: CategoryRef): TraceRef {
  return { entityType: 'taxonomy', entityId: c.key, entityName: c.label, field: 'storeTypes', what: c.label };
}

/** Encryption in transit: "yes" only when every activity that collects data records it. */
function encryption(uses: readonly Use[], questions: Questions): Reasoned<boolean | undefined> {
  const acts = activitiesOf(uses);
  const missing = acts.filter((a) => !a.securityMeasures.includes('encryption_in_transit'));
  if (acts.length > 0 && missing.length === 0) {
    return { value: true, reason: 'Every activity that collects data records the security measure “Encryption in transit”.', sources: acts.map((a) => activityRef(a, 'securityMeasures', 'Encryption in transit')) };
  }
  for (const a of missing) {
    questions.add({
      id: `encryption:${a.id}`,
      store: 'google',
      question: `Is the data of “${a.name}” encrypted in transit?`,
      toRecord: 'Add the security measure “Encryption in transit” to the activity when it is (TLS/HTTPS for every connection).',
      target: activityRef(a, 'securityMeasures', 'Security measures'),
    });
  }
  return { value: undefined, reason: missing.length > 0 ? `Not recorded for ${listNames(missing.map((a) => `“${a.name}”`))}.` : 'No data is collected.', sources: missing.map((a) => activityRef(a, 'securityMeasures', 'Security measures')) };
}

function deletion(p: Product, accounts: boolean, questions: Questions): { answer: Reasoned<string | undefined>; url?: string } {
  const n = p.notice;
  const sources: TraceRef[] = [];
  if ((n.inAppPath ?? '').trim() !== '') sources.push(productRef(p, 'notice.inAppPath', `In the app: ${n.inAppPath}`));
  if ((n.webFormUrl ?? '').trim() !== '') sources.push(productRef(p, 'notice.webFormUrl', `Web form: ${n.webFormUrl}`));
  if ((n.deletionSteps ?? '').trim() !== '') sources.push(productRef(p, 'notice.deletionSteps', 'Deletion steps'));
  if (sources.length > 0) {
    if (accounts && (n.webFormUrl ?? '').trim() === '') {
      questions.add({
        id: `deletion-url:${p.id}`,
        store: 'google',
        question: 'Where on the web can users ask for their account and its data to be deleted? Google Play asks for a link.',
        toRecord: 'Enter the web form address in the product’s notice settings.',
        target: productRef(p, 'notice.webFormUrl', 'Web form'),
      });
    }
    const ways = [
      (n.inAppPath ?? '').trim() !== '' ? `in the app (${n.inAppPath})` : '',
      (n.webFormUrl ?? '').trim() !== '' ? `on the web (${n.webFormUrl})` : '',
      (n.deletionSteps ?? '').trim() !== '' && (n.inAppPath ?? '').trim() === '' && (n.webFormUrl ?? '').trim() === '' ? 'as the product’s deletion steps describe' : '',
    ].filter((w) => w !== '');
    return { answer: { value: 'DATA_DELETION_YES', reason: `Users can ask for deletion ${listNames(ways)}.`, sources }, ...(n.webFormUrl !== undefined ? { url: n.webFormUrl } : {}) };
  }
  questions.add({
    id: `deletion:${p.id}`,
    store: 'google',
    question: 'Can users ask for their data to be deleted, and how?',
    toRecord: 'Enter the in-app path, web form or deletion steps in the product’s notice settings.',
    target: productRef(p, 'notice.deletionSteps', 'Deletion steps'),
  });
  return { answer: { value: undefined, reason: 'The product records no way to ask for deletion.', sources: [] } };
}

const ACCOUNT_KEYS = new Set(['credentials', 'username', 'user_id']);

function accountCreation(p: Product, uses: readonly Use[], questions: Questions): Reasoned<string[] | undefined> {
  const creds = uses.filter((u) => u.category.key === 'credentials');
  if (creds.length > 0) {
    return { value: ['PSL_ACM_USER_ID_PASSWORD'], reason: 'Username and password: the records hold login credentials entered by the user.', sources: uniqueRefs(creds.map((u) => u.ref)) };
  }
  const accounts = uses.filter((u) => ACCOUNT_KEYS.has(u.category.key));
  if (accounts.length > 0) {
    const first = accounts[0] as Use;
    questions.add({
      id: `accounts:${p.id}`,
      store: 'google',
      question: 'How do users create an account (password, one-time code, OAuth …)?',
      toRecord: 'If they sign in with a password, add the data category “Login credentials” to the account activity; otherwise choose the method in Play Console.',
      target: first.ref,
    });
    return { value: undefined, reason: 'The records hold accounts but not how they are created.', sources: uniqueRefs(accounts.map((u) => u.ref)) };
  }
  return { value: ['PSL_ACM_NONE'], reason: 'No account: the records hold no login credentials, username or user ID.', sources: [] };
}

/** Builds the labels of one product; undefined when there is no such product. */
export function buildStoreLabels(records: LabelRecords, productId: string): StoreLabels | undefined {
  const product = records.products.find((p) => p.id === productId);
  if (product === undefined) return undefined;
  const vendors = new Map(records.vendors.map((v) => [v.id, v]));
  const taxonomy = new Map(records.taxonomies.dataCategories.map((c) => [c.key, c]));
  const activities = records.activities.filter((a) => a.productId === product.id);
  const questions = new Questions();
  const apple = new Map<string, Use[]>();
  const google = new Map<string, Use[]>();
  const collected: Use[] = [];
  const leftOut = new Map<string, LeftOut>();
  const leave = (c: CategoryRef, reason: string, ref: TraceRef) => {
    const l = leftOut.get(`${c.key}:${reason}`) ?? { category: c, reason, sources: [] };
    l.sources.push(ref);
    leftOut.set(`${c.key}:${reason}`, l);
  };
  const mappings = new Map<string, CategoryMapping>();

  for (const a of activities) {
    a.dataCategories.forEach((use, index) => {
      const category = categoryInfo(use.category, taxonomy);
      const ref = activityRef(a, `dataCategories[${index}]`, `${category.label} (${SOURCE_WORDS[use.source]})`);
      if (!FROM_THE_APP.has(use.source)) {
        leave(category, `Not collected by the app: ${SOURCE_WORDS[use.source]}.`, ref);
        return;
      }
      const u: Use = { activity: a, index, use, category, ref };
      collected.push(u);
      const m = mappings.get(use.category) ?? categoryMapping(use.category, taxonomy.get(use.category));
      mappings.set(use.category, m);
      if (m.apple.kind === 'unmapped' || m.google.kind === 'unmapped') {
        const stores = [m.apple.kind === 'unmapped' ? 'Apple' : '', m.google.kind === 'unmapped' ? 'Google Play' : ''].filter((s) => s !== '');
        questions.add({
          id: `category:${use.category}`,
          store: stores.length === 2 ? 'both' : stores[0] === 'Apple' ? 'apple' : 'google',
          question: `Which ${stores.join(' and ')} data type is “${category.label}”?`,
          toRecord: 'Map the data category to a store data type (or to “not a store data type”) under Store labels › Mapping.',
          target: categoryTarget(category),
        });
        leave(category, `Not mapped to ${stores.join(' or ')} data types yet.`, ref);
      }
      if (m.apple.kind === 'none' && m.google.kind === 'none') leave(category, 'Mapped as not a data type of either store.', ref);
      if (m.apple.kind === 'type') apple.set(m.apple.type.id, [...(apple.get(m.apple.type.id) ?? []), u]);
      if (m.google.kind === 'type') google.set(m.google.type.id, [...(google.get(m.google.type.id) ?? []), u]);
    });
  }

  const appleTypes: AppleTypeAnswer[] = appleStore.dataTypes.flatMap((t) => {
    const uses = apple.get(t.id);
    if (uses === undefined) return [];
    const purposes = purposesOf(uses, 'apple', questions);
    if (purposes.length === 0) {
      const first = uses[0] as Use;
      questions.add({
        id: `apple-purpose:${t.id}`,
        store: 'apple',
        question: `For what purpose does the app collect ${t.label}? Apple needs at least one.`,
        toRecord: `Choose a store purpose for the purposes of ${listNames(activitiesOf(uses).map((a) => `“${a.name}”`))}.`,
        target: activityRef(first.activity, 'purposes', 'Purposes'),
      });
    }
    const identifier = uses.some((u) => (taxonomy.get(u.category.key)?.group ?? dataCategoryRef(u.category.key)?.group) === 'identifiers');
    return [
      {
        id: t.id,
        group: t.group,
        label: t.label,
        manifest: t.manifest,
        categories: uniqueCategories(uses),
        purposes,
        linked: linkedAnswer(uses),
        tracking: trackingAnswer(uses, vendors, identifier),
        sources: uniqueRefs(uses.map((u) => u.ref)),
      },
    ];
  });

  const googleTypes: GoogleTypeAnswer[] = googleStore.dataTypes.flatMap((t) => {
    const uses = google.get(t.id);
    if (uses === undefined) return [];
    const { answer: shared, sharedIn } = sharedAnswer(uses, vendors);
    const collectionPurposes = purposesOf(uses, 'google', questions);
    const sharingPurposes = sharedIn.length > 0 ? purposesOf(uses.filter((u) => sharedIn.includes(u.activity)), 'google', questions) : [];
    return [
      {
        id: t.id,
        question: t.question,
        category: t.category,
        label: t.label,
        categories: uniqueCategories(uses),
        shared,
        ephemeral: ephemeralAnswer(uses),
        required: requiredAnswer(uses),
        collectionPurposes,
        sharingPurposes,
        sources: uniqueRefs(uses.map((u) => u.ref)),
      },
    ];
  });

  const tracked = appleTypes.filter((t) => t.tracking.value);
  const appleTracking: Reasoned<boolean> =
    tracked.length > 0
      ? { value: true, reason: `The app tracks: ${listNames(tracked.map((t) => t.label))} ${tracked.length === 1 ? 'is' : 'are'} used to track.`, sources: tracked.flatMap((t) => t.tracking.sources) }
      : { value: false, reason: 'The app does not track: no data type is used to track.', sources: [] };

  const accounts = collected.some((u) => ACCOUNT_KEYS.has(u.category.key));
  const del = deletion(product, accounts, questions);
  const googleLabel: GoogleLabel = {
    collectsData: googleTypes.length > 0,
    encryptedInTransit: encryption(collected, questions),
    deletion: del.answer,
    ...(del.url !== undefined && accounts ? { accountDeletionUrl: del.url } : {}),
    accountCreation: accountCreation(product, collected, questions),
    types: googleTypes,
  };
  return {
    productId: product.id,
    productName: product.name,
    ios: product.platforms.includes('ios'),
    android: product.platforms.includes('android'),
    apple: { types: appleTypes, tracking: appleTracking },
    google: googleLabel,
    leftOut: [...leftOut.values()],
    questions: questions.list,
  };
}

/** Products that have an app in a store: those with an iOS or Android platform. */
export function productsWithApps(records: Pick<LabelRecords, 'products'>): Product[] {
  return records.products.filter((p) => p.platforms.includes('ios') || p.platforms.includes('android'));
}
