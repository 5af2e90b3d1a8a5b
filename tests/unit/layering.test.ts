import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"`]*?from\s+['"]([^'"]+)['"]|(?:^|[^.\w])(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const NODE_ONLY = /^(node:|electron($|\/)|sqlite3$|electron-store$|fs$|fs\/|path$|os$|child_process$|crypto$|worker_threads$)/;

describe('where code may run is visible from where it lives', () => {
  it('shared/ imports no Electron, no node: module and no Node-only package', () => {
    const offenders = files('shared').flatMap((f) => importsOf(f).filter((s) => NODE_ONLY.test(s) || /(^|\/)electron\//.test(s)).map((s) => `${f}: ${s}`));
    expect(files('shared').length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('shared/ uses no DOM or Node globals', () => {
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = files('shared').filter((f) => /(?<![\w.$'"`])(window|document|localStorage|process|__dirname|Buffer)\s*[.[]/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('renderer/ imports neither Electron nor Node', () => {
    const offenders = files('renderer').flatMap((f) => importsOf(f).filter((s) => NODE_ONLY.test(s) || /(^|\/)electron\//.test(s)).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });
});
