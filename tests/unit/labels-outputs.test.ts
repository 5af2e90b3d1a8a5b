import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import {
  FASTLANE_JSON_SCHEMA,
  MANIFEST_COMMENT,
  buildStoreLabels,
  documentedCsv,
  fastlaneJson,
  fillTemplate,
  manifestXml,
  type StoreLabels,
} from '../../shared/labels';
import { googleStore } from '../../shared/reference/store-labels';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';

const NOW = new Date('2026-12-01T00:00:00Z');
const roomify = (): StoreLabels => {
  const l = buildStoreLabels(buildSampleDocument(NOW), ROOMIFY_APP_ID);
  if (l === undefined) throw new Error('no Roomify');
  return l;
};
/** The labels of an app that collects nothing: Roomify without any activity. */
const empty = (): StoreLabels => {
  const doc = buildSampleDocument(NOW);
  doc.activities = doc.activities.filter((a) => a.productId !== ROOMIFY_APP_ID);
  const l = buildStoreLabels(doc, ROOMIFY_APP_ID);
  if (l === undefined) throw new Error('no Roomify');
  return l;
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(FASTLANE_JSON_SCHEMA);

describe('Apple: fastlane JSON', () => {
  it('is valid against the schema of fastlane’s file and sorted as fastlane writes it', () => {
    const json = JSON.parse(fastlaneJson(roomify().apple)) as { category: string; purposes: string[]; data_protections: string[] }[];
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const cats = json.map((x) => x.category);
    expect(cats).toEqual([...cats].sort());
    expect(json.find((x) => x.category === 'PRECISE_LOCATION')).toEqual({ category: 'PRECISE_LOCATION', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] });
  });

  it('says DATA_NOT_COLLECTED, and nothing else, when the app collects nothing', () => {
    const json: unknown = JSON.parse(fastlaneJson(empty().apple));
    expect(json).toEqual([{ data_protections: ['DATA_NOT_COLLECTED'] }]);
    expect(validate(json)).toBe(true);
  });

  it('has a schema that refuses an unknown category or a missing purpose', () => {
    expect(validate([{ category: 'EMAIL', purposes: ['APP_FUNCTIONALITY'], data_protections: ['DATA_LINKED_TO_YOU'] }])).toBe(false);
    expect(validate([{ category: 'EMAIL_ADDRESS', purposes: [], data_protections: ['DATA_LINKED_TO_YOU'] }])).toBe(false);
  });
});

