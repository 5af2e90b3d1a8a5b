/** Where the bundled worker-thread scripts are (dist/workers/*.cjs), from any bundle or from the tests. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** SHA-256 of each worker bundle, built into the bundle that starts them (scripts/build.mjs); absent when run from the sources. */
declare const __ROPA_WORKER_HASHES__: Record<string, string> | undefined;

/**
 * The workers run from outside the integrity-checked asar archive (electron-builder.yml), so the
 * bundle that starts them checks each one against the hash it was built with before it runs it.
 */
export function verifyWorkerFile(path: string, expected: Readonly<Record<string, string>> | undefined): void {
  const want = expected?.[basename(path)];
  if (expected === undefined) return;
  const got = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (want !== got) throw new Error(`A part of RoPA Desk (${basename(path)}) is not the one it was installed with: it may have been changed or damaged. Reinstall RoPA Desk.`);
}

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
  // Checked in the packaged app (a development build's tests rebuild the workers on their own).
  if (here?.includes('app.asar') && found !== explicit) verifyWorkerFile(found, typeof __ROPA_WORKER_HASHES__ === 'undefined' ? {} : __ROPA_WORKER_HASHES__);
  return found;
}
