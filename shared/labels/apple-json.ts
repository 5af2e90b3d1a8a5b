/**
 * Apple: the JSON that fastlane's upload_app_privacy_details_to_app_store
 * reads (an array of {category, purposes, data_protections}, or one entry
 * with DATA_NOT_COLLECTED), sorted as fastlane writes it, and a readable
 * summary laid out like the App Store's App Privacy section.
 */
import { appleStore } from '../reference/store-labels';
import type { AppleLabel, AppleTypeAnswer } from './types';

export interface FastlaneUsage {
  category?: string;
  purposes?: string[];
  data_protections: string[];
}

export const DATA_NOT_COLLECTED = 'DATA_NOT_COLLECTED';

/** The protections of one type: linked or not, and used to track. */
export function protectionsOf(t: Pick<AppleTypeAnswer, 'linked' | 'tracking'>): string[] {
  return [t.linked.value ? 'DATA_LINKED_TO_YOU' : 'DATA_NOT_LINKED_TO_YOU', ...(t.tracking.value ? ['DATA_USED_TO_TRACK_YOU'] : [])].sort();
}

export function fastlaneUsages(label: AppleLabel): FastlaneUsage[] {
  if (label.types.length === 0) return [{ data_protections: [DATA_NOT_COLLECTED] }];
  return label.types
    .map((t) => ({ category: t.id, purposes: [...new Set(t.purposes.map((p) => p.id))].sort(), data_protections: protectionsOf(t) }))
    .sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}

export function fastlaneJson(label: AppleLabel): string {
  return `${JSON.stringify(fastlaneUsages(label), null, 2)}\n`;
}

/** JSON Schema of fastlane's file, as its action reads it (used by the tests and by anyone checking a file). */
export const FASTLANE_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'fastlane upload_app_privacy_details_to_app_store JSON',
  type: 'array',
  minItems: 1,
  items: {
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['data_protections'],
        properties: { data_protections: { type: 'array', items: { const: DATA_NOT_COLLECTED }, minItems: 1, maxItems: 1 } },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['category', 'purposes', 'data_protections'],
        properties: {
          category: { enum: appleStore.dataTypes.map((t) => t.id) },
          purposes: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: appleStore.purposes.map((p) => p.id) } },
          data_protections: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: appleStore.protections.map((p) => p.id).filter((id) => id !== DATA_NOT_COLLECTED) },
          },
        },
      },
    ],
  },
} as const;

export type AppleSection = 'track' | 'linked' | 'not_linked';

export const APPLE_SECTION_TITLES: Record<AppleSection, string> = {
  track: 'Data Used to Track You',
  linked: 'Data Linked to You',
  not_linked: 'Data Not Linked to You',
};

/** The App Store's three boxes, each with its groups and the types under them (a tracked type also shows under linked or not linked). */
export function appleSections(label: AppleLabel): { section: AppleSection; groups: { group: string; types: AppleTypeAnswer[] }[] }[] {
  const order = [...new Set(appleStore.dataTypes.map((t) => t.group))];
  const grouped = (types: AppleTypeAnswer[]) =>
    order.flatMap((group) => {
      const ts = types.filter((t) => t.group === group);
      return ts.length === 0 ? [] : [{ group, types: ts }];
    });
  return (
    [
      ['track', label.types.filter((t) => t.tracking.value)],
      ['linked', label.types.filter((t) => t.linked.value)],
      ['not_linked', label.types.filter((t) => !t.linked.value)],
    ] as const
  )
    .filter(([, ts]) => ts.length > 0)
    .map(([section, ts]) => ({ section, groups: grouped([...ts]) }));
}

/** A readable summary of the App Privacy details, section by section. */
export function appleSummary(productName: string, label: AppleLabel): string {
  const lines = [`App Privacy: ${productName}`, ''];
  if (label.types.length === 0) return `${lines.join('\n')}Data Not Collected: the developer does not collect any data from this app.\n`;
  for (const s of appleSections(label)) {
    lines.push(APPLE_SECTION_TITLES[s.section]);
    for (const g of s.groups) {
      lines.push(`  ${g.group}`);
      for (const t of g.types) lines.push(`    ${t.label}: ${t.purposes.map((p) => p.label).join(', ') || 'no purpose recorded'}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
