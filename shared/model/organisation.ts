import { z } from 'zod';
import { Contact, CountryCode, Email, Id, IsoDateTime, WebUrl, requiredText, text } from './common';

/** The controller (or processor) itself: Art. 30(1)(a) / 30(2)(a). */
export const Organisation = z.strictObject({
  id: Id,
  name: requiredText(200),
  legalName: text(300).optional(),
  registrationNumber: text(100).optional(),
  address: text(500).optional(),
  country: CountryCode.optional(),
  email: Email.optional(),
  phone: text(50).optional(),
  website: WebUrl.optional(),
  /** Address for privacy questions and data-subject requests. */
  privacyEmail: Email.optional(),
  staffCount: z.int().min(0).max(10_000_000).optional(),
  dpo: Contact.optional(),
  /** Art. 27 representative in the Union, for controllers established outside it. */
  representative: Contact.optional(),
  leadAuthority: Contact.optional(),
  notes: text(5000).optional(),
  createdAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime.optional(),
});
export type Organisation = z.infer<typeof Organisation>;
