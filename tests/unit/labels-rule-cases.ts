/**
 * Firing and quiet cases of the store-label rules (shared/compliance/rules/store-labels.ts),
 * run with every other rule's cases by compliance-rules.test.ts.
 */
import type { WorkspaceDocument } from '../../shared/interchange';
import { generatedSectionText, noticeInputFromDocument } from '../../shared/notice';
import { TODAY, activity, product } from './compliance-fixture';

export interface RuleCase {
  rule: string;
  fire: (doc: WorkspaceDocument) => void;
  target: { entityId: string; field?: string };
  message: string;
  quiet: (doc: WorkspaceDocument) => void;
}

const ROOMIFY = 'prod-roomify-app';

/** Replaces Roomify's “What data we collect” section with the generated text passed through `edit`. */
function overrideData(doc: WorkspaceDocument, edit: (text: string) => string): void {
  const input = noticeInputFromDocument(doc, ROOMIFY);
  if (input === undefined) throw new Error('no Roomify');
  const generatedText = generatedSectionText(input, { lang: 'en', today: TODAY }, 'data') ?? '';
  doc.noticeOverrides = [{ productId: ROOMIFY, lang: 'en', sectionKey: 'data', text: edit(generatedText), generatedText, updatedAt: '2026-11-01T10:00:00.000Z' }];
}

function queueCategory(doc: WorkspaceDocument) {
  const c = doc.taxonomies.dataCategories.find((x) => x.key === 'offline_queue_files');
  if (c === undefined) throw new Error('no custom category');
  return c;
}

function advertise(doc: WorkspaceDocument, recipientType: 'controller' | 'processor'): void {
  product(doc, ROOMIFY).notice.statements.push('no_tracking');
  const a = activity(doc, 'act-roomify-analytics');
  a.purposes.push({ description: 'Show partners’ ads in the free tier', legalBasis: 'consent', storePurpose: 'third_party_advertising' });
  a.recipients.push({ name: 'AdNet Exchange', type: recipientType, service: 'Ad network' });
}

const withoutPermission = (doc: WorkspaceDocument, permission: string) => {
  const p = product(doc, ROOMIFY);
  p.permissions = p.permissions.filter((x) => x.permission !== permission);
};

export const STORE_LABEL_CASES: RuleCase[] = [
  {
    rule: 'store-label-type-not-in-notice',
    fire: (d) => overrideData(d, (t) => t.split('\n').filter((l) => !l.includes('Geolocation')).join('\n')),
    target: { entityId: ROOMIFY, field: 'notice.sections.data' },
    message:
      'The store labels of “Roomify Smart Camera” declare “Precise geolocation”, “Trips and routes” (App Store: Location › Precise Location; Google Play: Location › Precise location), but its privacy notice does not mention them.',
    quiet: (d) => overrideData(d, (t) => `${t}\nWe never sell any of this data.`),
  },
  {
    rule: 'store-notice-data-not-in-label',
    fire: (d) => delete queueCategory(d).storeTypes,
    target: { entityId: 'taxonomies', field: 'dataCategories.offline_queue_files.storeTypes' },
    message: 'The notice of “Roomify Smart Camera” lists “Offline queue files”, but no app-store label declares it: the data category is not mapped to a store data type.',
    quiet: (d) => (queueCategory(d).storeTypes = { apple: 'OTHER_DATA', google: 'PSL_FILES_AND_DOCS' }),
  },
  {
    rule: 'store-no-tracking-but-tracking',
    fire: (d) => advertise(d, 'controller'),
    target: { entityId: ROOMIFY, field: 'notice.statements' },
    message:
      'The notice of “Roomify Smart Camera” states that it does not track people, but its App Store label marks “Crash Data”, “Performance Data” and “Other Diagnostic Data” as used to track.',
    // A processor that serves the ads for us does not make it tracking.
    quiet: (d) => advertise(d, 'processor'),
  },
  {
    rule: 'store-precise-location-without-permission',
    fire: (d) => withoutPermission(d, 'location_when_in_use'),
    target: { entityId: ROOMIFY, field: 'permissions' },
    message: '“Roomify Smart Camera” collects precise location (“Precise geolocation”, “Trips and routes”, in “Trip-level location tagging (optional)”), but records no location permission.',
    quiet: (d) => {
      const p = product(d, ROOMIFY).permissions.find((x) => x.permission === 'location_when_in_use');
      if (p !== undefined) p.permission = 'location_always';
    },
  },
  {
    rule: 'store-location-permission-without-location',
    fire: (d) => (activity(d, 'act-roomify-location').dataCategories = activity(d, 'act-roomify-location').dataCategories.filter((c) => c.category !== 'precise_location' && c.category !== 'trip_route')),
    target: { entityId: ROOMIFY, field: 'permissions[2]' },
    message: '“Roomify Smart Camera” asks for a location permission, but no activity of it records location data, so neither the store labels nor the notice declare it.',
    quiet: (d) => {
      for (const c of activity(d, 'act-roomify-location').dataCategories) c.category = 'approximate_location';
    },
  },
  {
    rule: 'store-account-without-in-app-deletion',
    fire: (d) => delete product(d, ROOMIFY).notice.inAppPath,
    target: { entityId: ROOMIFY, field: 'notice.inAppPath' },
    message:
      '“Roomify Smart Camera” has user accounts (“Account management and authentication”) but records no way to delete the account in the app, which Apple requires of apps that offer account creation.',
    // Apple's rule is for iOS apps; Google asks for a web link, which Roomify has.
    quiet: (d) => {
      const p = product(d, ROOMIFY);
      delete p.notice.inAppPath;
      p.platforms = ['android', 'web'];
    },
  },
  {
    rule: 'store-encryption-in-transit-not-recorded',
    fire: (d) => (activity(d, 'act-roomify-support').securityMeasures = activity(d, 'act-roomify-support').securityMeasures.filter((m) => m !== 'encryption_in_transit')),
    target: { entityId: 'act-roomify-support', field: 'securityMeasures' },
    message: '“Support and feedback” of the app “Roomify Smart Camera” does not record encryption in transit, so its Google Play Data safety answer cannot say that the app’s data is encrypted in transit.',
    // Ledgerly has no mobile app: no Data safety form to answer.
    quiet: (d) => (activity(d, 'act-ledgerly-accounts').securityMeasures = activity(d, 'act-ledgerly-accounts').securityMeasures.filter((m) => m !== 'encryption_in_transit')),
  },
];
