import { loadAllActivityTexts } from './activity-store';
import { readDocument } from './document-io';
import type { Reader } from './sqlite';

/**
 * The whole workspace as the interchange document's JSON text, for the JSON export
 * (issue 14: the export's floor is reading the stored record JSON and joining it).
 * Everything but the activities is read and written as `JSON.stringify(…, null, 2)`
 * would; each activity is its stored record JSON, as it is, one per line, so the
 * 10,000 records of a large register are neither parsed nor serialised again. The
 * text parses to the same document as `readDocument` (tested).
 */
export async function readDocumentText(r: Reader, now: Date): Promise<string> {
  const [doc, activities] = await Promise.all([readDocument(r, now, {}, false), loadAllActivityTexts(r)]);
  const { activities: _none, translations, noticeOverrides, baselines, noticePublications, ...head } = doc;
  const indent = (json: string) => json.replace(/\n/g, '\n  ');
  let out = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  out += `,\n  "activities": ${activities.length === 0 ? '[]' : `[\n    ${activities.join(',\n    ')}\n  ]`}`;
  for (const [key, value] of [
    ['translations', translations],
    ['noticeOverrides', noticeOverrides],
    ['baselines', baselines],
    ['noticePublications', noticePublications],
  ] as const) {
    if (value !== undefined) out += `,\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2))}`;
  }
  return `${out}\n}`;
}
