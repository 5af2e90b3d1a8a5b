// A purpose marked as direct marketing on a real workspace file (migration 9): saved, read back,
// carried in the JSON export and by an import; a purpose from before the migration reads unmarked.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('direct-marketing purposes in the workspace file', () => {
  it('an old file upgrades with its purposes unmarked; a marked purpose survives a save, reopening, the JSON export and an import', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.ropa');
    await copyFile('tests/fixtures/workspace-v1.ropa', path);
    const ws = await Workspace.open(path);
    const [activity] = await ws.listActivities();
    if (activity === undefined) throw new Error('no activity');
    expect(activity.purposes).toEqual([{ description: 'Send the newsletter', legalBasis: 'consent' }]);
    await ws.saveActivity({ ...activity, purposes: [{ ...activity.purposes[0], directMarketing: true }] });
    await ws.close();

    const again = await Workspace.open(path);
    try {
      expect((await again.getActivity(activity.id))?.purposes).toEqual([{ description: 'Send the newsletter', legalBasis: 'consent', directMarketing: true }]);
      const doc = await again.exportDocument();
      expect(doc.activities[0]?.purposes[0]?.directMarketing).toBe(true);
      const copy = await Workspace.create(join(dir, 'copy.ropa'));
      try {
        await copy.importDocument(JSON.parse(JSON.stringify(doc)));
        expect((await copy.getActivity(activity.id))?.purposes[0]?.directMarketing).toBe(true);
      } finally {
        await copy.close();
      }
    } finally {
      await again.close();
    }
  });
});
