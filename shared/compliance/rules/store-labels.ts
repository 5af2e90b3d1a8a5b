/**
 * App-store labels against the records and the notice (issue 16): what the
 * labels declare must be what the notice says, and the facts the stores ask
 * about (tracking, location permission, in-app account deletion, encryption
 * in transit) must be recorded. Only products with an iOS or Android app.
 */
import { type StoreLabels, buildStoreLabels } from '../../labels';
import type { Product } from '../../model';
import { generateNotice, noticeInputFromDocument, sectionText } from '../../notice';
import { defineRule } from '../define';
import { findingCatalogue } from '../messages';
import { productTarget } from '../targets';
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
        emit(productTarget(p, 'notice.sections.data'), { product: p.name, categories: g.categories.map((c) => c.label), storeTypes: g.label });
      }
    }
  },
);

export const noticeDataNotInLabel = defineRule(
  {
    id: 'store-notice-data-not-in-label',
    severity: 'warning',
    description: 'Data the app collects and the notice lists is declared in the app-store labels; a data category mapped to no store type (a custom category not mapped yet) is left out of them.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      for (const l of labelsOf(ctx, p)?.leftOut ?? []) {
        if (!l.reason.startsWith('Not mapped')) continue;
        emit({ entityType: 'workspace', entityId: 'taxonomies', entityName: findingCatalogue(ctx.lang).dataCategoriesRecord, field: `dataCategories.${l.category.key}.storeTypes`, productId: p.id, organisationId: p.organisationId }, { product: p.name, category: l.category.label });
      }
    }
  },
);

export const noTrackingButTracking = defineRule(
  {
    id: 'store-no-tracking-but-tracking',
    severity: 'error',
    description: 'A product whose notice states “we do not track you” has no data type the App Store label marks as used to track.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      if (!p.notice.statements.includes('no_tracking')) continue;
      const labels = labelsOf(ctx, p);
      if (labels === undefined || !labels.apple.tracking.value) continue;
      emit(productTarget(p, 'notice.statements'), { product: p.name, types: labels.apple.types.filter((t) => t.tracking.value).map((t) => t.label) });
    }
  },
);

export const preciseLocationWithoutPermission = defineRule(
  {
    id: 'store-precise-location-without-permission',
    severity: 'error',
    description: 'An app that collects precise location records the location permission it asks for (when in use or always), with its purpose.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const labels = labelsOf(ctx, p);
      const precise = labels?.apple.types.find((t) => t.id === 'PRECISE_LOCATION') ?? labels?.google.types.find((t) => t.id === 'PSL_PRECISE_LOCATION');
      if (precise === undefined || p.permissions.some((x) => LOCATION_PERMISSIONS.has(x.permission))) continue;
      const first = precise.sources[0];
      emit(productTarget(p, 'permissions'), { product: p.name, categories: precise.categories.map((c) => c.label), source: first?.entityName });
    }
  },
);

export const locationPermissionWithoutLocation = defineRule(
  {
    id: 'store-location-permission-without-location',
    severity: 'warning',
    description: 'A product that asks for a location permission records the location data it collects, so that the labels and the notice declare it.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const i = p.permissions.findIndex((x) => LOCATION_PERMISSIONS.has(x.permission));
      if (i < 0) continue;
      const labels = labelsOf(ctx, p);
      const located = labels?.apple.types.some((t) => t.group === 'Location') || labels?.google.types.some((t) => t.question === 'PSL_DATA_TYPES_LOCATION');
      if (located) continue;
      emit(productTarget(p, `permissions[${i}]`), { product: p.name });
    }
  },
);

export const accountWithoutInAppDeletion = defineRule(
  {
    id: 'store-account-without-in-app-deletion',
    severity: 'error',
    description: 'An iOS app that lets people create an account lets them delete it from within the app (App Store Review Guideline 5.1.1(v)); the product records the path.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      if (!p.platforms.includes('ios') || (p.notice.inAppPath ?? '').trim() !== '') continue;
      const labels = labelsOf(ctx, p);
      const creation = labels?.google.accountCreation;
      if (creation === undefined || creation.value?.includes('PSL_ACM_NONE')) continue;
      const source = creation.sources[0];
      emit(productTarget(p, 'notice.inAppPath'), { product: p.name, source: source?.entityName });
    }
  },
);

export const encryptionInTransitNotRecorded = defineRule(
  {
    id: 'store-encryption-in-transit-not-recorded',
    severity: 'warning',
    description: 'Google Play asks whether all data the app collects is encrypted in transit; every activity of an app that collects data records the security measure “Encryption in transit” when it is so.',
  },
  (ctx, emit) => {
    for (const p of withApps(ctx)) {
      const labels = labelsOf(ctx, p);
      if (labels === undefined || labels.google.encryptedInTransit.value !== undefined || !labels.google.collectsData) continue;
      for (const s of labels.google.encryptedInTransit.sources) {
        const target = activityTargetById(ctx, s.entityId, 'securityMeasures');
        if (target === undefined) continue;
        emit(target, { activity: s.entityName, product: p.name });
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
