import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ART9_CONDITIONS,
  DATA_CATEGORY_GROUPS,
  DEROGATIONS,
  LEGAL_BASES,
  RIGHTS,
  SCC_MODULES,
  TRANSFER_MECHANISMS,
  type VendorCategory,
} from '../../shared/model/enums';
import {
  adequacyDecisions,
  adequacyFor,
  art9Condition,
  art9Conditions,
  countries,
  countryByCode,
  countryName,
  dataCategories,
  dataCategoryRef,
  dataSubjects,
  derogation,
  derogations,
  isAdequate,
  isEea,
  legalBases,
  legalBasis,
  referenceFiles,
  referenceVersions,
  right,
  rights,
  sccModules,
  securityMeasures,
  supervisoryAuthorities,
  supervisoryAuthority,
  transferMechanism,
  transferMechanisms,
  vendorByKey,
  vendorCatalogue,
} from '../../shared/reference';
import {
  adequacySchema,
  art9ConditionSchema,
  countrySchema,
  dataCategorySchema,
  dataSubjectSchema,
  derogationSchema,
  envelopeSchema,
  legalBasisSchema,
  rightSchema,
  sccModuleSchema,
  securityMeasureSchema,
  supervisoryAuthoritySchema,
  transferMechanismSchema,
  vendorSchema,
} from '../../shared/reference/schemas';

function sorted(values: Iterable<string | number>): (string | number)[] {
  return [...values].sort();
}

function expectValid(schema: z.ZodType, entries: readonly unknown[]): void {
  const problems = entries.flatMap((entry, i) => {
    const result = schema.safeParse(entry);
    return result.success ? [] : [`#${i} ${JSON.stringify(entry).slice(0, 80)}: ${result.error.message}`];
  });
  expect(problems).toEqual([]);
}

function expectUnique(values: readonly string[]): void {
  const dupes = values.filter((v, i) => values.indexOf(v) !== i);
  expect(dupes).toEqual([]);
}

describe('reference files', () => {
  it('every file has a name, an ISO date version and a source', () => {
    expect(referenceFiles).toHaveLength(11);
    for (const file of referenceFiles) {
      expect(envelopeSchema.safeParse(file).success, file.name).toBe(true);
      expect(file.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(file.version))).toBe(false);
    }
    expectUnique(referenceVersions().map((v) => v.name));
    expect(referenceVersions().find((v) => v.name === 'adequacy')?.version).toBe('2026-11-22');
  });

  it('every entry matches its schema', () => {
    expectValid(countrySchema, countries);
    expectValid(adequacySchema, adequacyDecisions);
    expectValid(legalBasisSchema, legalBases);
    expectValid(art9ConditionSchema, art9Conditions);
    expectValid(transferMechanismSchema, transferMechanisms);
    expectValid(sccModuleSchema, sccModules);
    expectValid(derogationSchema, derogations);
    expectValid(rightSchema, rights);
    expectValid(dataCategorySchema, dataCategories);
    expectValid(dataSubjectSchema, dataSubjects);
    expectValid(securityMeasureSchema, securityMeasures);
    expectValid(vendorSchema, vendorCatalogue);
    expectValid(supervisoryAuthoritySchema, supervisoryAuthorities);
  });

  it('vocabulary files hold exactly the enum keys, once each', () => {
    expect(legalBases.map((e) => e.key)).toHaveLength(LEGAL_BASES.length);
    expect(sorted(legalBases.map((e) => e.key))).toEqual(sorted(LEGAL_BASES));
    expect(sorted(art9Conditions.map((e) => e.key))).toEqual(sorted(ART9_CONDITIONS));
    expect(art9Conditions).toHaveLength(ART9_CONDITIONS.length);
    expect(sorted(transferMechanisms.map((e) => e.key))).toEqual(sorted(TRANSFER_MECHANISMS));
    expect(transferMechanisms).toHaveLength(TRANSFER_MECHANISMS.length);
    expect(sorted(derogations.map((e) => e.key))).toEqual(sorted(DEROGATIONS));
    expect(derogations).toHaveLength(DEROGATIONS.length);
    expect(sorted(rights.map((e) => e.key))).toEqual(sorted(RIGHTS));
    expect(rights).toHaveLength(RIGHTS.length);
    expect(sorted(sccModules.map((m) => m.module))).toEqual(sorted(SCC_MODULES));
  });
});

