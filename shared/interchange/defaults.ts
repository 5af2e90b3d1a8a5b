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

/** The given entries first, in their order, then every shipped entry whose key is not among them. */
function merge<T extends { key: string }>(given: readonly T[] | undefined, shipped: readonly T[]): T[] {
  if (given === undefined) return [...shipped];
  const keys = new Set(given.map((e) => e.key));
  return [...given, ...shipped.filter((e) => !keys.has(e.key))];
}

/**
 * A document's taxonomies merged with the shipped ones (a list left out is the
 * shipped list). Every workspace starts with the shipped lists, so an exported
 * document already holds them all and reads back unchanged.
 */
export function mergeTaxonomies(given: Partial<Taxonomies>): Taxonomies {
  const d = defaultTaxonomies();
  return {
    dataCategories: merge(given.dataCategories, d.dataCategories),
    dataSubjects: merge(given.dataSubjects, d.dataSubjects),
    securityMeasures: merge(given.securityMeasures, d.securityMeasures),
  };
}
