import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * Playwright loads specs as ES modules, and Node refuses the JSON imports of
 * shared/reference without an import attribute. So the harness (which runs the
 * real handlers) is bundled to CommonJS with esbuild once per worker and required.
 */
const out = resolve('dist/e2e/harness.cjs');
buildSync({
  entryPoints: ['tests/e2e/pages/node-side.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
  external: ['sqlite3', 'electron', 'exceljs', 'docx', '@playwright/test', 'playwright', 'playwright-core'],
});

export const harness = createRequire(import.meta.url)(out) as typeof import('./node-side');
