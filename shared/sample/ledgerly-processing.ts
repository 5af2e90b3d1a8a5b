/**
 * Ledgerly as processor (Art. 30(2)): the customer data its business customers
 * upload, the AI drafting assistant and the Shopify integration. Holds
 * deliberate findings (see comments).
 */
import type { DataCategoryUse, Party, ProcessingActivity } from '../model';
import { monthsFrom, reviewDates } from './dates';
import { LEDGERLY_APP_ID, LEDGERLY_ORG_ID, LEDGERLY_SHOPIFY_ID } from './ledgerly';
import { HOSTING_SUB, MEASURES } from './ledgerly-activities';
import { categoryLine } from './util';
import { VENDOR_IDS } from './vendors';

const processorBase = { organisationId: LEDGERLY_ORG_ID, productId: LEDGERLY_APP_ID, role: 'processor', reviewer: 'DPO' } as const;

const EACH_CUSTOMER: Party = {
  name: 'Each business customer (the controller)',
  contact: 'The account owner named in the customer’s order form and data processing agreement',
};
const CUSTOMER_RETENTION = {
  retention: 'For the term of the customer contract; returned or deleted within 30 days after it ends, as agreed in the DPA.',
  retentionMonths: 1,
  endAction: 'return_to_customer',
} as const;

const CUSTOMER_RECORDS: DataCategoryUse[] = [
  ...categoryLine(['full_name', 'email_address', 'phone_number', 'postal_address'], {
    detail: 'Contact details of the customer’s own customers and business contacts',
    source: 'customer',
    requirement: 'contractual',
    ...CUSTOMER_RETENTION,
  }),
  ...categoryLine(['customer_order_ids', 'invoices', 'bank_account'], {
    detail: 'Quotes, invoices, customer numbers and bank details for payment',
    source: 'customer',
    requirement: 'contractual',
    ...CUSTOMER_RETENTION,
  }),
  // deliberate finding: a data category without any retention period or criteria (Art. 30(1)(f)).
  { category: 'free_text_notes', detail: 'Notes the customer writes about its contacts', source: 'customer', requirement: 'optional' },
];

export function ledgerlyProcessorActivities(now: Date): ProcessingActivity[] {
  return [
    {
      ...processorBase,
      id: 'act-ledgerly-customer-data',
      name: 'CRM and invoicing data of business customers',
      description: 'Contacts, quotes and invoices that business customers keep in Ledgerly about their own customers.',
      controllers: [EACH_CUSTOMER],
      jointControllers: [],
      purposes: [{ description: 'Store and process customer records and send invoices on the customer’s documented instructions' }],
      dataSubjects: ['customer_end_users', 'business_contacts'],
      dataCategories: CUSTOMER_RECORDS,
      recipients: [
        HOSTING_SUB,
        { vendorId: VENDOR_IDS.postmark, type: 'sub_processor', service: 'Sending invoices by e-mail on the customer’s behalf', country: 'US' },
      ],
      transfers: [
        { country: 'US', vendorId: VENDOR_IDS.postmark, recipientName: 'ActiveCampaign, LLC (Postmark)', mechanism: 'scc', sccModule: 3, repetitive: true },
      ],
      securityMeasures: [...MEASURES, 'retention_deletion'],
      dpia: { status: 'not_required', reason: 'Processor: the DPIA is the controller’s duty; Ledgerly assists under Art. 28(3)(f).' },
      automatedDecisions: { exists: false },
      systems: ['Ledgerly web app', 'PostgreSQL (IONOS)', 'Postmark'],
      status: 'approved',
      owner: 'VP Engineering',
      ...reviewDates(now, 3),
    },
    {
      ...processorBase,
      id: 'act-ledgerly-ai-assist',
      name: 'AI drafting assistant',
      description: 'Drafts invoice texts and summarises customer records with a large language model, on request of the user.',
      controllers: [EACH_CUSTOMER],
      jointControllers: [],
      purposes: [{ description: 'Draft texts and summaries from customer records, on the customer’s instructions' }],
      dataSubjects: ['customer_end_users', 'business_contacts'],
      dataCategories: categoryLine(['full_name', 'invoices', 'free_text_notes'], {
        detail: 'The records the user selects for drafting',
        source: 'customer',
        requirement: 'optional',
        retention: 'Not kept by Ledgerly after the draft is returned; OpenAI keeps API data up to 30 days for abuse monitoring.',
        retentionMonths: 1,
        endAction: 'delete',
      }),
      recipients: [{ vendorId: VENDOR_IDS.openai, type: 'sub_processor', service: 'Language model API, no training on the data', country: 'US' }],
      transfers: [
        { country: 'US', vendorId: VENDOR_IDS.openai, recipientName: 'OpenAI OpCo, LLC', mechanism: 'scc', sccModule: 3, repetitive: true },
      ],
      securityMeasures: ['encryption_in_transit', 'data_minimisation', 'vendor_assessment'],
      // deliberate finding: new technology (an LLM) on customer data, yet no DPIA screening has been done.
      dpia: { status: 'not_assessed' },
      automatedDecisions: { exists: false },
      systems: ['Ledgerly web app', 'OpenAI API'],
      // deliberate finding: still in review, and its review date has passed.
      status: 'in_review',
      owner: 'Head of Product',
      lastReviewed: monthsFrom(now, -15),
      nextReviewDue: monthsFrom(now, -3),
    },
    {
      ...processorBase,
      productId: LEDGERLY_SHOPIFY_ID,
      id: 'act-ledgerly-shopify',
      name: 'Shopify order invoicing',
      description: 'Creates invoices for a merchant’s Shopify orders; orders and customers are read live through the Shopify API.',
      controllers: [{ name: 'Each Shopify merchant that installs the app (the controller)' }],
      jointControllers: [],
      purposes: [{ description: 'Create invoices for the merchant’s Shopify orders on the merchant’s instructions' }],
      dataSubjects: ['customer_end_users', 'customer_admins'],
      dataCategories: [
        ...categoryLine(['credentials', 'employer_link'], {
          detail: 'OAuth access tokens and shop metadata',
          source: 'third_party',
          sourceDetail: 'Issued by Shopify when the merchant installs the app',
          requirement: 'contractual',
          retention: 'Until the app is uninstalled; deleted when Shopify sends the shop/redact request (48 hours after uninstall).',
          retentionMonths: 0,
          endAction: 'delete',
        }),
        ...categoryLine(['full_name', 'postal_address', 'customer_order_ids'], {
          detail: 'Orders and customer records, read live through the Shopify API and never stored',
          source: 'third_party',
          sourceDetail: 'Shopify Admin API of the merchant’s shop',
          requirement: 'contractual',
          retention: 'Not stored: read live for each request only.',
          retentionMonths: 0,
          endAction: 'delete',
        }),
      ],
      recipients: [HOSTING_SUB],
      transfers: [],
      securityMeasures: ['encryption_in_transit', 'encryption_at_rest', 'key_management', 'data_minimisation'],
      dpia: { status: 'not_required', reason: 'Processor; no data stored beyond the token and shop metadata.' },
      automatedDecisions: { exists: false },
      systems: ['Ledgerly Shopify app', 'Shopify Admin API'],
      status: 'approved',
      owner: 'Head of Integrations',
      ...reviewDates(now, 1),
    },
  ];
}
