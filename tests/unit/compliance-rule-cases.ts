/**
 * A fire and a quiet case for every rule (moved out of compliance-rules.test.ts so that
 * editor-finding-fields.test.ts can ask, for each rule, whether the editor renders its target).
 */
import type { WorkspaceDocument } from '../../shared/interchange';
import { generatedSectionText, noticeInputFromDocument } from '../../shared/notice';
import { TODAY, activity, product, vendor } from './compliance-fixture';
// issue 11 (notice roles)
import { NOTICE_CHECK_CASES } from './notice-checks-cases';
// Store labels (issue 16)
import { STORE_LABEL_CASES } from './labels-rule-cases';

export interface Case {
  rule: string;
  fire: (doc: WorkspaceDocument) => void;
  target: { entityId: string; field?: string };
  message: string;
  quiet: (doc: WorkspaceDocument) => void;
}

const purpose0 = (doc: WorkspaceDocument, id: string) => {
  const p = activity(doc, id).purposes[0];
  if (p === undefined) throw new Error(`no purpose in ${id}`);
  return p;
};

function overrideRights(doc: WorkspaceDocument, generatedText: string): void {
  doc.noticeOverrides = [
    { productId: 'prod-roomify-app', lang: 'en', sectionKey: 'rights', text: 'Write to us to use your rights.', generatedText, updatedAt: '2026-10-01T10:00:00.000Z' },
  ];
}

