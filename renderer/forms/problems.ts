import type { z } from 'zod';

/** Problems by field path ("purposes.0.legalBasis"): blocking ones stop the save, hints do not. */
export interface Problems {
  /** The message to show next to the field at this path, if any. */
  at(path: string): string | undefined;
  /** True when some field fails the record's schema: that field is kept as a draft, not saved. */
  blocking: boolean;
  all: { path: string; message: string; blocking: boolean }[];
}

export interface Hint {
  path: string;
  message: string;
}

/** True when `path` is one of `prefixes` or lies under one. */
export function underAny(path: string, prefixes: ReadonlySet<string>): boolean {
  for (const p of prefixes) if (path === p || path.startsWith(`${p}.`)) return true;
  return false;
}

export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}

/** Zod issues and the record's own checks, keyed by field path. */
export function collectProblems<T>(
  schema: z.ZodType<T>,
  value: T,
  hints: Hint[],
  untouched: ReadonlySet<string> = new Set(),
  describe: (issue: z.core.$ZodIssue) => string = (issue) => sentence(issue.message),
): Problems {
  const result = schema.safeParse(value);
  const all: Problems['all'] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // A row added but not typed into yet is not an error.
      if (!underAny(path, untouched)) all.push({ path, message: describe(issue), blocking: true });
    }
  }
  for (const h of hints) all.push({ ...h, blocking: false });
  const byPath = new Map<string, string>();
  for (const p of all) if (!byPath.has(p.path)) byPath.set(p.path, p.message);
  return { at: (path) => byPath.get(path), blocking: all.some((p) => p.blocking), all };
}
