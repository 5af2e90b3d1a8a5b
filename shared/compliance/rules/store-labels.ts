/**
 * App-store labels against the records and the notice (issue 16): what the
 * labels declare must be what the notice says, and the facts the stores ask
 * about (tracking, location permission, in-app account deletion, encryption
 * in transit) must be recorded. Only products with an iOS or Android app.
 */
import { type StoreLabels, buildStoreLabels } from '../../labels';
import { listNames } from '../../labels/recipients';
import type { Product } from '../../model';
import { generateNotice, noticeInputFromDocument, sectionText } from '../../notice';
import { defineRule } from '../define';
import { productTarget, q } from '../targets';
import type { CheckContext, FindingTarget } from '../types';

const cache = new WeakMap<CheckContext, Map<string, StoreLabels | undefined>>();

/** The labels of a product, built once per check run. */
function labelsOf(ctx: CheckContext, p: Product): StoreLabels | undefined {
  let m = cache.get(ctx);
  if (m === undefined) cache.set(ctx, (m = new Map()));
  if (!m.has(p.id)) m.set(p.id, buildStoreLabels(ctx.doc, p.id));
  return m.get(p.id);
}

const withApps = (ctx: CheckContext) => ctx.doc.products.filter((p) => p.platforms.includes('ios') || p.platforms.includes('android'));

const LOCATION_PERMISSIONS = new Set(['location_when_in_use', 'location_always']);
const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.;:,\s]+$/, '').trim();

/** The text of the notice's data section, as published (overrides applied), in English when the notice has it. */
function noticeDataText(ctx: CheckContext, p: Product): string | undefined {
  const input = noticeInputFromDocument(ctx.doc, p.id);
  if (input === undefined) return undefined;
  const lang = p.notice.languages.includes('en') ? 'en' : (p.notice.languages[0] ?? 'en');
  const section = generateNotice(input, { lang, today: ctx.today }).document.sections.find((s) => s.key === 'data');
  return section === undefined ? '' : normalise(sectionText(section));
}

function activityTargetById(ctx: CheckContext, id: string, field: string): FindingTarget | undefined {
  const a = ctx.doc.activities.find((x) => x.id === id);
  if (a === undefined) return undefined;
  return { entityType: 'activity', entityId: a.id, entityName: a.name, field, organisationId: a.organisationId, ...(a.productId !== undefined ? { productId: a.productId } : {}) };
}

export const labelTypeNotInNotice = defineRule(
  {
    id: 'store-label-type-not-in-notice',
    severity: 'warning',
    article: 'Art. 12(1), 13(1)(c)',
    title: 'Store label declares data the notice does not mention',
    description: 'Every data type an app-store label declares comes from data the product’s privacy notice lists; a hand-written data section that leaves it out tells people less than the store does.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const labels = labelsOf(ctx, p);
      const text = labels === undefined ? undefined : noticeDataText(ctx, p);
      if (labels === undefined || text === undefined) continue;
      const mentions = (key: string, label: string) => {
        const details = ctx.doc.activities.filter((a) => a.productId === p.id).flatMap((a) => a.dataCategories.filter((u) => u.category === key).map((u) => u.detail ?? ''));
        return [label, ...details].some((s) => s.trim() !== '' && text.includes(normalise(s)));
      };
      // Categories the labels declare, grouped by the store types they become: one finding per declared type.
      const groups = new Map<string, { label: string; categories: { key: string; label: string }[] }>();
      const add = (name: string, c: { key: string; label: string }) => {
        const g = groups.get(name) ?? { label: name, categories: [] };
        g.categories.push(c);
        groups.set(name, g);
      };
      const byCategory = new Map<string, { apple?: string; google?: string; c: { key: string; label: string } }>();
      for (const t of labels.apple.types) for (const c of t.categories) byCategory.set(c.key, { ...byCategory.get(c.key), c, apple: `App Store: ${t.group} › ${t.label}` });
      for (const t of labels.google.types) for (const c of t.categories) byCategory.set(c.key, { ...byCategory.get(c.key), c, google: `Google Play: ${t.category} › ${t.label}` });
      for (const { apple, google, c } of byCategory.values()) {
        if (mentions(c.key, c.label)) continue;
        const name = [apple, google].filter((x) => x !== undefined).join('; ');
        add(name, c);
      }
      for (const g of groups.values()) {
        emit(
          productTarget(p, 'notice.sections.data'),
          `The store labels of ${q(p.name)} declare ${g.categories.map((c) => q(c.label)).join(', ')} (${g.label}), but its privacy notice does not mention ${g.categories.length === 1 ? 'it' : 'them'}.`,
          'Mention the data in the notice (revert or update the hand-written “What data we collect” section), or correct the records if the app does not collect it.',
        );
      }
    }
  },
);

export const noticeDataNotInLabel = defineRule(
  {
    id: 'store-notice-data-not-in-label',
    severity: 'warning',
    article: 'Art. 12(1), 13(1)(c)',
    title: 'Notice lists data no store label declares',
    description: 'Data the app collects and the notice lists is declared in the app-store labels; a data category mapped to no store type (a custom category not mapped yet) is left out of them.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      for (const l of labelsOf(ctx, p)?.leftOut ?? []) {
        if (!l.reason.startsWith('Not mapped')) continue;
        emit(
          { entityType: 'workspace', entityId: 'taxonomies', entityName: 'Data categories', field: `dataCategories.${l.category.key}.storeTypes`, productId: p.id, organisationId: p.organisationId },
          `The notice of ${q(p.name)} lists ${q(l.category.label)}, but no app-store label declares it: the data category is not mapped to a store data type.`,
          'Map the data category to an Apple and a Google Play data type (or mark it as not a store data type) under Store labels › Mapping.',
        );
      }
    }
  },
);

