import { z } from 'zod';
import { TaxonomyKey, list, oneOf, requiredText, text } from './common';
import { ART32_POINTS, DATA_CATEGORY_GROUPS } from './enums';
import { CategoryStoreTypes } from './store-label-fields';

export const DataCategoryType = z.strictObject({
  key: TaxonomyKey,
  label: requiredText(200),
  group: oneOf(DATA_CATEGORY_GROUPS),
  /** Art. 9 special category. */
  special: z.boolean(),
  /** Art. 10 criminal convictions and offences. */
  criminal: z.boolean(),
  description: text(1000).optional(),
  /** This workspace's mapping to the app stores' data types (absent: the shipped default; custom categories are unmapped). */
  storeTypes: CategoryStoreTypes.optional(),
});
export type DataCategoryType = z.infer<typeof DataCategoryType>;

export const DataSubjectType = z.strictObject({
  key: TaxonomyKey,
  label: requiredText(200),
  description: text(1000).optional(),
});
export type DataSubjectType = z.infer<typeof DataSubjectType>;

export const SecurityMeasureType = z.strictObject({
  key: TaxonomyKey,
  label: requiredText(200),
  art32: list(oneOf(ART32_POINTS), 4, 'Art. 32(1) points'),
  description: text(1000).optional(),
});
export type SecurityMeasureType = z.infer<typeof SecurityMeasureType>;
