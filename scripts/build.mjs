// Builds everything that runs: the Node side with esbuild, the renderer with Vite.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
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

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...node,
        ...(e.sandboxed ? { external: ['electron'], platform: 'browser', target: 'chrome130' } : {}),
        ...(e.worker ? { external: ['sqlite3'] } : {}),
        entryPoints: [e.in],
        outfile: e.out,
        ...(e.banner ? { banner: { js: e.banner } } : {}),
      }),
    ),
);

if (existsSync('renderer/index.html')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
