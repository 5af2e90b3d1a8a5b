/**
 * Ledgerly GmbH, a Berlin SaaS company: controller for its users' account and
 * billing data, processor for the data its business customers put in. Fictional;
 * its domain is the reserved `ledgerly.example`.
 */
import type { Organisation, Product } from '../model';
import { supervisoryAuthority } from '../reference';
import { monthsFrom } from './dates';

export const LEDGERLY_ORG_ID = 'org-ledgerly';
export const LEDGERLY_APP_ID = 'prod-ledgerly';
export const LEDGERLY_SHOPIFY_ID = 'prod-ledgerly-shopify';
const PRIVACY_EMAIL = 'privacy@ledgerly.example';

function berlinAuthority(): NonNullable<Organisation['leadAuthority']> {
  const a = supervisoryAuthority('DE', 'Berlin');
  if (a === undefined) throw new Error('sample workspace: no supervisory authority for Berlin in the reference data');
  return {
    name: a.localName !== undefined ? `${a.name} (${a.localName})` : a.name,
    address: 'Alt-Moabit 59-61, 10555 Berlin',
    country: 'DE',
    url: a.url,
  };
}

export function ledgerlyOrganisation(): Organisation {
  return {
    id: LEDGERLY_ORG_ID,
    name: 'Ledgerly GmbH',
    legalName: 'Ledgerly GmbH',
    address: 'Beispielstraße 12, 10115 Berlin',
    country: 'DE',
    email: 'hello@ledgerly.example',
    phone: '+49 30 0000000',
    website: 'https://ledgerly.example',
    privacyEmail: PRIVACY_EMAIL,
    staffCount: 120,
    dpo: { name: 'External data protection officer, Datenschutzkanzlei Example', email: 'dpo@ledgerly.example', country: 'DE' },
    leadAuthority: berlinAuthority(),
    notes: 'Fictional second organisation of the sample workspace: controller and processor within the same product.',
  };
}

export function ledgerlyProduct(now: Date): Product {
  return {
    id: LEDGERLY_APP_ID,
    organisationId: LEDGERLY_ORG_ID,
    name: 'Ledgerly',
    description: 'Web SaaS for small businesses: contacts (CRM), quotes and invoicing, with optional AI drafting of texts.',
    platforms: ['web'],
    storeListings: [],
    audiences: ['business_users'],
    minimumAge: 18,
    hostingCountries: ['DE'],
    hostingStatement: 'Ledgerly hosts all customer data in data centres in Germany.',
    permissions: [],
    notice: {
      languages: ['de', 'en'],
      contactEmail: PRIVACY_EMAIL,
      inAppPath: 'Settings > Account > Close account',
      webFormUrl: 'https://ledgerly.example/privacy/request',
      deletionSteps: 'The account owner closes the account under Settings > Account > Close account; all data is deleted 30 days later.',
      changeNoticeDays: 30,
      changeChannels: 'by e-mail to account owners and on ledgerly.example/privacy',
      statements: ['no_sale', 'no_advertising', 'no_ai_training'],
      jurisdictionAddons: [],
      // The processing for customers is described from the processor records (no hand-written section needed).
      customSections: [],
      supportEmail: 'support@ledgerly.example',
      contactRoutes: [
        { audience: 'Users of a customer’s Ledgerly account', route: 'the account owner or administrator of your organisation, or privacy@ledgerly.example' },
        { audience: 'Customers and contacts of a Ledgerly customer', route: 'the business you dealt with, which controls your data in Ledgerly' },
      ],
      requestForwardDays: 5,
      lastUpdated: monthsFrom(now, -5),
    },
  };
}

export function ledgerlyShopifyProduct(now: Date): Product {
  return {
    id: LEDGERLY_SHOPIFY_ID,
    organisationId: LEDGERLY_ORG_ID,
    name: 'Ledgerly for Shopify',
    description: 'Shopify app that creates Ledgerly invoices for the orders of a Shopify shop.',
    platforms: ['integration'],
    storeListings: [{ store: 'marketplace', id: 'ledgerly-invoicing', url: 'https://apps.shopify.com/ledgerly-invoicing' }],
    audiences: ['business_users'],
    minimumAge: 18,
    hostingCountries: ['DE'],
    hostingStatement: 'Ledgerly hosts the app and its data in Germany.',
    permissions: [],
    integration: {
      hostPlatform: 'Shopify',
      storedData: 'OAuth access tokens and shop metadata',
      liveReadData: 'orders and customer records, read live through the Shopify API and never stored',
    },
    notice: {
      languages: ['en', 'de'],
      contactEmail: PRIVACY_EMAIL,
      deletionSteps: 'Uninstalling the app from the Shopify admin deletes the access token and shop metadata within 48 hours.',
      changeNoticeDays: 30,
      changeChannels: 'on the app listing and by e-mail to the shop owner',
      statements: ['no_sale', 'no_ai_training', 'no_third_party_sdks'],
      jurisdictionAddons: [],
      customSections: [],
      supportUrl: 'https://ledgerly.example/help/shopify',
      requestForwardDays: 3,
      lastUpdated: monthsFrom(now, -5),
    },
  };
}
