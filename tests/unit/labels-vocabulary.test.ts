import { describe, expect, it } from 'vitest';
import { STORE_PURPOSES } from '../../shared/model';
import { dataCategories } from '../../shared/reference';
import { appleStore, googleStore, storeLabelDefaults, storeReferenceFiles } from '../../shared/reference/store-labels';

const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('store vocabularies', () => {
  it('are dated and say where their lists come from', () => {
    for (const f of storeReferenceFiles) {
      expect(f.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.source.length).toBeGreaterThan(100);
    }
    expect(appleStore.source).toContain('fastlane');
    expect(googleStore.source).toContain('10787469');
  });

  it('hold Apple’s App Store Connect ids with one manifest value each', () => {
    const ids = appleStore.dataTypes.map((t) => t.id);
    expect(ids).toHaveLength(32);
    expect(unique(ids)).toBe(true);
    expect(unique(appleStore.dataTypes.map((t) => t.manifest))).toBe(true);
    for (const id of ['EMAIL_ADDRESS', 'PRECISE_LOCATION', 'CRASH_DATA', 'OTHER_DATA']) expect(ids).toContain(id);
    expect(appleStore.dataTypes.find((t) => t.id === 'PHOTOS_OR_VIDEOS')?.manifest).toBe('NSPrivacyCollectedDataTypePhotosorVideos');
    expect(appleStore.purposes.map((p) => p.id)).toEqual([
      'THIRD_PARTY_ADVERTISING',
      'DEVELOPERS_ADVERTISING',
      'ANALYTICS',
      'PRODUCT_PERSONALIZATION',
      'APP_FUNCTIONALITY',
      'OTHER_PURPOSES',
    ]);
    expect(appleStore.protections.map((p) => p.id)).toEqual(['DATA_USED_TO_TRACK_YOU', 'DATA_LINKED_TO_YOU', 'DATA_NOT_LINKED_TO_YOU', 'DATA_NOT_COLLECTED']);
  });

  it('hold Google’s CSV header, 38 data types, 7 purposes and the general questions', () => {
    expect(googleStore.header).toEqual([
      'Question ID (machine readable)',
      'Response ID (machine readable)',
      'Response value',
      'Answer requirement',
      'Human-friendly question label',
    ]);
    expect(googleStore.dataTypes).toHaveLength(38);
    expect(unique(googleStore.dataTypes.map((t) => t.id))).toBe(true);
    for (const t of googleStore.dataTypes) expect(googleStore.categories.map((c) => c.question)).toContain(t.question);
    expect(googleStore.purposes.map((p) => p.id)).toContain('PSL_ACCOUNT_MANAGEMENT');
    expect(googleStore.purposes).toHaveLength(7);
    expect(googleStore.generalRows[0]).toMatchObject({ question: 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', requirement: 'REQUIRED' });
    // 22 general rows + 38 data types + 19 usage rows per type + header = the Console's 783 lines.
    expect(1 + googleStore.generalRows.length + 38 + 38 * (2 + 1 + 2 + 7 + 7)).toBe(783);
  });

  it('map every shipped data category to known ids of both stores', () => {
    const apple = new Set(['none', ...appleStore.dataTypes.map((t) => t.id)]);
    const google = new Set(['none', ...googleStore.dataTypes.map((t) => t.id)]);
    const mapped = new Map(storeLabelDefaults.categories.map((c) => [c.key, c]));
    for (const c of dataCategories) {
      const m = mapped.get(c.key);
      expect(m, c.key).toBeDefined();
      expect(apple.has(m?.apple ?? ''), `${c.key} → ${m?.apple}`).toBe(true);
      expect(google.has(m?.google ?? ''), `${c.key} → ${m?.google}`).toBe(true);
    }
    expect(storeLabelDefaults.categories).toHaveLength(dataCategories.length);
  });

  it('map every store purpose of the model to a purpose of each store', () => {
    expect(storeLabelDefaults.purposes.map((p) => p.key)).toEqual([...STORE_PURPOSES]);
    const apple = new Set(appleStore.purposes.map((p) => p.id));
    const google = new Set(googleStore.purposes.map((p) => p.id));
    for (const p of storeLabelDefaults.purposes) {
      expect(apple.has(p.apple), p.key).toBe(true);
      if (p.google !== undefined) expect(google.has(p.google), p.key).toBe(true);
    }
    expect(storeLabelDefaults.purposes.find((p) => p.key === 'other')?.google).toBeUndefined();
  });
});
