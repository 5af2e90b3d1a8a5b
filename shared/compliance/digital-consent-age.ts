/** Art. 8(1) age of digital consent per EEA country, from the dated reference file. */
import file from '../../resources/reference/digital-consent-age.json';
import { isEea } from '../reference';

export interface DigitalConsentAge {
  readonly country: string;
  readonly age: number;
  readonly law: string;
}

const byCountry: ReadonlyMap<string, DigitalConsentAge> = new Map(file.entries.map((e) => [e.country, e]));

/** Version (date checked) of the digital-consent-age table. */
export const DIGITAL_CONSENT_AGE_VERSION: string = file.version;

/**
 * The age from which a child can consent to an information society service
 * in this country (Art. 8(1)); undefined outside the EEA.
 */
export function digitalConsentAge(country: string): DigitalConsentAge | undefined {
  const code = country.trim().toUpperCase();
  const entry = byCountry.get(code);
  if (entry !== undefined) return entry;
  return isEea(code) ? { country: code, age: file.default, law: 'GDPR default (Art. 8(1))' } : undefined;
}
