import type {
  DataCategoryType,
  DataCategoryUse,
  DataSubjectType,
  Organisation,
  Product,
  Purpose,
  Recipient,
  SecurityMeasureType,
  Transfer,
  Vendor,
} from '../../../shared/model';
import type { ProcessingActivity } from '../../../shared/model';
import { ObjectTable, ValueListTable } from './table-spec';

const POS = ['position'];
const CHILD = ['activity_id', 'position'];

export const dataCategoryTypes = new ObjectTable<DataCategoryType>('data_category_types', POS, [
  ['key', 'text'],
  ['label', 'text'],
  ['group', 'text', 'grp'],
  ['special', 'bool'],
  ['criminal', 'bool'],
  ['description', 'text'],
  ['storeTypes', 'json'],
]);

export const dataSubjectTypes = new ObjectTable<DataSubjectType>('data_subject_types', POS, [
  ['key', 'text'],
  ['label', 'text'],
  ['description', 'text'],
]);

export const securityMeasureTypes = new ObjectTable<SecurityMeasureType>('security_measure_types', POS, [
  ['key', 'text'],
  ['label', 'text'],
  ['art32', 'json'],
  ['description', 'text'],
]);

export const organisations = new ObjectTable<Organisation>('organisations', POS, [
  ['id', 'text'],
  ['name', 'text'],
  ['legalName', 'text'],
  ['registrationNumber', 'text'],
  ['address', 'text'],
  ['country', 'text'],
  ['email', 'text'],
  ['phone', 'text'],
  ['website', 'text'],
  ['privacyEmail', 'text'],
  ['staffCount', 'int'],
  ['dpo', 'json'],
  ['representative', 'json'],
  ['leadAuthority', 'json'],
  ['notes', 'text'],
  ['createdAt', 'text'],
  ['updatedAt', 'text'],
]);

export const products = new ObjectTable<Product>('products', POS, [
  ['id', 'text'],
  ['organisationId', 'text'],
  ['name', 'text'],
  ['description', 'text'],
  ['platforms', 'json'],
  ['storeListings', 'json'],
  ['audiences', 'json'],
  ['minimumAge', 'int'],
  ['hostingCountries', 'json'],
  ['hostingStatement', 'text'],
  ['permissions', 'json'],
  ['integration', 'json'],
  ['notice', 'json'],
  ['createdAt', 'text'],
  ['updatedAt', 'text'],
]);

export const vendors = new ObjectTable<Vendor>('vendors', POS, [
  ['id', 'text'],
  ['name', 'text'],
  ['legalName', 'text'],
  ['service', 'text'],
  ['category', 'text'],
  ['headquarters', 'text'],
  ['role', 'text'],
  ['processingCountries', 'json'],
  ['dpa', 'json'],
  ['transferMechanism', 'text'],
  ['sccModule', 'int'],
  ['dpfCertified', 'bool'],
  ['certifications', 'json'],
  ['website', 'text'],
  ['privacyUrl', 'text'],
  ['catalogueKey', 'text'],
  ['notes', 'text'],
  ['createdAt', 'text'],
  ['updatedAt', 'text'],
]);

/** The activity's own row; its lists live in the child tables below. */
export type ActivityRow = Omit<
  ProcessingActivity,
  'purposes' | 'dataSubjects' | 'dataCategories' | 'recipients' | 'transfers' | 'securityMeasures'
>;

export const activities = new ObjectTable<ActivityRow>('activities', POS, [
  ['id', 'text'],
  ['organisationId', 'text'],
  ['productId', 'text'],
  ['name', 'text'],
  ['description', 'text'],
  ['role', 'text'],
  ['controllers', 'json'],
  ['jointControllers', 'json'],
  ['securityNotes', 'text'],
  ['dpia', 'json'],
  ['automatedDecisions', 'json'],
  ['systems', 'json'],
  ['status', 'text'],
  ['owner', 'text'],
  ['reviewer', 'text'],
  ['lastReviewed', 'text'],
  ['nextReviewDue', 'text'],
  ['createdAt', 'text'],
  ['updatedAt', 'text'],
]);

export const purposes = new ObjectTable<Purpose>('activity_purposes', CHILD, [
  ['description', 'text'],
  ['legalBasis', 'text'],
  ['legitimateInterest', 'text'],
  ['art9Condition', 'text'],
  ['storePurpose', 'text'],
  ['directMarketing', 'bool'],
]);

export const dataCategoryUses = new ObjectTable<DataCategoryUse>('activity_data_categories', CHILD, [
  ['category', 'text', 'category_key'],
  ['detail', 'text'],
  ['source', 'text'],
  ['sourceDetail', 'text'],
  ['requirement', 'text'],
  ['consequence', 'text'],
  ['retention', 'text'],
  ['retentionMonths', 'int'],
  ['endAction', 'text'],
  ['noticeGroup', 'text'],
]);

export const recipients = new ObjectTable<Recipient>('activity_recipients', CHILD, [
  ['vendorId', 'text'],
  ['name', 'text'],
  ['type', 'text'],
  ['service', 'text'],
  ['country', 'text'],
]);

export const transfers = new ObjectTable<Transfer>('activity_transfers', CHILD, [
  ['country', 'text'],
  ['vendorId', 'text'],
  ['recipientName', 'text'],
  ['mechanism', 'text'],
  ['sccModule', 'int'],
  ['derogation', 'text'],
  ['documentUrl', 'text'],
  ['safeguards', 'text'],
  ['repetitive', 'bool'],
]);

export const dataSubjectUses = new ValueListTable('activity_data_subjects', 'activity_id', 'subject_key');
export const securityMeasureUses = new ValueListTable('activity_security_measures', 'activity_id', 'measure_key');

/** Child tables of an activity, deleted with it (ON DELETE CASCADE). */
export const ACTIVITY_CHILD_TABLES = [
  purposes.table,
  dataCategoryUses.table,
  recipients.table,
  transfers.table,
  dataSubjectUses.table,
  securityMeasureUses.table,
] as const;
