/**
 * Fixed vocabularies of the record model. Every key here has a label and a
 * description in the dated reference files under `resources/reference/`; a test
 * keeps the two in step.
 */

/** Art. 6(1) lawful bases, keyed by their usual name (letter in the reference file). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Art. 9(2) conditions for special-category data, (a) to (j). */
export const ART9_CONDITIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

/** Transfer tools: Art. 45 adequacy, Art. 46(2)/(3) safeguards, Art. 47 BCR, Art. 49 derogations. */
export const TRANSFER_MECHANISMS = [
  'adequacy',
  'scc',
  'bcr',
  'public_authority_instrument',
  'sa_scc',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'administrative_arrangement',
  'derogation',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** 2021/914 SCC modules: 1 C→C, 2 C→P, 3 P→P, 4 P→C. */
export const SCC_MODULES = [1, 2, 3, 4] as const;
export type SccModule = (typeof SCC_MODULES)[number];

/** Art. 49(1) derogations (a)–(g) and the second-subparagraph compelling legitimate interests. */
export const DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling_interests'] as const;
export type Derogation = (typeof DEROGATIONS)[number];

/** Data-subject rights, Arts. 7(3), 13–22, 77. */
export const RIGHTS = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'notification',
  'portability',
  'objection',
  'automated_decisions',
  'withdraw_consent',
  'complaint',
] as const;
export type Right = (typeof RIGHTS)[number];

export const ACTIVITY_ROLES = ['controller', 'processor', 'joint_controller'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

export const ACTIVITY_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Where the data of a category comes from (Art. 14(2)(f) when not the person). */
export const DATA_SOURCES = [
  'data_subject',
  'device',
  'generated',
  'customer',
  'third_party',
  'publicly_available',
] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Art. 13(2)(e): whether providing the data is required. */
export const REQUIREMENTS = ['statutory', 'contractual', 'necessary_for_service', 'optional'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** What happens when the retention period ends. */
export const END_ACTIONS = ['delete', 'anonymise', 'archive', 'return_to_customer', 'review'] as const;
export type EndAction = (typeof END_ACTIONS)[number];

export const RECIPIENT_TYPES = [
  'processor',
  'sub_processor',
  'controller',
  'joint_controller',
  'internal',
  'customer',
  'public_authority',
] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const VENDOR_ROLES = ['processor', 'sub_processor', 'controller', 'joint_controller'] as const;
export type VendorRole = (typeof VENDOR_ROLES)[number];

export const VENDOR_CATEGORIES = [
  'hosting',
  'database',
  'storage',
  'email',
  'sms_voice',
  'push',
  'maps',
  'monitoring',
  'crash_reporting',
  'payments',
  'analytics',
  'ai',
  'support',
  'authentication',
  'cdn',
  'collaboration',
  'other',
] as const;
export type VendorCategory = (typeof VENDOR_CATEGORIES)[number];

export const DPA_STATUSES = ['signed', 'pending', 'missing', 'not_required'] as const;
export type DpaStatus = (typeof DPA_STATUSES)[number];

export const DPIA_STATUSES = ['not_assessed', 'not_required', 'required', 'in_progress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

export const PLATFORMS = ['ios', 'android', 'web', 'desktop', 'api', 'integration', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const STORES = ['app_store', 'google_play', 'microsoft_store', 'chrome_web_store', 'marketplace', 'other'] as const;
export type Store = (typeof STORES)[number];

export const AUDIENCES = ['consumers', 'business_users', 'employees', 'children', 'patients', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DEVICE_PERMISSIONS = [
  'camera',
  'photos',
  'storage',
  'location_when_in_use',
  'location_always',
  'microphone',
  'contacts',
  'calendar',
  'notifications',
  'bluetooth',
  'network',
  'motion',
  'health',
  'biometrics',
  'tracking',
] as const;
export type DevicePermission = (typeof DEVICE_PERMISSIONS)[number];

/** Statements a product's notice may make when the user opts in. */
export const NOTICE_STATEMENTS = ['no_sale', 'no_advertising', 'no_ai_training', 'no_tracking', 'no_profiling', 'no_third_party_sdks'] as const;
export type NoticeStatement = (typeof NOTICE_STATEMENTS)[number];

export const NOTICE_LANGUAGES = ['en', 'de', 'fr'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const JURISDICTION_ADDONS = ['ccpa', 'uk_gdpr', 'swiss_fadp'] as const;
export type JurisdictionAddon = (typeof JURISDICTION_ADDONS)[number];

/** Art. 32(1) points a measure serves. */
export const ART32_POINTS = ['a', 'b', 'c', 'd'] as const;
export type Art32Point = (typeof ART32_POINTS)[number];

/** Groups of the data-category taxonomy. */
export const DATA_CATEGORY_GROUPS = [
  'identity',
  'contact',
  'account',
  'identifiers',
  'location',
  'device',
  'usage',
  'financial',
  'content',
  'communications',
  'professional',
  'special',
  'criminal',
  'other',
] as const;
export type DataCategoryGroup = (typeof DATA_CATEGORY_GROUPS)[number];
