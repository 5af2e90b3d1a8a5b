import { describe, expect, it } from 'vitest';
import { formatProblem, parseWorkspaceDocument } from '../../shared/interchange';
import type { DataCategoryUse, ProcessingActivity, Purpose } from '../../shared/model';
import { buildSampleDocument } from '../../shared/sample';

const NOW = new Date('2026-06-15T10:00:00Z');
const doc = buildSampleDocument(NOW);

const roomifyOrg = doc.organisations.find((o) => o.id === 'org-roomify');
const roomifyApp = doc.products.find((p) => p.id === 'prod-roomify-app');
const roomify = doc.activities.filter((a) => a.organisationId === 'org-roomify');
const categories: DataCategoryUse[] = roomify.flatMap((a) => a.dataCategories);
const purposes: Purpose[] = roomify.flatMap((a) => a.purposes);
const recipients = roomify.flatMap((a) => a.recipients);
const transfers = roomify.flatMap((a) => a.transfers);
const measures = new Set(roomify.flatMap((a) => a.securityMeasures));
const securityNotes = roomify.map((a) => a.securityNotes ?? '').join('\n');
const vendorById = new Map(doc.vendors.map((v) => [v.id, v]));
const permission = (key: string) => roomifyApp?.permissions.find((p) => p.permission === key);
const detailHas = (text: string) => categories.some((c) => (c.detail ?? '').includes(text));
const categoryWith = (text: string) => categories.filter((c) => (c.detail ?? '').includes(text));
/** `every` that is false for an empty list, so that a missing record cannot pass. */
const allOf = <T>(items: readonly T[], check: (item: T) => boolean) => items.length > 0 && items.every(check);

describe('sample workspace document', () => {
  it('is a valid interchange document with every reference resolved', () => {
    const result = parseWorkspaceDocument(buildSampleDocument());
    if (!result.ok) console.error(result.problems.map(formatProblem).join('\n'));
    expect(result.ok).toBe(true);
  });

  it('survives a JSON round trip unchanged and returns fresh objects on each call', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    const a = buildSampleDocument(NOW);
    const b = buildSampleDocument(NOW);
    expect(a).toEqual(b);
    a.activities[0]?.dataCategories.splice(0);
    expect(b.activities[0]?.dataCategories.length).toBeGreaterThan(0);
  });

  it('uses readable ids', () => {
    for (const id of [...doc.organisations, ...doc.products, ...doc.vendors, ...doc.activities].map((x) => x.id)) {
      expect(id).toMatch(/^(org|prod|ven|act)-[a-z0-9-]+$/);
    }
  });
});