export const CASES: Case[] = [
  // issue 11 (notice roles)
  ...NOTICE_CHECK_CASES,
  {
    rule: 'activity-without-purpose',
    fire: (d) => (activity(d, 'act-roomify-support').purposes = []),
    target: { entityId: 'act-roomify-support', field: 'purposes' },
    message: 'The activity “Support and feedback” has no purpose: the register must say why the data is processed.',
    quiet: (d) => (activity(d, 'act-roomify-support').purposes = [{ description: 'Answer support requests', legalBasis: 'contract' }]),
  },
  {
    rule: 'purpose-without-legal-basis',
    fire: (d) => delete purpose0(d, 'act-roomify-support').legalBasis,
    target: { entityId: 'act-roomify-support', field: 'purposes[0].legalBasis' },
    message: 'The purpose “Answer support requests and feedback” in “Support and feedback” has no legal basis.',
    // A processor acts on its controller's basis.
    quiet: (d) => delete purpose0(d, 'act-ledgerly-shopify').legalBasis,
  },
  {
    rule: 'legitimate-interest-undescribed',
    fire: (d) => (purpose0(d, 'act-roomify-analytics').legitimateInterest = '  '),
    target: { entityId: 'act-roomify-analytics', field: 'purposes[0].legitimateInterest' },
    message:
      'The purpose “Analyze aggregated usage to improve reliability and plan new features” in “Usage analytics” relies on legitimate interests but does not say which interest.',
    quiet: (d) => (purpose0(d, 'act-roomify-analytics').legitimateInterest = 'Keeping the service reliable'),
  },
  {
    rule: 'consent-without-withdrawal',
    fire: (d) => {
      const n = product(d, 'prod-roomify-app').notice;
      delete n.contactEmail;
      delete n.inAppPath;
      delete n.webFormUrl;
    },
    target: { entityId: 'act-roomify-location', field: 'purposes[0].legalBasis' },
    message:
      'The purpose “Tag trips with geolocation when the customer enables trip-level location tagging (optional feature)” in “Trip-level location tagging (optional)” relies on consent, but the notice of “Roomify Smart Camera” gives no way to withdraw it.',
    quiet: (d) => {
      const n = product(d, 'prod-roomify-app').notice;
      delete n.contactEmail;
      delete n.inAppPath;
    },
  },
  {
    rule: 'activity-without-data-subjects',
    fire: (d) => (activity(d, 'act-roomify-wallet').dataSubjects = []),
    target: { entityId: 'act-roomify-wallet', field: 'dataSubjects' },
    message: 'The activity “Wallet and internal transactions” does not say whose data it processes.',
    quiet: (d) => (activity(d, 'act-roomify-wallet').dataSubjects = ['app_users']),
  },
  {
    rule: 'activity-without-data-categories',
    fire: (d) => (activity(d, 'act-roomify-wallet').dataCategories = []),
    target: { entityId: 'act-roomify-wallet', field: 'dataCategories' },
    message: 'The activity “Wallet and internal transactions” does not list any categories of personal data.',
    quiet: (d) => (activity(d, 'act-roomify-wallet').dataCategories = [{ category: 'invoices', source: 'generated', requirement: 'contractual', retentionMonths: 12 }]),
  },
  {
    rule: 'category-without-retention',
    fire: (d) => {
      const c = activity(d, 'act-roomify-wallet').dataCategories[0];
      if (c === undefined) return;
      delete c.retention;
      delete c.retentionMonths;
    },
    target: { entityId: 'act-roomify-wallet', field: 'dataCategories[0].retention' },
    message: 'The data category “Transaction and wallet records” in “Wallet and internal transactions” has no retention period.',
    // A period in months alone is enough.
    quiet: (d) => {
      const c = activity(d, 'act-roomify-wallet').dataCategories[0];
      if (c) delete c.retention;
    },
  },
  {
    rule: 'activity-without-security-measures',
    fire: (d) => {
      const a = activity(d, 'act-roomify-wallet');
      a.securityMeasures = [];
      delete a.securityNotes;
    },
    target: { entityId: 'act-roomify-wallet', field: 'securityMeasures' },
    message: 'The activity “Wallet and internal transactions” does not describe any security measures.',
    quiet: (d) => (activity(d, 'act-roomify-wallet').securityMeasures = []),
  },
  {
    rule: 'processor-without-controllers',
    fire: (d) => (activity(d, 'act-ledgerly-shopify').controllers = []),
    target: { entityId: 'act-ledgerly-shopify', field: 'controllers' },
    message: 'The activity “Shopify order invoicing” is done as processor, but the controller(s) it is done for are not named.',
    quiet: (d) => (activity(d, 'act-ledgerly-accounts').controllers = []),
  },
  {
    rule: 'joint-controller-without-arrangement',
    fire: (d) => {
      const a = activity(d, 'act-roomify-support');
      a.role = 'joint_controller';
      a.jointControllers = [{ name: 'Acme Logistics' }];
    },
    target: { entityId: 'act-roomify-support', field: 'jointControllers[0].arrangement' },
    message: 'The activity “Support and feedback” is shared with the joint controller “Acme Logistics”, but the arrangement between you is not described.',
    quiet: (d) => {
      const a = activity(d, 'act-roomify-support');
      a.role = 'joint_controller';
      a.jointControllers = [{ name: 'Acme Logistics', arrangement: 'Roomify answers all requests.' }];
    },
  },
  {
    rule: 'special-category-without-art9-condition',
    fire: (d) => activity(d, 'act-ledgerly-payroll').purposes.forEach((p) => delete p.art9Condition),
    target: { entityId: 'act-ledgerly-payroll', field: 'dataCategories[7].category' },
    message:
      'The activity “Employee payroll” processes special-category data (Religious or philosophical beliefs), but no purpose names the Art. 9(2) condition that allows it.',
    // A processor does not choose the condition: its controller does.
    quiet: (d) => activity(d, 'act-ledgerly-customer-data').dataCategories.push({ category: 'health_data', source: 'customer', requirement: 'optional', retentionMonths: 1 }),
  },
  {
    rule: 'criminal-data-without-legal-authority',
    fire: (d) => activity(d, 'act-roomify-accounts').dataCategories.push({ category: 'criminal_convictions', source: 'third_party', requirement: 'optional', retentionMonths: 6 }),
    target: { entityId: 'act-roomify-accounts', field: 'dataCategories[5].category' },
    message:
      'The activity “Account management and authentication” processes data on criminal convictions or offences (Criminal convictions and offences) without a purpose based on a legal obligation or a public task.',
    quiet: (d) => activity(d, 'act-ledgerly-payroll').dataCategories.push({ category: 'criminal_convictions', source: 'third_party', requirement: 'statutory', retentionMonths: 6 }),
  },
  {
    rule: 'dpo-likely-required',
    fire: (d) => {
      const o = d.organisations.find((x) => x.id === 'org-ledgerly');
      if (o) delete o.dpo;
    },
    target: { entityId: 'org-ledgerly', field: 'dpo' },
    message:
      'The organisation “Ledgerly GmbH” likely needs a data protection officer because it processes special-category or criminal-offence data (in “Employee payroll”), but no data protection officer is recorded.',
    // Roomify: no special data and fewer than 250 staff.
    quiet: (d) => {
      const o = d.organisations.find((x) => x.id === 'org-roomify');
      if (o) o.staffCount = 249;
    },
  },
  {
    rule: 'transfer-without-safeguard',
    fire: (d) => {
      // The sample shares building blocks between activities: replace, do not mutate.
      const a = activity(d, 'act-roomify-security');
      a.transfers = a.transfers.map(({ mechanism: _m, ...t }) => t);
    },
    target: { entityId: 'act-roomify-security', field: 'transfers[0].mechanism' },
    message:
      'The activity “Security, fraud prevention and audit” transfers data to Functional Software, Inc. (Sentry) in United States, where the adequacy decision covers only organisations certified under the EU–US Data Privacy Framework and the vendor record shows no certification, and no safeguard is recorded.',
    // Stripe is DPF-certified: the US adequacy decision covers it even without a mechanism recorded.
    quiet: (d) => {
      const a = activity(d, 'act-ledgerly-billing');
      a.transfers = a.transfers.map(({ mechanism: _m, ...t }) => t);
    },
  },
  {
    rule: 'adequacy-not-available',
    fire: (d) => activity(d, 'act-roomify-support').transfers.push({ country: 'IN', recipientName: 'Support desk Bangalore', mechanism: 'adequacy' }),
    target: { entityId: 'act-roomify-support', field: 'transfers[0].mechanism' },
    message: 'The activity “Support and feedback” relies on an adequacy decision for India, but the EU has no adequacy decision for that country.',
    quiet: (d) => activity(d, 'act-roomify-support').transfers.push({ country: 'JP', recipientName: 'Support desk Tokyo', mechanism: 'adequacy' }),
  },
  {
    rule: 'us-adequacy-without-dpf',
    fire: (d) => {
      const a = activity(d, 'act-roomify-security');
      a.transfers = a.transfers.map((t) => ({ ...t, mechanism: 'adequacy' }));
    },
    target: { entityId: 'act-roomify-security', field: 'transfers[0].mechanism' },
    message:
      'The activity “Security, fraud prevention and audit” relies on the EU–US adequacy decision for Sentry, but the vendor record shows no Data Privacy Framework certification.',
    quiet: (d) => (vendor(d, 'ven-stripe').dpfCertified = true),
  },
  {
    rule: 'derogation-for-repetitive-transfer',
    fire: (d) => activity(d, 'act-roomify-support').transfers.push({ country: 'BR', recipientName: 'Partner', mechanism: 'derogation', derogation: 'b', repetitive: true }),
    target: { entityId: 'act-roomify-support', field: 'transfers[0].derogation' },
    message:
      'The activity “Support and feedback” relies on an Art. 49 derogation for a regular transfer to Brazil; derogations only cover occasional transfers.',
    quiet: (d) => activity(d, 'act-roomify-support').transfers.push({ country: 'BR', recipientName: 'Partner', mechanism: 'derogation', derogation: 'b', repetitive: false }),
  },
  {
    rule: 'recipient-outside-eea-without-transfer',
    fire: (d) => (activity(d, 'act-roomify-security').transfers = []),
    target: { entityId: 'act-roomify-security', field: 'recipients[1]' },
    message: 'The vendor “Sentry” receives data from “Security, fraud prevention and audit” in United States, but no transfer to that country is recorded.',
    // Brevo processes in France: no transfer.
    quiet: (d) => (activity(d, 'act-roomify-notifications').transfers = activity(d, 'act-roomify-notifications').transfers.filter((t) => t.country !== 'FR')),
  },
  {
    rule: 'processor-without-dpa',
    fire: (d) => (vendor(d, 'ven-hetzner').dpa = { status: 'pending' }),
    target: { entityId: 'ven-hetzner', field: 'dpa.status' },
    message: 'The vendor “Hetzner” processes personal data on your behalf, but its data processing agreement is still pending.',
    // Stripe is an independent controller: no Art. 28 agreement.
    quiet: (d) => (vendor(d, 'ven-stripe').dpa = { status: 'missing' }),
  },
  {
    rule: 'vendor-unused',
    fire: (d) => d.vendors.push({ ...vendor(d, 'ven-brevo'), id: 'ven-old-mailer', name: 'Old Mailer' }),
    target: { entityId: 'ven-old-mailer' },
    message: 'The vendor “Old Mailer” is not a recipient in any activity.',
    quiet: (d) => activity(d, 'act-roomify-support').recipients.push({ vendorId: 'ven-brevo', type: 'processor', country: 'FR' }),
  },
  {
    rule: 'dpia-likely-required',
    fire: (d) => (activity(d, 'act-roomify-location').dpia = { status: 'not_required' }),
    target: { entityId: 'act-roomify-location', field: 'dpia.status' },
    message:
      'The activity “Trip-level location tagging (optional)” involves location data, which often calls for a data protection impact assessment, but it is marked “not required” without a reason.',
    quiet: (d) => (activity(d, 'act-roomify-location').dpia = { status: 'not_required', reason: 'Trip-level only, opt-in.' }),
  },
  {
    rule: 'dpia-required-not-started',
    fire: (d) => (activity(d, 'act-roomify-location').dpia = { status: 'required' }),
    target: { entityId: 'act-roomify-location', field: 'dpia.status' },
    message: 'A data protection impact assessment is required for “Trip-level location tagging (optional)” but has not been started.',
    quiet: (d) => (activity(d, 'act-roomify-location').dpia = { status: 'in_progress' }),
  },
  {
    rule: 'product-without-privacy-contact',
    fire: (d) => {
      delete product(d, 'prod-roomify-app').notice.contactEmail;
      const o = d.organisations.find((x) => x.id === 'org-roomify');
      if (o) delete o.privacyEmail;
    },
    target: { entityId: 'prod-roomify-app', field: 'notice.contactEmail' },
    message: 'The product “Roomify Smart Camera” has no privacy contact: its notice cannot tell people where to send questions or requests.',
    // The organisation's privacy e-mail serves.
    quiet: (d) => delete product(d, 'prod-roomify-app').notice.contactEmail,
  },
  {
    rule: 'minimum-age-below-digital-consent-age',
    fire: (d) => (product(d, 'prod-roomify-app').minimumAge = 13),
    target: { entityId: 'prod-roomify-app', field: 'minimumAge' },
    message: 'The product “Roomify Smart Camera” admits users from 13, but in Germany children can consent only from 16 (GDPR default (no national derogation)).',
    // Hosted in France only (digital-consent age 15).
    quiet: (d) => {
      const p = product(d, 'prod-roomify-app');
      p.minimumAge = 15;
      p.hostingCountries = ['FR'];
    },
  },
  {
    rule: 'stale-notice-override',
    fire: (d) => overrideRights(d, 'The rights section as it was generated in October.'),
    target: { entityId: 'prod-roomify-app', field: 'notice.sections.rights.en' },
    message: 'The hand-written section “Your rights” (English) of the notice of “Roomify Smart Camera” may be out of date: the records have changed since it was written.',
    quiet: (d) => {
      const input = noticeInputFromDocument(d, 'prod-roomify-app');
      const now = input === undefined ? undefined : generatedSectionText(input, { lang: 'en', today: TODAY }, 'rights');
      if (now === undefined) throw new Error('the sample notice has a rights section');
      overrideRights(d, now);
    },
  },
  {
    rule: 'review-overdue',
    fire: (d) => (activity(d, 'act-roomify-ml').nextReviewDue = '2026-11-21'),
    target: { entityId: 'act-roomify-ml', field: 'nextReviewDue' },
    message: 'The review of “ML processing of cargo measurements” was due on 2026-11-21 and is overdue.',
    quiet: (d) => (activity(d, 'act-roomify-ml').nextReviewDue = TODAY),
  },
  {
    rule: 'approved-without-review-details',
    fire: (d) => delete activity(d, 'act-roomify-ml').reviewer,
    target: { entityId: 'act-roomify-ml', field: 'reviewer' },
    message: 'The activity “ML processing of cargo measurements” is approved but has no reviewer.',
    quiet: (d) => {
      const a = activity(d, 'act-roomify-ml');
      delete a.reviewer;
      a.status = 'draft';
    },
  },
  // Store labels (issue 16)
  ...STORE_LABEL_CASES,
  // reports-roles: checks that follow from the people and the role (shared/compliance/rules/roles.ts)
  {
    rule: 'recipient-without-location',
    fire: (d) => void activity(d, 'act-roomify-support').recipients.unshift({ name: 'Outsourced call centre', type: 'processor' }),
    target: { entityId: 'act-roomify-support', field: 'recipients[0].country' },
    message: 'The activity “Support and feedback” sends data to “Outsourced call centre”, but no country is recorded for it: the register cannot say whether it is in a third country.',
    quiet: (d) => void activity(d, 'act-roomify-support').recipients.unshift({ name: 'Outsourced call centre', type: 'processor', country: 'DE' }),
  },
  {
    rule: 'consent-for-employees',
    fire: (d) => void activity(d, 'act-ledgerly-payroll').purposes.unshift({ description: 'Staff photo wall', legalBasis: 'consent' }),
    target: { entityId: 'act-ledgerly-payroll', field: 'purposes[0].legalBasis' },
    message: 'The purpose “Staff photo wall” of “Employee payroll” relies on consent, and the people include staff or applicants, whose consent is rarely freely given.',
    quiet: (d) => void activity(d, 'act-ledgerly-payroll').purposes.unshift({ description: 'Staff photo wall', legalBasis: 'contract' }),
  },
  {
    rule: 'contract-basis-non-party',
    fire: (d) => void activity(d, 'act-roomify-ml').dataSubjects.push('customer_end_users'),
    target: { entityId: 'act-roomify-ml', field: 'purposes[0].legalBasis' },
    message:
      'The purpose “Run ML processing to generate depth maps and estimate available cargo volume” of “ML processing of cargo measurements” relies on the contract, but Customers’ end users are not party to a contract with you.',
    quiet: (d) => void activity(d, 'act-roomify-ml').dataSubjects.push('customer_admins'),
  },
  {
    rule: 'processor-controller-without-contact',
    fire: (d) => (activity(d, 'act-ledgerly-shopify').controllers = [{ name: 'Acme Retail GmbH' }]),
    target: { entityId: 'act-ledgerly-shopify', field: 'controllers[0].contact' },
    message: 'The activity “Shopify order invoicing” is done on behalf of “Acme Retail GmbH”, but how to reach that controller is not recorded.',
    // A category of controllers is reached through each customer's contract.
    quiet: (d) => (activity(d, 'act-ledgerly-shopify').controllers = [{ name: 'Acme Retail GmbH', contact: 'privacy@acme-retail.example' }, { name: 'Each other merchant' }]),
  },
  {
    // Issue 17: what a spreadsheet import could not place stays a finding until it is placed.
    rule: 'imported-text-to-place',
    fire: (d) => (activity(d, 'act-roomify-ml').description = 'Imported from register.csv, sheet "register", row 5; kept as written, to place in the record:\n• Lawful basis (column E, row 5): we think this is fine'),
    target: { entityId: 'act-roomify-ml', field: 'description' },
    message: 'Imported: check the legal basis. “ML processing of cargo measurements” keeps “we think this is fine” from the column “Lawful basis” (column E, row 5) as text.',
    quiet: (d) => (activity(d, 'act-roomify-ml').description = 'Imported from register.csv; the legal basis is placed.'),
  },
];
