import type { Taxonomies } from './document';
import { dataCategories, dataSubjects, securityMeasures } from '../reference';

/** The taxonomies a new workspace starts with: copies of the shipped reference lists. */
export function defaultTaxonomies(): Taxonomies {
  return {
    dataCategories: dataCategories.map((c) => ({ ...c })),
    dataSubjects: dataSubjects.map((s) => ({ ...s })),
    securityMeasures: securityMeasures.map((m) => ({ ...m, art32: [...m.art32] })),
  };
}
