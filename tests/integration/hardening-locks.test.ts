/**
 * Issue 14, item 7: a stale lock is taken over atomically (three processes racing
 * for it, 100 rounds: never two writers), and a lock whose owner cannot be verified
 * (another machine) leaves the file read-only with a plain warning and the choice
 * to open it anyway.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { AppSession } from '../../electron/services/app/session';
import { memoryPreferences } from '../../electron/services/app/prefs';
import { lockPathFor } from '../../electron/services/workspace/write-lock';
import { processStart } from '../../electron/services/workspace/process-start';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const RACER = resolve('dist/test/lock-racer.cjs');
const racers: { child: ChildProcessWithoutNullStreams; lines: string[]; wait: (re: RegExp) => Promise<string> }[] = [];

beforeAll(async () => {
  await build({ entryPoints: ['tests/helpers/lock-racer.ts'], outfile: RACER, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  for (let i = 0; i < 3; i++) {
    const child = spawn(process.execPath, [RACER], { stdio: 'pipe' });
    const lines: string[] = [];
    const waiters: { re: RegExp; res: (l: string) => void }[] = [];
    let buf = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const w = waiters.findIndex((x) => x.re.test(line));
        if (w >= 0) waiters.splice(w, 1)[0]?.res(line);
        else lines.push(line);
      }
    });
    const wait = (re: RegExp) =>
      new Promise<string>((res) => {
        const i2 = lines.findIndex((l) => re.test(l));
        if (i2 >= 0) res(lines.splice(i2, 1)[0] as string);
        else waiters.push({ re, res });
      });
    racers.push({ child, lines, wait });
  }
}, 60_000);

afterAll(() => {
  for (const r of racers) r.child.kill();
});

/** The pid of a process that has exited: a lock naming it on this machine is stale. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('write locks', () => {
  it('100 rounds of three processes racing to take over a stale lock: exactly one writer each time', async () => {
    const dir = await tempDir();
    let doubles = 0;
    const pid = deadPid();
    for (let round = 0; round < 100; round++) {
      const file = join(dir, `ws-${round}.ropa`);
      await writeFile(lockPathFor(file), JSON.stringify({ pid, host: hostname(), actor: 'crashed', since: '2026-01-01T00:00:00Z' }));
      for (const r of racers) r.child.stdin.write(`go ${file}\n`);
      const results = await Promise.all(racers.map((r) => r.wait(new RegExp(`^(won|lost) ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))));
      const winners = results.filter((l) => l.startsWith('won')).length;
      if (winners !== 1) doubles++;
      expect(winners, `round ${round}`).toBe(1);
      for (const r of racers) r.child.stdin.write(`release ${file}\n`);
      await Promise.all(racers.map((r) => r.wait(new RegExp(`^released ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))));
    }
    expect(doubles).toBe(0);
  }, 300_000);

  it('a lock from another machine: read-only with a plain warning, and "open anyway" takes it over', async () => {
    const dir = await tempDir();
    const path = join(dir, 'shared.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    await writeFile(lockPathFor(path), JSON.stringify({ pid: 4242, host: 'other-laptop', actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
    const ro = await Workspace.open(path, { backups: false });
    expect(ro.readOnly).toBe(true);
    expect(ro.lockUnverified).toBe(true);
    expect(ro.readOnlyReason).toMatch(/open for editing by Ann on another computer \(other-laptop\).*cannot check whether it is still open there/);
    await ro.close();
    const rw = await Workspace.open(path, { backups: false, takeOverLock: true });
    expect(rw.readOnly).toBe(false);
    await rw.saveOrganisation({ id: 'org-x', name: 'Taken over', country: 'DE' });
    await rw.close();
  });

  it('the app offers "Open anyway" for such a lock, and it opens the workspace for editing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'shared.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    await writeFile(lockPathFor(path), JSON.stringify({ pid: 4242, host: 'other-laptop', actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
    const session = new AppSession(memoryPreferences(), { backups: false });
    const handlers = createHandlers({ session, dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => path }, info: { version: 't', platform: 'linux' }, openExternal: async () => undefined });
    const opened = await dispatch(handlers, 'workspace:open', {});
    expect(opened).toMatchObject({ ok: true, value: { readOnly: true, lockUnverified: true } });
    const anyway = await dispatch(handlers, 'workspace:openAnyway', {});
    expect(anyway).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(anyway.ok && 'lockUnverified' in (anyway.value as object)).toBe(false);
    await session.close();
  });

  it('a lock whose PID now belongs to another program (reused after a crash) is taken over: the process start differs', async () => {
    const dir = await tempDir();
    const path = join(dir, 'reused.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    // A live process that is not the owner: this test's parent, with the start the crashed owner had (another one).
    const live = process.ppid;
    const started = processStart(live);
    expect(started).toBeDefined();
    await writeFile(lockPathFor(path), JSON.stringify({ pid: live, host: hostname(), actor: 'Ann', since: '2026-03-01T09:00:00Z', started: `${started?.split(':')[0]}:1` }));
    const ws = await Workspace.open(path, { backups: false });
    expect(ws.readOnly).toBe(false);
    await ws.saveOrganisation({ id: 'org-x', name: 'After the crash', country: 'DE' });
    await ws.close();
  });

  it('a lock held by a live process whose start matches stays held: read-only naming it, no "Open anyway"', async () => {
    const dir = await tempDir();
    const path = join(dir, 'held.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    const live = process.ppid;
    await writeFile(lockPathFor(path), JSON.stringify({ pid: live, host: hostname(), actor: 'Ann', since: '2026-03-01T09:00:00Z', started: processStart(live) }));
    const ws = await Workspace.open(path, { backups: false });
    expect(ws.readOnly).toBe(true);
    expect(ws.lockUnverified).toBe(false);
    expect(ws.readOnlyReason).toContain(`already open for editing by Ann in another RoPA Desk window or process (process ${live}`);
    await ws.close();
  });

  it('a live PID with no start to compare (an older lock, or a system without /proc) offers "Open anyway" with a plain warning', async () => {
    const dir = await tempDir();
    const path = join(dir, 'unknown.ropa');
    await (await Workspace.create(path, { backups: false })).close();
    const live = process.ppid;
    await writeFile(lockPathFor(path), JSON.stringify({ pid: live, host: hostname(), actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
    const ro = await Workspace.open(path, { backups: false });
    expect(ro.readOnly).toBe(true);
    expect(ro.lockUnverified).toBe(true);
    expect(ro.readOnlyReason).toContain(`marked as open for editing by Ann (process ${live} on this computer since 2026-03-01 09:00 UTC)`);
    expect(ro.readOnlyReason).toContain('the number can be reused by another program');
    expect(ro.readOnlyReason).toContain('choose "Open anyway"');
    await ro.close();
    const rw = await Workspace.open(path, { backups: false, takeOverLock: true });
    expect(rw.readOnly).toBe(false);
    await rw.close();
  });

  it('the lock file records the start of the process that holds it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'mine.ropa');
    const ws = await Workspace.create(path, { backups: false });
    const lock = JSON.parse(await readFile(lockPathFor(path), 'utf8')) as { pid: number; started?: string };
    expect(lock).toMatchObject({ pid: process.pid, started: processStart(process.pid) });
    expect(lock.started).toMatch(/^[0-9a-f-]{36}:\d+$/);
    await ws.close();
  });
});
