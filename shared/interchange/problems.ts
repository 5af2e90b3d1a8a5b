import type { z } from 'zod';

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

/** zod issues → problems a person can act on, each with the path of the bad field. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        path: jsonPath(issue.path),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling, or remove it`,
      };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return { path: jsonPath(issue.path), message: 'is required' };
    }
    return { path: jsonPath(issue.path), message: issue.message };
  });
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
