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
});
export type PermissionUse = z.infer<typeof PermissionUse>;

export const CustomSection = z.strictObject({
  id: Id,
  title: requiredText(200),
  body: requiredText(20_000),
});

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
  lastUpdated: IsoDate.optional(),
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
