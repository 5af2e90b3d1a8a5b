/** Dated reference data bundled with the app, typed, with lookup helpers. */
export {
  adequacyDecisions,
  art9Conditions,
  countries,
  dataCategories,
  dataSubjects,
  derogations,
  legalBases,
  referenceFiles,
  referenceVersions,
  rights,
  sccModules,
  securityMeasures,
  supervisoryAuthorities,
  transferMechanisms,
  vendorCatalogue,
} from './load';
export {
  adequacyFor,
  countryByCode,
  countryName,
  isAdequate,
  isEea,
  isGdprTerritory,
  organisationAdequacy,
  supervisoryAuthoritiesFor,
  supervisoryAuthority,
} from './countries';
export type { AdequacyOptions } from './countries';
export {
  art9Condition,
  dataCategoryRef,
  dataSubjectRef,
  derogation,
  legalBasis,
  right,
  sccModule,
  securityMeasureRef,
  transferMechanism,
  vendorByKey,
} from './lookup';
export * from './types';
// Everything shipped, in en/de/fr (issue 13): see the docstring of localise.ts.
export {
  LOCALES,
  REFERENCE_LANGUAGES,
  VOCABULARY_KINDS,
  authorityName,
  countryLabel,
  formatDay,
  formatDateIn,
  shippedAuthorityFor,
  shippedTaxonomyLabel,
  shippedText,
  shippedTexts,
  vocabularyKeys,
  vocabularyLabel,
  vocabularyText,
} from './localise';
export type { ReferenceLanguage, VocabularyKeys, VocabularyKind, VocabularyText } from './localise';
