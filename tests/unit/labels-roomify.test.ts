/**
 * The sample's mobile product, Roomify Smart Camera (iOS and Android): its
 * labels and manifest, answer by answer, against what its records say.
 */
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { answerLines, buildStoreLabels, categoryMapping, fastlaneUsages, manifestValue, type StoreLabels } from '../../shared/labels';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { manifestXml } from '../../shared/labels/manifest';

const doc = buildSampleDocument(new Date('2026-12-01T00:00:00Z'));
const built = buildStoreLabels(doc, ROOMIFY_APP_ID);
if (built === undefined) throw new Error('no Roomify');
const labels: StoreLabels = built;
const activity = (id: string) => {
  const a = doc.activities.find((x) => x.id === id);
  if (a === undefined) throw new Error(id);
  return a;
};

describe('Roomify Smart Camera: App Store privacy details', () => {
  it('declares every type the records give, with its purposes, linked and not used to track', () => {
    expect(fastlaneUsages(labels.apple)).toEqual([
      { category: 'CRASH_DATA', purposes: ['ANALYTICS', 'APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'CUSTOMER_SUPPORT', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'DEVICE_ID', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'EMAIL_ADDRESS', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'NAME', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'OTHER_DATA', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'OTHER_DIAGNOSTIC_DATA', purposes: ['ANALYTICS', 'APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'OTHER_USAGE_DATA', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'OTHER_USER_CONTENT', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PERFORMANCE_DATA', purposes: ['ANALYTICS', 'APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PHONE_NUMBER', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PHOTOS_OR_VIDEOS', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PRECISE_LOCATION', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'PURCHASE_HISTORY', purposes: ['APP_FUNCTIONALITY', 'OTHER_PURPOSES'], data_protections: ['DATA_LINKED_TO_YOU'] },
      { category: 'USER_ID', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] },
    ]);
    expect(labels.apple.tracking.value).toBe(false);
    expect(labels.questions).toEqual([]);
  });

  it('takes each type from the records’ categories, and each purpose from the activities that collect it', () => {
    const location = labels.apple.types.find((t) => t.id === 'PRECISE_LOCATION');
    expect(location?.categories.map((c) => c.key)).toEqual(['precise_location', 'trip_route']);
    expect(location?.sources.map((s) => [s.entityId, s.field])).toEqual([
      ['act-roomify-location', 'dataCategories[0]'],
      ['act-roomify-location', 'dataCategories[1]'],
    ]);
    expect(location?.purposes[0]?.sources[0]?.what).toBe('Tag trips with geolocation when the customer enables trip-level location tagging (optional feature)');
    // Other Purposes on e-mail: the security activity also answers regulators (a legal obligation).
    const email = labels.apple.types.find((t) => t.id === 'EMAIL_ADDRESS');
    expect(email?.purposes.find((p) => p.id === 'OTHER_PURPOSES')?.sources.map((s) => s.what)).toContain('Respond to regulators or law enforcement when we are legally obliged to respond');
    // Every source points at a category of that activity that maps to the type.
    for (const t of labels.apple.types) {
      for (const s of t.sources) {
        const index = Number(/\[(\d+)\]/.exec(s.field ?? '')?.[1]);
        const use = activity(s.entityId).dataCategories[index];
        if (use === undefined) throw new Error(`${s.entityId} ${s.field}`);
        const m = categoryMapping(use.category, doc.taxonomies.dataCategories.find((c) => c.key === use.category));
        expect(m.apple.kind === 'type' && m.apple.type.id, `${t.id} ← ${use.category}`).toBe(t.id);
      }
    }
  });

  it('leaves out what the app does not collect: the employer link the customer provides, and the on-device queue', () => {
    expect(labels.leftOut.map((l) => [l.category.key, l.reason])).toEqual([
      ['employer_link', 'Not collected by the app: provided by the customer organisation.'],
      ['offline_queue_files', 'Mapped as not a data type of either store.'],
    ]);
  });
});

describe('Roomify Smart Camera: Google Play Data safety', () => {
  it('answers the general questions from the product and its activities', () => {
    const g = labels.google;
    expect(g.collectsData).toBe(true);
    expect(g.encryptedInTransit.value).toBe(true);
    expect(g.encryptedInTransit.sources).toHaveLength(doc.activities.filter((a) => a.productId === ROOMIFY_APP_ID).length);
    expect(g.deletion.value).toBe('DATA_DELETION_YES');
    expect(g.deletion.reason).toBe('Users can ask for deletion in the app (Profile > Account Security > Delete account) and on the web (https://roomify.tech/delete-account).');
    expect(g.accountDeletionUrl).toBe('https://roomify.tech/delete-account');
    expect(g.deletion.sources.map((s) => s.what)).toEqual(['In the app: Profile > Account Security > Delete account', 'Web form: https://roomify.tech/delete-account', 'Deletion steps']);
    expect(g.accountCreation.value).toEqual(['PSL_ACM_USER_ID_PASSWORD']);
  });

  it('declares every type collected, not shared, kept, required unless optional, for the activities’ purposes', () => {
    expect(answerLines(labels, 'google').slice(4)).toEqual([
      'Personal info / Name: collected, required; for App functionality, Developer communications, Fraud prevention, security, and compliance',
      'Personal info / Email address: collected, required; for App functionality, Developer communications, Fraud prevention, security, and compliance',
      'Personal info / User IDs: collected, required; for App functionality',
      'Personal info / Phone number: collected, optional; for Developer communications',
      'Personal info / Other info: collected, required; for App functionality',
      'Financial info / Purchase history: collected, required; for App functionality, Fraud prevention, security, and compliance',
      'Location / Precise location: collected, optional; for App functionality',
      'Messages / Other in-app messages: collected, required; for App functionality',
      'Photos and videos / Photos: collected, required; for App functionality',
      'App info and performance / Crash logs: collected, required; for Analytics',
      'App info and performance / Diagnostics: collected, required; for Analytics, Fraud prevention, security, and compliance',
      'App activity / Other user-generated content: collected, required; for App functionality',
      'App activity / Other actions: collected, required; for Fraud prevention, security, and compliance',
      'Device or other IDs / Device or other IDs: collected, required; for Analytics, Developer communications, Fraud prevention, security, and compliance',
    ]);
    // The records say: the phone number is optional (SMS alerts), location is optional (customer policy).
    expect(activity('act-roomify-notifications').dataCategories.find((c) => c.category === 'phone_number')?.requirement).toBe('optional');
    expect(labels.google.types.find((t) => t.id === 'PSL_PRECISE_LOCATION')?.required.reason).toBe('Optional: every activity that collects it records that providing it is optional.');
    // Hetzner, Sentry, Crashlytics, Brevo, Twilio and FCM are processors; the customer's admins and authorities are exceptions.
    for (const t of labels.google.types) expect(t.shared.value, t.id).toBe(false);
    expect(labels.google.types.find((t) => t.id === 'PSL_CRASH_LOGS')?.shared.reason).toContain('Sentry: a processor acting on our behalf: Google does not count it as sharing');
  });
});

describe('Roomify Smart Camera: PrivacyInfo.xcprivacy', () => {
  it('lists the same types as the App Store answers, linked, not tracking, with the manifest purpose keys', () => {
    const value = parsePlist(manifestXml(labels.apple));
    expect(value).toEqual(manifestValue(labels.apple));
    const m = manifestValue(labels.apple);
    expect(m.NSPrivacyTracking).toBe(false);
    expect(m.NSPrivacyTrackingDomains).toEqual([]);
    expect(m.NSPrivacyCollectedDataTypes.map((t) => t.NSPrivacyCollectedDataType)).toEqual(labels.apple.types.map((t) => t.manifest));
    expect(m.NSPrivacyCollectedDataTypes.find((t) => t.NSPrivacyCollectedDataType === 'NSPrivacyCollectedDataTypeCrashData')).toEqual({
      NSPrivacyCollectedDataType: 'NSPrivacyCollectedDataTypeCrashData',
      NSPrivacyCollectedDataTypeLinked: true,
      NSPrivacyCollectedDataTypeTracking: false,
      NSPrivacyCollectedDataTypePurposes: ['NSPrivacyCollectedDataTypePurposeAnalytics', 'NSPrivacyCollectedDataTypePurposeAppFunctionality'],
    });
  });
});
