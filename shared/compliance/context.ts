/** Builds the lookups every rule shares, once per run. */
import type { WorkspaceDocument } from '../interchange';
import type { DataCategoryType, ProcessingActivity } from '../model';
import { dataCategoryRef } from '../reference';
import type { FindingLang } from './messages/types';
import type { CheckContext } from './types';

type CategoryInfo = Pick<DataCategoryType, 'key' | 'label' | 'special' | 'criminal' | 'group'>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list === undefined) map.set(k, [item]);
    else list.push(item);
  }
  return map;
}

export function buildContext(doc: WorkspaceDocument, today: string, lang: FindingLang = 'en'): CheckContext {
  const categories = new Map<string, CategoryInfo>(doc.taxonomies.dataCategories.map((c) => [c.key, c]));
  return {
    doc,
    today,
    lang,
    organisations: new Map(doc.organisations.map((o) => [o.id, o])),
    products: new Map(doc.products.map((p) => [p.id, p])),
    vendors: new Map(doc.vendors.map((v) => [v.id, v])),
    category: (key) => categories.get(key) ?? dataCategoryRef(key),
    activitiesByProduct: groupBy<ProcessingActivity>(doc.activities, (a) => a.productId ?? ''),
    activitiesByOrganisation: groupBy<ProcessingActivity>(doc.activities, (a) => a.organisationId),
  };
}
