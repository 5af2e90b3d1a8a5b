import { describe, expect, it } from 'vitest';
import { DPV, toDpvJsonLd } from '../../shared/interop/dpv/export';
import { defaultTaxonomies } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { join } from 'node:path';

const tempDir = useTempDir();
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every prefixed name in keys, "@type" and "@id" values. */
function terms(v: Json, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => terms(x, out));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (/^(dpv|pd|eu-gdpr):/.test(k)) out.add(k);
      if ((k === '@type' || k === '@id') && typeof x === 'string' && /^(dpv|pd|eu-gdpr):/.test(x)) out.add(x);
      if (k === '@type' && Array.isArray(x)) for (const t of x) if (typeof t === 'string') out.add(t);
      terms(x, out);
    }
  }
  return out;
}

describe('DPV JSON-LD export', () => {
  it('parses, declares the DPV namespaces and uses only terms of the vocabulary we ship', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'w.ropa');
    await ropa('demo', ws);
    const r = await ropa('export', ws, '--format', 'dpv');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { '@context': Record<string, string>; '@graph': Record<string, Json>[] };
    expect(doc['@context']).toMatchObject({ dpv: 'https://w3id.org/dpv#', pd: 'https://w3id.org/dpv/pd#', 'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#' });
    const used = terms(doc as unknown as Json);
    expect(used.size).toBeGreaterThan(30);
    for (const t of used) expect(Object.keys(DPV.vocabulary), t).toContain(t);
    for (const [t, v] of Object.entries(DPV.vocabulary)) {
      const [prefix, local] = t.split(':') as [string, string];
      expect(v.iri).toBe(`${doc['@context'][prefix] ?? ''}${local}`);
    }
    expect(doc['@graph'].filter((n) => n['@type'] === 'dpv:PersonalDataHandling')).toHaveLength(18);
  });

  it('writes purposes, Art. 6/9 bases, data, recipients, transfers and measures of an activity', () => {
    const sample = buildSampleDocument(new Date('2026-11-01T10:00:00Z'));
    const ld = toDpvJsonLd(sample) as { '@graph': Record<string, unknown>[] };
    const payroll = ld['@graph'].find((n) => n['dpv:hasName'] === 'Employee payroll') as Record<string, unknown>;
    expect(payroll['dpv:hasDataController']).toEqual({ '@id': 'urn:ropa-desk:organisation:org-ledgerly' });
    expect(payroll['dpv:hasLegalBasis']).toEqual([{ '@id': 'eu-gdpr:A6-1-b' }, { '@id': 'eu-gdpr:A6-1-c' }, { '@id': 'eu-gdpr:A9-2-b' }]);
    expect(payroll['dpv:hasPurpose']).toContainEqual({ '@type': 'dpv:PersonnelPayment', 'dct:description': 'Pay salaries and administer the employment relationship' });
    expect(payroll['dpv:hasPersonalData']).toContainEqual({ '@type': 'pd:Health', 'rdfs:label': 'Periods of incapacity for work from electronic sick notes (eAU), without diagnoses' });
    expect(payroll['dpv:hasDataSubject']).toEqual([{ '@id': 'dpv:Employee' }]);
    expect(payroll['dpv:hasRecipient']).toContainEqual({ '@type': 'dpv:Authority', 'dpv:hasName': 'Tax office (Finanzamt)', 'dpv:hasCountry': { '@type': 'dpv:Country', 'rdfs:label': 'Germany', 'dct:identifier': 'DE' } });
    expect(payroll['dpv:hasTechnicalOrganisationalMeasure']).toContainEqual({ '@id': 'dpv:EncryptionAtRest' });
    expect(payroll['dpv:hasStorageCondition']).toContainEqual(expect.objectContaining({ '@type': 'dpv:StorageDuration', 'dpv:hasDuration': { '@value': 'P96M', '@type': 'xsd:duration' } }));
    const processor = ld['@graph'].find((n) => n['dpv:hasName'] === 'CRM and invoicing data of business customers') as Record<string, unknown>;
    expect(processor['dpv:hasDataProcessor']).toEqual({ '@id': 'urn:ropa-desk:organisation:org-ledgerly' });
    expect(processor['dpv:hasProcessing']).toEqual([
      { '@type': 'dpv:CrossBorderTransfer', 'dpv:hasThirdCountry': { '@type': 'dpv:ThirdCountry', 'rdfs:label': 'United States', 'dct:identifier': 'US' }, 'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A46-2-c' }, 'dpv:hasRecipient': { '@type': 'dpv:Recipient', 'dpv:hasName': 'ActiveCampaign, LLC (Postmark)' } },
    ]);
  });

  it('maps every entry of the shipped taxonomies', () => {
    const t = defaultTaxonomies();
    for (const c of t.dataCategories) expect(DPV.dataCategories[c.key], c.key).toBeDefined();
    for (const s of t.dataSubjects) expect(DPV.dataSubjects[s.key], s.key).toBeDefined();
    for (const m of t.securityMeasures) expect(DPV.securityMeasures[m.key], m.key).toBeDefined();
  });
});