export const noTrackingButTracking = defineRule(
  {
    id: 'store-no-tracking-but-tracking',
    severity: 'error',
    article: 'Art. 12(1)',
    title: '“No tracking” stated while the App Store label tracks',
    description: 'A product whose notice states “we do not track you” has no data type the App Store label marks as used to track.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      if (!p.notice.statements.includes('no_tracking')) continue;
      const labels = labelsOf(ctx, p);
      if (labels === undefined || !labels.apple.tracking.value) continue;
      emit(
        productTarget(p, 'notice.statements'),
        `The notice of ${q(p.name)} states that it does not track people, but its App Store label marks ${listNames(labels.apple.types.filter((t) => t.tracking.value).map((t) => q(t.label)))} as used to track.`,
        'Remove the “no tracking” statement, or stop passing the data to advertising partners and correct the records.',
      );
    }
  },
);

export const preciseLocationWithoutPermission = defineRule(
  {
    id: 'store-precise-location-without-permission',
    severity: 'error',
    article: 'Art. 13(1)(c)',
    title: 'Precise location collected without a location permission',
    description: 'An app that collects precise location records the location permission it asks for (when in use or always), with its purpose.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const labels = labelsOf(ctx, p);
      const precise = labels?.apple.types.find((t) => t.id === 'PRECISE_LOCATION') ?? labels?.google.types.find((t) => t.id === 'PSL_PRECISE_LOCATION');
      if (precise === undefined || p.permissions.some((x) => LOCATION_PERMISSIONS.has(x.permission))) continue;
      const first = precise.sources[0];
      emit(
        productTarget(p, 'permissions'),
        `${q(p.name)} collects precise location (${precise.categories.map((c) => q(c.label)).join(', ')}${first !== undefined ? `, in ${q(first.entityName)}` : ''}), but records no location permission.`,
        'Add the permission “Location when in use” (or “always”) to the product, with its purpose and whether it is optional.',
      );
    }
  },
);

export const locationPermissionWithoutLocation = defineRule(
  {
    id: 'store-location-permission-without-location',
    severity: 'warning',
    article: 'Art. 5(1)(c), 13(1)(c)',
    title: 'Location permission without location data',
    description: 'A product that asks for a location permission records the location data it collects, so that the labels and the notice declare it.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const i = p.permissions.findIndex((x) => LOCATION_PERMISSIONS.has(x.permission));
      if (i < 0) continue;
      const labels = labelsOf(ctx, p);
      const located = labels?.apple.types.some((t) => t.group === 'Location') || labels?.google.types.some((t) => t.question === 'PSL_DATA_TYPES_LOCATION');
      if (located) continue;
      emit(
        productTarget(p, `permissions[${i}]`),
        `${q(p.name)} asks for a location permission, but no activity of it records location data, so neither the store labels nor the notice declare it.`,
        'Add the location data to the activity that uses it, or remove the permission if the app does not use it.',
      );
    }
  },
);

export const accountWithoutInAppDeletion = defineRule(
  {
    id: 'store-account-without-in-app-deletion',
    severity: 'error',
    article: 'Art. 17(1)',
    title: 'Account creation without an in-app deletion path',
    description: 'An iOS app that lets people create an account lets them delete it from within the app (App Store Review Guideline 5.1.1(v)); the product records the path.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      if (!p.platforms.includes('ios') || (p.notice.inAppPath ?? '').trim() !== '') continue;
      const labels = labelsOf(ctx, p);
      const creation = labels?.google.accountCreation;
      if (creation === undefined || creation.value?.includes('PSL_ACM_NONE')) continue;
      const source = creation.sources[0];
      emit(
        productTarget(p, 'notice.inAppPath'),
        `${q(p.name)} has user accounts${source !== undefined ? ` (${q(source.entityName)})` : ''} but records no way to delete the account in the app, which Apple requires of apps that offer account creation.`,
        'Enter the in-app path to account deletion (e.g. “Profile > Account > Delete account”) in the product’s notice settings.',
      );
    }
  },
);

export const encryptionInTransitNotRecorded = defineRule(
  {
    id: 'store-encryption-in-transit-not-recorded',
    severity: 'warning',
    article: 'Art. 32(1)(a)',
    title: 'Encryption in transit not recorded',
    description: 'Google Play asks whether all data the app collects is encrypted in transit; every activity of an app that collects data records the security measure “Encryption in transit” when it is so.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const labels = labelsOf(ctx, p);
      if (labels === undefined || labels.google.encryptedInTransit.value !== undefined || !labels.google.collectsData) continue;
      for (const s of labels.google.encryptedInTransit.sources) {
        const target = activityTargetById(ctx, s.entityId, 'securityMeasures');
        if (target === undefined) continue;
        emit(
          target,
          `${q(s.entityName)} of the app ${q(p.name)} does not record encryption in transit, so its Google Play Data safety answer cannot say that the app’s data is encrypted in transit.`,
          'Add the security measure “Encryption in transit” if the data travels over TLS/HTTPS; otherwise encrypt it before the app is published.',
        );
      }
    }
  },
);

export const STORE_LABEL_RULES = [
  labelTypeNotInNotice,
  noticeDataNotInLabel,
  noTrackingButTracking,
  preciseLocationWithoutPermission,
  locationPermissionWithoutLocation,
  accountWithoutInAppDeletion,
  encryptionInTransitNotRecorded,
];
