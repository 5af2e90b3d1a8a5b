/**
 * Google Play: the Data safety CSV that Play Console imports (five columns).
 * Without a template the documented ids are written; with the user's own
 * Console export, only the rows that file has are filled, and rows RoPA Desk
 * does not answer keep what they had.
 */
import { googleStore } from '../reference/store-labels';
import type { GoogleLabel } from './types';

/** question|response → value; null: the records do not say (the row is left as it is). */
export type GoogleAnswers = ReadonlyMap<string, string | null>;

const key = (question: string, response: string) => `${question}|${response}`;
const U = googleStore.usage;
const usageQuestion = (typeId: string, sub: string) => `${U.prefix}:${typeId}:${sub}`;

export function googleAnswers(label: GoogleLabel, bool: (b: boolean) => string = String): GoogleAnswers {
  const a = new Map<string, string | null>();
  const set = (q: string, r: string, v: string | null) => a.set(key(q, r), v);
  set('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', bool(label.collectsData));
  set('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', label.collectsData ? (label.encryptedInTransit.value === undefined ? null : bool(label.encryptedInTransit.value)) : '');
  for (const m of googleStore.accountCreationMethods) {
    const methods = label.accountCreation.value;
    set('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', m.id, methods === undefined ? null : methods.includes(m.id) ? bool(true) : '');
  }
  set('PSL_ACCOUNT_DELETION_URL', '', label.accountDeletionUrl ?? (label.accountCreation.value?.includes('PSL_ACM_NONE') ? '' : null));
  for (const d of googleStore.deletionResponses) set('PSL_SUPPORT_DATA_DELETION_BY_USER', d.id, label.deletion.value === undefined ? null : label.deletion.value === d.id ? bool(true) : '');
  set(googleStore.legacyQuestions.userRequestDelete, '', label.deletion.value === undefined ? null : bool(label.deletion.value === 'DATA_DELETION_YES'));
  const byId = new Map(label.types.map((t) => [t.id, t]));
  for (const t of googleStore.dataTypes) {
    const ans = byId.get(t.id);
    set(t.question, t.id, ans !== undefined ? bool(true) : '');
    const cs = usageQuestion(t.id, U.collectionAndSharing);
    set(cs, U.collected, ans !== undefined ? bool(true) : '');
    set(cs, U.shared, ans?.shared.value === true ? bool(true) : '');
    set(usageQuestion(t.id, U.ephemeral), '', ans !== undefined ? bool(ans.ephemeral.value) : '');
    const uc = usageQuestion(t.id, U.userControl);
    set(uc, U.optional, ans !== undefined && !ans.required.value ? bool(true) : '');
    set(uc, U.required, ans !== undefined && ans.required.value ? bool(true) : '');
    for (const p of googleStore.purposes) {
      set(usageQuestion(t.id, U.collectionPurpose), p.id, ans?.collectionPurposes.some((x) => x.id === p.id) ? bool(true) : '');
      set(usageQuestion(t.id, U.sharingPurpose), p.id, ans?.sharingPurposes.some((x) => x.id === p.id) ? bool(true) : '');
    }
  }
  return a;
}

export type CsvRow = readonly [string, string, string, string, string];

