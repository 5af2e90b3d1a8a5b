/** Country lookups, EEA membership, adequacy and supervisory authorities. */
import { adequacyDecisions, countries, supervisoryAuthorities } from './load';
import type { AdequacyEntry, CountryEntry, SupervisoryAuthorityEntry } from './types';

const byCode: ReadonlyMap<string, CountryEntry> = new Map(countries.map((c) => [c.code, c]));
const adequacyByCode: ReadonlyMap<string, AdequacyEntry> = new Map(
  adequacyDecisions.flatMap((a) => (a.country === undefined ? [] : [[a.country, a] as const])),
);

function norm(code: string): string {
  return code.trim().toUpperCase();
}

/** The country with this ISO 3166-1 alpha-2 code (case-insensitive). */
export function countryByCode(code: string): CountryEntry | undefined {
  return byCode.get(norm(code));
}

/** English short name of a country, or the code itself when unknown. */
export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

/** Member of the European Economic Area (EU 27 + Iceland, Liechtenstein, Norway). */
export function isEea(code: string): boolean {
  return countryByCode(code)?.eea === true;
}

/**
 * The GDPR applies there: an EEA country, or a territory with its own code that
 * is part of an EU member state (e.g. Åland, Réunion). Sending data there is
 * not a third-country transfer.
 */
export function isGdprTerritory(code: string): boolean {
  const c = countryByCode(code);
  return c !== undefined && (c.eea || c.gdprApplies === true);
}

/** The Art. 45 adequacy decision covering a country, if any. */
export function adequacyFor(code: string): AdequacyEntry | undefined {
  return adequacyByCode.get(norm(code));
}

/** Adequacy decisions for international organisations (no country code). */
export function organisationAdequacy(): readonly AdequacyEntry[] {
  return adequacyDecisions.filter((a) => a.organisation !== undefined);
}

export interface AdequacyOptions {
  /** US recipient is certified under the EU-US Data Privacy Framework. */
  readonly dpfCertified?: boolean;
  /** Canadian recipient is a commercial organisation subject to PIPEDA (assumed unless false). */
  readonly pipedaCommercial?: boolean;
}

/**
 * Data may flow to a recipient in this country without an Art. 46 safeguard:
 * the GDPR applies there, or an adequacy decision covers the recipient. For the
 * US that needs a DPF certification; for Canada, a PIPEDA-regulated business.
 */
export function isAdequate(code: string, options: AdequacyOptions = {}): boolean {
  if (isGdprTerritory(code)) return true;
  const decision = adequacyFor(code);
  if (decision === undefined) return false;
  switch (decision.condition) {
    case 'dpf_certified':
      return options.dpfCertified === true;
    case 'pipeda_commercial':
      return options.pipedaCommercial !== false;
    case undefined:
      return true;
  }
}

/** All supervisory authorities of a country (national first, then regional). */
export function supervisoryAuthoritiesFor(code: string): readonly SupervisoryAuthorityEntry[] {
  const c = norm(code);
  return supervisoryAuthorities
    .filter((a) => a.country === c)
    .sort((a, b) => Number(a.region !== undefined) - Number(b.region !== undefined));
}

/** The national supervisory authority of a country (or the regional one named). */
export function supervisoryAuthority(code: string, region?: string): SupervisoryAuthorityEntry | undefined {
  const all = supervisoryAuthoritiesFor(code);
  if (region !== undefined) {
    const r = region.trim().toLowerCase();
    const regional = all.find((a) => a.region?.toLowerCase() === r);
    if (regional !== undefined) return regional;
  }
  return all.find((a) => a.region === undefined);
}
