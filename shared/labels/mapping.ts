/**
 * Which store types a data category stands for and which store purposes a
 * record's purpose stands for: the workspace's own mapping first, then the
 * shipped default; a custom category without a mapping is unmapped.
 */
import type { DataCategoryType, Purpose } from '../model';
import { NOT_A_STORE_TYPE } from '../model/store-label-fields';
import { appleDataType, categoryStoreDefault, googleDataType, storePurpose, type AppleDataType, type GoogleDataType } from '../reference/store-labels';

export type MappingOrigin = 'workspace' | 'default' | 'unmapped';

export type StoreTypeMapping<T> =
  | { kind: 'type'; type: T; origin: MappingOrigin; note?: string }
  | { kind: 'none'; origin: MappingOrigin; note?: string }
  | { kind: 'unmapped' };

export interface CategoryMapping {
  apple: StoreTypeMapping<AppleDataType>;
  google: StoreTypeMapping<GoogleDataType>;
}

function resolve<T>(own: string | undefined, fallback: string | undefined, note: string | undefined, lookup: (id: string) => T | undefined): StoreTypeMapping<T> {
  const pick = (id: string, origin: MappingOrigin): StoreTypeMapping<T> => {
    if (id === NOT_A_STORE_TYPE) return { kind: 'none', origin, ...(note !== undefined && origin === 'default' ? { note } : {}) };
    const type = lookup(id);
    return type === undefined ? { kind: 'unmapped' } : { kind: 'type', type, origin, ...(note !== undefined && origin === 'default' ? { note } : {}) };
  };
  if (own !== undefined) return pick(own, 'workspace');
  if (fallback !== undefined) return pick(fallback, 'default');
  return { kind: 'unmapped' };
}

/** The store types of a taxonomy entry (`entry` undefined: a key the workspace taxonomy lacks, read from the defaults). */
export function categoryMapping(key: string, entry: Pick<DataCategoryType, 'storeTypes'> | undefined): CategoryMapping {
  const d = categoryStoreDefault(key);
  return {
    apple: resolve(entry?.storeTypes?.apple, d?.apple, d?.note, appleDataType),
    google: resolve(entry?.storeTypes?.google, d?.google, d?.note, googleDataType),
  };
}

export interface PurposeMapping {
  key: string;
  label: string;
  apple: string;
  google?: string;
}

/** The store purposes of a record's purpose; undefined when it has none yet. */
export function purposeMapping(p: Pick<Purpose, 'storePurpose'>): PurposeMapping | undefined {
  if (p.storePurpose === undefined) return undefined;
  const e = storePurpose(p.storePurpose);
  if (e === undefined) return undefined;
  return { key: e.key, label: e.label, apple: e.apple, ...(e.google !== undefined ? { google: e.google } : {}) };
}
