import type { WorkspaceDocument } from './document';
import { type Problem, jsonPath } from './problems';

function duplicates<T extends { id: string }>(items: readonly T[], field: string, out: Problem[]): Map<string, T> {
  const seen = new Map<string, T>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ path: jsonPath([field, i, 'id']), message: `duplicate id "${item.id}"` });
    else seen.set(item.id, item);
  });
  return seen;
}

function keySet(items: readonly { key: string }[], field: string, out: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key)) out.push({ path: jsonPath(['taxonomies', field, i, 'key']), message: `duplicate key "${item.key}"` });
    seen.add(item.key);
  });
  return seen;
}

/** Cross-record checks a schema cannot make: unique ids and every reference pointing at something that exists. */
export function checkReferences(doc: WorkspaceDocument): Problem[] {
  const out: Problem[] = [];
  const orgs = duplicates(doc.organisations, 'organisations', out);
  const products = duplicates(doc.products, 'products', out);
  const vendors = duplicates(doc.vendors, 'vendors', out);
  duplicates(doc.activities, 'activities', out);
  const categories = keySet(doc.taxonomies.dataCategories, 'dataCategories', out);
  const subjects = keySet(doc.taxonomies.dataSubjects, 'dataSubjects', out);
  const measures = keySet(doc.taxonomies.securityMeasures, 'securityMeasures', out);

  doc.products.forEach((p, i) => {
    if (!orgs.has(p.organisationId)) {
      out.push({ path: jsonPath(['products', i, 'organisationId']), message: `no organisation has id "${p.organisationId}"` });
    }
  });
  doc.activities.forEach((a, i) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['activities', i, ...rest]);
    if (!orgs.has(a.organisationId)) out.push({ path: at('organisationId'), message: `no organisation has id "${a.organisationId}"` });
    if (a.productId !== undefined) {
      const product = products.get(a.productId);
      if (!product) out.push({ path: at('productId'), message: `no product has id "${a.productId}"` });
      else if (product.organisationId !== a.organisationId) {
        out.push({
          path: at('productId'),
          message: `product "${product.name}" belongs to organisation "${product.organisationId}", not "${a.organisationId}"`,
        });
      }
    }
    a.dataSubjects.forEach((k, j) => {
      if (!subjects.has(k)) out.push({ path: at('dataSubjects', j), message: `"${k}" is not in the data-subject taxonomy` });
    });
    a.dataCategories.forEach((c, j) => {
      if (!categories.has(c.category)) {
        out.push({ path: at('dataCategories', j, 'category'), message: `"${c.category}" is not in the data-category taxonomy` });
      }
    });
    a.securityMeasures.forEach((k, j) => {
      if (!measures.has(k)) out.push({ path: at('securityMeasures', j), message: `"${k}" is not in the security-measure catalogue` });
    });
    a.recipients.forEach((r, j) => {
      if (r.vendorId !== undefined && !vendors.has(r.vendorId)) {
        out.push({ path: at('recipients', j, 'vendorId'), message: `no vendor has id "${r.vendorId}"` });
      }
    });
    a.transfers.forEach((t, j) => {
      if (t.vendorId !== undefined && !vendors.has(t.vendorId)) {
        out.push({ path: at('transfers', j, 'vendorId'), message: `no vendor has id "${t.vendorId}"` });
      }
    });
  });
  return out;
}
