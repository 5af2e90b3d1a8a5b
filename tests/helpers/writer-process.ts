import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const WRITER = resolve('dist/tests/writer.cjs');

/** Bundles tests/fixtures/writer.ts so it can run as a plain Node process. */
export async function buildWriter(): Promise<void> {
  await build({
    entryPoints: ['tests/fixtures/writer.ts'],
    outfile: WRITER,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['sqlite3'],
    logLevel: 'error',
  });
}

export interface Writer {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves when a line matching `re` has been printed. */
  waitFor(re: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

export function startWriter(path: string, mode: 'hold' | 'write', tag: string): Writer {
  const child = spawn(process.execPath, [WRITER, path, mode, tag], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.re.test(line)) w.resolve(line);
        else waiters.push(w);
      }
    }
  });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return {
    child,
    lines,
    exited,
    waitFor: (re) =>
      new Promise((res, rej) => {
        const hit = lines.find((l) => re.test(l));
        if (hit) return res(hit);
        waiters.push({ re, resolve: res });
        void exited.then(() => rej(new Error(`writer exited before printing ${re}; printed: ${lines.join(' | ')}`)));
      }),
  };
}
