/**
 * Roomify's product activities: accounts, measurements, ML processing, sync,
 * optional location tagging and the wallet (§3 "Provide core app features",
 * "Run ML processing", "Sync data", §4 "Consent for optional features").
 */
import type { ProcessingActivity } from '../model';
import { monthsFrom, reviewDates } from './dates';
import { ROOMIFY_APP_ID, ROOMIFY_ORG_ID } from './roomify';
import {
  ACCOUNT_PROFILE,
  CARGO_VISUALS,
  COMPANY,
  CORE_FEATURES,
  GEOLOCATION,
  MEASUREMENT_METADATA,
  OFFLINE_QUEUE,
  RECORD_KEEPING,
  WALLET,
} from './roomify-data';
import { APP, BACKEND, BASE_MEASURES, CONSOLE, CUSTOMER_ADMINS, HOSTING, SECURITY_NOTES } from './roomify-sharing';
import { activity } from './util';

const base = { organisationId: ROOMIFY_ORG_ID, productId: ROOMIFY_APP_ID, role: 'controller', status: 'approved', reviewer: 'Privacy officer' } as const;

export function roomifyCoreActivities(now: Date): ProcessingActivity[] {
  return [
    activity({
      ...base,
      id: 'act-roomify-accounts',
      name: 'Account management and authentication',
      description: 'User accounts of the customer organisation’s staff: sign-in, roles within the company, tenant membership.',
      purposes: [CORE_FEATURES],
      dataSubjects: ['app_users', 'customer_admins'],
      dataCategories: [...ACCOUNT_PROFILE, ...COMPANY],
      recipients: [HOSTING, CUSTOMER_ADMINS],
      securityMeasures: [...BASE_MEASURES, 'password_hashing', 'secure_token_storage', 'token_expiry_rotation'],
      securityNotes: `Passwords are stored hashed.\n${SECURITY_NOTES}`,
      dpia: { status: 'not_required', reason: 'Ordinary business accounts; no special categories, no large-scale monitoring.' },
      systems: [...BACKEND, APP, CONSOLE],
      owner: 'CTO',
      ...reviewDates(now, 2),
    }),
    activity({
      ...base,
      id: 'act-roomify-measurements',
      name: 'Cargo measurement capture and offline queue',
      description:
        'Users capture cargo bays with the camera; measurements are queued on the device and uploaded when a connection is available.',
      purposes: [CORE_FEATURES],
      dataSubjects: ['app_users', 'drivers'],
      dataCategories: [...CARGO_VISUALS, ...MEASUREMENT_METADATA, ...OFFLINE_QUEUE],
      recipients: [HOSTING, CUSTOMER_ADMINS],
      securityMeasures: [...BASE_MEASURES, 'secure_token_storage'],
      securityNotes: SECURITY_NOTES,
      dpia: {
        status: 'not_required',
        reason: 'Images show cargo bays, not people; no special categories and no monitoring of individuals.',
      },
      systems: [APP, 'Offline queue on the device', ...BACKEND],
      owner: 'Head of Mobile',
      ...reviewDates(now, 2),
    }),
    activity({
      ...base,
      id: 'act-roomify-ml',
      name: 'ML processing of cargo measurements',
      description: 'The ML processor turns captured photos into depth maps and 3D masks and estimates the available cargo volume.',
      purposes: [{ description: 'Run ML processing to generate depth maps and estimate available cargo volume', legalBasis: 'contract', storePurpose: 'app_functionality' }],
      dataSubjects: ['app_users'],
      dataCategories: [...CARGO_VISUALS, ...MEASUREMENT_METADATA],
      recipients: [HOSTING],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: {
        status: 'not_required',
        reason: 'The model estimates the volume of cargo space; it makes no decisions about people and does not identify them.',
      },
      automatedDecisions: { exists: false, profiling: false },
      systems: ['ML processor', 'MinIO object storage', 'PostgreSQL'],
      owner: 'Head of ML',
      ...reviewDates(now, 3),
    }),
    activity({
      ...base,
      id: 'act-roomify-sync',
      name: 'Sync with the admin console and customer reporting',
      description: 'Measurements, orders and users are synchronised to the Roomify admin console, dashboards and the customer’s reporting systems.',
      purposes: [
        CORE_FEATURES,
        { description: 'Sync data with the Roomify admin console and customer reporting systems', legalBasis: 'contract', storePurpose: 'app_functionality' },
      ],
      dataSubjects: ['app_users', 'customer_admins'],
      dataCategories: [...ACCOUNT_PROFILE.filter((c) => c.category !== 'credentials'), ...MEASUREMENT_METADATA, ...CARGO_VISUALS],
      recipients: [HOSTING, CUSTOMER_ADMINS],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Reporting to the customer on its own operations; no new risks for users.' },
      systems: [...BACKEND, CONSOLE, 'Customer reporting systems (via API)'],
      owner: 'Head of Customer Success',
      ...reviewDates(now, 4),
    }),
    activity({
      ...base,
      id: 'act-roomify-location',
      name: 'Trip-level location tagging (optional)',
      description: 'When the customer enables it, the app tags trips with the device location while a measurement is taken.',
      purposes: [
        {
          description: 'Tag trips with geolocation when the customer enables trip-level location tagging (optional feature)',
          legalBasis: 'consent',
          storePurpose: 'app_functionality',
        },
      ],
      dataSubjects: ['app_users', 'drivers'],
      dataCategories: [...GEOLOCATION],
      recipients: [HOSTING, CUSTOMER_ADMINS],
      securityMeasures: [...BASE_MEASURES, 'data_minimisation'],
      securityNotes: `Location is read only while the app is in use, only at trip level, and only where the customer policy enables it.\n${SECURITY_NOTES}`,
      dpia: {
        status: 'completed',
        date: monthsFrom(now, -7),
        reason: 'Location of drivers could allow monitoring of employees; assessed, mitigated by opt-in consent and trip-level granularity.',
      },
      systems: [APP, ...BACKEND],
      owner: 'Head of Mobile',
      ...reviewDates(now, 1),
    }),
    activity({
      ...base,
      id: 'act-roomify-wallet',
      name: 'Wallet and internal transactions',
      description: 'Balance and transaction records for internal Roomify transactions; no card data is stored.',
      purposes: [CORE_FEATURES, RECORD_KEEPING],
      dataSubjects: ['app_users', 'customer_admins'],
      dataCategories: [...WALLET, ...COMPANY],
      recipients: [HOSTING, CUSTOMER_ADMINS],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Internal balance records of business users.' },
      systems: ['FastAPI backend', 'PostgreSQL', CONSOLE],
      owner: 'CFO',
      ...reviewDates(now, 3),
    }),
  ];
}
