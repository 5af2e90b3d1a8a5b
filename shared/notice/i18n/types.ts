/** The shape every language catalogue of the notice fills in. */
import type {
  Art9Condition,
  DataSource,
  DevicePermission,
  LegalBasis,
  Platform,
  RecipientType,
  Requirement,
  Store,
  TransferMechanism,
  NoticeLanguage,
  NoticeStatement,
} from '../../model';
import type { TemplateSectionKey } from '../model';
import type { RoleTexts } from './role-types';
import type { MarketingTexts } from './marketing-types';

/** Rights the notice lists (complaint and withdrawal get their own paragraphs). */
export const LISTED_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'automated_decisions', 'withdraw_consent'] as const;
export type ListedRight = (typeof LISTED_RIGHTS)[number];

export interface Catalogue extends RoleTexts, MarketingTexts {
  readonly lang: NoticeLanguage;
  /** BCP 47 locale for dates. */
  readonly locale: string;
  /** Name of the language in English, for warnings. */
  readonly languageName: string;
  readonly title: (product: string) => string;
  readonly lastUpdated: (date: string) => string;
  readonly intro: (org: string, product: string) => string;
  readonly headings: Readonly<Record<TemplateSectionKey, string>>;
  readonly list: (items: readonly string[]) => string;

  // controller and roles
  readonly controllerIs: (org: string, product: string) => string;
  /** For a product run only as processor: heading and sentence of the first section. */
  readonly providerHeading: string;
  readonly providerIs: (org: string, product: string) => string;
  readonly contactLines: { readonly address: string; readonly email: string; readonly phone: string; readonly website: string; readonly registration: string };
  readonly dpo: (name: string) => string;
  readonly dpoContact: string;
  readonly representative: (name: string) => string;
  readonly jointControllers: string;
  readonly rolesController: (org: string, data: string) => string;

  // scope and integration
  readonly scopeProduct: (product: string, description: string | undefined) => string;
  readonly scopePlatforms: (platforms: string) => string;
  readonly scopeStores: string;
  readonly platforms: Readonly<Record<Platform, string>>;
  readonly stores: Readonly<Record<Store, string>>;
  readonly integrationInstalled: (product: string, host: string) => string;
  readonly integrationStores: (stored: string) => string;
  readonly integrationLive: (live: string) => string;

  // data
  readonly dataIntro: (product: string) => string;
  readonly otherData: string;
  readonly source: (source: string) => string;
  readonly sources: Readonly<Record<DataSource, string>>;
  readonly specialData: (labels: string) => string;
  readonly art9: Readonly<Record<Art9Condition, string>>;

  // purposes
  readonly purposesIntro: string;
  readonly purposeHeader: readonly [string, string];
  readonly legalBases: Readonly<Record<LegalBasis, string>>;
  readonly legitimateInterest: (interest: string) => string;
  readonly art9Basis: (condition: string) => string;
  readonly statements: Readonly<Record<NoticeStatement, string>>;

  // recipients and transfers
  readonly recipientsIntro: string;
  readonly recipientHeader: readonly [string, string, string, string];
  readonly recipientTypes: Readonly<Record<RecipientType, string>>;
  /** The hosting countries, already named in the notice's language (singular or plural sentence). */
  readonly hostedIn: (product: string, countries: readonly string[]) => string;
  readonly noTransfers: string;
  readonly transfersIntro: string;
  readonly transferHeader: readonly [string, string, string];
  readonly mechanisms: Readonly<Record<TransferMechanism, string>>;
  readonly sccModule: (module: number) => string;
  readonly dpf: string;
  readonly copyAt: (url: string) => string;
  readonly copyOnRequest: (email: string) => string;
  readonly copyGeneric: string;

  // retention
  readonly retentionIntro: string;
  readonly retentionHeader: readonly [string, string];
  readonly months: (n: number) => string;

  // security
  readonly securityIntro: string;

  // rights
  readonly rightsIntro: string;
  readonly rights: Readonly<Record<ListedRight, string>>;
  readonly exerciseIntro: string;
  readonly exerciseEmail: (email: string) => string;
  readonly exerciseInApp: (path: string) => string;
  readonly exerciseWebForm: (url: string) => string;
  readonly withdrawConsent: string;
  readonly complaintGeneric: string;
  readonly complaintAuthority: (authority: string) => string;
  readonly responseTime: string;

  // requirement, automated, permissions, children
  readonly requirementIntro: string;
  readonly requirements: Readonly<Record<Requirement, string>>;
  readonly automatedNone: string;
  readonly automatedExists: (activity: string) => string;
  readonly automatedLogic: (logic: string) => string;
  readonly automatedSignificance: (s: string) => string;
  readonly permissionsIntro: string;
  readonly permissionHeader: readonly [string, string, string, string];
  readonly permissions: Readonly<Record<DevicePermission, string>>;
  readonly optional: string;
  readonly required: string;
  readonly minimumAge: (product: string, age: number) => string;
  readonly childrenAudience: (product: string) => string;

  // add-ons
  readonly ccpaIntro: string;
  readonly ccpaRightsIntro: string;
  readonly ccpaExercise: (email: string) => string;
  readonly ukIntro: string;
  readonly ukComplaint: string;
  readonly swissIntro: string;
  readonly swissComplaint: string;

  // changes and contact
  readonly changesIntro: (product: string) => string;
  readonly changesChannels: (channels: string) => string;
  readonly changesDays: (days: number) => string;
  readonly contactQuestions: (email: string) => string;
  readonly contactAdministrator: string;
}
