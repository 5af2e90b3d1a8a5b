import type { z } from 'zod';
import { countryFromText, suggestValue } from './suggest';

/** Something wrong in a document, at a JSON path such as `$.activities[3].purposes[0].legalBasis`. */
export interface Problem {
  path: string;
  message: string;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text (a JSON string)',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list (a JSON array)',
  object: 'an object ({ … })',
  date: 'a date',
};

/** What a value is, in a person's words: `the number 5`, `a list`, `null`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return `${v}`;
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

const didYouMean = (s: string | number | undefined) => (s === undefined ? '' : ` (did you mean ${JSON.stringify(s)}?)`);

function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling, or remove it`;
    }
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return `${issue.message}${didYouMean(suggestValue(issue.input, issue.values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')))}`;
    case 'custom':
      if (typeof issue.input === 'string' && issue.message.includes('ISO 3166-1')) return `${issue.message}${didYouMean(countryFromText(issue.input))}`;
      return issue.message;
    default:
      return issue.message;
  }
}

/** zod issues → problems a person can act on, each with the path of the bad field. Parse with `reportInput: true`. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: message(issue) }));
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
