/**
 * Issue 14, item 12: the security gate (`npm run test:security`) scans what ships,
 * the built bundles, and fails on a violation planted in a copy of the bundle (the
 * sources unchanged), naming the check and the bundle.
 */
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('the security gate scans the shipped bundle', () => {
  it('fails on Node integration on, and context isolation, sandbox and web security off, planted in a copy of the built main bundle', async () => {
    const dist = join(await tempDir(), 'dist');
    for (const part of ['electron', 'workers', 'renderer']) await cp(join('dist', part), join(dist, part), { recursive: true });
    const main = join(dist, 'electron', 'main.cjs');
    const code = await readFile(main, 'utf8');
    const planted = code.replace('contextIsolation: true,', 'contextIsolation: false,').replace('nodeIntegration: false,', 'nodeIntegration: true,').replace('webSecurity: true,', 'webSecurity: false,').replace('sandbox: true,', 'sandbox: false,');
    // Each replacement hit the window options of the shipped bundle.
    expect(planted.match(/contextIsolation: false,|nodeIntegration: true,|webSecurity: false,/g)).toHaveLength(3);
    await writeFile(main, planted);
    const r = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--dist', dist], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status).toBe(1);
    for (const check of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'ROPA_NODE_INTEGRATION_CHECK']) expect(r.stdout).toMatch(new RegExp(`(HIGH|MEDIUM) ${check} dist/electron/main\\.js:\\d+`));
    // Only the bundle was changed: nothing is reported against the sources.
    expect(r.stdout).not.toMatch(/ src\/electron\//);
  }, 300_000);
});