describe('legal texts', () => {
  it('cites the right articles', () => {
    expect(legalBasis('consent').article).toBe('Art. 6(1)(a)');
    expect(legalBasis('legitimate_interests').article).toBe('Art. 6(1)(f)');
    expect(art9Condition('a').label).toBe('Explicit consent');
    expect(art9Condition('j').article).toBe('Art. 9(2)(j)');
    expect(right('portability').article).toBe('Art. 20');
    expect(right('withdraw_consent').article).toBe('Art. 7(3)');
    expect(right('complaint').article).toBe('Art. 77');
    expect(derogation('compelling_interests').article).toContain('second subparagraph');
    expect(derogation('compelling_interests').description).toContain('Art. 30(1)(e)');
  });

  it('only the Art. 46(3) tools need authorisation', () => {
    const needing = transferMechanisms.filter((m) => m.requiresAuthorisation).map((m) => m.key);
    expect(sorted(needing)).toEqual(['ad_hoc_clauses', 'administrative_arrangement']);
    expect(transferMechanism('scc').article).toBe('Art. 46(2)(c)');
    expect(transferMechanism('adequacy').article).toBe('Art. 45');
  });

  it('lists the four 2021/914 SCC modules dated 4 June 2021', () => {
    expect(sccModules.map((m) => m.label)).toEqual([
      'Module 1: controller to controller',
      'Module 2: controller to processor',
      'Module 3: processor to processor',
      'Module 4: processor to controller',
    ]);
    for (const m of sccModules) {
      expect(m.decision).toBe('(EU) 2021/914');
      expect(m.date).toBe('2021-06-04');
    }
  });
});

describe('countries and adequacy', () => {
  it('holds the ISO list with 27 EU and 30 EEA countries', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expectUnique(countries.map((c) => c.code));
    expect(countries.filter((c) => c.eu)).toHaveLength(27);
    expect(countries.filter((c) => c.eea)).toHaveLength(30);
    expect(countries.filter((c) => c.eea && !c.eu).map((c) => c.code).sort()).toEqual(['IS', 'LI', 'NO']);
    expect(countries.every((c) => !c.eu || c.eea)).toBe(true);
    expect(isEea('GB')).toBe(false);
    expect(isEea('CH')).toBe(false);
    expect(isEea('de')).toBe(true);
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('ZZ')).toBe('ZZ');
    expect(countryByCode('US')?.eea).toBe(false);
  });

  it('uses only known country codes everywhere', () => {
    const known = new Set(countries.map((c) => c.code));
    const used = [
      ...adequacyDecisions.flatMap((a) => (a.country === undefined ? [] : [a.country])),
      ...vendorCatalogue.flatMap((v) => [v.headquarters, ...v.processingCountries]),
      ...supervisoryAuthorities.map((a) => a.country),
      ...countries.flatMap((c) => (c.partOf === undefined ? [] : [c.partOf])),
    ];
    expect(used.filter((c) => !known.has(c))).toEqual([]);
  });

  it('records the adequacy decisions of the reference', () => {
    expect(adequacyDecisions).toHaveLength(17);
    expect(adequacyFor('US')?.condition).toBe('dpf_certified');
    expect(adequacyFor('US')?.decision).toBe('(EU) 2023/1795');
    expect(adequacyFor('US')?.date).toBe('2023-07-10');
    expect(adequacyFor('CA')?.condition).toBe('pipeda_commercial');
    expect(adequacyFor('CH')?.date).toBe('2000-07-26');
    expect(adequacyFor('JP')?.decision).toBe('(EU) 2019/419');
    expect(adequacyFor('KR')?.date).toBe('2021-12-17');
    expect(adequacyFor('NZ')?.date).toBe('2012-12-19');
    expect(adequacyFor('GB')?.decision).toBe('(EU) 2021/1772');
    expect(adequacyFor('GB')?.history?.some((h) => h.event === 'renewed' && h.date.startsWith('2025-12'))).toBe(true);
    expect(adequacyFor('BR')?.dateApproximate).toBe(true);
    expect(adequacyFor('IN')).toBeUndefined();
    const epo = adequacyDecisions.find((a) => a.organisation === 'European Patent Organisation');
    expect(epo?.country).toBeUndefined();
    expect(epo?.date).toBe('2025-07-15');
    expect(adequacyDecisions.filter((a) => a.history?.some((h) => h.event === 'reviewed'))).toHaveLength(11);
    expect(adequacyDecisions.every((a) => (a.country === undefined) !== (a.organisation === undefined))).toBe(true);
  });

  it('decides adequacy by country and DPF certification', () => {
    expect(isAdequate('US', { dpfCertified: false })).toBe(false);
    expect(isAdequate('US', { dpfCertified: true })).toBe(true);
    expect(isAdequate('US')).toBe(false);
    expect(isAdequate('IN', { dpfCertified: true })).toBe(false);
    expect(isAdequate('CN', { dpfCertified: false })).toBe(false);
    expect(isAdequate('FR', { dpfCertified: false })).toBe(true);
    expect(isAdequate('NO')).toBe(true);
    expect(isAdequate('RE')).toBe(true);
    expect(isAdequate('CH')).toBe(true);
    expect(isAdequate('GB')).toBe(true);
    expect(isAdequate('JP')).toBe(true);
    expect(isAdequate('CA')).toBe(true);
    expect(isAdequate('CA', { pipedaCommercial: false })).toBe(false);
  });

  it('names the supervisory authority of every EEA country, the UK and Switzerland', () => {
    const eea = countries.filter((c) => c.eea).map((c) => c.code);
    for (const code of [...eea, 'GB', 'CH']) {
      expect(supervisoryAuthority(code), code).toBeDefined();
    }
    expect(supervisoryAuthority('GB')?.abbreviation).toBe('ICO');
    expect(supervisoryAuthority('DE')?.abbreviation).toBe('BfDI');
    expect(supervisoryAuthority('DE')?.note).toMatch(/Land/);
    expect(supervisoryAuthority('DE', 'Bavaria')?.abbreviation).toBe('BayLDA');
    for (const region of ['Berlin', 'Bavaria', 'Baden-Württemberg']) {
      expect(supervisoryAuthorities.some((a) => a.country === 'DE' && a.region === region), region).toBe(true);
    }
    expect(supervisoryAuthorities.filter((a) => a.region === undefined)).toHaveLength(32);
  });
});

