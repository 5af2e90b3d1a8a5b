import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, listBackups } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('rolling backups on open', () => {
  it('keeps the newest N copies, each a workspace that opens with the data of its time', async () => {
    const dir = await tempDir();
    const path = join(dir, 'reg.ropa');
    const backups = { keep: 3, dir: join(dir, 'backups') };
    await (await Workspace.create(path)).close();
    let minute = 0;
    const clock = () => new Date(Date.UTC(2026, 10, 22, 9, minute));
    for (let i = 1; i <= 5; i++) {
      minute = i;
      const ws = await Workspace.open(path, { backups, now: clock });
      await ws.saveOrganisation({ id: `org-${i}`, name: `Org ${i}` });
      await ws.close();
    }
    const kept = await listBackups(path, backups);
    expect(kept.map((p) => p.split('/').pop())).toEqual(['reg-20261122-090300.ropa', 'reg-20261122-090400.ropa', 'reg-20261122-090500.ropa']);
    // The copy taken when the 5th session opened holds what the first four saved.
    const newest = await Workspace.open(kept[2] ?? '', { readOnly: true });
    expect((await newest.listOrganisations()).map((o) => o.name)).toEqual(['Org 1', 'Org 2', 'Org 3', 'Org 4']);
    await newest.close();
  });
});

describe('a transaction that fails half way', () => {
  it('leaves nothing behind', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    await ws.saveOrganisation({ id: 'org-1', name: 'Kept' });
    const error = await ws
      .writeWith(async (w) => {
        await w.putRecord('organisation', { id: 'org-2', name: 'Half' });
        const product = { id: 'p', organisationId: 'no-such-org', name: 'P', platforms: [], storeListings: [], audiences: [], hostingCountries: [], permissions: [], notice: {} };
        await w.putRecord('product', product as unknown as Parameters<typeof w.putRecord>[1]);
      })
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/FOREIGN KEY constraint failed/);
    expect((await ws.listOrganisations()).map((o) => o.name)).toEqual(['Kept']);
    await ws.close();
  });
});