describe('Google: Data safety CSV', () => {
  const rows = (text: string) => parseCsv(text, { bom: true }) as string[][];

  it('has Play Console’s five columns and only documented question and response ids', () => {
    const [header, ...body] = rows(documentedCsv(roomify().google));
    expect(header).toEqual([...googleStore.header]);
    expect(body).toHaveLength(782);
    const types = new Set(googleStore.dataTypes.map((t) => t.id));
    const general = new Set(googleStore.generalRows.map((g) => `${g.question}|${g.response}`));
    const purposes = new Set(googleStore.purposes.map((p) => p.id));
    for (const [q = '', r = ''] of body) {
      const usage = /^PSL_DATA_USAGE_RESPONSES:([A-Z_]+):([A-Z_]+)$/.exec(q);
      if (usage) {
        expect(types.has(usage[1] ?? ''), q).toBe(true);
        if (usage[2]?.endsWith('_PURPOSE')) expect(purposes.has(r), r).toBe(true);
      } else if (q.startsWith('PSL_DATA_TYPES_')) expect(types.has(r), r).toBe(true);
      else expect(general.has(`${q}|${r}`), `${q}|${r}`).toBe(true);
    }
  });

  it('says that the app collects no data, and leaves the data types blank, when it collects nothing', () => {
    const body = rows(documentedCsv(empty().google)).slice(1);
    expect(body[0]?.slice(0, 3)).toEqual(['PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', 'false']);
    expect(body.filter((r) => r[0]?.startsWith('PSL_DATA_TYPES_') && r[2] !== '')).toEqual([]);
  });

  it('fills the user’s own Console export, row by row, and never adds a question', () => {
    const template = [
      [...googleStore.header],
      ['PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', '', 'REQUIRED', 'Does your app collect or share any of the required user data types?'],
      ['PSL_DATA_COLLECTION_USER_REQUEST_DELETE', '', '', 'MAYBE_REQUIRED', 'Do you provide a way for users to request that their data is deleted?'],
      ['PSL_DATA_TYPES_PERSONAL', 'PSL_EMAIL', '', 'MULTIPLE_CHOICE', 'Personal info / Email address'],
      ['PSL_DATA_TYPES_PERSONAL', 'PSL_ADDRESS', 'TRUE', 'MULTIPLE_CHOICE', 'Personal info / Address'],
      ['PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_COLLECTED', '', 'MULTIPLE_CHOICE', 'Collected'],
      ['PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE', 'PSL_ACCOUNT_MANAGEMENT', '', 'MULTIPLE_CHOICE', 'Account management'],
      ['PSL_NEW_QUESTION_2027', '', 'keep me', 'OPTIONAL', 'A question RoPA Desk does not know'],
    ];
    const fill = fillTemplate(template, roomify().google);
    const out = rows(fill.text);
    expect(out).toHaveLength(template.length);
    expect(out.map((r) => r.slice(0, 2))).toEqual(template.map((r) => r.slice(0, 2)));
    expect(out[1]?.[2]).toBe('TRUE');
    expect(out[2]?.[2]).toBe('TRUE');
    expect(out[3]?.[2]).toBe('TRUE');
    expect(out[4]?.[2]).toBe('');
    expect(out[5]?.[2]).toBe('TRUE');
    expect(out[6]?.[2]).toBe('');
    expect(out[7]?.[2]).toBe('keep me');
    expect(fill.unknown).toEqual(['PSL_NEW_QUESTION_2027']);
    expect(fill.missing).toContain('PSL_DATA_TYPES_PERSONAL / PSL_NAME');
    expect(fill.missing.some((m) => m.startsWith('PSL_SUPPORT_DATA_DELETION_BY_USER'))).toBe(false);
  });

  it('refuses a file that is not a Console export', () => {
    expect(() => fillTemplate([['Question', 'Answer']], roomify().google)).toThrow('This is not a Play Console Data safety export');
  });
});

describe('iOS: PrivacyInfo.xcprivacy', () => {
  it('is a well-formed property list with the collected types and tracking flags of the App Privacy answers', () => {
    const labels = roomify();
    const xml = manifestXml(labels.apple);
    const value = parsePlist(xml) as { NSPrivacyTracking: boolean; NSPrivacyTrackingDomains: string[]; NSPrivacyCollectedDataTypes: Record<string, unknown>[] };
    expect(value.NSPrivacyTracking).toBe(false);
    expect(value.NSPrivacyTrackingDomains).toEqual([]);
    expect(value.NSPrivacyCollectedDataTypes).toHaveLength(labels.apple.types.length);
    expect(value.NSPrivacyCollectedDataTypes).toContainEqual({
      NSPrivacyCollectedDataType: 'NSPrivacyCollectedDataTypePreciseLocation',
      NSPrivacyCollectedDataTypeLinked: true,
      NSPrivacyCollectedDataTypeTracking: false,
      NSPrivacyCollectedDataTypePurposes: ['NSPrivacyCollectedDataTypePurposeAppFunctionality'],
    });
  });

  it('says in its comment that the required-reason APIs are the developer’s to add', () => {
    const xml = manifestXml(roomify().apple);
    expect(xml).toContain('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"');
    expect(xml).toContain('Required-reason APIs (NSPrivacyAccessedAPITypes) are not in the register: the developer adds them');
    expect(MANIFEST_COMMENT.join(' ')).not.toContain('--');
    expect(xml).not.toContain('NSPrivacyAccessedAPITypes</key>');
  });
});
