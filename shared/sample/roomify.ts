/**
 * Roomify and its product "Roomify Smart Camera": the organisation and product
 * records behind the reference notice (resources: sample-policy-roomify.txt).
 * Section numbers in the comments are those of that notice.
 */
import type { Organisation, PermissionUse, Product } from '../model';
import { monthsFrom } from './dates';

export const ROOMIFY_ORG_ID = 'org-roomify';
export const ROOMIFY_APP_ID = 'prod-roomify-app';
export const ROOMIFY_PRIVACY_EMAIL = 'privacy@roomify.tech';

export function roomifyOrganisation(): Organisation {
  return {
    id: ROOMIFY_ORG_ID,
    name: 'Roomify',
    email: ROOMIFY_PRIVACY_EMAIL,
    website: 'https://roomify.tech',
    // §1, §8, §13
    privacyEmail: ROOMIFY_PRIVACY_EMAIL,
    leadAuthority: {
      name: 'The supervisory authority of the EU/EEA member state of your habitual residence, place of work or of the alleged infringement (Art. 77 GDPR)',
    },
    notes:
      'Controller for the Roomify Smart Camera app and its cloud services (FastAPI backend, ML processor, MinIO storage). ' +
      'Production systems are hosted in the EU. Users can also reach privacy contacts through their Roomify tenant administrator.',
  };
}

/** §9 Device permissions, exactly as the notice lists them. */
function roomifyPermissions(): PermissionUse[] {
  const mobile = ['ios', 'android'] as PermissionUse['platforms'];
  return [
    { permission: 'camera', platforms: mobile, purpose: 'Used solely to capture and store measurements.', optional: false },
    { permission: 'storage', platforms: mobile, purpose: 'Used solely to capture and store measurements.', optional: false },
    {
      permission: 'location_when_in_use',
      platforms: mobile,
      purpose: 'Optional, enabled per customer policy to tag trips.',
      optional: true,
    },
    {
      permission: 'network',
      platforms: mobile,
      purpose: 'Required for syncing jobs and sending service alerts.',
      optional: false,
    },
    {
      permission: 'notifications',
      platforms: mobile,
      purpose: 'Required for syncing jobs and sending service alerts.',
      optional: false,
    },
  ];
}

const NATURAL_EARTH =
  'Roomify uses the Natural Earth dataset (public domain) for country boundary data. Source: naturalearthdata.com.';

export function roomifyProduct(now: Date): Product {
  return {
    id: ROOMIFY_APP_ID,
    organisationId: ROOMIFY_ORG_ID,
    name: 'Roomify Smart Camera',
    description:
      'Mobile app and related cloud services (FastAPI backend, ML processor, MinIO storage, etc.) used to capture cargo bays ' +
      'and measure available truck space, with a web admin console for customer administrators.',
    platforms: ['ios', 'android', 'web'],
    storeListings: [
      { store: 'app_store', id: 'tech.roomify.smartcamera' },
      {
        store: 'google_play',
        id: 'tech.roomify.smartcamera',
        url: 'https://play.google.com/store/apps/details?id=tech.roomify.smartcamera',
      },
    ],
    audiences: ['business_users'],
    // §11 Children
    minimumAge: 16,
    // §10 International transfers
    hostingCountries: ['DE'],
    hostingStatement: 'Roomify hosts production systems in the EU.',
    permissions: roomifyPermissions(),
    notice: {
      languages: ['en', 'de', 'fr'],
      contactEmail: ROOMIFY_PRIVACY_EMAIL,
      // §8 Your rights
      inAppPath: 'Profile > Account Security > Delete account',
      webFormUrl: 'https://roomify.tech/delete-account',
      deletionSteps:
        'Signed-in users can start an account deletion request from the Roomify mobile app under Profile > Account Security > Delete account. ' +
        'A public deletion request page is available at https://roomify.tech/delete-account.',
      // §12 Updates
      changeChannels: 'in the app and on this dedicated hosting page',
      // §5 "We do not sell data and do not run ads."
      statements: ['no_sale', 'no_advertising'],
      jurisdictionAddons: [],
      customSections: [{ id: 'geospatial-attribution', title: 'Geospatial attribution', body: NATURAL_EARTH }],
      lastUpdated: monthsFrom(now, -2),
    },
  };
}
