// Acceptance: the Roomify notice generated from the sample records holds every fact of the
// reference notice (shared/reference/sample-policy-roomify.txt), in every text format.
import { describe, expect, it } from 'vitest';
import {
  generateNotice,
  noticeInputFromDocument,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
} from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';

const FACTS: readonly string[] = [
  // 1. controller & contact
  'The controller responsible for the processing of personal data in connection with Roomify Smart Camera is Roomify',
  'privacy@roomify.tech',
  // 2. data we collect, grouped as the notice groups them
  'Account data',
  'First/last name, work e-mail, password (stored hashed), user role within the company',
  'Company name and identifiers linked to the account',
  'Operational data',
  'Cargo bay photos, depth maps, 3D masks, and other visuals captured during measurements',
  'Measurement metadata: order IDs, trip IDs, comments, timestamps',
  'Geolocation and telemetry when the customer enables trip-level location tagging',
  'Wallet/balance records for internal Roomify transactions (no card data stored)',
  'Technical & log data',
  'IP address, device model, OS version, locale, and network parameters',
  'App logs, crash reports, and performance metrics (including Crashlytics/Sentry if enabled by the customer)',
  'Offline queue files stored until synchronization finishes',
  'Support & feedback',
  'Support tickets, attachments, and contact details provided by the user',
  // 3. purposes
  'Provide core app features: authentication, queued measurements, wallet, dashboards',
  'Run ML processing to generate depth maps and estimate available cargo volume',
  'Sync data with the Roomify admin console and customer reporting systems',
  'Ensure security, prevent fraud, and audit user activity',
  'Send operational alerts, incident messages, and service updates',
  'Analyze aggregated usage to improve reliability and plan new features',
  // 4. legal bases
  'Performance of a contract (Art. 6(1)(b) GDPR)',
  'Legitimate interests (Art. 6(1)(f) GDPR)',
  'Service improvement: keeping the service reliable and planning new features',
  'Abuse prevention and platform security',
  'Compliance with a legal obligation (Art. 6(1)(c) GDPR)',
  'Meet legal obligations such as record keeping and compliance',
  'Your consent (Art. 6(1)(a) GDPR)',
  // 5. sharing
  'We do not sell personal data.',
  'We do not use personal data for advertising and do not show ads.',
  'Roomify hosting infrastructure (PostgreSQL, Redis, MinIO, container hosts secured via TLS and RBAC)',
  'Sentry',
  'Monitoring/logging strictly for diagnostics',
  'Transactional e-mail when notifications are enabled',
  'Transactional SMS when notifications are enabled',
  'Customer administrators who manage their tenant’s users, orders, and measurement data',
  'Regulators or law enforcement',
  'When we are legally obliged to respond',
  'Geospatial attribution',
  'Roomify uses the Natural Earth dataset (public domain) for country boundary data. Source: naturalearthdata.com.',
  // 6. retention
  'For the duration of the customer contract plus up to 12 months post-offboarding.',
  "According to the customer's policy, 24 months by default before deletion or anonymization.",
  '6–18 months depending on risk classification.',
  // 7. security controls
  'HTTPS/TLS for all endpoints and S3-compatible encryption for artifacts.',
  'SecureStore token storage, automatic expiration, and refresh-token rotation.',
  'Environment isolation (dev/stage/prod), Sentry monitoring, API audit trails.',
  'Role-based access control and mandatory authentication for every API call.',
  // 8. rights and how to exercise them
  'Access (Art. 15 GDPR)',
  'Rectification (Art. 16 GDPR)',
  'Erasure (Art. 17 GDPR)',
  'Restriction (Art. 18 GDPR)',
  'Objection (Art. 21 GDPR)',
  'Data portability (Art. 20 GDPR)',
  'Withdrawal of consent (Art. 7(3) GDPR)',
  'By e-mail to privacy@roomify.tech.',
  'Profile > Account Security > Delete account',
  'https://roomify.tech/delete-account',
  'lodge a complaint with a supervisory authority',
  // 9. device permissions
  'Camera',
  'Storage',
  'Used solely to capture and store measurements.',
  'Location (while the app is in use)',
  'Optional, enabled per customer policy to tag trips.',
  'Network access',
  'Notifications',
  'Required for syncing jobs and sending service alerts.',
  // 10. international transfers
  'Roomify hosts production systems in the EU.',
  'Standard Contractual Clauses',
  // 11. children
  'Roomify Smart Camera is not intended for persons under 16',
  // 12. updates
  'We announce changes in the app and on this dedicated hosting page.',
  // 13. contact
  'you can also contact its administrator',
];

const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
const input = noticeInputFromDocument(doc, 'Roomify Smart Camera');
if (input === undefined) throw new Error('the sample has no Roomify product');
const result = generateNotice(input, { lang: 'en', today: '2026-03-15', publishedOn: '2026-01-15' });

const flat = (s: string) => s.replace(/\s+/g, ' ');
const FORMATS: Record<string, () => string> = {
  text: () => renderNoticeText(result.document),
  markdown: () => renderNoticeMarkdown(result.document).replace(/\\([\\`*_[\]<>#|-])/g, '$1').replace(/<(\S+@\S+|https?:\S+)>/g, '$1'),
  html: () =>
    renderNoticeHtml(result.document)
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<br>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
};

describe('the Roomify notice holds every fact of the reference notice', () => {
  for (const [name, render] of Object.entries(FORMATS)) {
    it(`in ${name}`, () => {
      const text = flat(render());
      const missing = FACTS.filter((fact) => !text.includes(flat(fact)));
      expect(missing).toEqual([]);
    });
  }

  it('has no warnings and gives its publication date as "Last updated"', () => {
    expect(result.warnings).toEqual([]);
    expect(result.document.dateLine).toBe('Last updated: 15 January 2026');
  });

  it('says "Draft" while unpublished, whatever day it is generated', () => {
    const draft = generateNotice(input, { lang: 'en', today: '2026-03-15' });
    expect(draft.document.dateLine).toBe('Draft: not yet published');
    expect(renderNoticeText(draft.document)).not.toContain('Last updated');
    expect(renderNoticeText(draft.document)).not.toContain('15 March 2026');
  });

  it('numbers its sections in order and gives each a stable key', () => {
    const keys = result.document.sections.map((s) => s.key);
    expect(keys.slice(0, 3)).toEqual(['controller', 'scope', 'data']);
    expect(keys).toContain('custom:geospatial-attribution');
    expect(result.document.sections.map((s) => s.number)).toEqual(keys.map((_, i) => i + 1));
  });

  it('lists each data line once although the records hold it once per taxonomy key', () => {
    const text = renderNoticeText(result.document);
    expect(text.split('First/last name, work e-mail').length - 1).toBe(2); // data list and "whether you must provide"
  });
});