describe('Roomify holds every fact of the reference notice', () => {
  // Facts, one a line, in the order of sample-policy-roomify.txt.
  const facts: [string, () => boolean][] = [
    ['intro: product is the Roomify Smart Camera', () => roomifyApp?.name === 'Roomify Smart Camera'],
    ['intro: cloud services FastAPI backend, ML processor, MinIO', () => ['FastAPI backend', 'ML processor', 'MinIO object storage'].every((s) => roomify.some((a) => a.systems.includes(s)))],
    ['§1: Roomify acts as controller in every activity', () => roomify.length >= 8 && roomify.every((a) => a.role === 'controller')],
    ['§1: privacy contact privacy@roomify.tech', () => roomifyOrg?.privacyEmail === 'privacy@roomify.tech'],
    ['§2.1: first/last name, work e-mail, password (stored hashed), role', () => detailHas('password (stored hashed)') && categoryWith('password (stored hashed)').some((c) => c.category === 'credentials')],
    ['§2.1: company name and identifiers', () => categoryWith('Company name and identifiers').some((c) => c.category === 'employer_link')],
    ['§2.1: account data grouped under "Account data"', () => allOf(categoryWith('work e-mail'), (c) => c.noticeGroup === 'Account data')],
    ['§2.2: cargo bay photos, depth maps, 3D masks', () => detailHas('Cargo bay photos, depth maps, 3D masks') && categoryWith('depth maps').some((c) => c.category === 'scans_3d')],
    ['§2.2: measurement metadata: order IDs, trip IDs, comments, timestamps', () => detailHas('order IDs, trip IDs, comments, timestamps')],
    ['§2.2: geolocation and telemetry when enabled, optional', () => allOf(categoryWith('trip-level location tagging'), (c) => c.requirement === 'optional' && ['precise_location', 'trip_route'].includes(c.category))],
    ['§2.2: wallet records, no card data stored', () => categoryWith('no card data stored').some((c) => c.category === 'transaction_records') && !categories.some((c) => c.category === 'payment_card')],
    ['§2.2: operational data grouped under "Operational data"', () => allOf(categoryWith('Cargo bay photos'), (c) => c.noticeGroup === 'Operational data')],
    ['§2.3: IP address, device model, OS version, locale, network', () => ['ip_address', 'device_model_os', 'locale_timezone', 'network_info'].every((k) => categoryWith('IP address, device model, OS version').some((c) => c.category === k))],
    ['§2.3: app logs, crash reports, performance metrics (Crashlytics/Sentry)', () => detailHas('Crashlytics/Sentry if enabled by the customer')],
    ['§2.3: offline queue files as a custom taxonomy entry', () => doc.taxonomies.dataCategories.some((t) => t.key === 'offline_queue_files') && categories.some((c) => c.category === 'offline_queue_files')],
    ['§2.3: technical data grouped under "Technical & log data"', () => allOf(categoryWith('Offline queue files'), (c) => c.noticeGroup === 'Technical & log data')],
    ['§2.4: support tickets, attachments, contact details', () => categoryWith('Support tickets, attachments').some((c) => c.category === 'support_tickets' && c.noticeGroup === 'Support & feedback')],
    ['§3: core app features (authentication, queued measurements, wallet, dashboards)', () => purposes.some((p) => p.description.includes('authentication, queued measurements, wallet, dashboards'))],
    ['§3: ML processing to generate depth maps', () => purposes.some((p) => p.description.startsWith('Run ML processing') && p.legalBasis === 'contract')],
    ['§3: sync with admin console and customer reporting', () => purposes.some((p) => p.description.includes('admin console and customer reporting'))],
    ['§3: security, fraud prevention, audit', () => purposes.some((p) => p.description.includes('prevent fraud') && p.legalBasis === 'legitimate_interests')],
    ['§3: operational alerts, incident messages, service updates', () => purposes.some((p) => p.description.includes('incident messages'))],
    ['§3: aggregated usage analytics', () => purposes.some((p) => p.description.includes('aggregated usage'))],
    ['§4: contractual necessity', () => purposes.filter((p) => p.legalBasis === 'contract').length >= 3],
    ['§4: legitimate interest: service improvement', () => purposes.some((p) => p.legalBasis === 'legitimate_interests' && /service improvement/i.test(p.legitimateInterest ?? ''))],
    ['§4: legitimate interest: abuse prevention and platform security', () => purposes.some((p) => /abuse prevention/i.test(p.legitimateInterest ?? '') && /platform security/i.test(p.legitimateInterest ?? ''))],
    ['§4: legal obligation for record keeping', () => purposes.some((p) => p.legalBasis === 'legal_obligation' && p.description.includes('record keeping'))],
    ['§4: consent for optional geolocation tagging', () => purposes.some((p) => p.legalBasis === 'consent' && /geolocation/i.test(p.description))],
    ['§5: no sale, no ads', () => ['no_sale', 'no_advertising'].every((s) => roomifyApp?.notice.statements.includes(s as never))],
    ['§5: hosting infrastructure (PostgreSQL, Redis, MinIO, TLS, RBAC)', () => recipients.some((r) => (r.service ?? '').includes('PostgreSQL, Redis, MinIO') && vendorById.get(r.vendorId ?? '')?.category === 'hosting')],
    ['§5: Sentry strictly for diagnostics', () => recipients.some((r) => r.vendorId === 'ven-sentry' && (r.service ?? '').includes('diagnostics'))],
    ['§5: transactional e-mail provider', () => recipients.some((r) => vendorById.get(r.vendorId ?? '')?.category === 'email')],
    ['§5: transactional SMS provider', () => recipients.some((r) => vendorById.get(r.vendorId ?? '')?.category === 'sms_voice')],
    ['§5: customer administrators as recipient type "customer"', () => recipients.some((r) => r.type === 'customer' && (r.name ?? '').includes('Customer administrators'))],
    ['§5: regulators or law enforcement as "public_authority"', () => recipients.some((r) => r.type === 'public_authority' && /law enforcement/.test(r.name ?? ''))],
    ['§5: Natural Earth geospatial attribution', () => roomifyApp?.notice.customSections.some((s) => s.title === 'Geospatial attribution' && s.body.includes('Natural Earth dataset (public domain)')) === true],
    ['§6: account data kept for the contract plus up to 12 months', () => allOf(categoryWith('password (stored hashed)'), (c) => (c.retention ?? '').includes('12 months') && c.retentionMonths === 12)],
    ['§6: media & measurements 24 months by default, per customer policy', () => allOf(categoryWith('Cargo bay photos'), (c) => c.retentionMonths === 24 && (c.retention ?? '').includes("customer's policy"))],
    ['§6: deletion or anonymisation at the end', () => categories.some((c) => c.endAction === 'anonymise') && categories.some((c) => c.endAction === 'delete')],
    ['§6: logs & telemetry 6–18 months by risk classification', () => allOf(categoryWith('App logs'), (c) => c.retentionMonths === 18 && (c.retention ?? '').includes('risk classification'))],
    ['§6: every Roomify data category has a retention', () => allOf(categories, (c) => (c.retention ?? '') !== '' && c.retentionMonths !== undefined && c.endAction !== undefined)],
    ['§7: HTTPS/TLS and S3-compatible encryption', () => measures.has('encryption_in_transit') && measures.has('encryption_at_rest') && securityNotes.includes('S3-compatible encryption')],
    ['§7: SecureStore tokens, expiration, refresh-token rotation', () => measures.has('secure_token_storage') && measures.has('token_expiry_rotation') && securityNotes.includes('refresh-token rotation')],
    ['§7: environment isolation dev/stage/prod', () => measures.has('environment_separation') && securityNotes.includes('dev/stage/prod')],
    ['§7: Sentry monitoring and API audit trails', () => measures.has('monitoring_alerting') && measures.has('audit_logging') && securityNotes.includes('API audit trails')],
    ['§7: RBAC and mandatory authentication for every API call', () => measures.has('rbac') && securityNotes.includes('mandatory authentication for every API call')],
    ['§7: passwords hashed', () => measures.has('password_hashing')],
    ['§8: rights requests to privacy@roomify.tech', () => roomifyApp?.notice.contactEmail === 'privacy@roomify.tech'],
    ['§8: in-app deletion path', () => roomifyApp?.notice.inAppPath === 'Profile > Account Security > Delete account'],
    ['§8: public deletion page', () => roomifyApp?.notice.webFormUrl === 'https://roomify.tech/delete-account'],
    ['§9: camera required', () => permission('camera')?.optional === false && /capture and store measurements/.test(permission('camera')?.purpose ?? '')],
    ['§9: storage required', () => permission('storage')?.optional === false],
    ['§9: location when in use optional, per customer policy, to tag trips', () => permission('location_when_in_use')?.optional === true && /per customer policy to tag trips/.test(permission('location_when_in_use')?.purpose ?? '')],
    ['§9: no background location', () => permission('location_always') === undefined],
    ['§9: network and notifications required', () => permission('network')?.optional === false && permission('notifications')?.optional === false],
    ['§10: hosted in the EU', () => roomifyApp?.hostingStatement === 'Roomify hosts production systems in the EU.' && (roomifyApp?.hostingCountries ?? []).length > 0],
    ['§10: transfers rely on SCCs', () => allOf(transfers, (t) => t.mechanism === 'scc' && t.sccModule !== undefined)],
    ['§10: Sentry in the US under SCCs', () => transfers.some((t) => t.vendorId === 'ven-sentry' && t.country === 'US' && t.sccModule === 2)],
    ['§10: every non-EEA recipient has a transfer', () => allOf(recipients.filter((r) => r.country === 'US'), (r) => transfers.some((t) => t.vendorId === r.vendorId))],
    ['§11: not intended for under 16', () => roomifyApp?.minimumAge === 16],
    ['§12: changes published in the app and on the hosting page', () => roomifyApp?.notice.changeChannels === 'in the app and on this dedicated hosting page'],
    ['§13: contact via tenant administrator', () => (roomifyOrg?.notes ?? '').includes('tenant administrator')],
    ['platforms: iOS, Android and web admin console', () => ['ios', 'android', 'web'].every((p) => roomifyApp?.platforms.includes(p as never))],
    ['languages en, de, fr', () => roomifyApp?.notice.languages.join(',') === 'en,de,fr'],
  ];

  it.each(facts)('%s', (_name, check) => {
    expect(check()).toBe(true);
  });

  it('has at least 30 facts', () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
  });
});

