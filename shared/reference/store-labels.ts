/**
 * The app stores' privacy-label vocabularies, shipped dated in
 * resources/reference/: Apple's App Privacy identifiers (store-apple.json),
 * Google Play's Data safety CSV ids (store-google.json), and RoPA Desk's
 * default mapping of its taxonomy and store purposes onto both
 * (store-label-defaults.json). Each file says where its lists come from.
 */
import appleFile from '../../resources/reference/store-apple.json';
import defaultsFile from '../../resources/reference/store-label-defaults.json';
import googleFile from '../../resources/reference/store-google.json';

export interface AppleDataType {
  /** App Store Connect id, e.g. EMAIL_ADDRESS (what fastlane's JSON names `category`). */
  readonly id: string;
  /** Heading the App Store groups it under, e.g. "Contact Info". */
  readonly group: string;
  readonly label: string;
  /** NSPrivacyCollectedDataType value of the privacy manifest. */
  readonly manifest: string;
  readonly description: string;
}

export interface ApplePurpose {
  readonly id: string;
  readonly label: string;
  readonly manifest: string;
  readonly description: string;
}

export interface AppleProtection {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface GoogleDataType {
  /** Response id of the data-type question, e.g. PSL_EMAIL. */
  readonly id: string;
  /** The category's question id, e.g. PSL_DATA_TYPES_PERSONAL. */
  readonly question: string;
  readonly category: string;
  readonly label: string;
}

export interface GoogleChoice {
  readonly id: string;
  readonly label: string;
}

/** One row of the documented CSV before the data types: question, response (may be ""), requirement, label. */
export interface GoogleGeneralRow {
  readonly question: string;
  readonly response: string;
  readonly requirement: string;
  readonly label: string;
}

/** A neutral purpose key of a record's purpose, with the store purposes it stands for. */
export interface StorePurposeEntry {
  readonly key: string;
  readonly label: string;
  readonly apple: string;
  /** Absent when Google has no such purpose. */
  readonly google?: string;
  readonly note: string;
}

/** The default store types of one shipped data category ("none": not a store data type). */
export interface CategoryStoreDefault {
  readonly key: string;
  readonly apple: string;
  readonly google: string;
  readonly note?: string;
}

export const appleStore = {
  version: appleFile.version,
  source: appleFile.source,
  dataTypes: appleFile.entries as readonly AppleDataType[],
  purposes: appleFile.purposes as readonly ApplePurpose[],
  protections: appleFile.protections as readonly AppleProtection[],
  manifestKeys: appleFile.manifestKeys,
} as const;

export const googleStore = {
  version: googleFile.version,
  source: googleFile.source,
  header: googleFile.header as readonly string[],
  categories: googleFile.categories as readonly { question: string; label: string }[],
  dataTypes: googleFile.entries as readonly GoogleDataType[],
  purposes: googleFile.purposes as readonly GoogleChoice[],
  accountCreationMethods: googleFile.accountCreationMethods as readonly GoogleChoice[],
  deletionResponses: googleFile.deletionResponses as readonly GoogleChoice[],
  generalRows: googleFile.generalRows as readonly GoogleGeneralRow[],
  legacyQuestions: googleFile.legacyQuestions,
  usage: googleFile.usage,
} as const;

export const storeLabelDefaults = {
  version: defaultsFile.version,
  source: defaultsFile.source,
  purposes: defaultsFile.storePurposes as readonly StorePurposeEntry[],
  categories: defaultsFile.entries as readonly CategoryStoreDefault[],
} as const;

/** The envelopes of the three files, for version display. */
export const storeReferenceFiles = [
  { name: appleFile.name, version: appleFile.version, source: appleFile.source },
  { name: googleFile.name, version: googleFile.version, source: googleFile.source },
  { name: defaultsFile.name, version: defaultsFile.version, source: defaultsFile.source },
] as const;

function index<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

const appleTypes = index(appleStore.dataTypes);
const applePurposes = index(appleStore.purposes);
const googleTypes = index(googleStore.dataTypes);
const googlePurposes = index(googleStore.purposes);
const storePurposes = new Map(storeLabelDefaults.purposes.map((p) => [p.key, p]));
const categoryDefaults = new Map(storeLabelDefaults.categories.map((c) => [c.key, c]));

export const appleDataType = (id: string): AppleDataType | undefined => appleTypes.get(id);
export const applePurpose = (id: string): ApplePurpose | undefined => applePurposes.get(id);
export const googleDataType = (id: string): GoogleDataType | undefined => googleTypes.get(id);
export const googlePurpose = (id: string): GoogleChoice | undefined => googlePurposes.get(id);
export const storePurpose = (key: string): StorePurposeEntry | undefined => storePurposes.get(key);
export const categoryStoreDefault = (key: string): CategoryStoreDefault | undefined => categoryDefaults.get(key);
