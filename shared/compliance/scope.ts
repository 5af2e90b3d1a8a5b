/** A workspace document narrowed to one organisation (its products, activities and the vendors they use). */
import type { WorkspaceDocument } from '../interchange';

export const WORKSPACE_SCOPE = 'workspace';

/** "workspace", or "organisation:<id>" for one organisation. */
export type BaselineScope = string;

export function organisationScope(organisationId: string): BaselineScope {
  return `organisation:${organisationId}`;
}

/** The organisation id of an organisation scope, or undefined for the whole workspace. */
export function scopeOrganisation(scope: BaselineScope): string | undefined {
  return scope.startsWith('organisation:') ? scope.slice('organisation:'.length) : undefined;
}

/** The part of the document a scope covers; the whole document for "workspace". */
export function scopeDocument(doc: WorkspaceDocument, scope: BaselineScope): WorkspaceDocument {
  const orgId = scopeOrganisation(scope);
  if (orgId === undefined) return doc;
  const activities = doc.activities.filter((a) => a.organisationId === orgId);
  const used = new Set<string>();
  for (const a of activities) {
    for (const r of a.recipients) if (r.vendorId !== undefined) used.add(r.vendorId);
    for (const t of a.transfers) if (t.vendorId !== undefined) used.add(t.vendorId);
  }
  const products = doc.products.filter((p) => p.organisationId === orgId);
  const productIds = new Set(products.map((p) => p.id));
  const inScope = new Set<string>([orgId, ...productIds, ...used, ...activities.map((a) => a.id)]);
  const scoped: WorkspaceDocument = {
    ...doc,
    organisations: doc.organisations.filter((o) => o.id === orgId),
    products,
    vendors: doc.vendors.filter((v) => used.has(v.id)),
    activities,
  };
  if (doc.noticeOverrides !== undefined) scoped.noticeOverrides = doc.noticeOverrides.filter((o) => productIds.has(o.productId));
  if (doc.translations !== undefined) {
    const own = new Set(['organisation', 'product', 'activity', 'vendor']);
    scoped.translations = doc.translations.filter((t) => !own.has(t.entityType) || inScope.has(t.entityId));
  }
  return scoped;
}
