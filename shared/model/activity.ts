import { z } from 'zod';
import { CountryCode, Id, IsoDate, IsoDateTime, TaxonomyKey, WebUrl, list, oneOf, requiredText, text } from './common';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  ART9_CONDITIONS,
  DATA_SOURCES,
  DEROGATIONS,
  DPIA_STATUSES,
  END_ACTIONS,
  LEGAL_BASES,
  RECIPIENT_TYPES,
  REQUIREMENTS,
  SCC_MODULES,
  TRANSFER_MECHANISMS,
} from './enums';
import { StorePurposeField } from './store-label-fields';

/** A party the processing is done with or for (Art. 26 joint controller, Art. 30(2)(a) controller). */
export const Party = z.strictObject({
  name: requiredText(200),
  contact: text(500).optional(),
  country: CountryCode.optional(),
  /** For joint controllers: the essence of the Art. 26 arrangement. */
  arrangement: text(2000).optional(),
});
export type Party = z.infer<typeof Party>;

/** A purpose with its Art. 6 basis (and Art. 9 condition when special data is involved). */
export const Purpose = z.strictObject({
  description: requiredText(1000),
  legalBasis: oneOf(LEGAL_BASES).optional(),
  /** For legitimate interests: the interest pursued, in words. */
  legitimateInterest: text(2000).optional(),
  art9Condition: oneOf(ART9_CONDITIONS).optional(),
  /** What the app stores' privacy labels call this purpose (see store-label-fields.ts). */
  storePurpose: StorePurposeField.optional(),
  /**
   * The purpose is direct marketing (newsletters, promotional messages, marketing profiling):
   * people may object to it at any time, without giving reasons (Art. 21(2)-(3) GDPR), and the
   * notice says so separately (Art. 21(4)). Absent: not direct marketing.
   */
  directMarketing: z.boolean().optional().meta({ description: 'true when the purpose is direct marketing: the notice then offers the absolute right to object to it (Art. 21(2)-(3) GDPR)' }),
});
export type Purpose = z.infer<typeof Purpose>;

/** One category of personal data processed, with where it comes from and how long it is kept. */
export const DataCategoryUse = z.strictObject({
  category: TaxonomyKey,
  /** What exactly is held, in the words of the notice ("First/last name, work e-mail"). */
  detail: text(1000).optional(),
  source: oneOf(DATA_SOURCES),
  sourceDetail: text(500).optional(),
  requirement: oneOf(REQUIREMENTS),
  /** Art. 13(2)(e): what happens if the person does not provide it. */
  consequence: text(500).optional(),
  /** Retention period or the criteria used to set it, in words. */
  retention: text(500).optional(),
  retentionMonths: z.int().min(0).max(1200).optional(),
  endAction: oneOf(END_ACTIONS).optional(),
  /** Heading the notice groups this under, e.g. "Account data". */
  noticeGroup: text(100).optional(),
});
export type DataCategoryUse = z.infer<typeof DataCategoryUse>;

export const Recipient = z
  .strictObject({
    vendorId: Id.optional(),
    name: text(200).optional(),
    type: oneOf(RECIPIENT_TYPES),
    /** What the recipient does with the data. */
    service: text(500).optional(),
    country: CountryCode.optional(),
  })
  .refine((r) => r.vendorId !== undefined || (r.name ?? '').trim() !== '', {
    error: 'needs either a vendor (vendorId) or a name',
  });
export type Recipient = z.infer<typeof Recipient>;

export const Transfer = z.strictObject({
  country: CountryCode,
  vendorId: Id.optional(),
  recipientName: text(200).optional(),
  mechanism: oneOf(TRANSFER_MECHANISMS).optional(),
  sccModule: z.union(SCC_MODULES.map((m) => z.literal(m)), { error: 'must be an SCC module 1, 2, 3 or 4' }).optional(),
  derogation: oneOf(DEROGATIONS).optional(),
  /** Where the safeguard document is, or how a person obtains a copy. */
  documentUrl: WebUrl.optional(),
  safeguards: text(2000).optional(),
  repetitive: z.boolean().optional(),
});
export type Transfer = z.infer<typeof Transfer>;

export const Dpia = z.strictObject({
  status: oneOf(DPIA_STATUSES),
  reason: text(1000).optional(),
  link: text(2000).optional(),
  date: IsoDate.optional(),
});

export const AutomatedDecisions = z.strictObject({
  exists: z.boolean(),
  profiling: z.boolean().optional(),
  logic: text(2000).optional(),
  significance: text(2000).optional(),
});

export const ProcessingActivity = z.strictObject({
  id: Id,
  organisationId: Id,
  productId: Id.optional(),
  name: requiredText(200),
  description: text(4000).optional(),
  role: oneOf(ACTIVITY_ROLES),
  /** When processor: the controller(s) on whose behalf (Art. 30(2)(a)). */
  controllers: list(Party, 100, 'controllers'),
  jointControllers: list(Party, 20, 'joint controllers'),
  purposes: list(Purpose, 50, 'purposes'),
  dataSubjects: list(TaxonomyKey, 50, 'data-subject categories'),
  dataCategories: list(DataCategoryUse, 200, 'data categories'),
  recipients: list(Recipient, 200, 'recipients'),
  transfers: list(Transfer, 200, 'transfers'),
  securityMeasures: list(TaxonomyKey, 200, 'security measures'),
  securityNotes: text(4000).optional(),
  dpia: Dpia,
  automatedDecisions: AutomatedDecisions,
  /** Systems and storage locations the data lives in. */
  systems: list(requiredText(200), 100, 'systems'),
  status: oneOf(ACTIVITY_STATUSES),
  owner: text(200).optional(),
  reviewer: text(200).optional(),
  lastReviewed: IsoDate.optional(),
  nextReviewDue: IsoDate.optional(),
  createdAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime.optional(),
});
export type ProcessingActivity = z.infer<typeof ProcessingActivity>;

/** A new, empty processing activity: a draft with every list empty and nothing screened yet. */
export function blankActivity(a: { id: string; organisationId: string; productId?: string | undefined; name: string; role: ProcessingActivity['role'] }): ProcessingActivity {
  return {
    id: a.id,
    organisationId: a.organisationId,
    ...(a.productId !== undefined ? { productId: a.productId } : {}),
    name: a.name,
    role: a.role,
    controllers: [],
    jointControllers: [],
    purposes: [],
    dataSubjects: [],
    dataCategories: [],
    recipients: [],
    transfers: [],
    securityMeasures: [],
    dpia: { status: 'not_assessed' },
    automatedDecisions: { exists: false },
    systems: [],
    status: 'draft',
  };
}
