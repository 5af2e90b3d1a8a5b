import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type WorkspaceDocument, defaultTaxonomies } from '../interchange';
import type { ProcessingActivity, Vendor } from '../model';
import { LEGAL_BASES, VENDOR_CATEGORIES } from '../model';

export interface SynthOptions {
  orgs: number;
  /** Products per organisation. */
  products: number;
  /** Activities per product. */
  activities: number;
  vendors?: number;
  seed?: number;
}

/** Small deterministic PRNG (mulberry32), so that a synthetic register is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'IN', 'BR', 'JP', 'GB', 'CH', 'CA', 'AU', 'SG', 'ZA'];
const EU = ['DE', 'FR', 'NL', 'IE', 'SE', 'FI', 'ES', 'IT', 'PL', 'AT'];
const VERBS = ['Manage', 'Process', 'Analyse', 'Store', 'Deliver', 'Monitor', 'Support', 'Bill', 'Verify', 'Notify'];
const NOUNS = ['accounts', 'orders', 'payments', 'messages', 'uploads', 'subscriptions', 'sessions', 'tickets', 'reports', 'devices'];

/**
 * A synthetic register for benchmarks: each activity has 3 purposes, 8 data
 * categories, 4 recipients and 2 transfers; vendors are shared across products.
 */
export function synthesizeDocument(o: SynthOptions, now = new Date('2026-01-01T00:00:00Z')): WorkspaceDocument {
  const rand = rng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const taxonomies = defaultTaxonomies();
  const catKeys = taxonomies.dataCategories.filter((c) => !c.special && !c.criminal).map((c) => c.key);
  const subjectKeys = taxonomies.dataSubjects.map((s) => s.key);
  const measureKeys = taxonomies.securityMeasures.map((m) => m.key);
  const at = now.toISOString();
  const vendorCount = o.vendors ?? 300;
  const vendors: Vendor[] = Array.from({ length: vendorCount }, (_, i) => ({
    id: `ven-${i + 1}`,
    name: `Vendor ${i + 1}`,
    service: `${pick(VERBS)} ${pick(NOUNS)} as a service`,
    category: VENDOR_CATEGORIES[i % VENDOR_CATEGORIES.length] ?? 'other',
    headquarters: pick([...COUNTRIES, ...EU]),
    role: 'processor',
    processingCountries: [pick(EU), pick(COUNTRIES)],
    dpa: { status: 'signed', date: '2025-03-01' },
    transferMechanism: 'scc',
    sccModule: 2,
    certifications: ['ISO 27001'],
  }));
  const doc: WorkspaceDocument = {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_VERSION,
    exportedAt: at,
    generator: 'ropa synth',
    workspace: { name: `Synthetic register (${o.orgs * o.products * o.activities} activities)` },
    taxonomies,
    organisations: [],
    products: [],
    vendors,
    activities: [],
  };
  for (let g = 1; g <= o.orgs; g++) {
    const orgId = `org-${g}`;
    doc.organisations.push({ id: orgId, name: `Organisation ${g}`, country: pick(EU), privacyEmail: `privacy@org${g}.example` });
    for (let p = 1; p <= o.products; p++) {
      const productId = `${orgId}-prod-${p}`;
      doc.products.push({
        id: productId,
        organisationId: orgId,
        name: `Product ${g}.${p}`,
        platforms: ['web', 'ios'],
        storeListings: [],
        audiences: ['consumers'],
        hostingCountries: [pick(EU)],
        permissions: [],
        notice: { languages: ['en'], contactEmail: `privacy@org${g}.example`, statements: [], jurisdictionAddons: [], customSections: [] },
      });
      for (let a = 1; a <= o.activities; a++) {
        doc.activities.push(activity(`${productId}-act-${a}`, orgId, productId, vendorCount, rand, pick, { catKeys, subjectKeys, measureKeys }));
      }
    }
  }
  return doc;
}

function activity(
  id: string,
  organisationId: string,
  productId: string,
  vendorCount: number,
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
  keys: { catKeys: string[]; subjectKeys: string[]; measureKeys: string[] },
): ProcessingActivity {
  const vendorId = () => `ven-${1 + Math.floor(rand() * vendorCount)}`;
  const distinct = (xs: readonly string[], n: number) => {
    const start = Math.floor(rand() * xs.length);
    return Array.from({ length: Math.min(n, xs.length) }, (_, i) => xs[(start + i) % xs.length] as string);
  };
  return {
    id,
    organisationId,
    productId,
    name: `${pick(VERBS)} ${pick(NOUNS)} ${id.split('-').pop()}`,
    description: 'Synthetic processing activity for benchmarks.',
    role: rand() < 0.8 ? 'controller' : 'processor',
    controllers: [],
    jointControllers: [],
    purposes: Array.from({ length: 3 }, (_, i) => ({
      description: `${pick(VERBS)} ${pick(NOUNS)} (purpose ${i + 1})`,
      legalBasis: pick(LEGAL_BASES),
      legitimateInterest: 'Keeping the service secure and reliable',
    })),
    dataSubjects: distinct(keys.subjectKeys, 2),
    dataCategories: distinct(keys.catKeys, 8).map((category) => ({
      category,
      detail: `Synthetic ${category.replace(/_/g, ' ')}`,
      source: 'data_subject',
      requirement: 'necessary_for_service',
      retention: 'For the duration of the contract plus 12 months',
      retentionMonths: 12 + Math.floor(rand() * 24),
      endAction: 'delete',
    })),
    recipients: Array.from({ length: 4 }, () => ({ vendorId: vendorId(), type: 'processor', service: 'Hosting and operations' })),
    transfers: Array.from({ length: 2 }, () => ({ country: pick(COUNTRIES), vendorId: vendorId(), mechanism: 'scc', sccModule: 2 })),
    securityMeasures: distinct(keys.measureKeys, 5),
    dpia: { status: 'not_required' },
    automatedDecisions: { exists: false },
    systems: ['Primary database'],
    status: 'approved',
    owner: 'Synthetic owner',
    lastReviewed: '2026-01-01',
    nextReviewDue: '2027-01-01',
  };
}
