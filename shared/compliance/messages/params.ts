/**
 * What each check tells about a finding, as data: the names of the records, country codes,
 * ISO dates and which variant of the sentence applies. The catalogues (en.ts, de.ts, fr.ts)
 * turn these into sentences; a rule never writes a sentence itself.
 */
import type { NoticeLanguage } from '../../model';

/** Why an activity likely needs a DPIA (Art. 35(3), the EDPB's criteria). */
export const DPIA_TRIGGERS = ['special', 'monitoring', 'location', 'children', 'profiling', 'ai'] as const;
export type DpiaTrigger = (typeof DPIA_TRIGGERS)[number];

/** The fields an imported line of text may belong to (shared/import/headings' field keys). */
export const PLACE_FIELDS = [
  'legalBasis', 'art9', 'legitimateInterest', 'purposes', 'dataSubjects', 'dataCategories', 'specialCategories', 'retention',
  'recipients', 'transfers', 'transferSafeguards', 'automated', 'source', 'dpia', 'dpiaProgress', 'lastReviewed', 'role',
] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];

interface Activity {
  readonly activity: string;
}
interface PurposeIn extends Activity {
  readonly purpose: string;
}
interface Product {
  readonly product: string;
}

/** The parameters of each rule's sentences, by rule id. */
export interface FindingParams {
  'activity-without-purpose': Activity;
  'purpose-without-legal-basis': PurposeIn;
  'legitimate-interest-undescribed': PurposeIn;
  'consent-without-withdrawal': PurposeIn & Product;
  'activity-without-data-subjects': Activity;
  'activity-without-data-categories': Activity;
  'category-without-retention': Activity & { readonly category: string };
  'activity-without-security-measures': Activity;
  'processor-without-controllers': Activity;
  /** `jointController` undefined: the other controller is not named at all. */
  'joint-controller-without-arrangement': Activity & { readonly jointController?: string };
  'special-category-without-art9-condition': Activity & { readonly category: string };
  'criminal-data-without-legal-authority': Activity & { readonly category: string };
  /** `sensitiveActivity`: the activity with special or criminal data; else the staff count is the reason. */
  'dpo-likely-required': { readonly organisation: string; readonly sensitiveActivity?: string; readonly staffCount: number; readonly dpoRecorded: boolean };
  /** `dpf`: the US decision covers only certified recipients ('no-vendor': no vendor record; 'uncertified'); undefined: no adequacy decision at all. */
  'transfer-without-safeguard': Activity & { readonly recipient?: string; readonly country: string; readonly dpf?: 'no-vendor' | 'uncertified' };
  'adequacy-not-available': Activity & { readonly country: string };
  'us-adequacy-without-dpf': Activity & { readonly recipient?: string; readonly vendorRecord: boolean };
  'derogation-for-repetitive-transfer': Activity & { readonly country: string };
  'recipient-outside-eea-without-transfer': Activity & { readonly vendor?: string; readonly recipient?: string; readonly countries: readonly string[] };
  'processor-without-dpa': { readonly vendor: string; readonly pending: boolean };
  'vendor-unused': { readonly vendor: string };
  'dpia-likely-required': Activity & { readonly triggers: readonly DpiaTrigger[]; readonly screened: boolean };
  'dpia-required-not-started': Activity;
  'product-without-privacy-contact': Product;
  'minimum-age-below-digital-consent-age': Product &
    (
      | { readonly kind: 'no-minimum'; readonly consentAge: number }
      | { readonly kind: 'below'; readonly minimumAge: number; readonly country: string; readonly consentAge: number; readonly law: string; readonly gdprDefault: boolean }
    );
  /** `section`: the section's heading in the override's language, else its key. */
  'stale-notice-override': Product & { readonly section: string; readonly lang: NoticeLanguage; readonly removed: boolean };
  'organisation-without-legal-entity': { readonly organisation: string; readonly noLegalName: boolean; readonly noAddress: boolean };
  'controller-outside-eea-without-representative': { readonly organisation: string; readonly products: readonly string[] };
  'published-notice-outdated': Product & { readonly version: number; readonly publishedOn: string };
  'review-overdue': Activity & { readonly due: string };
  'approved-without-review-details': Activity & { readonly noReviewer: boolean; readonly noNextReview: boolean };
  /** `storeTypes`: the stores' own names of the data type ("App Store: Contact Info › Email Address"). */
  'store-label-type-not-in-notice': Product & { readonly categories: readonly string[]; readonly storeTypes: string };
  'store-notice-data-not-in-label': Product & { readonly category: string };
  /** `types`: the App Store's names of the data types used to track. */
  'store-no-tracking-but-tracking': Product & { readonly types: readonly string[] };
  'store-precise-location-without-permission': Product & { readonly categories: readonly string[]; readonly source?: string };
  'store-location-permission-without-location': Product;
  'store-account-without-in-app-deletion': Product & { readonly source?: string };
  'store-encryption-in-transit-not-recorded': Product & Activity;
  'recipient-without-location': Activity & { readonly recipient?: string; readonly vendor: boolean };
  'consent-for-employees': PurposeIn;
  /** `who`: the data subjects' labels ('' where the taxonomy has none). */
  'contract-basis-non-party': PurposeIn & { readonly who: readonly string[] };
  'processor-controller-without-contact': Activity & { readonly controller: string };
  'imported-text-to-place': Activity & { readonly field?: PlaceField; readonly text: string; readonly header: string; readonly column: string; readonly row: number };
}

export type RuleId = keyof FindingParams;