describe('taxonomies', () => {
  it('has at least 40 data categories with special and criminal flags', () => {
    expect(dataCategories.length).toBeGreaterThanOrEqual(40);
    expectUnique(dataCategories.map((c) => c.key));
    expect(dataCategories.filter((c) => c.special).length).toBeGreaterThanOrEqual(8);
    expect(dataCategories.filter((c) => c.criminal).length).toBeGreaterThanOrEqual(1);
    const groups: readonly string[] = DATA_CATEGORY_GROUPS;
    expect(dataCategories.filter((c) => !groups.includes(c.group))).toEqual([]);
    expect(dataCategories.filter((c) => c.special !== (c.group === 'special'))).toEqual([]);
    expect(dataCategories.filter((c) => c.criminal !== (c.group === 'criminal'))).toEqual([]);
    expect(dataCategoryRef('health_data')?.special).toBe(true);
    expect(dataCategoryRef('email_address')?.special).toBe(false);
    expect(dataCategoryRef('no_such_key')).toBeUndefined();
  });

  it('has at least 15 data-subject categories', () => {
    expect(dataSubjects.length).toBeGreaterThanOrEqual(15);
    expectUnique(dataSubjects.map((s) => s.key));
  });

  it('maps at least 25 security measures to Art. 32(1)', () => {
    expect(securityMeasures.length).toBeGreaterThanOrEqual(25);
    expectUnique(securityMeasures.map((m) => m.key));
    expect(securityMeasures.filter((m) => m.art32.length === 0)).toEqual([]);
    for (const point of ['a', 'b', 'c', 'd'] as const) {
      expect(securityMeasures.some((m) => m.art32.includes(point)), point).toBe(true);
    }
  });
});

describe('vendor catalogue', () => {
  it('has at least 48 vendors with unique keys', () => {
    expect(vendorCatalogue.length).toBeGreaterThanOrEqual(48);
    expectUnique(vendorCatalogue.map((v) => v.key));
  });

  it('covers every main category with at least two vendors', () => {
    const required: readonly VendorCategory[] = [
      'hosting', 'database', 'email', 'sms_voice', 'push', 'maps',
      'monitoring', 'crash_reporting', 'payments', 'analytics', 'ai',
    ];
    for (const category of required) {
      expect(vendorCatalogue.filter((v) => v.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('records headquarters correctly', () => {
    const hq: Record<string, string> = {
      hetzner: 'DE', ovhcloud: 'FR', mistral: 'FR', mollie: 'NL', adyen: 'NL', scaleway: 'FR', brevo: 'FR',
      bird: 'NL', sinch: 'SE', here: 'NL', plausible: 'EE', matomo_cloud: 'NZ', backblaze: 'US', aws: 'US', supabase: 'US',
    };
    for (const [key, country] of Object.entries(hq)) {
      expect(vendorByKey(key)?.headquarters, key).toBe(country);
    }
    expect(vendorByKey('nope')).toBeUndefined();
  });

  it('gives consistent transfer data', () => {
    for (const v of vendorCatalogue) {
      if (v.sccModule !== undefined) expect(v.transferMechanism, v.key).toBe('scc');
      if (v.transferMechanism === 'adequacy') {
        expect(isAdequate(v.headquarters, { dpfCertified: v.dpfCertified }), v.key).toBe(true);
      }
      if (v.dpfCertified) expect(v.headquarters, v.key).toBe('US');
      if (!isAdequate(v.headquarters, { dpfCertified: v.dpfCertified }) && v.euEntity === undefined) {
        expect(v.transferMechanism, v.key).toBeDefined();
      }
    }
  });
});
