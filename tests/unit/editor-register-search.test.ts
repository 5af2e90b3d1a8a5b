import { describe, expect, it } from 'vitest';
import { buildSampleDocument } from '../../shared/sample';
import { searchRegister } from '../../shared/search/register-search';

const sample = buildSampleDocument();

describe('search over all text of the register', () => {
  it('finds an organisation by a city in its address, saying it matched the address', () => {
    const [first, ...rest] = sample.organisations;
    if (!first) throw new Error('the sample has organisations');
    const doc = { ...sample, organisations: [{ ...first, address: 'Hafenstraße 12, 20457 Hamburg' }, ...rest] };
    const r = searchRegister(doc, 'hamburg');
    const hit = r.hits.find((h) => h.id === first.id);
    expect(hit?.matches).toEqual([{ field: 'address', snippet: 'Hafenstraße 12, 20457 Hamburg' }]);
    expect(searchRegister(sample, 'hamburg').hits.find((h) => h.id === first.id)).toBeUndefined();
  });

  it('finds retention texts by their words, and by the word "retention" when the UI says it names the field', () => {
    const withText = sample.activities.filter((a) => a.dataCategories.some((c) => /calendar year/i.test(c.retention ?? '')));
    expect(withText.length).toBeGreaterThan(0);
    const byText = searchRegister(sample, 'calendar year', 200);
    for (const a of withText) expect(byText.hits.find((h) => h.id === a.id)?.matches.map((m) => m.field)).toContain('retention');

    const withRetention = sample.activities.filter((a) => a.dataCategories.some((c) => (c.retention ?? '') !== ''));
    const byField = searchRegister(sample, 'retention', 200, { retention: ['retention'] });
    for (const a of withRetention) expect(byField.hits.find((h) => h.id === a.id)?.matches.map((m) => m.field)).toContain('retention');
    // Without the UI's field words, the word must occur in the text.
    expect(searchRegister(sample, 'retention', 200).total).toBeLessThan(withRetention.length);
  });

  it('finds a country by its name although the record holds the code', () => {
    const r = searchRegister(sample, 'United States', 200);
    const us = sample.vendors.filter((v) => v.headquarters === 'US' || (v.processingCountries ?? []).includes('US'));
    expect(us.length).toBeGreaterThan(0);
    for (const v of us) expect(r.hits.find((h) => h.id === v.id)?.matches.map((m) => m.field)).toContain('country');
  });

  it('needs every word, puts name matches first and lists no match for a name match', () => {
    const first = sample.activities[0];
    if (!first) throw new Error('the sample has activities');
    const r = searchRegister(sample, first.name);
    expect(r.hits[0]?.name).toBe(first.name);
    expect(r.hits[0]?.matches).toEqual([]);
    expect(searchRegister(sample, 'support zzqx').total).toBe(0);
  });
});
