/** Key lookups into the reference vocabularies and catalogues. */
import type { Art9Condition, Derogation, LegalBasis, Right, SccModule, TransferMechanism } from '../model/enums';
import {
  art9Conditions,
  dataCategories,
  dataSubjects,
  derogations,
  legalBases,
  rights,
  sccModules,
  securityMeasures,
  transferMechanisms,
  vendorCatalogue,
} from './load';
import type {
  Art9ConditionEntry,
  DataCategoryEntry,
  DataSubjectEntry,
  DerogationEntry,
  LegalBasisEntry,
  RightEntry,
  SccModuleEntry,
  SecurityMeasureEntry,
  TransferMechanismEntry,
  VendorEntry,
} from './types';

function indexBy<K, E extends { readonly key: K }>(entries: readonly E[]): ReadonlyMap<K, E> {
  return new Map(entries.map((e) => [e.key, e]));
}

/** Lookup for a fixed vocabulary: every enum key has an entry (the unit test checks it). */
function required<K, E extends { readonly key: K }>(entries: readonly E[], what: string): (key: K) => E {
  const map = indexBy<K, E>(entries);
  return (key) => {
    const entry = map.get(key);
    if (entry === undefined) throw new Error(`No reference entry for ${what} "${String(key)}"`);
    return entry;
  };
}

/** Art. 6(1) lawful basis. */
export const legalBasis: (key: LegalBasis) => LegalBasisEntry = required(legalBases, 'legal basis');
/** Art. 9(2) condition. */
export const art9Condition: (key: Art9Condition) => Art9ConditionEntry = required(art9Conditions, 'Art. 9(2) condition');
/** Art. 45-49 transfer tool. */
export const transferMechanism: (key: TransferMechanism) => TransferMechanismEntry = required(
  transferMechanisms,
  'transfer mechanism',
);
/** Art. 49(1) derogation. */
export const derogation: (key: Derogation) => DerogationEntry = required(derogations, 'derogation');
/** Data-subject right. */
export const right: (key: Right) => RightEntry = required(rights, 'right');

const sccByModule: ReadonlyMap<number, SccModuleEntry> = new Map(sccModules.map((m) => [m.module, m]));
/** 2021/914 SCC module. */
export function sccModule(module: SccModule): SccModuleEntry | undefined {
  return sccByModule.get(module);
}

const vendorMap = indexBy<string, VendorEntry>(vendorCatalogue);
const categoryMap = indexBy<string, DataCategoryEntry>(dataCategories);
const subjectMap = indexBy<string, DataSubjectEntry>(dataSubjects);
const measureMap = indexBy<string, SecurityMeasureEntry>(securityMeasures);

/** Catalogue vendor by key (open set: undefined when unknown). */
export function vendorByKey(key: string): VendorEntry | undefined {
  return vendorMap.get(key);
}

/** Taxonomy data category by key. */
export function dataCategoryRef(key: string): DataCategoryEntry | undefined {
  return categoryMap.get(key);
}

/** Taxonomy data-subject category by key. */
export function dataSubjectRef(key: string): DataSubjectEntry | undefined {
  return subjectMap.get(key);
}

/** Catalogue security measure by key. */
export function securityMeasureRef(key: string): SecurityMeasureEntry | undefined {
  return measureMap.get(key);
}
