import { z } from 'zod';
import {
  DataCategoryType,
  DataSubjectType,
  IsoDateTime,
  Organisation,
  ProcessingActivity,
  Product,
  SecurityMeasureType,
  Vendor,
  list,
  requiredText,
  text,
} from '../model';

export const DOCUMENT_FORMAT = 'ropa-desk-workspace';
export const DOCUMENT_VERSION = 1;

export const Taxonomies = z.strictObject({
  dataCategories: list(DataCategoryType, 2000, 'data categories'),
  dataSubjects: list(DataSubjectType, 2000, 'data-subject categories'),
  securityMeasures: list(SecurityMeasureType, 2000, 'security measures'),
});
export type Taxonomies = z.infer<typeof Taxonomies>;

/** The versioned JSON interchange document of a whole workspace. */
export const WorkspaceDocument = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT, { error: `must be "${DOCUMENT_FORMAT}": this is not a RoPA Desk workspace document` }),
  formatVersion: z.literal(DOCUMENT_VERSION, {
    error: (issue) =>
      `is ${JSON.stringify(issue.input)}, but this version of RoPA Desk reads format version ${DOCUMENT_VERSION}`,
  }),
  exportedAt: IsoDateTime,
  generator: text(100).optional(),
  workspace: z.strictObject({ name: requiredText(200) }),
  taxonomies: Taxonomies,
  organisations: list(Organisation, 1000, 'organisations'),
  products: list(Product, 10_000, 'products'),
  vendors: list(Vendor, 10_000, 'vendors'),
  activities: list(ProcessingActivity, 200_000, 'activities'),
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocument>;
