/**
 * Ledgerly's activities as controller for its own users: accounts, billing and
 * support (the processor side is in ledgerly-processing.ts). Holds a
 * deliberate finding (see comments).
 */
import type { ProcessingActivity, Recipient } from '../model';
import { reviewDates } from './dates';
import { LEDGERLY_APP_ID, LEDGERLY_ORG_ID } from './ledgerly';
import { categoryLine } from './util';
import { VENDOR_IDS } from './vendors';

const controllerBase = { organisationId: LEDGERLY_ORG_ID, productId: LEDGERLY_APP_ID, role: 'controller', reviewer: 'DPO' } as const;

export const HOSTING: Recipient = { vendorId: VENDOR_IDS.ionos, type: 'processor', service: 'Hosting in Germany', country: 'DE' };
export const HOSTING_SUB: Recipient = { ...HOSTING, type: 'sub_processor' };
export const MEASURES = ['encryption_in_transit', 'encryption_at_rest', 'rbac', 'mfa', 'backups', 'audit_logging', 'vendor_assessment'];

const ACCOUNT_RETENTION = {
  retention: 'While the account exists; deleted 30 days after the account is closed.',
  retentionMonths: 1,
  endAction: 'delete',
} as const;

const USER_ACCOUNT = categoryLine(['full_name', 'email_address', 'credentials', 'user_role', 'employer_link'], {
  detail: 'Name, business e-mail, password hash or sign-in link tokens, role and company',
  source: 'data_subject',
  requirement: 'contractual',
  consequence: 'Ledgerly cannot be used without an account.',
  ...ACCOUNT_RETENTION,
  noticeGroup: 'Account data',
});

export function ledgerlyControllerActivities(now: Date): ProcessingActivity[] {
  return [
    {
      ...controllerBase,
      id: 'act-ledgerly-accounts',
      name: 'User accounts and sign-in',
      purposes: [{ description: 'Provide Ledgerly accounts, sign-in and account e-mails', legalBasis: 'contract' }],
      dataSubjects: ['customer_admins', 'app_users'],
      dataCategories: [...USER_ACCOUNT],
      // deliberate finding: Postmark (US) receives e-mail addresses, but no transfer or safeguard is recorded here.
      recipients: [HOSTING, { vendorId: VENDOR_IDS.postmark, type: 'processor', service: 'Account e-mails', country: 'US' }],
      transfers: [],
      controllers: [],
      jointControllers: [],
      securityMeasures: [...MEASURES, 'password_hashing'],
      dpia: { status: 'not_required', reason: 'Business accounts only.' },
      automatedDecisions: { exists: false },
      systems: ['Ledgerly web app', 'PostgreSQL (IONOS)', 'Postmark'],
      status: 'approved',
      owner: 'VP Engineering',
      ...reviewDates(now, 2),
    },
    {
      ...controllerBase,
      id: 'act-ledgerly-billing',
      name: 'Subscription billing',
      purposes: [
        { description: 'Bill Ledgerly subscriptions and collect payments', legalBasis: 'contract' },
        { description: 'Keep invoices and accounting records as required by German tax and commercial law', legalBasis: 'legal_obligation' },
      ],
      dataSubjects: ['customer_admins', 'customers'],
      dataCategories: [
        ...categoryLine(['full_name', 'postal_address', 'tax_id', 'subscription', 'invoices'], {
          detail: 'Billing name and address, VAT ID, plan and invoices',
          source: 'data_subject',
          requirement: 'statutory',
          consequence: 'No invoice can be issued.',
          retention: 'Invoices and accounting records: 8 years from the end of the calendar year (§ 147 AO, § 257 HGB).',
          retentionMonths: 96,
          endAction: 'delete',
          noticeGroup: 'Billing data',
        }),
        ...categoryLine(['payment_card'], {
          detail: 'Card or SEPA details, entered with and held by Stripe; Ledgerly keeps only a token and the last four digits',
          source: 'data_subject',
          requirement: 'contractual',
          ...ACCOUNT_RETENTION,
          noticeGroup: 'Billing data',
        }),
      ],
      recipients: [HOSTING, { vendorId: VENDOR_IDS.stripe, type: 'controller', service: 'Payment processing', country: 'US' }],
      transfers: [
        {
          country: 'US',
          vendorId: VENDOR_IDS.stripe,
          recipientName: 'Stripe, Inc.',
          mechanism: 'adequacy',
          safeguards: 'Stripe, Inc. is certified under the EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795).',
          repetitive: true,
        },
      ],
      controllers: [],
      jointControllers: [],
      securityMeasures: [...MEASURES],
      dpia: { status: 'not_required', reason: 'Standard billing.' },
      automatedDecisions: { exists: false },
      systems: ['Ledgerly billing service', 'Stripe'],
      status: 'approved',
      owner: 'Head of Finance',
      ...reviewDates(now, 4),
    },
    {
      ...controllerBase,
      id: 'act-ledgerly-support',
      name: 'Customer support chat',
      purposes: [{ description: 'Answer questions from Ledgerly users', legalBasis: 'contract' }],
      dataSubjects: ['app_users', 'support_requesters'],
      dataCategories: categoryLine(['support_tickets', 'full_name', 'email_address'], {
        detail: 'Chat and ticket history with name and e-mail',
        source: 'data_subject',
        requirement: 'optional',
        retention: '24 months after the conversation is closed.',
        retentionMonths: 24,
        endAction: 'delete',
        noticeGroup: 'Support',
      }),
      recipients: [{ vendorId: VENDOR_IDS.intercom, type: 'processor', service: 'Support chat and help centre', country: 'US' }],
      transfers: [{ country: 'US', vendorId: VENDOR_IDS.intercom, recipientName: 'Intercom, Inc.', mechanism: 'scc', sccModule: 2 }],
      controllers: [],
      jointControllers: [],
      securityMeasures: ['encryption_in_transit', 'mfa', 'rbac'],
      dpia: { status: 'not_required', reason: 'Support correspondence.' },
      automatedDecisions: { exists: false },
      systems: ['Intercom'],
      status: 'approved',
      owner: 'Head of Support',
      ...reviewDates(now, 5),
    },
  ];
}
