/** The public shapes of the compliance checker: rules, findings and what a rule sees. */
import type { WorkspaceDocument } from '../interchange';
import type { DataCategoryType, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { FindingLang } from './messages/types';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type EntityType = 'workspace' | 'organisation' | 'product' | 'activity' | 'vendor';

/** The record a finding points at. */
export interface FindingTarget {
  entityType: EntityType;
  entityId: string;
  entityName: string;
  /** path inside the record, e.g. "purposes[0].legalBasis" */
  field?: string;
  /** The product the record belongs to (activities and products), for grouping findings per product. */
  productId?: string;
  /** The organisation the record belongs to (organisations, products, activities). */
  organisationId?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** GDPR article the rule rests on, e.g. "Art. 6(1)". */
  article: string;
  /** What is wrong, in words a non-lawyer understands, naming the record. */
  message: string;
  /** How to fix it. */
  hint: string;
  target: FindingTarget;
}

/** Per-rule override: another severity, or "off" to silence the rule. */
export type RuleOverride = Severity | 'off';
export type RuleOverrides = Readonly<Record<string, RuleOverride>>;

export interface CheckOptions {
  /** The day the check runs, YYYY-MM-DD (review dates are compared with it). */
  today: string;
  /** Rule id → other severity or "off". Unknown ids are ignored. */
  overrides?: RuleOverrides;
  /** The language of the findings' sentences, fixes and articles (default English; reports in German or French ask for theirs). */
  lang?: FindingLang;
}

/** What a rule sees: the document plus lookups built once per run. */
export interface CheckContext {
  readonly doc: WorkspaceDocument;
  readonly today: string;
  /** The language findings are written in. */
  readonly lang: FindingLang;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly products: ReadonlyMap<string, Product>;
  readonly vendors: ReadonlyMap<string, Vendor>;
  /** Data-category taxonomy of the workspace (falls back to the shipped reference taxonomy). */
  category(key: string): Pick<DataCategoryType, 'key' | 'label' | 'special' | 'criminal' | 'group'> | undefined;
  /** Activities per product id (activities without a product are under ""). */
  readonly activitiesByProduct: ReadonlyMap<string, readonly ProcessingActivity[]>;
  /** Activities per organisation id. */
  readonly activitiesByOrganisation: ReadonlyMap<string, readonly ProcessingActivity[]>;
}

export interface Rule {
  id: string;
  severity: Severity;
  article: string;
  title: string;
  /** What the rule checks, in one or two sentences. */
  description: string;
  check(ctx: CheckContext): Finding[];
}
