/**
 * Vendors of the sample workspace. Where the bundled catalogue knows the
 * vendor, the record starts from the catalogue entry (catalogueKey set) and
 * adds what only the organisation knows: the DPA, the regions actually used,
 * the transfer tool relied on.
 */
import type { Vendor } from '../model';
import { vendorByKey } from '../reference';
import { monthsFrom } from './dates';

export const VENDOR_IDS = {
  hetzner: 'ven-hetzner',
  sentry: 'ven-sentry',
  crashlytics: 'ven-firebase-crashlytics',
  fcm: 'ven-firebase-cloud-messaging',
  brevo: 'ven-brevo',
  twilio: 'ven-twilio',
  ionos: 'ven-ionos',
  openai: 'ven-openai',
  stripe: 'ven-stripe',
  postmark: 'ven-postmark',
  intercom: 'ven-intercom',
  datev: 'ven-datev',
} as const;

type VendorFill = Pick<Vendor, 'dpa'> & Partial<Omit<Vendor, 'id' | 'catalogueKey'>>;

/** A vendor record from the catalogue entry `key`, with the organisation's own facts on top. */
export function fromCatalogue(key: string, id: string, fill: VendorFill): Vendor {
  const e = vendorByKey(key);
  if (e === undefined) throw new Error(`sample workspace: the vendor catalogue has no entry "${key}"`);
  const notes = [e.euEntity !== undefined ? `EEA contracting entity: ${e.euEntity}.` : '', e.note ?? '']
    .filter((s) => s !== '')
    .join(' ');
  const vendor: Vendor = {
    id,
    name: e.name,
    legalName: e.legalName,
    service: e.service,
    category: e.category,
    headquarters: e.headquarters,
    role: e.role,
    processingCountries: [...e.processingCountries],
    dpa: fill.dpa,
    dpfCertified: e.dpfCertified,
    certifications: [...e.certifications],
    website: e.website,
    privacyUrl: e.privacyUrl,
    catalogueKey: e.key,
  };
  if (e.transferMechanism !== undefined) vendor.transferMechanism = e.transferMechanism;
  if (e.sccModule !== undefined) vendor.sccModule = e.sccModule;
  if (notes !== '') vendor.notes = notes;
  return { ...vendor, ...fill };
}

function signed(now: Date, monthsAgo: number, link: string): Vendor['dpa'] {
  return { status: 'signed', date: monthsFrom(now, -monthsAgo), link };
}

/** Vendors used by Roomify: all EU-hosted or covered by SCCs, every DPA signed. */
function roomifyVendors(now: Date): Vendor[] {
  return [
    fromCatalogue('hetzner', VENDOR_IDS.hetzner, {
      service: 'Hosting of the Roomify production systems: PostgreSQL, Redis, MinIO object storage and container hosts',
      processingCountries: ['DE'],
      dpa: signed(now, 26, 'Hetzner data processing agreement (Art. 28 GDPR), concluded in the Hetzner console'),
    }),
    fromCatalogue('sentry', VENDOR_IDS.sentry, {
      service: 'Error tracking and performance monitoring of the app and the FastAPI backend, strictly for diagnostics',
      processingCountries: ['US'],
      dpa: signed(now, 22, 'https://sentry.io/legal/dpa/'),
      transferMechanism: 'scc',
      sccModule: 2,
    }),
    fromCatalogue('firebase_crashlytics', VENDOR_IDS.crashlytics, {
      service: 'Crash reporting of the mobile app, when enabled by the customer',
      dpa: signed(now, 22, 'https://firebase.google.com/terms/data-processing-terms'),
      // Roomify's notice relies on SCCs for transfers; Google's processing terms incorporate them.
      transferMechanism: 'scc',
      sccModule: 2,
    }),
    fromCatalogue('firebase_cloud_messaging', VENDOR_IDS.fcm, {
      service: 'Delivery of push notifications (service alerts, job status) to the app',
      dpa: signed(now, 22, 'https://firebase.google.com/terms/data-processing-terms'),
      transferMechanism: 'scc',
      sccModule: 2,
    }),
    fromCatalogue('brevo', VENDOR_IDS.brevo, {
      service: 'Transactional e-mail: operational alerts, incident messages and service updates',
      processingCountries: ['FR', 'DE'],
      dpa: signed(now, 18, 'https://www.brevo.com/legal/termsofuse/#data-processing-agreement-dpa'),
    }),
    fromCatalogue('twilio', VENDOR_IDS.twilio, {
      service: 'Transactional SMS when SMS notifications are enabled',
      processingCountries: ['US', 'IE'],
      dpa: signed(now, 18, 'https://www.twilio.com/en-us/legal/data-protection-addendum'),
      transferMechanism: 'scc',
      sccModule: 2,
    }),
  ];
}

/** Vendors used by Ledgerly GmbH, including deliberate gaps for the compliance checker. */
function ledgerlyVendors(now: Date): Vendor[] {
  return [
    fromCatalogue('ionos', VENDOR_IDS.ionos, {
      service: 'Hosting of the Ledgerly application servers, databases and backups in Germany',
      processingCountries: ['DE'],
      dpa: signed(now, 30, 'IONOS Auftragsverarbeitungsvertrag, concluded in the customer portal'),
    }),
    fromCatalogue('openai', VENDOR_IDS.openai, {
      service: 'AI drafting of invoice texts and summaries of customer records (API, no training on the data)',
      role: 'sub_processor',
      processingCountries: ['US'],
      dpa: signed(now, 8, 'https://openai.com/policies/data-processing-addendum/'),
      // Ledgerly acts as processor for its business customers, OpenAI as its sub-processor: module 3.
      transferMechanism: 'scc',
      sccModule: 3,
    }),
    fromCatalogue('stripe', VENDOR_IDS.stripe, {
      service: 'Payment of Ledgerly subscriptions (card and SEPA direct debit); independent controller',
      dpa: { status: 'not_required', link: 'https://stripe.com/legal/privacy-center' },
    }),
    fromCatalogue('postmark', VENDOR_IDS.postmark, {
      service: 'Transactional e-mail: sign-in links, account notices and invoices sent on behalf of customers',
      dpa: signed(now, 14, 'https://postmarkapp.com/dpa'),
    }),
    fromCatalogue('intercom', VENDOR_IDS.intercom, {
      service: 'In-app support chat and help centre for Ledgerly users',
      processingCountries: ['US', 'IE'],
      // deliberate finding: a processor that receives personal data without a data processing agreement (Art. 28(3)).
      dpa: { status: 'missing' },
    }),
    {
      id: VENDOR_IDS.datev,
      name: 'DATEV',
      legalName: 'DATEV eG',
      service: 'Payroll accounting software and data centre used by Ledgerly and its tax adviser',
      category: 'other',
      headquarters: 'DE',
      role: 'processor',
      processingCountries: ['DE'],
      dpa: signed(now, 40, 'DATEV Auftragsverarbeitungsvertrag via the tax adviser'),
      certifications: ['ISO 27001'],
      website: 'https://www.datev.de',
      notes: 'Not in the vendor catalogue; entered by hand.',
    },
  ];
}

export function sampleVendors(now: Date): Vendor[] {
  return [...roomifyVendors(now), ...ledgerlyVendors(now)];
}
