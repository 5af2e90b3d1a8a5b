/** The shapes of a product's store labels: every answer with its reason and the records it comes from. */
import type { WorkspaceDocument } from '../interchange';

/** The records the labels are built from (a whole workspace document will do). */
export type LabelRecords = Pick<WorkspaceDocument, 'products' | 'activities' | 'vendors' | 'taxonomies'>;

export type LabelStore = 'apple' | 'google' | 'manifest';
export const LABEL_STORES: readonly LabelStore[] = ['apple', 'google', 'manifest'];

/** A record an answer comes from; `field` is the path inside it, e.g. "dataCategories[2]". */
export interface TraceRef {
  entityType: 'activity' | 'product' | 'vendor' | 'taxonomy';
  entityId: string;
  entityName: string;
  field?: string;
  /** What in that record the answer rests on, in words: "Precise geolocation (device)". */
  what: string;
}

/** An answer, why it is so, and where it comes from. */
export interface Reasoned<T> {
  value: T;
  reason: string;
  sources: TraceRef[];
}

export interface PurposeAnswer {
  id: string;
  label: string;
  sources: TraceRef[];
}

export interface CategoryRef {
  key: string;
  label: string;
}

export interface AppleTypeAnswer {
  id: string;
  group: string;
  label: string;
  manifest: string;
  categories: CategoryRef[];
  purposes: PurposeAnswer[];
  linked: Reasoned<boolean>;
  tracking: Reasoned<boolean>;
  sources: TraceRef[];
}

export interface GoogleTypeAnswer {
  id: string;
  question: string;
  category: string;
  label: string;
  categories: CategoryRef[];
  shared: Reasoned<boolean>;
  ephemeral: Reasoned<boolean>;
  /** true: collection is required; false: users can choose. */
  required: Reasoned<boolean>;
  collectionPurposes: PurposeAnswer[];
  sharingPurposes: PurposeAnswer[];
  sources: TraceRef[];
}

export interface AppleLabel {
  types: AppleTypeAnswer[];
  tracking: Reasoned<boolean>;
}

export interface GoogleLabel {
  collectsData: boolean;
  /** undefined: the records do not say. */
  encryptedInTransit: Reasoned<boolean | undefined>;
  /** Response id of the deletion question (DATA_DELETION_YES …), undefined when the records do not say. */
  deletion: Reasoned<string | undefined>;
  accountDeletionUrl?: string;
  /** Response ids of the account-creation question; undefined when the records do not say. */
  accountCreation: Reasoned<string[] | undefined>;
  types: GoogleTypeAnswer[];
}

/** A question the records cannot answer yet, and what to record so that they can. */
export interface OpenQuestion {
  id: string;
  store: 'apple' | 'google' | 'both';
  question: string;
  toRecord: string;
  target: TraceRef;
}

/** A data category of the product's records that no label declares, and why. */
export interface LeftOut {
  category: CategoryRef;
  reason: string;
  sources: TraceRef[];
}

export interface StoreLabels {
  productId: string;
  productName: string;
  ios: boolean;
  android: boolean;
  apple: AppleLabel;
  google: GoogleLabel;
  leftOut: LeftOut[];
  questions: OpenQuestion[];
}