/** The documented rows in Play Console's order: general questions, data types, then each type's usage questions. */
export function documentedRows(label: GoogleLabel): CsvRow[] {
  const answers = googleAnswers(label);
  const v = (q: string, r: string) => answers.get(key(q, r)) ?? '';
  const rows: CsvRow[] = googleStore.generalRows.map((g) => [g.question, g.response, v(g.question, g.response), g.requirement, g.label]);
  for (const t of googleStore.dataTypes) rows.push([t.question, t.id, v(t.question, t.id), 'MULTIPLE_CHOICE', `${t.category} / ${t.label}`]);
  for (const t of googleStore.dataTypes) {
    const h = `Data usage and handling (${t.label})`;
    const cs = usageQuestion(t.id, U.collectionAndSharing);
    const csLabel = `${h} / Is this data collected, shared, or both?`;
    rows.push([cs, U.collected, v(cs, U.collected), 'MULTIPLE_CHOICE', `${csLabel} / Collected`]);
    rows.push([cs, U.shared, v(cs, U.shared), 'MULTIPLE_CHOICE', `${csLabel} / Shared`]);
    const eph = usageQuestion(t.id, U.ephemeral);
    rows.push([eph, '', v(eph, ''), 'MAYBE_REQUIRED', `${h} / Is this data processed ephemerally?`]);
    const uc = usageQuestion(t.id, U.userControl);
    const ucLabel = `${h} / Is this data required for your app, or can users choose whether it's collected?`;
    rows.push([uc, U.optional, v(uc, U.optional), 'SINGLE_CHOICE', `${ucLabel} / Users can choose whether this data is collected`]);
    rows.push([uc, U.required, v(uc, U.required), 'SINGLE_CHOICE', `${ucLabel} / Data collection is required (users can't turn off this data collection)`]);
    for (const [sub, words] of [
      [U.collectionPurpose, 'Why is this user data collected? Select all that apply.'],
      [U.sharingPurpose, 'Why is this user data shared? Select all that apply.'],
    ] as const) {
      const q = usageQuestion(t.id, sub);
      for (const p of googleStore.purposes) rows.push([q, p.id, v(q, p.id), 'MULTIPLE_CHOICE', `${h} / ${words} / ${p.label}`]);
    }
  }
  return rows;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text with CRLF line ends, header first. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${[googleStore.header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function documentedCsv(label: GoogleLabel): string {
  return csvText(documentedRows(label));
}

export interface TemplateFill {
  text: string;
  /** Rows whose value RoPA Desk set. */
  filled: number;
  /** "question / response" of rows left as exported because the records do not say yet. */
  unanswered: string[];
  /** Rows of the template RoPA Desk has no answer for (left as exported). */
  unknown: string[];
  /** Answers the records give whose row the template lacks: not written, no question is invented. */
  missing: string[];
}

export class TemplateError extends Error {}

/**
 * Fills the user's own Play Console export. `rows` are its parsed records,
 * header first. Values are written in the template's own spelling of
 * booleans (TRUE or true).
 */
export function fillTemplate(rows: readonly (readonly string[])[], label: GoogleLabel): TemplateFill {
  const [header, ...body] = rows;
  const expected = googleStore.header;
  const got = (header ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  if (got.length !== expected.length || got.some((h, i) => h !== expected[i])) {
    throw new TemplateError(`This is not a Play Console Data safety export: its header should be "${expected.join(',')}", but it is "${got.join(',')}".`);
  }
  body.forEach((r, i) => {
    if (r.length !== expected.length) throw new TemplateError(`Line ${i + 2} of the template has ${r.length} columns instead of ${expected.length}.`);
  });
  const upper = body.some((r) => r[2] === 'TRUE' || r[2] === 'FALSE');
  const answers = googleAnswers(label, (b) => (upper ? String(b).toUpperCase() : String(b)));
  const seen = new Set<string>();
  const out: { filled: number; unanswered: string[]; unknown: string[] } = { filled: 0, unanswered: [], unknown: [] };
  const filled = body.map((r) => {
    const [q = '', resp = '', value = '', req = '', lab = ''] = r;
    const k = key(q, resp);
    seen.add(k);
    if (!answers.has(k)) {
      out.unknown.push(resp === '' ? q : `${q} / ${resp}`);
      return [q, resp, value, req, lab];
    }
    const v = answers.get(k);
    if (v === null || v === undefined) {
      out.unanswered.push(resp === '' ? q : `${q} / ${resp}`);
      return [q, resp, value, req, lab];
    }
    out.filled += 1;
    return [q, resp, v, req, lab];
  });
  const legacy = key(googleStore.legacyQuestions.userRequestDelete, '');
  const usesLegacy = seen.has(legacy);
  const missing = [...answers.entries()]
    .filter(([k, v]) => v !== null && v !== '' && !seen.has(k) && !(k === legacy && !usesLegacy) && !(usesLegacy && k.startsWith('PSL_SUPPORT_DATA_DELETION_BY_USER|')))
    .map(([k]) => k.replace('|', ' / ').replace(/ \/ $/, ''));
  return { text: csvText(filled), filled: out.filled, unanswered: out.unanswered, unknown: out.unknown, missing };
}
