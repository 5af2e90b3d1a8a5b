/**
 * Workspaces for the report tests: the three product shapes (controller only, dual
 * role, processor-only integration), each in an organisation of its own, and random
 * workspaces of several organisations (fast-check) for the organisation boundary.
 */
import fc from 'fast-check';
import type { WorkspaceDocument } from '../../shared/interchange';
import type { DataCategoryUse, LegalBasis, Organisation, ProcessingActivity, Product, Purpose, Vendor } from '../../shared/model';
import { LEGAL_BASES } from '../../shared/model';
import { buildSampleDocument } from '../../shared/sample';

export const NOW = new Date('2026-11-22T09:00:00Z');

function base(): WorkspaceDocument {
  const s = buildSampleDocument(NOW);
  return { ...s, workspace: { name: 'Consultant workspace' }, organisations: [], products: [], vendors: [], activities: [] };
}

const notice = { languages: ['en' as const], statements: [], jurisdictionAddons: [], customSections: [] };

export function org(id: string, name: string, extra: Partial<Organisation> = {}): Organisation {
  return { id, name, legalName: `${name} Ltd`, address: '1 High Street, London', country: 'GB', email: `privacy@${id}.example`, ...extra };
}

export function product(id: string, organisationId: string, name: string, extra: Partial<Product> = {}): Product {
  return { id, organisationId, name, platforms: ['web'], storeListings: [], audiences: ['business_users'], hostingCountries: ['DE'], permissions: [], notice, ...extra };
}

export function category(key: string, extra: Partial<DataCategoryUse> = {}): DataCategoryUse {
  return { category: key, source: 'data_subject', requirement: 'necessary_for_service', retention: 'For the term of the contract.', endAction: 'delete', ...extra };
}

export function activity(a: Pick<ProcessingActivity, 'id' | 'organisationId' | 'name' | 'role'> & Partial<ProcessingActivity>): ProcessingActivity {
  return {
    controllers: [],
    jointControllers: [],
    purposes: [],
    dataSubjects: [],
    dataCategories: [],
    recipients: [],
    transfers: [],
    securityMeasures: ['encryption_in_transit'],
    dpia: { status: 'not_required' },
    automatedDecisions: { exists: false },
    systems: [],
    status: 'approved',
    ...a,
  };
}

export function vendor(id: string, name: string, extra: Partial<Vendor> = {}): Vendor {
  return { id, name, category: 'hosting', role: 'processor', processingCountries: ['DE'], dpa: { status: 'signed', date: '2025-01-01' }, certifications: [], ...extra };
}

/**
 * Three organisations, one product shape each:
 * - Notely (controller only): a note-taking app for consumers;
 * - Dispatchly (dual role): controller for its customers' staff, processor for their end customers;
 * - Portalsync (processor-only integration): a CRM add-on that stores tokens and metadata.
 */
