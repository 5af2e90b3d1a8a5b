/**
 * The record schemas as the interchange document reads them: the same fields and
 * checks as the model, but empty lists and fields with a natural default may be
 * left out. What a left-out field becomes (and so what the JSON Schema's
 * `default` says):
 * - every list: empty;
 * - an activity's DPIA: not yet screened (`not_assessed`); automated decisions: none
 *   (`exists: false`); status: draft;
 * - a data category's source: the person (`data_subject`), and whether providing it is
 *   required: needed for the service (`necessary_for_service`): the two values a notice
 *   says nothing about, as the Excel register import has always read empty cells;
 * - a product's notice settings: English, no statements, add-ons or own sections.
 * Documents that write every field (every export does) read exactly as before.
 */
import {
  ACTIVITY_STATUSES,
  AutomatedDecisions,
  CountryCode,
  DATA_SOURCES,
  DataCategoryUse,
  Dpia,
  NoticeSettings,
  Party,
  ProcessingActivity,
  Product,
  Purpose,
  REQUIREMENTS,
  Recipient,
  TaxonomyKey,
  Transfer,
  Vendor,
  list,
  oneOf,
  requiredText,
} from '../model';

export const LenientDataCategoryUse = DataCategoryUse.extend({
  source: oneOf(DATA_SOURCES).default('data_subject'),
  requirement: oneOf(REQUIREMENTS).default('necessary_for_service'),
});

export const LenientActivity = ProcessingActivity.extend({
  controllers: list(Party, 100, 'controllers').default([]),
  jointControllers: list(Party, 20, 'joint controllers').default([]),
  purposes: list(Purpose, 50, 'purposes').default([]),
  dataSubjects: list(TaxonomyKey, 50, 'data-subject categories').default([]),
  dataCategories: list(LenientDataCategoryUse, 200, 'data categories').default([]),
  recipients: list(Recipient, 200, 'recipients').default([]),
  transfers: list(Transfer, 200, 'transfers').default([]),
  securityMeasures: list(TaxonomyKey, 200, 'security measures').default([]),
  dpia: Dpia.default({ status: 'not_assessed' }),
  automatedDecisions: AutomatedDecisions.default({ exists: false }),
  systems: list(requiredText(200), 100, 'systems').default([]),
  status: oneOf(ACTIVITY_STATUSES).default('draft'),
});

const productLists = Product.shape;
const noticeLists = NoticeSettings.shape;

export const LenientNoticeSettings = NoticeSettings.extend({
  languages: noticeLists.languages.default(['en']),
  statements: noticeLists.statements.default([]),
  jurisdictionAddons: noticeLists.jurisdictionAddons.default([]),
  customSections: noticeLists.customSections.default([]),
});

export const LenientProduct = Product.extend({
  platforms: productLists.platforms.default([]),
  storeListings: productLists.storeListings.default([]),
  audiences: productLists.audiences.default([]),
  hostingCountries: list(CountryCode, 50, 'countries').default([]),
  permissions: productLists.permissions.default([]),
  notice: LenientNoticeSettings.default({ languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] }),
});

export const LenientVendor = Vendor.extend({
  processingCountries: list(CountryCode, 100, 'countries').default([]),
  certifications: list(requiredText(100), 30, 'certifications').default([]),
});
