// Builds everything that runs: the Node side with esbuild, the renderer with Vite.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { build as viteBuild } from 'vite';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['sqlite3', 'electron', 'exceljs', 'docx', '@playwright/test'],
};

const entries = [
  { in: 'cli/bin.ts', out: 'dist/cli/ropa.cjs', banner: '#!/usr/bin/env node' },
  { in: 'bench/bench.ts', out: 'dist/bench/bench.cjs' },
  { in: 'bench/ui-bench.ts', out: 'dist/bench/ui-bench.cjs' },
  // Excel import parses workbooks in this worker thread (electron/services/reports/xlsx-import).
  // Worker threads bundle exceljs and docx in (only the native sqlite3 stays outside), so that
  // a packaged app can run them from app.asar.unpacked (electron-builder.yml).
  { in: 'electron/services/reports/xlsx-import/parse-worker.ts', out: 'dist/workers/xlsx-parse.cjs', worker: true },
  // Word and Excel exports run in this worker thread (electron/services/reports/export-in-worker.ts).
  { in: 'electron/services/reports/export-worker.ts', out: 'dist/workers/report-export.cjs', worker: true },
  { in: 'electron/main.ts', out: 'dist/electron/main.cjs' },
  // The sandboxed preload may only require('electron'): everything else is bundled in.
  { in: 'electron/preload.ts', out: 'dist/electron/preload.cjs', sandboxed: true },
];

const buildOne = (e, define) =>
  build({
    ...node,
    ...(e.sandboxed ? { external: ['electron'], platform: 'browser', target: 'chrome130' } : {}),
    ...(e.worker ? { external: ['sqlite3'] } : {}),
    entryPoints: [e.in],
    outfile: e.out,
    ...(e.banner ? { banner: { js: e.banner } } : {}),
    ...(define ? { define } : {}),
  });
const present = entries.filter((e) => existsSync(e.in));
// Workers first: their SHA-256 is built into the bundles that start them, which check it at load
// (the workers run from app.asar.unpacked, outside the asar integrity check; issue 14).
await Promise.all(present.filter((e) => e.worker).map((e) => buildOne(e)));
const hashes = Object.fromEntries(present.filter((e) => e.worker).map((e) => [basename(e.out), createHash('sha256').update(readFileSync(e.out)).digest('hex')]));
await Promise.all(present.filter((e) => !e.worker).map((e) => buildOne(e, { __ROPA_WORKER_HASHES__: JSON.stringify(hashes) })));

if (existsSync('renderer/index.html')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
