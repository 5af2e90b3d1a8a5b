/**
 * Shapes of the dated reference files under `resources/reference/`. Every file
 * has the same envelope: a name, an ISO-date version, the source of the facts
 * and the entries.
 */
import type {
  Art32Point,
  Art9Condition,
  DataCategoryGroup,
  Derogation,
  LegalBasis,
  Right,
  SccModule,
  TransferMechanism,
  VendorCategory,
  VendorRole,
} from '../model/enums';

export interface ReferenceFile<E> {
  readonly name: string;
  /** ISO date (YYYY-MM-DD) the facts were last checked. */
  readonly version: string;
  readonly source: string;
  readonly entries: readonly E[];
}

export interface ReferenceVersion {
  readonly name: string;
  readonly version: string;
}

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** English short name. */
  readonly name: string;
  readonly eu: boolean;
  readonly eea: boolean;
  /** For territories with their own code that belong to an EU member state (e.g. Réunion → FR). */
  readonly partOf?: string;
  /** The GDPR applies there although the code is not a member state's own. */
  readonly gdprApplies?: boolean;
}

/** Conditions under which an adequacy decision covers a recipient. */
export const ADEQUACY_CONDITIONS = ['dpf_certified', 'pipeda_commercial'] as const;
export type AdequacyCondition = (typeof ADEQUACY_CONDITIONS)[number];

export const ADEQUACY_SCOPES = ['full', 'partial'] as const;
export type AdequacyScope = (typeof ADEQUACY_SCOPES)[number];

export const ADEQUACY_EVENTS = ['reviewed', 'renewed'] as const;
export type AdequacyEvent = (typeof ADEQUACY_EVENTS)[number];

export interface AdequacyHistoryEntry {
  readonly event: AdequacyEvent;
  readonly date: string;
  readonly dateApproximate?: boolean;
  readonly note?: string;
}

export interface AdequacyEntry {
  /** ISO code; absent for an international organisation. */
  readonly country?: string;
  /** Set for an international organisation instead of `country`. */
  readonly organisation?: string;
  readonly name: string;
  /** Decision number, e.g. "(EU) 2023/1795"; absent where not yet recorded. */
  readonly decision?: string;
  /** ISO date of the decision. */
  readonly date: string;
  /** True when only the month is known (date is then the first of the month). */
  readonly dateApproximate?: boolean;
  readonly scope: AdequacyScope;
  readonly scopeNote?: string;
  readonly condition?: AdequacyCondition;
  readonly history?: readonly AdequacyHistoryEntry[];
}

interface ArticleEntry<K> {
  readonly key: K;
  readonly article: string;
  readonly label: string;
  readonly description: string;
}

export type LegalBasisEntry = ArticleEntry<LegalBasis>;
export type Art9ConditionEntry = ArticleEntry<Art9Condition>;
export type DerogationEntry = ArticleEntry<Derogation>;
export type RightEntry = ArticleEntry<Right>;

export interface TransferMechanismEntry extends ArticleEntry<TransferMechanism> {
  /** Art. 46(3): needs the supervisory authority's authorisation. */
  readonly requiresAuthorisation: boolean;
}

export interface SccModuleEntry {
  readonly module: SccModule;
  readonly label: string;
  readonly decision: string;
  readonly date: string;
}

export interface TransferMechanismsFile extends ReferenceFile<TransferMechanismEntry> {
  readonly sccModules: readonly SccModuleEntry[];
  readonly derogations: readonly DerogationEntry[];
}

export interface DataCategoryEntry {
  readonly key: string;
  readonly label: string;
  readonly group: DataCategoryGroup;
  /** Art. 9 special category. */
  readonly special: boolean;
  /** Art. 10 criminal convictions and offences. */
  readonly criminal: boolean;
  readonly description: string;
}

export interface DataSubjectEntry {
  readonly key: string;
  readonly label: string;
  readonly description: string;
}

export interface SecurityMeasureEntry {
  readonly key: string;
  readonly label: string;
  readonly art32: readonly Art32Point[];
  readonly description: string;
}

export interface VendorEntry {
  readonly key: string;
  readonly name: string;
  readonly legalName: string;
  readonly service: string;
  readonly category: VendorCategory;
  /** ISO code of the parent company's headquarters. */
  readonly headquarters: string;
  /** Typical role towards a customer using the service. */
  readonly role: VendorRole;
  /** Typical or selectable processing regions (ISO codes). */
  readonly processingCountries: readonly string[];
  readonly dpfCertified: boolean;
  readonly transferMechanism?: TransferMechanism;
  readonly sccModule?: 2 | 3;
  readonly certifications: readonly string[];
  readonly website: string;
  readonly privacyUrl: string;
  /** The group entity EEA customers usually contract with, when not the parent. */
  readonly euEntity?: string;
  readonly note?: string;
}

export interface SupervisoryAuthorityEntry {
  readonly country: string;
  /** English name. */
  readonly name: string;
  readonly localName?: string;
  readonly abbreviation?: string;
  /** Set for a regional (e.g. German Land) authority. */
  readonly region?: string;
  readonly url: string;
  readonly note?: string;
}
