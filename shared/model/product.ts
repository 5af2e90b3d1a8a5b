import { z } from 'zod';
import { CountryCode, Email, Id, IsoDate, IsoDateTime, WebUrl, list, oneOf, requiredText, text } from './common';
import {
  AUDIENCES,
  DEVICE_PERMISSIONS,
  JURISDICTION_ADDONS,
  NOTICE_LANGUAGES,
  NOTICE_STATEMENTS,
  PLATFORMS,
  STORES,
} from './enums';

export const StoreListing = z.strictObject({
  store: oneOf(STORES),
  id: requiredText(200),
  url: WebUrl.optional(),
});

/** A device permission the app asks for, with why and whether the user may refuse it. */
export const PermissionUse = z.strictObject({
  permission: oneOf(DEVICE_PERMISSIONS),
  platforms: list(oneOf(PLATFORMS), 7, 'platforms'),
  purpose: requiredText(500),
  optional: z.boolean(),
  /** Where in the app the permission is switched on or off, when the app has such a place (else the notice names the system settings). */
  inAppPath: text(300).optional(),
});
export type PermissionUse = z.infer<typeof PermissionUse>;

export const CustomSection = z.strictObject({
  id: Id,
  title: requiredText(200),
  body: requiredText(20_000),
});

/** A way to reach the organisation, and who it is for ("Staff of a customer": "ask your administrator"). */
export const ContactRoute = z.strictObject({
  audience: requiredText(200),
  route: requiredText(500),
});
export type ContactRoute = z.infer<typeof ContactRoute>;

/** A statement of the product's own, in its words (translatable like any record text). */
export const CustomStatement = z.strictObject({
  id: Id,
  text: requiredText(1000),
});
export type CustomStatement = z.infer<typeof CustomStatement>;

/** How the product's privacy notice is put together and where people turn. */
export const NoticeSettings = z.strictObject({
  languages: list(oneOf(NOTICE_LANGUAGES), 3, 'languages'),
  contactEmail: Email.optional(),
  /** Path inside the app, e.g. "Profile > Account Security > Delete account". */
  inAppPath: text(300).optional(),
  webFormUrl: WebUrl.optional(),
  deletionSteps: text(2000).optional(),
  changeNoticeDays: z.int().min(0).max(365).optional(),
  changeChannels: text(500).optional(),
  statements: list(oneOf(NOTICE_STATEMENTS), NOTICE_STATEMENTS.length, 'statements'),
  jurisdictionAddons: list(oneOf(JURISDICTION_ADDONS), JURISDICTION_ADDONS.length, 'add-ons'),
  customSections: list(CustomSection, 50, 'sections'),
  /** Kept for documents of interchange version 1; the notice's date is that of its publication. */
  lastUpdated: IsoDate.optional(),
  // --- added with issue 11 (all optional: version-1 documents import unchanged) ---
  /** Help with the product itself (not privacy requests): e-mail and/or web page. */
  supportEmail: Email.optional(),
  supportUrl: WebUrl.optional(),
  /** Contact routes per audience, in the order the notice lists them. */
  contactRoutes: list(ContactRoute, 20, 'contact routes').optional(),
  /** Processor side: a request about a customer's data that reaches us is forwarded to that customer within this many days. */
  requestForwardDays: z.int().min(1).max(90).optional(),
  /** Statements in the product's own words, after the built-in ones. */
  customStatements: list(CustomStatement, 30, 'statements').optional(),
  /** California: recorded that no personal information was sold or shared in the preceding 12 months. */
  ccpaNoSaleOrSharingLast12Months: z.boolean().optional(),
  /** California: sensitive personal information is used beyond the purposes the CCPA regulations allow (so the right to limit applies). */
  ccpaSensitiveBeyondPermittedPurposes: z.boolean().optional(),
  /** The product is offered to people in the EU/EEA (Art. 3(2) GDPR); assumed when not set. */
  offeredInEea: z.boolean().optional(),
});
export type NoticeSettings = z.infer<typeof NoticeSettings>;

/** An integration installed into another platform: what it keeps and what it only reads live. */
export const IntegrationProfile = z.strictObject({
  hostPlatform: requiredText(200),
  storedData: requiredText(1000),
  liveReadData: text(1000).optional(),
});

export const Product = z.strictObject({
  id: Id,
  organisationId: Id,
  name: requiredText(200),
  description: text(2000).optional(),
  platforms: list(oneOf(PLATFORMS), PLATFORMS.length, 'platforms'),
  storeListings: list(StoreListing, 20, 'store listings'),
  audiences: list(oneOf(AUDIENCES), AUDIENCES.length, 'audiences'),
  minimumAge: z.int().min(0).max(21, { error: 'must be between 0 and 21' }).optional(),
  hostingCountries: list(CountryCode, 50, 'countries'),
  hostingStatement: text(1000).optional(),
  permissions: list(PermissionUse, 40, 'permissions'),
  integration: IntegrationProfile.optional(),
  notice: NoticeSettings,
  createdAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime.optional(),
});
export type Product = z.infer<typeof Product>;
