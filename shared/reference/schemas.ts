/**
 * Runtime schemas of the reference files, used by the tests (and by any
 * future updater) to validate what the compiler can only check loosely.
 */
import { z } from 'zod';
import {
  ART32_POINTS,
  ART9_CONDITIONS,
  DATA_CATEGORY_GROUPS,
  DEROGATIONS,
  LEGAL_BASES,
  RIGHTS,
  SCC_MODULES,
  TRANSFER_MECHANISMS,
  VENDOR_CATEGORIES,
  VENDOR_ROLES,
} from '../model/enums';
import type {
  AdequacyEntry,
  CountryEntry,
  DataCategoryEntry,
  DataSubjectEntry,
  SccModuleEntry,
  SecurityMeasureEntry,
  SupervisoryAuthorityEntry,
  TransferMechanismEntry,
  VendorEntry,
} from './types';
import { ADEQUACY_CONDITIONS, ADEQUACY_EVENTS, ADEQUACY_SCOPES } from './types';

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const code = z.string().regex(/^[A-Z]{2}$/);
const key = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
const https = z.url({ protocol: /^https$/ });

export const envelopeSchema = z.object({
  name: text,
  version: isoDate,
  source: text,
  entries: z.array(z.unknown()).min(1),
});

export const countrySchema: z.ZodType<CountryEntry> = z.strictObject({
  code,
  name: text,
  eu: z.boolean(),
  eea: z.boolean(),
  partOf: code.optional(),
  gdprApplies: z.boolean().optional(),
});

export const adequacySchema: z.ZodType<AdequacyEntry> = z.strictObject({
  country: code.optional(),
  organisation: text.optional(),
  name: text,
  decision: text.optional(),
  date: isoDate,
  dateApproximate: z.boolean().optional(),
  scope: z.enum(ADEQUACY_SCOPES),
  scopeNote: text.optional(),
  condition: z.enum(ADEQUACY_CONDITIONS).optional(),
  history: z
    .array(
      z.strictObject({
        event: z.enum(ADEQUACY_EVENTS),
        date: isoDate,
        dateApproximate: z.boolean().optional(),
        note: text.optional(),
      }),
    )
    .optional(),
});

function articleSchema<const K extends readonly [string, ...string[]]>(keys: K) {
  return z.strictObject({ key: z.enum(keys), article: text, label: text, description: text });
}

export const legalBasisSchema = articleSchema(LEGAL_BASES);
export const art9ConditionSchema = articleSchema(ART9_CONDITIONS);
export const derogationSchema = articleSchema(DEROGATIONS);
export const rightSchema = articleSchema(RIGHTS);

export const transferMechanismSchema: z.ZodType<TransferMechanismEntry> = articleSchema(TRANSFER_MECHANISMS).extend({
  requiresAuthorisation: z.boolean(),
});

export const sccModuleSchema: z.ZodType<SccModuleEntry> = z.strictObject({
  module: z.union(SCC_MODULES.map((m) => z.literal(m))),
  label: text,
  decision: text,
  date: isoDate,
});

export const dataCategorySchema: z.ZodType<DataCategoryEntry> = z.strictObject({
  key,
  label: text,
  group: z.enum(DATA_CATEGORY_GROUPS),
  special: z.boolean(),
  criminal: z.boolean(),
  description: text,
});

export const dataSubjectSchema: z.ZodType<DataSubjectEntry> = z.strictObject({ key, label: text, description: text });

export const securityMeasureSchema: z.ZodType<SecurityMeasureEntry> = z.strictObject({
  key,
  label: text,
  art32: z.array(z.enum(ART32_POINTS)).min(1),
  description: text,
});

export const vendorSchema: z.ZodType<VendorEntry> = z.strictObject({
  key,
  name: text,
  legalName: text,
  service: text,
  category: z.enum(VENDOR_CATEGORIES),
  headquarters: code,
  role: z.enum(VENDOR_ROLES),
  processingCountries: z.array(code).min(1),
  dpfCertified: z.boolean(),
  transferMechanism: z.enum(TRANSFER_MECHANISMS).optional(),
  sccModule: z.union([z.literal(2), z.literal(3)]).optional(),
  certifications: z.array(text),
  website: https,
  privacyUrl: https,
  euEntity: text.optional(),
  note: text.optional(),
});

export const supervisoryAuthoritySchema: z.ZodType<SupervisoryAuthorityEntry> = z.strictObject({
  country: code,
  name: text,
  localName: text.optional(),
  abbreviation: text.optional(),
  region: text.optional(),
  url: https,
  note: text.optional(),
});
