import type { z } from 'zod';

/** Problems by field path ("purposes.0.legalBasis"): blocking ones stop the save, hints do not. */
export interface Problems {
  /** The message to show next to the field at this path, if any. */
  at(path: string): string | undefined;
  /** True when the record fails its schema and is therefore not saved. */
  blocking: boolean;
  all: { path: string; message: string; blocking: boolean }[];
}

export interface Hint {
  path: string;
  message: string;
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}

/** Zod issues and the record's own checks, keyed by field path. */
export function collectProblems<T>(schema: z.ZodType<T>, value: T, hints: Hint[]): Problems {
  const result = schema.safeParse(value);
  const all: Problems['all'] = [];
  if (!result.success) {
    for (const issue of result.error.issues) all.push({ path: issue.path.map(String).join('.'), message: sentence(issue.message), blocking: true });
  }
  for (const h of hints) all.push({ ...h, blocking: false });
  const byPath = new Map<string, string>();
  for (const p of all) if (!byPath.has(p.path)) byPath.set(p.path, p.message);
  return { at: (path) => byPath.get(path), blocking: !result.success, all };
}