export function threeShapes(): WorkspaceDocument {
  const doc = base();
  doc.organisations = [
    org('org-notely', 'Notely'),
    org('org-dispatchly', 'Dispatchly', { country: 'DE', address: 'Hauptstraße 1, Berlin' }),
    org('org-portalsync', 'Portalsync', { country: 'US', address: '1 Market St, San Francisco' }),
  ];
  doc.products = [
    product('prod-notely', 'org-notely', 'Notely app', { audiences: ['consumers'], platforms: ['ios', 'android'] }),
    product('prod-dispatchly', 'org-dispatchly', 'Dispatchly platform', { platforms: ['web', 'ios'] }),
    product('prod-portalsync', 'org-portalsync', 'Portalsync for HubSpot', {
      platforms: ['integration'],
      integration: { hostPlatform: 'HubSpot', storedData: 'OAuth tokens and portal metadata' },
    }),
  ];
  doc.vendors = [
    vendor('ven-notely-host', 'Notely Cloud Host'),
    vendor('ven-dispatch-sms', 'Dispatch SMS Gateway', { category: 'sms_voice', headquarters: 'US', processingCountries: ['US'], transferMechanism: 'scc', sccModule: 3 }),
    vendor('ven-portal-host', 'Portalsync Hosting Co', { headquarters: 'US', processingCountries: ['US'], dpfCertified: true }),
  ];
  const basis = (description: string, legalBasis: LegalBasis, more: Partial<Purpose> = {}): Purpose => ({ description, legalBasis, ...more });
  doc.activities = [
    activity({
      id: 'act-notely-accounts',
      organisationId: 'org-notely',
      productId: 'prod-notely',
      name: 'Notely accounts',
      role: 'controller',
      owner: 'Head of Product',
      purposes: [basis('Provide the note-taking service', 'contract')],
      dataSubjects: ['app_users'],
      dataCategories: [category('email_address'), category('user_photos', { detail: 'Pictures attached to notes' })],
      recipients: [{ vendorId: 'ven-notely-host', type: 'processor', country: 'DE' }],
      systems: ['Notely database'],
    }),
    activity({
      id: 'act-notely-marketing',
      organisationId: 'org-notely',
      productId: 'prod-notely',
      name: 'Notely newsletter',
      role: 'controller',
      purposes: [basis('Send product news', 'legitimate_interests', { legitimateInterest: 'Telling users about new features' })],
      dataSubjects: ['newsletter_subscribers'],
      dataCategories: [category('email_address', { retention: 'Until unsubscribed.' })],
    }),
    activity({
      id: 'act-dispatchly-staff',
      organisationId: 'org-dispatchly',
      productId: 'prod-dispatchly',
      name: 'Dispatcher accounts',
      role: 'controller',
      owner: 'Head of Operations',
      purposes: [basis('Provide dispatcher accounts to business customers', 'contract')],
      dataSubjects: ['customer_admins', 'app_users'],
      dataCategories: [category('full_name'), category('email_address')],
      recipients: [{ vendorId: 'ven-dispatch-sms', type: 'processor', country: 'US' }],
      transfers: [{ country: 'US', vendorId: 'ven-dispatch-sms', mechanism: 'scc', sccModule: 2 }],
    }),
    activity({
      id: 'act-dispatchly-jobs',
      organisationId: 'org-dispatchly',
      productId: 'prod-dispatchly',
      name: 'Delivery jobs for end customers',
      role: 'processor',
      controllers: [{ name: 'Each business customer', contact: 'Through the customer contract', country: 'DE' }],
      purposes: [{ description: 'Plan and track deliveries on the customer’s instructions' }],
      dataSubjects: ['customer_end_users'],
      dataCategories: [category('postal_address', { source: 'customer', sourceDetail: 'Imported by the business customer', retention: 'As agreed with the customer; deleted 30 days after the contract ends.' })],
      recipients: [{ vendorId: 'ven-dispatch-sms', type: 'sub_processor', country: 'US' }],
      transfers: [{ country: 'US', vendorId: 'ven-dispatch-sms', mechanism: 'scc', sccModule: 3 }],
    }),
    activity({
      id: 'act-portalsync-tokens',
      organisationId: 'org-portalsync',
      productId: 'prod-portalsync',
      name: 'Portal tokens and metadata',
      role: 'processor',
      controllers: [{ name: 'Each HubSpot portal that installs the add-on', contact: 'The portal’s super admin' }],
      purposes: [{ description: 'Keep the connection to the portal while the add-on is installed' }],
      dataSubjects: ['customer_admins'],
      dataCategories: [category('credentials', { source: 'third_party', sourceDetail: 'Issued by HubSpot on install', retention: 'While the app is installed; deleted on uninstall.' })],
      recipients: [{ vendorId: 'ven-portal-host', type: 'sub_processor', country: 'US' }],
      transfers: [{ country: 'US', vendorId: 'ven-portal-host', mechanism: 'adequacy' }],
    }),
  ];
  return doc;
}

// ---- Random workspaces of several organisations ----

/** A name no other record's text can contain by chance: `Qx` + organisation letter + kind + number + `Zy`. */
export const mark = (orgLetter: string, kind: string, n: number) => `Qx${orgLetter}${kind}${String(n).padStart(2, '0')}Zy`;

const CATEGORY_KEYS = ['full_name', 'email_address', 'phone_number', 'user_id', 'ip_address', 'precise_location', 'health_data', 'messages', 'salary_payroll'] as const;
const SUBJECT_KEYS = ['app_users', 'customers', 'customer_end_users', 'employees', 'newsletter_subscribers'] as const;

interface ActivityShape {
  role: ProcessingActivity['role'];
  onProduct: boolean;
  bases: LegalBasis[];
  categories: string[];
  subjects: string[];
  ownVendor: boolean;
  sharedVendor: boolean;
  transfer: boolean;
  status: ProcessingActivity['status'];
  fate: 'kept' | 'changed' | 'removed' | 'added';
}

const activityShape: fc.Arbitrary<ActivityShape> = fc.record({
  role: fc.constantFrom('controller', 'processor', 'joint_controller') as fc.Arbitrary<ProcessingActivity['role']>,
  onProduct: fc.boolean(),
  bases: fc.subarray([...LEGAL_BASES], { minLength: 1, maxLength: 3 }),
  categories: fc.subarray([...CATEGORY_KEYS], { minLength: 1, maxLength: 4 }),
  subjects: fc.subarray([...SUBJECT_KEYS], { minLength: 1, maxLength: 2 }),
  ownVendor: fc.boolean(),
  sharedVendor: fc.boolean(),
  transfer: fc.boolean(),
  status: fc.constantFrom('draft', 'in_review', 'approved') as fc.Arbitrary<ProcessingActivity['status']>,
  /** What happens to it after the baseline: kept, changed, removed; or added after it. */
  fate: fc.constantFrom('kept', 'changed', 'removed', 'added') as fc.Arbitrary<ActivityShape['fate']>,
});

