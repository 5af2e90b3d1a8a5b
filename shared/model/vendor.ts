import { z } from 'zod';
import { CountryCode, Id, IsoDate, IsoDateTime, WebUrl, list, oneOf, requiredText, text } from './common';
import { DPA_STATUSES, SCC_MODULES, TRANSFER_MECHANISMS, VENDOR_CATEGORIES, VENDOR_ROLES } from './enums';

/** A recipient shared across products: processor, sub-processor or independent controller. */
export const Vendor = z.strictObject({
  id: Id,
  name: requiredText(200),
  legalName: text(300).optional(),
  service: text(500).optional(),
  category: oneOf(VENDOR_CATEGORIES),
  headquarters: CountryCode.optional(),
  role: oneOf(VENDOR_ROLES),
  processingCountries: list(CountryCode, 100, 'countries'),
  dpa: z.strictObject({
    status: oneOf(DPA_STATUSES),
    date: IsoDate.optional(),
    link: text(2000).optional(),
  }),
  transferMechanism: oneOf(TRANSFER_MECHANISMS).optional(),
  sccModule: z.union(SCC_MODULES.map((m) => z.literal(m)), { error: 'must be an SCC module 1, 2, 3 or 4' }).optional(),
  dpfCertified: z.boolean().optional(),
  certifications: list(requiredText(100), 30, 'certifications'),
  website: WebUrl.optional(),
  privacyUrl: WebUrl.optional(),
  /** Key of the catalogue entry this vendor was added from. */
  catalogueKey: text(64).optional(),
  notes: text(4000).optional(),
  createdAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime.optional(),
});
export type Vendor = z.infer<typeof Vendor>;
