/**
 * Roomify's operational activities: security and audit, notifications, usage
 * analytics, crash reporting and support (§3 of the reference notice, with the
 * legitimate interests and legal obligations of §4).
 */
import type { ProcessingActivity } from '../model';
import { reviewDates } from './dates';
import { ROOMIFY_APP_ID, ROOMIFY_ORG_ID } from './roomify';
import {
  ACCOUNT_PROFILE,
  APP_LOGS,
  AUDIT_TRAIL,
  COMPANY,
  DEVICE_NETWORK,
  LI_ABUSE_SECURITY,
  LI_SERVICE_IMPROVEMENT,
  MOBILE_NUMBER,
  PUSH_TOKEN,
  SUPPORT_TICKETS,
} from './roomify-data';
import {
  APP,
  AUTHORITIES,
  BACKEND,
  BASE_MEASURES,
  CRASHLYTICS,
  EMAIL,
  HOSTING,
  PUSH,
  SECURITY_NOTES,
  SENTRY,
  SMS,
  TO_CRASHLYTICS,
  TO_FCM,
  TO_SENTRY,
  TO_TWILIO,
} from './roomify-sharing';
import { activity } from './util';

const base = { organisationId: ROOMIFY_ORG_ID, productId: ROOMIFY_APP_ID, role: 'controller', status: 'approved', reviewer: 'Privacy officer' } as const;

const identity = ACCOUNT_PROFILE.filter((c) => c.category === 'full_name' || c.category === 'email_address');

export function roomifyOpsActivities(now: Date): ProcessingActivity[] {
  return [
    activity({
      ...base,
      id: 'act-roomify-security',
      name: 'Security, fraud prevention and audit',
      description: 'API audit trails, abuse detection and responses to authorities.',
      purposes: [
        {
          description: 'Ensure security, prevent fraud, and audit user activity',
          legalBasis: 'legitimate_interests',
          legitimateInterest: LI_ABUSE_SECURITY,
          storePurpose: 'fraud_prevention_security',
        },
        {
          description: 'Respond to regulators or law enforcement when we are legally obliged to respond',
          legalBasis: 'legal_obligation',
          storePurpose: 'compliance',
        },
      ],
      dataSubjects: ['app_users', 'customer_admins'],
      dataCategories: [...identity, ...DEVICE_NETWORK, ...AUDIT_TRAIL],
      recipients: [HOSTING, SENTRY, AUTHORITIES],
      transfers: [TO_SENTRY],
      securityMeasures: [...BASE_MEASURES, 'secure_token_storage', 'token_expiry_rotation'],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Security logs of business users, kept for a limited time; no profiling.' },
      systems: [...BACKEND, 'Sentry'],
      owner: 'Security lead',
      ...reviewDates(now, 1),
    }),
    activity({
      ...base,
      id: 'act-roomify-notifications',
      name: 'Operational notifications',
      description: 'Operational alerts, incident messages and service updates by push, e-mail and SMS.',
      purposes: [{ description: 'Send operational alerts, incident messages, and service updates', legalBasis: 'contract', storePurpose: 'developer_communications' }],
      dataSubjects: ['app_users', 'customer_admins'],
      dataCategories: [...identity, ...MOBILE_NUMBER, ...PUSH_TOKEN],
      recipients: [HOSTING, EMAIL, SMS, PUSH],
      transfers: [TO_TWILIO, TO_FCM],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Service messages to business users.' },
      systems: ['FastAPI backend', 'PostgreSQL', 'Brevo', 'Twilio', 'Firebase Cloud Messaging'],
      owner: 'Head of Operations',
      ...reviewDates(now, 5),
    }),
    activity({
      ...base,
      id: 'act-roomify-analytics',
      name: 'Usage analytics',
      description: 'Aggregated usage and performance figures to improve reliability and plan new features.',
      purposes: [
        {
          description: 'Analyze aggregated usage to improve reliability and plan new features',
          legalBasis: 'legitimate_interests',
          legitimateInterest: LI_SERVICE_IMPROVEMENT,
          storePurpose: 'analytics',
        },
      ],
      dataSubjects: ['app_users'],
      dataCategories: [...DEVICE_NETWORK.filter((c) => c.category !== 'ip_address'), ...APP_LOGS],
      recipients: [HOSTING],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: `Usage is analysed in aggregate only.\n${SECURITY_NOTES}`,
      dpia: { status: 'not_required', reason: 'Aggregated technical figures; no profiling of individuals.' },
      systems: [...BACKEND],
      owner: 'Head of Product',
      ...reviewDates(now, 4),
    }),
    activity({
      ...base,
      id: 'act-roomify-diagnostics',
      name: 'Crash reporting and logs',
      description: 'App logs, crash reports and performance metrics, through Sentry and Crashlytics where the customer enables them.',
      purposes: [
        {
          description: 'Diagnose crashes and errors through monitoring/logging vendors (e.g., Sentry), strictly for diagnostics',
          legalBasis: 'legitimate_interests',
          legitimateInterest: `${LI_SERVICE_IMPROVEMENT}; platform security`,
          storePurpose: 'diagnostics',
        },
      ],
      dataSubjects: ['app_users'],
      dataCategories: [...APP_LOGS, ...DEVICE_NETWORK],
      recipients: [HOSTING, SENTRY, CRASHLYTICS],
      transfers: [TO_SENTRY, TO_CRASHLYTICS],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Technical diagnostics without profiling.' },
      systems: [APP, 'FastAPI backend', 'Sentry', 'Firebase Crashlytics'],
      owner: 'CTO',
      ...reviewDates(now, 2),
    }),
    activity({
      ...base,
      id: 'act-roomify-support',
      name: 'Support and feedback',
      description: 'Support tickets and feedback from users, answered by Roomify support.',
      purposes: [{ description: 'Answer support requests and feedback', legalBasis: 'contract', storePurpose: 'app_functionality' }],
      dataSubjects: ['app_users', 'customer_admins', 'support_requesters'],
      dataCategories: [...SUPPORT_TICKETS, ...COMPANY],
      recipients: [HOSTING],
      securityMeasures: [...BASE_MEASURES],
      securityNotes: SECURITY_NOTES,
      dpia: { status: 'not_required', reason: 'Support correspondence with business users.' },
      systems: ['Roomify support inbox', 'PostgreSQL'],
      owner: 'Head of Customer Success',
      ...reviewDates(now, 3),
    }),
  ];
}