const orgShape = fc.record({
  products: fc.integer({ min: 0, max: 2 }),
  activities: fc.array(activityShape, { minLength: 1, maxLength: 4 }),
});

export interface RandomWorkspace {
  /** The register at the baseline. */
  before: WorkspaceDocument;
  /** The register now. */
  now: WorkspaceDocument;
}

/** The shared vendor: used by several organisations, so its name may appear in any report. */
export const SHARED_VENDOR: Vendor = vendor('ven-shared', 'Shared Hosting AG', { headquarters: 'DE' });

function buildRandom(orgs: { products: number; activities: ActivityShape[] }[]): RandomWorkspace {
  const before = base();
  const now = base();
  for (const d of [before, now]) d.vendors.push(SHARED_VENDOR);
  orgs.forEach((o, i) => {
    const L = String.fromCharCode(65 + i);
    const orgRec = org(`org-${L.toLowerCase()}x`, mark(L, 'Org', 0), { legalName: mark(L, 'Legal', 0), dpo: { name: mark(L, 'Dpo', 0) } });
    const products = Array.from({ length: o.products }, (_, p) => product(`prod-${L.toLowerCase()}x-${p}`, orgRec.id, mark(L, 'Prod', p)));
    const ownVendor = vendor(`ven-${L.toLowerCase()}x`, mark(L, 'Vendor', 0), { headquarters: 'US', processingCountries: ['US'], dpa: { status: 'missing' } });
    for (const d of [before, now]) {
      d.organisations.push(orgRec);
      d.products.push(...products);
      d.vendors.push(ownVendor);
    }
    o.activities.forEach((shape, n) => {
      const productId = shape.onProduct && products.length > 0 ? products[n % products.length]?.id : undefined;
      const a = activity({
        id: `act-${L.toLowerCase()}x-${n}`,
        organisationId: orgRec.id,
        ...(productId !== undefined ? { productId } : {}),
        name: mark(L, 'Act', n),
        role: shape.role,
        status: shape.status,
        description: mark(L, 'Desc', n),
        controllers: shape.role === 'processor' && n % 2 === 0 ? [{ name: mark(L, 'Ctrl', n) }] : [],
        jointControllers: shape.role === 'joint_controller' ? [{ name: mark(L, 'Joint', n) }] : [],
        purposes: shape.bases.map((b, k) => ({
          description: mark(L, `Purpose${k}`, n),
          ...(shape.role === 'processor' ? {} : { legalBasis: b }),
          ...(b === 'legitimate_interests' ? { legitimateInterest: mark(L, 'Interest', n) } : {}),
        })),
        dataSubjects: shape.subjects,
        dataCategories: shape.categories.map((c) => category(c, { detail: mark(L, 'Detail', n), retention: mark(L, 'Keep', n) })),
        recipients: [
          ...(shape.ownVendor ? [{ vendorId: ownVendor.id, type: 'processor' as const }] : []),
          ...(shape.sharedVendor ? [{ vendorId: SHARED_VENDOR.id, type: 'processor' as const, country: 'DE' }] : []),
          { name: mark(L, 'Recip', n), type: 'internal' as const },
        ],
        transfers: shape.transfer ? [{ country: 'US', vendorId: ownVendor.id, safeguards: mark(L, 'Safeguard', n) }] : [],
        systems: [mark(L, 'System', n)],
        owner: mark(L, 'Owner', n),
      });
      if (shape.fate !== 'added') before.activities.push(a);
      if (shape.fate === 'kept') now.activities.push(a);
      if (shape.fate === 'changed') now.activities.push({ ...a, name: mark(L, 'Renamed', n), status: 'draft' });
      if (shape.fate === 'added') now.activities.push(a);
    });
  });
  return { before, now };
}

/** 2 to 3 organisations, each with 0–2 products and 1–4 activities of random roles, bases, data and fates. */
export const randomWorkspace: fc.Arbitrary<RandomWorkspace> = fc.array(orgShape, { minLength: 2, maxLength: 3 }).map((orgs) => buildRandom(orgs));

/** Every name and id of organisation `letter`'s records in the workspace (before and now). */
export function markersOf(w: RandomWorkspace, organisationId: string): string[] {
  const out = new Set<string>();
  for (const d of [w.before, w.now]) {
    for (const o of d.organisations) if (o.id === organisationId) out.add(o.id).add(o.name);
    for (const p of d.products) if (p.organisationId === organisationId) out.add(p.id).add(p.name);
    for (const v of d.vendors) if (v.id.startsWith(`ven-${organisationId.slice(4)}`)) out.add(v.id).add(v.name);
    for (const a of d.activities) {
      if (a.organisationId !== organisationId) continue;
      out.add(a.id);
      for (const m of JSON.stringify(a).match(/Qx[A-Z][A-Za-z0-9]*\d\dZy/g) ?? []) out.add(m);
    }
  }
  return [...out];
}
