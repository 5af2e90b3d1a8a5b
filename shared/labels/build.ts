/**
 * A product's store labels from its records: Apple's App Privacy answers,
 * Google Play's Data safety answers and the questions the records cannot
 * answer yet. Pure: the same records give the same labels.
 */
import type { DataCategoryType, Product } from '../model';
import { dataCategoryRef } from '../reference';
import { appleStore, googleStore } from '../reference/store-labels';
import { ephemeralAnswer, linkedAnswer, purposesOf, requiredAnswer, sharedAnswer, trackingAnswer } from './answers';
import { ACCOUNT_KEYS, accountCreation, deletion, encryption } from './general';
import { type CategoryMapping, categoryMapping } from './mapping';
import { listNames } from './recipients';
import type { AppleTypeAnswer, CategoryRef, GoogleLabel, GoogleTypeAnswer, LabelRecords, LeftOut, Reasoned, StoreLabels, TraceRef } from './types';
import { FROM_THE_APP, Questions, SOURCE_WORDS, type Use, activitiesOf, activityRef, uniqueCategories, uniqueRefs } from './uses';

function categoryInfo(key: string, taxonomy: ReadonlyMap<string, DataCategoryType>): CategoryRef {
  return { key, label: taxonomy.get(key)?.label ?? dataCategoryRef(key)?.label ?? key };
}

function categoryTarget(c: CategoryRef): TraceRef {
  return { entityType: 'taxonomy', entityId: c.key, entityName: c.label, field: 'storeTypes', what: c.label };
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
