// Bundles the Node-side entry points with esbuild (the renderer is built by Vite).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['sqlite3', 'electron', 'exceljs', 'docx'],
};

const entries = [
  { in: 'cli/bin.ts', out: 'dist/cli/ropa.cjs', banner: '#!/usr/bin/env node' },
  { in: 'bench/bench.ts', out: 'dist/bench/bench.cjs' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({ ...common, entryPoints: [e.in], outfile: e.out, ...(e.banner ? { banner: { js: e.banner } } : {}) }),
    ),
);
