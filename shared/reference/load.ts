/**
 * Loads the bundled reference files. Each file is checked by the compiler
 * against the widened shape of its entry type (field names and primitive
 * types); enum values and codes are checked at runtime by the unit test
 * against `schemas.ts`.
 */
import adequacyFile from '../../resources/reference/adequacy.json';
import art9File from '../../resources/reference/art9-conditions.json';
import countriesFile from '../../resources/reference/countries.json';
import dataCategoriesFile from '../../resources/reference/data-categories.json';
import dataSubjectsFile from '../../resources/reference/data-subjects.json';
import legalBasesFile from '../../resources/reference/legal-bases.json';
import rightsFile from '../../resources/reference/rights.json';
import securityMeasuresFile from '../../resources/reference/security-measures.json';
import authoritiesFile from '../../resources/reference/supervisory-authorities.json';
import transferFile from '../../resources/reference/transfer-mechanisms.json';
import vendorsFile from '../../resources/reference/vendors.json';
import type {
  AdequacyEntry,
  Art9ConditionEntry,
  CountryEntry,
  DataCategoryEntry,
  DataSubjectEntry,
  DerogationEntry,
  LegalBasisEntry,
  ReferenceVersion,
  RightEntry,
  SccModuleEntry,
  SecurityMeasureEntry,
  SupervisoryAuthorityEntry,
  TransferMechanismEntry,
  VendorEntry,
} from './types';

/** What JSON inference yields for T: literal unions widened to their primitive. */
type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widen<U>[]
        : T extends object
          ? { readonly [K in keyof T]: Widen<T[K]> }
          : T;

interface JsonFile<E> {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly entries: readonly Widen<E>[];
}

/** The argument is type-checked against the widened entry shape; the narrowing is validated by tests. */
function entriesOf<E>(file: JsonFile<E>): readonly E[] {
  return file.entries as unknown as readonly E[];
}

function listOf<E>(items: readonly Widen<E>[]): readonly E[] {
  return items as unknown as readonly E[];
}

export const countries = entriesOf<CountryEntry>(countriesFile);
export const adequacyDecisions = entriesOf<AdequacyEntry>(adequacyFile);
export const legalBases = entriesOf<LegalBasisEntry>(legalBasesFile);
export const art9Conditions = entriesOf<Art9ConditionEntry>(art9File);
export const transferMechanisms = entriesOf<TransferMechanismEntry>(transferFile);
export const sccModules = listOf<SccModuleEntry>(transferFile.sccModules);
export const derogations = listOf<DerogationEntry>(transferFile.derogations);
export const rights = entriesOf<RightEntry>(rightsFile);
export const dataCategories = entriesOf<DataCategoryEntry>(dataCategoriesFile);
export const dataSubjects = entriesOf<DataSubjectEntry>(dataSubjectsFile);
export const securityMeasures = entriesOf<SecurityMeasureEntry>(securityMeasuresFile);
export const vendorCatalogue = entriesOf<VendorEntry>(vendorsFile);
export const supervisoryAuthorities = entriesOf<SupervisoryAuthorityEntry>(authoritiesFile);

/** Every bundled file as loaded, for version display and validation. */
export const referenceFiles: readonly { readonly name: string; readonly version: string; readonly source: string; readonly entries: readonly unknown[] }[] = [
  countriesFile,
  adequacyFile,
  legalBasesFile,
  art9File,
  transferFile,
  rightsFile,
  dataCategoriesFile,
  dataSubjectsFile,
  securityMeasuresFile,
  vendorsFile,
  authoritiesFile,
];

/** Name and version of every bundled reference file. */
export function referenceVersions(): readonly ReferenceVersion[] {
  return referenceFiles.map((f) => ({ name: f.name, version: f.version }));
}
