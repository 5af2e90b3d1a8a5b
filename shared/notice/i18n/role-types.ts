/**
 * Catalogue texts of the role-aware notice (issue 11): the part on processing on behalf of
 * customers, rights derived from the legal bases, recipients by role, contact routes,
 * permissions per platform, CCPA categories, publication.
 */
import type { Platform, Requirement } from '../../model';

/** Recipient groups, in the order the notice lists them (sub-processors of controller data are processors). */
export const RECIPIENT_GROUPS = ['internal', 'customer', 'processor', 'joint_controller', 'controller', 'public_authority'] as const;
export type RecipientGroup = (typeof RECIPIENT_GROUPS)[number];

/** The categories of personal information of Cal. Civ. Code § 1798.140(v)(1), and sensitive personal information (§ 1798.140(ae)). */
export const CCPA_CATEGORIES = ['identifiers', 'customer_records', 'commercial', 'biometric', 'internet_activity', 'geolocation', 'sensory', 'professional', 'inferences', 'sensitive'] as const;
export type CcpaCategory = (typeof CCPA_CATEGORIES)[number];

export interface RoleTexts {
  readonly draft: string;
  readonly introProcessor: (org: string, product: string) => string;
  readonly controllerIsSelf: (org: string) => string;
  readonly providerIsSelf: (org: string) => string;
  readonly representativeOutside: (org: string, representative: string) => string;

  readonly rolesProcessorFor: (org: string, subjects: string | undefined, heading: string) => string;
  readonly processorOnlyRoles: (org: string, product: string) => string;

  readonly onBehalfHeadingOnly: (product: string) => string;
  readonly onBehalfIntro: string;
  readonly onBehalfFor: string;
  readonly onBehalfWhose: string;
  readonly onBehalfPurposes: string;
  readonly onBehalfDataHeader: readonly [string, string];
  readonly retentionAsInstructed: string;
  readonly subprocessorsIntro: string;
  readonly subprocessorHeader: readonly [string, string, string, string];
  readonly withinEea: string;
  readonly onBehalfRequests: (days: number | undefined) => string;
  readonly processorRights: (product: string) => string;

  readonly recipientGroups: Readonly<Record<RecipientGroup, string>>;
  readonly recipientGroupHeader: readonly [string, string, string];
  readonly transfersOnBehalfRef: (heading: string) => string;
  readonly noControllerTransfers: string;

  readonly objectionBases: { readonly legitimate_interests: string; readonly public_task: string };
  readonly objectionIntro: (bases: string) => string;
  readonly objectionEffect: string;
  readonly objectionHow: (email: string | undefined) => string;
  readonly rightsDualScope: (heading: string) => string;
  readonly withdrawPermissions: (heading: string) => string;

  readonly requirementGroups: Readonly<Record<Requirement, string>>;
  readonly requirementDefault: Readonly<Record<Requirement, string>>;

  readonly permissionPlaces: Readonly<Partial<Record<Platform, (app: string) => string>>>;
  readonly permissionsWhere: (places: string) => string;
  readonly permissionInApp: (path: string) => string;

  readonly contactRoutesIntro: string;
  readonly contactEveryoneElse: string;
  readonly supportContact: (product: string, route: string) => string;

  readonly ccpaCategoriesOwn: (categories: string) => string;
  readonly ccpaCategoryNames: Readonly<Record<CcpaCategory, string>>;
  readonly ccpaNoSale: string;
  readonly ccpaNoShare: string;
  readonly ccpaNoSaleOrShare: string;
  readonly ccpaLast12Months: string;
  readonly ccpaSensitivePermitted: string;
  readonly ccpaRightsList: {
    readonly know: string;
    readonly delete: string;
    readonly correct: string;
    readonly optOut: string;
    readonly limit: string;
    readonly nonDiscrimination: string;
  };
  readonly ccpaServiceProvider: (product: string) => string;
}
