/**
 * The record fields the app-store labels need (issue 16): a purpose's store
 * purpose, and a data category's store types. Both optional: a purpose
 * without one, or a custom category without a mapping, is a question the
 * Store labels screen asks.
 */
import { z } from 'zod';
import appleFile from '../../resources/reference/store-apple.json';
import googleFile from '../../resources/reference/store-google.json';
import { oneOf } from './common';

/** Neutral purpose keys; resources/reference/store-label-defaults.json maps each to Apple's and Google's purposes. */
export const STORE_PURPOSES = [
  'app_functionality',
  'account_management',
  'diagnostics',
  'analytics',
  'developer_communications',
  'marketing',
  'third_party_advertising',
  'personalisation',
  'fraud_prevention_security',
  'compliance',
  'other',
] as const;
export type StorePurposeKey = (typeof STORE_PURPOSES)[number];
export const StorePurposeField = oneOf(STORE_PURPOSES);

/** "none": this category is not a data type of that store (a reviewed decision, not a gap). */
export const NOT_A_STORE_TYPE = 'none';

const appleIds = new Set<string>([NOT_A_STORE_TYPE, ...appleFile.entries.map((e) => e.id)]);
const googleIds = new Set<string>([NOT_A_STORE_TYPE, ...googleFile.entries.map((e) => e.id)]);

const storeId = (ids: ReadonlySet<string>, store: string) =>
  z.string().refine((v) => ids.has(v), { error: `must be one of ${store}'s data-type ids (see resources/reference/store-${store.toLowerCase()}.json) or "none"` });

/** A workspace's own mapping of one data category to the stores' data types (absent: the shipped default). */
export const CategoryStoreTypes = z.strictObject({
  apple: storeId(appleIds, 'Apple').optional(),
  google: storeId(googleIds, 'Google').optional(),
});
export type CategoryStoreTypes = z.infer<typeof CategoryStoreTypes>;
