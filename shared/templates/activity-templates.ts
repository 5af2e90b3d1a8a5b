import type { DataCategoryUse, ProcessingActivity, Purpose } from '../model';

/** A starting point for a processing activity: the usual purposes, data and measures. */
export interface ActivityTemplate {
  key: string;
  name: string;
  description: string;
  role: ProcessingActivity['role'];
  purposes: Purpose[];
  dataSubjects: string[];
  dataCategories: DataCategoryUse[];
  securityMeasures: string[];
  systems: string[];
}

const cat = (category: string, detail: string, retention: string, extra: Partial<DataCategoryUse> = {}): DataCategoryUse => ({
  category,
  detail,
  source: 'data_subject',
  requirement: 'contractual',
  retention,
  endAction: 'delete',
  ...extra,
});

const BASE_SECURITY = ['encryption_in_transit', 'encryption_at_rest', 'rbac', 'audit_logging', 'backups'];

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  {
    key: 'account_management',
    name: 'User account management',
    description: 'Creating and running user accounts: sign-up, sign-in, profile and account deletion.',
    role: 'controller',
    purposes: [
      { description: 'Create and manage user accounts and authenticate users', legalBasis: 'contract', storePurpose: 'account_management' },
      { description: 'Keep accounts secure and prevent abuse', legalBasis: 'legitimate_interests', legitimateInterest: 'Protecting users and the service against unauthorised access and fraud', storePurpose: 'fraud_prevention_security' },
    ],
    dataSubjects: ['app_users'],
    dataCategories: [
      cat('full_name', 'First and last name', 'For the life of the account, deleted within 30 days after account deletion'),
      cat('email_address', 'E-mail address', 'For the life of the account, deleted within 30 days after account deletion'),
      cat('credentials', 'Password (stored hashed)', 'For the life of the account'),
      cat('ip_address', 'IP address at sign-in', '90 days', { source: 'device', requirement: 'necessary_for_service' }),
    ],
    securityMeasures: [...BASE_SECURITY, 'password_hashing', 'mfa'],
    systems: ['Application database'],
  },
  {
    key: 'payments',
    name: 'Payments and invoicing',
    description: 'Taking payments for subscriptions or purchases and issuing invoices.',
    role: 'controller',
    purposes: [
      { description: 'Take payments and issue invoices', legalBasis: 'contract', storePurpose: 'app_functionality' },
      { description: 'Keep accounting records as tax law requires', legalBasis: 'legal_obligation', storePurpose: 'compliance' },
    ],
    dataSubjects: ['customers'],
    dataCategories: [
      cat('full_name', 'Billing name', '10 years after the end of the financial year (tax law)'),
      cat('postal_address', 'Billing address', '10 years after the end of the financial year (tax law)'),
      cat('transaction_records', 'Payments, refunds and invoices', '10 years after the end of the financial year (tax law)', { requirement: 'statutory', endAction: 'delete' }),
      cat('payment_card', 'Card details (held by the payment provider only)', 'Held by the payment provider under its own terms'),
    ],
    securityMeasures: [...BASE_SECURITY, 'least_privilege'],
    systems: ['Payment provider', 'Accounting system'],
  },
  {
    key: 'customer_support',
    name: 'Customer support',
    description: 'Answering support requests by e-mail, chat or ticket.',
    role: 'controller',
    purposes: [{ description: 'Answer support requests and resolve problems', legalBasis: 'contract', storePurpose: 'app_functionality' }],
    dataSubjects: ['support_requesters'],
    dataCategories: [
      cat('full_name', 'Name', '24 months after the ticket is closed'),
      cat('email_address', 'E-mail address', '24 months after the ticket is closed'),
      cat('support_tickets', 'Support tickets, attachments and correspondence', '24 months after the ticket is closed'),
    ],
    securityMeasures: [...BASE_SECURITY, 'least_privilege', 'staff_training'],
    systems: ['Helpdesk'],
  },
  {
    key: 'crash_reporting',
    name: 'Crash reporting and diagnostics',
    description: 'Collecting crash reports and logs to find and fix faults.',
    role: 'controller',
    purposes: [
      { description: 'Detect, diagnose and fix crashes and errors', legalBasis: 'legitimate_interests', legitimateInterest: 'Keeping the app reliable for its users', storePurpose: 'diagnostics' },
    ],
    dataSubjects: ['app_users'],
    dataCategories: [
      cat('crash_reports', 'Crash reports and stack traces', '90 days', { source: 'device', requirement: 'optional' }),
      cat('device_model_os', 'Device model, OS version, app version', '90 days', { source: 'device', requirement: 'optional' }),
      cat('user_id', 'Pseudonymous user id', '90 days', { source: 'generated', requirement: 'optional' }),
    ],
    securityMeasures: [...BASE_SECURITY, 'pseudonymisation', 'data_minimisation'],
    systems: ['Error monitoring service'],
  },
  {
    key: 'marketing_email',
    name: 'Marketing e-mail',
    description: 'Sending newsletters and product news to people who signed up.',
    role: 'controller',
    purposes: [{ description: 'Send newsletters and product news', legalBasis: 'consent', storePurpose: 'marketing', directMarketing: true }],
    dataSubjects: ['newsletter_subscribers'],
    dataCategories: [
      cat('email_address', 'E-mail address', 'Until the person unsubscribes', { requirement: 'optional' }),
      cat('consent_records', 'Record of consent (time, source, wording)', '3 years after consent is withdrawn', { source: 'generated', requirement: 'optional' }),
      cat('marketing_interactions', 'Opens and clicks', '12 months', { source: 'generated', requirement: 'optional' }),
    ],
    securityMeasures: [...BASE_SECURITY],
    systems: ['E-mail marketing service'],
  },
  {
    key: 'employee_payroll',
    name: 'Employee payroll',
    description: 'Paying salaries and meeting tax and social-security obligations.',
    role: 'controller',
    purposes: [
      { description: 'Pay salaries', legalBasis: 'contract', storePurpose: 'app_functionality' },
      { description: 'Meet tax and social-security obligations', legalBasis: 'legal_obligation', storePurpose: 'compliance' },
      { description: 'Record sick leave', legalBasis: 'legal_obligation', art9Condition: 'b', storePurpose: 'compliance' },
    ],
    dataSubjects: ['employees'],
    dataCategories: [
      cat('full_name', 'Name', '10 years after the end of employment (tax law)', { requirement: 'statutory' }),
      cat('bank_account', 'Bank account for salary payments', 'For the employment, then 10 years (tax law)', { requirement: 'contractual' }),
      cat('salary_payroll', 'Salary, deductions, tax class', '10 years after the end of the financial year', { requirement: 'statutory' }),
      cat('tax_id', 'Tax and social-security numbers', '10 years after the end of employment', { requirement: 'statutory' }),
      cat('health_data', 'Sick-leave certificates (no diagnosis)', '3 years', { requirement: 'statutory' }),
    ],
    securityMeasures: [...BASE_SECURITY, 'least_privilege', 'confidentiality_agreements'],
    systems: ['Payroll system'],
  },
  {
    key: 'cctv',
    name: 'Video surveillance (CCTV) of premises',
    description: 'Cameras at entrances and storage areas to protect people and property.',
    role: 'controller',
    purposes: [
      { description: 'Protect people and property on the premises', legalBasis: 'legitimate_interests', legitimateInterest: 'Preventing and investigating theft, vandalism and violence', storePurpose: 'fraud_prevention_security' },
    ],
    dataSubjects: ['premises_visitors', 'employees'],
    dataCategories: [cat('cctv_footage', 'Video recordings of entrances and storage areas', '72 hours unless needed for an incident', { source: 'generated', requirement: 'necessary_for_service' })],
    securityMeasures: ['physical_security', 'rbac', 'audit_logging', 'retention_deletion'],
    systems: ['Video recorder'],
  },
];

/** A new draft activity from a template. */
export function activityFromTemplate(
  template: ActivityTemplate,
  ids: { id: string; organisationId: string; productId?: string },
  name?: string,
): ProcessingActivity {
  return {
    id: ids.id,
    organisationId: ids.organisationId,
    ...(ids.productId !== undefined ? { productId: ids.productId } : {}),
    name: name ?? template.name,
    description: template.description,
    role: template.role,
    controllers: [],
    jointControllers: [],
    purposes: template.purposes.map((p) => ({ ...p })),
    dataSubjects: [...template.dataSubjects],
    dataCategories: template.dataCategories.map((c) => ({ ...c })),
    recipients: [],
    transfers: [],
    securityMeasures: [...template.securityMeasures],
    dpia: { status: 'not_assessed' },
    automatedDecisions: { exists: false },
    systems: [...template.systems],
    status: 'draft',
  };
}
