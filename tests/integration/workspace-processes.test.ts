import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace, listBackups } from '../../electron/services/workspace';
import { synthesizeDocument } from '../../shared/synth/generate';
import { useTempDir } from '../helpers/temp';
import { buildWriter, startWriter } from '../helpers/writer-process';

const tempDir = useTempDir();

beforeAll(buildWriter);

async function seeded(dir: string): Promise<string> {
  const path = join(dir, 'shared.ropa');
  const ws = await Workspace.create(path);
  await ws.importDocument(synthesizeDocument({ orgs: 1, products: 1, activities: 1, vendors: 4 }));
  await ws.close();
  return path;
}

describe('two processes, one workspace', () => {
  it('gives the second process the workspace read-only, saying so, and refuses its edits', async () => {
    const path = await seeded(await tempDir());
    const holder = startWriter(path, 'hold', 'first');
    expect(await holder.waitFor(/^open /)).toBe('open writable');
    const second = await Workspace.open(path, { backups: false });
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toMatch(/Opened read-only: this workspace is already open for editing by writer first in another RoPA Desk window or process \(process \d+/);
    expect((await second.listActivities()).length).toBe(1);
    await expect(second.saveOrganisation({ id: 'org-x', name: 'X' })).rejects.toThrow(/open read-only, so the change was not saved/);
    await second.close();
    holder.child.stdin.end();
    expect(await holder.exited).toBe(0);
    // Once the first process has closed it, the workspace opens for editing again.
    const third = await Workspace.open(path, { backups: false });
    expect(third.readOnly).toBe(false);
    await third.close();
  });
});

describe('a writer killed with SIGKILL', () => {
  it('leaves, 50 times over, a file that opens, passes the checks and holds every acknowledged commit', async () => {
    const dir = await tempDir();
    const path = await seeded(dir);
    const acknowledged = new Set<string>();
    // At least 50 kills; more (up to 150) on a slow machine until 50 commits were acknowledged.
    for (let round = 0; round < 50 || (acknowledged.size < 50 && round < 150); round++) {
      const writer = startWriter(path, 'write', `r${round}`);
      // Even rounds kill anywhere: while opening, checking, taking the backup, or in the middle of
      // commits. Odd rounds kill in the middle of commits whatever the machine's speed: a moment after
      // the first acknowledged one (on a loaded machine opening alone can outlast the random delay).
      if (round % 2 === 1) await writer.waitFor(/^ack /).catch(() => undefined);
      await new Promise((r) => setTimeout(r, (round % 2 === 1 ? 0 : 30) + Math.random() * 250));
      writer.child.kill('SIGKILL');
      await writer.exited;
      for (const line of writer.lines) if (line.startsWith('ack ')) acknowledged.add(line.slice(4));
    }
    // Opening again rotates the backups as the writers did (keep 2).
    const ws = await Workspace.open(path, { backups: { keep: 2 } });
    expect(ws.readOnly).toBe(false);
    const info = await ws.info();
    expect(info.integrity).toEqual(['ok']);
    expect(info.foreignKeyProblems).toBe(0);
    const ids = new Set((await ws.listActivities()).map((a) => a.id));
    const lost = [...acknowledged].filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(50);
    await ws.close();
    // Writers killed between writing a backup and pruning leave extra copies; a completed rotation removes them.
    expect((await listBackups(path, { keep: 2 })).length).toBe(2);
  });
});
