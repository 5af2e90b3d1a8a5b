/**
 * Roomify's recipients (§5 of the reference notice), transfers (§10),
 * security controls (§7) and systems.
 */
import type { Recipient, Transfer } from '../model';
import { VENDOR_IDS } from './vendors';

// §5 Sharing with third parties
export const HOSTING: Recipient = {
  vendorId: VENDOR_IDS.hetzner,
  type: 'processor',
  service: 'Roomify hosting infrastructure (PostgreSQL, Redis, MinIO, container hosts secured via TLS and RBAC)',
  country: 'DE',
};
export const SENTRY: Recipient = {
  vendorId: VENDOR_IDS.sentry,
  type: 'processor',
  service: 'Monitoring/logging strictly for diagnostics',
  country: 'US',
};
export const CRASHLYTICS: Recipient = {
  vendorId: VENDOR_IDS.crashlytics,
  type: 'processor',
  service: 'Crash reporting strictly for diagnostics, if enabled by the customer',
  country: 'US',
};
export const EMAIL: Recipient = {
  vendorId: VENDOR_IDS.brevo,
  type: 'processor',
  service: 'Transactional e-mail when notifications are enabled',
  country: 'FR',
};
export const SMS: Recipient = {
  vendorId: VENDOR_IDS.twilio,
  type: 'processor',
  service: 'Transactional SMS when notifications are enabled',
  country: 'US',
};
export const PUSH: Recipient = {
  vendorId: VENDOR_IDS.fcm,
  type: 'processor',
  service: 'Push notifications when notifications are enabled',
  country: 'US',
};
export const CUSTOMER_ADMINS: Recipient = {
  name: 'Customer administrators',
  type: 'customer',
  service: 'Customer administrators who manage their tenant’s users, orders, and measurement data',
};
export const AUTHORITIES: Recipient = {
  name: 'Regulators or law enforcement',
  type: 'public_authority',
  service: 'When we are legally obliged to respond',
};

// §10 International transfers: every recipient outside the EEA is covered by SCCs.
function scc(vendorId: string, recipientName: string, documentUrl: string): Transfer {
  return {
    country: 'US',
    vendorId,
    recipientName,
    mechanism: 'scc',
    sccModule: 2,
    safeguards: 'Standard Contractual Clauses (Commission Decision (EU) 2021/914, module 2: controller to processor) in the data processing agreement.',
    documentUrl,
    repetitive: true,
  };
}
export const TO_SENTRY = scc(VENDOR_IDS.sentry, 'Functional Software, Inc. (Sentry)', 'https://sentry.io/legal/dpa/');
export const TO_CRASHLYTICS = scc(VENDOR_IDS.crashlytics, 'Google LLC (Firebase Crashlytics)', 'https://firebase.google.com/terms/data-processing-terms');
export const TO_FCM = scc(VENDOR_IDS.fcm, 'Google LLC (Firebase Cloud Messaging)', 'https://firebase.google.com/terms/data-processing-terms');
export const TO_TWILIO = scc(VENDOR_IDS.twilio, 'Twilio Inc.', 'https://www.twilio.com/en-us/legal/data-protection-addendum');

// §7 Security controls
export const BASE_MEASURES = [
  'encryption_in_transit',
  'encryption_at_rest',
  'rbac',
  'environment_separation',
  'monitoring_alerting',
  'audit_logging',
];
export const SECURITY_NOTES = [
  'HTTPS/TLS for all endpoints and S3-compatible encryption for artifacts.',
  'SecureStore token storage, automatic expiration, and refresh-token rotation.',
  'Environment isolation (dev/stage/prod), Sentry monitoring, API audit trails.',
  'Role-based access control and mandatory authentication for every API call.',
].join('\n');

export const BACKEND = ['FastAPI backend', 'PostgreSQL', 'Redis', 'MinIO object storage'];
export const APP = 'Roomify Smart Camera app (iOS, Android)';
export const CONSOLE = 'Roomify admin console (web)';