describe('Roomify is clean', () => {
  it('every activity is approved, reviewed, not overdue, with an owner and a DPIA decision', () => {
    const today = NOW.toISOString().slice(0, 10);
    for (const a of roomify) {
      expect(a.status, a.id).toBe('approved');
      expect(a.owner, a.id).toBeTruthy();
      expect(a.nextReviewDue! > today, a.id).toBe(true);
      expect(a.lastReviewed! <= today, a.id).toBe(true);
      expect(['not_required', 'completed'], a.id).toContain(a.dpia.status);
      expect(a.automatedDecisions.exists, a.id).toBe(false);
      expect(a.dataSubjects.length, a.id).toBeGreaterThan(0);
      expect(a.purposes.every((p) => p.legalBasis !== undefined), a.id).toBe(true);
    }
  });

  it('every vendor Roomify uses has a signed DPA', () => {
    const used = new Set(roomify.flatMap((a) => a.recipients.map((r) => r.vendorId)).filter((v) => v !== undefined));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const id of used) expect(vendorById.get(id!)?.dpa.status, id).toBe('signed');
  });
});

describe('Ledgerly GmbH', () => {
  const org = doc.organisations.find((o) => o.id === 'org-ledgerly');
  const ledgerly = doc.activities.filter((a) => a.organisationId === 'org-ledgerly');
  const app = (a: ProcessingActivity) => a.productId === 'prod-ledgerly';

  it('is a German organisation of 120 staff with a DPO and the Berlin authority', () => {
    expect(org?.country).toBe('DE');
    expect(org?.staffCount).toBe(120);
    expect(org?.dpo?.email).toBeTruthy();
    expect(org?.leadAuthority?.name).toMatch(/Berlin/);
  });

  it('has both controller and processor activities for the same product', () => {
    expect(ledgerly.filter(app).some((a) => a.role === 'controller')).toBe(true);
    const processing = ledgerly.filter(app).filter((a) => a.role === 'processor');
    expect(processing.length).toBeGreaterThan(0);
    for (const a of processing) expect(a.controllers.some((c) => /business customer/.test(c.name))).toBe(true);
  });

  it('uses a US AI vendor under SCC module 3 and promises no AI training', () => {
    const ai = doc.vendors.find((v) => v.category === 'ai');
    expect(ai?.headquarters).toBe('US');
    expect(ledgerly.some((a) => a.transfers.some((t) => t.vendorId === ai?.id && t.mechanism === 'scc' && t.sccModule === 3))).toBe(true);
    expect(doc.products.find((p) => p.id === 'prod-ledgerly')?.notice.statements).toContain('no_ai_training');
  });

  it('has an integration product with an integration profile', () => {
    const shopify = doc.products.find((p) => p.id === 'prod-ledgerly-shopify');
    expect(shopify?.platforms).toEqual(['integration']);
    expect(shopify?.integration).toEqual({
      hostPlatform: 'Shopify',
      storedData: 'OAuth access tokens and shop metadata',
      liveReadData: 'orders and customer records, read live through the Shopify API and never stored',
    });
    expect(ledgerly.some((a) => a.productId === 'prod-ledgerly-shopify')).toBe(true);
  });

  it('has an HR activity without product, with salary data and health data under Art. 9(2)(b)', () => {
    const hr = ledgerly.find((a) => a.productId === undefined);
    expect(hr?.dataSubjects).toContain('employees');
    expect(hr?.dataCategories.some((c) => c.category === 'salary_payroll')).toBe(true);
    expect(hr?.dataCategories.some((c) => c.category === 'health_data')).toBe(true);
    expect(hr?.purposes.some((p) => p.art9Condition === 'b')).toBe(true);
  });

  it('carries the deliberate findings', () => {
    const today = NOW.toISOString().slice(0, 10);
    expect(doc.vendors.some((v) => v.dpa.status === 'missing')).toBe(true);
    expect(ledgerly.some((a) => a.status === 'in_review' && (a.nextReviewDue ?? '9999') < today)).toBe(true);
    expect(ledgerly.filter(app).some((a) => a.dataCategories.some((c) => c.retention === undefined))).toBe(true);
    expect(ledgerly.some((a) => a.dpia.status === 'not_assessed')).toBe(true);
    const usRecipientWithoutTransfer = ledgerly.some((a) =>
      a.recipients.some((r) => r.country === 'US' && !a.transfers.some((t) => t.vendorId === r.vendorId)),
    );
    expect(usRecipientWithoutTransfer).toBe(true);
  });
});
