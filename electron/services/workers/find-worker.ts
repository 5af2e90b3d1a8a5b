/** Where the bundled worker-thread scripts are (dist/workers/*.cjs), from any bundle or from the tests. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The path of `dist/workers/<name>`: beside the running bundle (dist/electron or
 * dist/cli: one folder up), in it, or under ./dist (tests run from the sources).
 */
export function findWorkerScript(name: string, explicit?: string): string {
  const file = join('workers', name);
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const candidates = [explicit, here ? join(here, '..', file) : undefined, here ? join(here, file) : undefined, resolve('dist', file)].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`A part of RoPA Desk (${file}) is missing: run "npm run build".`);
  return found;
}
