/** Which part of the workspace a report covers: all of it, one organisation, or one product. */
import type { WorkspaceDocument } from '../interchange';
import type { Organisation, ProcessingActivity, Product, Vendor } from '../model';
import { organisationScope, scopeDocument } from '../compliance/scope';

export type ReportScope = { kind: 'workspace' } | { kind: 'organisation'; organisationId: string } | { kind: 'product'; productId: string };

/** The records a report covers, with lookups the sheets and sections use. */
export interface ScopedRegister {
  scope: ReportScope;
  /** "Whole workspace", "Organisation: Roomify GmbH", "Product: Roomify app (Roomify GmbH)". */
  label: string;
  /** What the report is of, for titles: the workspace's name, "Roomify GmbH", "Roomify app (Roomify GmbH)". */
  title: string;
  workspaceName: string;
  organisations: Organisation[];
  products: Product[];
  activities: ProcessingActivity[];
  /** Vendors some activity in scope sends data to (all vendors for the whole workspace). */
  vendors: Vendor[];
  doc: WorkspaceDocument;
  organisationById: ReadonlyMap<string, Organisation>;
  productById: ReadonlyMap<string, Product>;
  vendorById: ReadonlyMap<string, Vendor>;
}

export class ScopeError extends Error {}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Resolves `--org NAME` / `--product NAME` (an id or a name, any case) to a scope.
 * A product name that several organisations use needs `--org` as well.
 */
export function resolveScope(doc: Pick<WorkspaceDocument, 'organisations' | 'products'>, by: { org?: string; product?: string }): ReportScope {
  let orgs = doc.organisations;
  if (by.org !== undefined) {
    const want = norm(by.org);
    orgs = doc.organisations.filter((o) => o.id === by.org || norm(o.name) === want || norm(o.legalName ?? '') === want);
    if (orgs.length === 0) {
      throw new ScopeError(`No organisation is called "${by.org}". Organisations: ${doc.organisations.map((o) => `"${o.name}"`).join(', ') || 'none'}.`);
    }
  }
  if (by.product !== undefined) {
    const want = norm(by.product);
    const orgIds = new Set(orgs.map((o) => o.id));
    const hits = doc.products.filter((p) => orgIds.has(p.organisationId) && (p.id === by.product || norm(p.name) === want));
    if (hits.length === 0) {
      throw new ScopeError(`No product is called "${by.product}". Products: ${doc.products.map((p) => `"${p.name}"`).join(', ') || 'none'}.`);
    }
    const [only, ...rest] = hits;
    if (!only || rest.length > 0) throw new ScopeError(`Several organisations have a product called "${by.product}": add --org to choose one.`);
    return { kind: 'product', productId: only.id };
  }
  if (by.org !== undefined) {
    const [only, ...rest] = orgs;
    if (!only || rest.length > 0) throw new ScopeError(`Several organisations match "${by.org}": use the organisation's id.`);
    return { kind: 'organisation', organisationId: only.id };
  }
  return { kind: 'workspace' };
}

/** The records of the scope, in the workspace's order. */
export function selectScope(doc: WorkspaceDocument, scope: ReportScope): ScopedRegister {
  const organisationById = new Map(doc.organisations.map((o) => [o.id, o]));
  const productById = new Map(doc.products.map((p) => [p.id, p]));
  const vendorById = new Map(doc.vendors.map((v) => [v.id, v]));
  let organisations = doc.organisations;
  let products = doc.products;
  let activities = doc.activities;
  let label = 'Whole workspace';
  let title = doc.workspace.name;
  if (scope.kind === 'organisation') {
    const org = organisationById.get(scope.organisationId);
    if (!org) throw new ScopeError(`No organisation has id "${scope.organisationId}".`);
    organisations = [org];
    products = doc.products.filter((p) => p.organisationId === org.id);
    activities = doc.activities.filter((a) => a.organisationId === org.id);
    label = `Organisation: ${org.name}`;
    title = org.name;
  } else if (scope.kind === 'product') {
    const product = productById.get(scope.productId);
    if (!product) throw new ScopeError(`No product has id "${scope.productId}".`);
    const org = organisationById.get(product.organisationId);
    organisations = org ? [org] : [];
    products = [product];
    activities = doc.activities.filter((a) => a.productId === product.id);
    label = `Product: ${product.name}${org ? ` (${org.name})` : ''}`;
    title = `${product.name}${org ? ` (${org.name})` : ''}`;
  }
  let vendors = doc.vendors;
  if (scope.kind !== 'workspace') {
    const used = new Set(activities.flatMap((a) => [...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId ? [x.vendorId] : []))));
    vendors = doc.vendors.filter((v) => used.has(v.id));
  }
  return { scope, label, title, workspaceName: doc.workspace.name, organisations, products, activities, vendors, doc, organisationById, productById, vendorById };
}

/** Scope as text for a workbook's About sheet, and back. */
export function scopeToText(scope: ReportScope): string {
  switch (scope.kind) {
    case 'workspace':
      return 'workspace';
    case 'organisation':
      return `organisation:${scope.organisationId}`;
    case 'product':
      return `product:${scope.productId}`;
  }
}

export function scopeFromText(text: string): ReportScope | undefined {
  if (text === 'workspace') return { kind: 'workspace' };
  const m = /^(organisation|product):(.+)$/.exec(text);
  if (!m?.[2]) return undefined;
  return m[1] === 'organisation' ? { kind: 'organisation', organisationId: m[2] } : { kind: 'product', productId: m[2] };
}

/**
 * The workspace document narrowed to a report's scope: the organisation (or product)
 * with its activities and the vendors they use. "Changes since" compares two such
 * documents, so that a record of another organisation, removed or not, never
 * reaches the report.
 */
export function narrowDocument(doc: WorkspaceDocument, scope: ReportScope): WorkspaceDocument {
  if (scope.kind === 'workspace') return doc;
  if (scope.kind === 'organisation') return scopeDocument(doc, organisationScope(scope.organisationId));
  const product = doc.products.find((p) => p.id === scope.productId);
  const activities = doc.activities.filter((a) => a.productId === scope.productId);
  const used = new Set(activities.flatMap((a) => [...a.recipients, ...a.transfers].flatMap((x) => (x.vendorId ? [x.vendorId] : []))));
  const { noticeOverrides: _o, translations: _t, ...rest } = doc;
  return {
    ...rest,
    organisations: doc.organisations.filter((o) => o.id === product?.organisationId),
    products: product ? [product] : [],
    vendors: doc.vendors.filter((v) => used.has(v.id)),
    activities,
  };
}

export function sameScope(a: ReportScope, b: ReportScope): boolean {
  return scopeToText(a) === scopeToText(b);
}
