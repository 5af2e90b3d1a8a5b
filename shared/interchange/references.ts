import { mergeTaxonomies } from './defaults';
import { type Problem, jsonPath } from './problems';
import { suggestValue } from './suggest';

/**
 * What the reference checks read. A parsed document is one; so is the loose view of
 * a document that failed its shape check (`referenceView`), so that shape and
 * reference problems are reported together in one pass. A hole (undefined) is an
 * item too malformed to look at; the shape check has reported it.
 */
type Item<T> = T | undefined;
interface ViewActivity {
  id?: string;
  organisationId?: string;
  productId?: string;
  dataSubjects: readonly unknown[];
  dataCategories: readonly Item<{ category?: unknown }>[];
  securityMeasures: readonly unknown[];
  recipients: readonly Item<{ vendorId?: unknown }>[];
  transfers: readonly Item<{ vendorId?: unknown }>[];
}
export interface ReferenceView {
  organisations: readonly Item<{ id?: string }>[];
  products: readonly Item<{ id?: string; organisationId?: string; name?: string }>[];
  vendors: readonly Item<{ id?: string }>[];
  activities: readonly Item<ViewActivity>[];
  taxonomies: { dataCategories: readonly Item<{ key?: string }>[]; dataSubjects: readonly Item<{ key?: string }>[]; securityMeasures: readonly Item<{ key?: string }>[] };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const objects = (v: unknown): (Obj | undefined)[] => arr(v).map((x) => (isObj(x) ? x : undefined));
const withId = (v: unknown) => objects(v).map((o) => (o === undefined ? undefined : { id: str(o.id), organisationId: str(o.organisationId), name: str(o.name) }));
const keyed = (v: unknown) => objects(v).filter((o): o is Obj => o !== undefined && typeof o.key === 'string') as { key: string }[];

/** A loose view of a document whatever its shape, with its taxonomies merged with the shipped ones. */
export function referenceView(raw: unknown): ReferenceView {
  const doc = isObj(raw) ? raw : {};
  const tax = isObj(doc.taxonomies) ? doc.taxonomies : {};
  const merged = mergeTaxonomies({
    ...(Array.isArray(tax.dataCategories) ? { dataCategories: keyed(tax.dataCategories) as never } : {}),
    ...(Array.isArray(tax.dataSubjects) ? { dataSubjects: keyed(tax.dataSubjects) as never } : {}),
    ...(Array.isArray(tax.securityMeasures) ? { securityMeasures: keyed(tax.securityMeasures) as never } : {}),
  });
  return {
    organisations: withId(doc.organisations),
    products: withId(doc.products),
    vendors: withId(doc.vendors),
    activities: objects(doc.activities).map((a) =>
      a === undefined
        ? undefined
        : {
            id: str(a.id),
            organisationId: str(a.organisationId),
            productId: str(a.productId),
            dataSubjects: arr(a.dataSubjects),
            dataCategories: objects(a.dataCategories),
            securityMeasures: arr(a.securityMeasures),
            recipients: objects(a.recipients),
            transfers: objects(a.transfers),
          },
    ),
    taxonomies: merged,
  };
}

function duplicates<T extends { id?: string }>(items: readonly Item<T>[], field: string, out: Problem[]): Map<string, T> {
  const seen = new Map<string, T>();
  items.forEach((item, i) => {
    if (item?.id === undefined) return;
    if (seen.has(item.id)) out.push({ path: jsonPath([field, i, 'id']), message: `duplicate id "${item.id}"` });
    else seen.set(item.id, item);
  });
  return seen;
}

function keySet(items: readonly Item<{ key?: string }>[], field: string, out: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item?.key === undefined) return;
    if (seen.has(item.key)) out.push({ path: jsonPath(['taxonomies', field, i, 'key']), message: `duplicate key "${item.key}"` });
    seen.add(item.key);
  });
  return seen;
}

const hint = (value: string, keys: Set<string>) => {
  const s = suggestValue(value, [...keys]);
  return s === undefined ? '' : ` (did you mean "${String(s)}"?)`;
};

/** Cross-record checks a schema cannot make: unique ids and every reference pointing at something that exists. */
export function checkReferences(doc: ReferenceView): Problem[] {
  const out: Problem[] = [];
  const orgs = duplicates(doc.organisations, 'organisations', out);
  const products = duplicates(doc.products, 'products', out);
  const vendors = duplicates(doc.vendors, 'vendors', out);
  duplicates(doc.activities, 'activities', out);
  const categories = keySet(doc.taxonomies.dataCategories, 'dataCategories', out);
  const subjects = keySet(doc.taxonomies.dataSubjects, 'dataSubjects', out);
  const measures = keySet(doc.taxonomies.securityMeasures, 'securityMeasures', out);

  doc.products.forEach((p, i) => {
    if (p?.organisationId !== undefined && !orgs.has(p.organisationId)) {
      out.push({ path: jsonPath(['products', i, 'organisationId']), message: `no organisation has id "${p.organisationId}"` });
    }
  });
  doc.activities.forEach((a, i) => {
    if (a === undefined) return;
    const at = (...rest: PropertyKey[]) => jsonPath(['activities', i, ...rest]);
    if (a.organisationId !== undefined && !orgs.has(a.organisationId)) out.push({ path: at('organisationId'), message: `no organisation has id "${a.organisationId}"` });
    if (a.productId !== undefined) {
      const product = products.get(a.productId);
      if (!product) out.push({ path: at('productId'), message: `no product has id "${a.productId}"` });
      else if (a.organisationId !== undefined && product.organisationId !== a.organisationId) {
        out.push({
          path: at('productId'),
          message: `product "${product.name ?? a.productId}" belongs to organisation "${product.organisationId ?? ''}", not "${a.organisationId}"`,
        });
      }
    }
    a.dataSubjects.forEach((k, j) => {
      if (typeof k === 'string' && !subjects.has(k)) out.push({ path: at('dataSubjects', j), message: `"${k}" is not in the data-subject taxonomy${hint(k, subjects)}` });
    });
    a.dataCategories.forEach((c, j) => {
      const k = c?.category;
      if (typeof k === 'string' && !categories.has(k)) {
        out.push({ path: at('dataCategories', j, 'category'), message: `"${k}" is not in the data-category taxonomy${hint(k, categories)}` });
      }
    });
    a.securityMeasures.forEach((k, j) => {
      if (typeof k === 'string' && !measures.has(k)) out.push({ path: at('securityMeasures', j), message: `"${k}" is not in the security-measure catalogue${hint(k, measures)}` });
    });
    a.recipients.forEach((r, j) => {
      const v = r?.vendorId;
      if (typeof v === 'string' && !vendors.has(v)) out.push({ path: at('recipients', j, 'vendorId'), message: `no vendor has id "${v}"` });
    });
    a.transfers.forEach((t, j) => {
      const v = t?.vendorId;
      if (typeof v === 'string' && !vendors.has(v)) out.push({ path: at('transfers', j, 'vendorId'), message: `no vendor has id "${v}"` });
    });
  });
  return out;
}
