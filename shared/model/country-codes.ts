import countriesFile from '../../resources/reference/countries.json';

/** ISO 3166-1 alpha-2 codes known to the shipped reference data. */
export const countryCodes: ReadonlySet<string> = new Set(countriesFile.entries.map((c) => c.code));
