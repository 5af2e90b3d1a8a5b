/**
 * The three outputs by store, their file names, what blocks them, the lines a
 * person reads to compare two exports, and the fingerprint kept at export
 * time so that a later change of the records flags the label stale.
 */
import { fastlaneJson } from './apple-json';
import { documentedCsv } from './google-csv';
import { manifestXml } from './manifest';
import type { LabelStore, OpenQuestion, StoreLabels } from './types';

export const STORE_TITLES: Record<LabelStore, string> = {
  apple: 'App Store privacy details',
  google: 'Google Play Data safety',
  manifest: 'iOS privacy manifest',
};

export const OUTPUT_FILES: Record<LabelStore, { name: string; extension: string; kind: string }> = {
  apple: { name: 'app_privacy_details.json', extension: 'json', kind: 'fastlane JSON' },
  google: { name: 'data_safety.csv', extension: 'csv', kind: 'Play Console CSV' },
  manifest: { name: 'PrivacyInfo.xcprivacy', extension: 'xcprivacy', kind: 'Property list' },
};

/** The file's text (the Google CSV with the documented ids; a template is filled by fillTemplate). */
export function outputText(labels: StoreLabels, store: LabelStore): string {
  switch (store) {
    case 'apple':
      return fastlaneJson(labels.apple);
    case 'google':
      return documentedCsv(labels.google);
    case 'manifest':
      return manifestXml(labels.apple);
  }
}

/**
 * Questions that stop a file from being right. Apple's answers are written
 * whole (fastlane replaces every usage on upload), so its JSON and the
 * manifest wait until no Apple question is open: an unmapped category or a
 * purpose without a store purpose would leave a type or a purpose out.
 * Google's form can be imported with gaps and completed in Play Console.
 */
export function blockingQuestions(labels: StoreLabels, store: LabelStore): OpenQuestion[] {
  return store === 'google' ? [] : labels.questions.filter((q) => q.store !== 'google');
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** One line per answer, in words, for comparing what was exported with what the records say now. */
export function answerLines(labels: StoreLabels, store: LabelStore): string[] {
  if (store === 'google') {
    const g = labels.google;
    return [
      `Collects or shares data: ${yesNo(g.collectsData)}`,
      `Encrypted in transit: ${g.encryptedInTransit.value === undefined ? 'not recorded' : yesNo(g.encryptedInTransit.value)}`,
      `Deletion on request: ${g.deletion.value === undefined ? 'not recorded' : g.deletion.value === 'DATA_DELETION_YES' ? 'yes' : 'no'}`,
      `Account creation: ${g.accountCreation.value?.join(', ') ?? 'not recorded'}`,
      ...g.types.map(
        (t) =>
          `${t.category} / ${t.label}: collected${t.shared.value ? ', shared' : ''}${t.ephemeral.value ? ', ephemeral' : ''}, ${t.required.value ? 'required' : 'optional'}; for ${t.collectionPurposes.map((p) => p.label).join(', ') || '—'}${t.sharingPurposes.length > 0 ? `; shared for ${t.sharingPurposes.map((p) => p.label).join(', ')}` : ''}`,
      ),
    ];
  }
  const a = labels.apple;
  return [
    `Tracking: ${yesNo(a.tracking.value)}`,
    ...(a.types.length === 0 ? ['Data not collected'] : []),
    ...a.types.map((t) => `${t.group} / ${t.label}: ${t.purposes.map((p) => p.label).join(', ') || '—'}; ${t.linked.value ? 'linked to you' : 'not linked to you'}${t.tracking.value ? '; used to track you' : ''}`),
  ];
}

/** FNV-1a (32 bit) of a text, as 8 hex digits: enough to tell that an output changed. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The stamp kept when a label is exported. */
export interface ExportStamp {
  productId: string;
  store: LabelStore;
  exportedAt: string;
  exportedBy: string;
  fingerprint: string;
  answers: string[];
}

export interface Staleness {
  stale: boolean;
  /** Answers the records now give that the export did not have, and the reverse. */
  added: string[];
  removed: string[];
}

export function staleness(stamp: ExportStamp, labels: StoreLabels): Staleness {
  const now = answerLines(labels, stamp.store);
  const before = new Set(stamp.answers);
  const current = new Set(now);
  const stale = fingerprint(outputText(labels, stamp.store)) !== stamp.fingerprint;
  return { stale, added: now.filter((l) => !before.has(l)), removed: stamp.answers.filter((l) => !current.has(l)) };
}
