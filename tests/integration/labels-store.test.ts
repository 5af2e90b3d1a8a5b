// Store labels on a real workspace file: schema 7 on an old file, export stamps and staleness,
// the workspace's category mapping with its change-log entry, and the handlers over IPC.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productLabels, recordLabelExport, setCategoryStoreType } from '../../electron/services/labels/labels-service';
import { Workspace } from '../../electron/services/workspace';
import { ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function sampleWorkspace(): Promise<Workspace> {
  const ws = await Workspace.create(join(await tempDir(), 'sample.ropa'), { actor: 'Test' });
  await ws.importDocument(buildSampleDocument(new Date('2026-12-01T00:00:00Z')), { replace: true });
  return ws;
}

describe('store labels in a workspace', () => {
  it('opens a schema 1 file with the new columns and table (migration 7)', async () => {
    const path = join(await tempDir(), 'old.ropa');
    await copyFile('tests/fixtures/workspace-v1.ropa', path);
    const ws = await Workspace.open(path, { backups: false });
    try {
      const [activity] = await ws.listActivities();
      if (activity === undefined) throw new Error('no activity');
      const purpose = activity.purposes[0];
      if (purpose === undefined) throw new Error('no purpose');
      await ws.saveActivity({ ...activity, purposes: [{ ...purpose, storePurpose: 'marketing' }] });
      expect((await ws.getActivity(activity.id))?.purposes[0]?.storePurpose).toBe('marketing');
      await setCategoryStoreType(ws, 'email_address', 'google', 'PSL_EMAIL');
      expect((await ws.taxonomies()).dataCategories.find((c) => c.key === 'email_address')?.storeTypes).toEqual({ google: 'PSL_EMAIL' });
    } finally {
      await ws.close();
    }
  });

  it('flags an exported label stale when the records change, with what changed, until it is exported again', async () => {
    const ws = await sampleWorkspace();
    try {
      const first = await productLabels(ws, ROOMIFY_APP_ID);
      expect(first.exports).toEqual([]);
      await recordLabelExport(ws, first.labels, 'google', '/tmp/data_safety.csv');
      expect((await productLabels(ws, ROOMIFY_APP_ID)).exports).toEqual([expect.objectContaining({ store: 'google', exportedBy: 'Test', stale: false, added: [], removed: [] })]);
      const [entry] = await ws.changes({ entityType: 'product', entityId: ROOMIFY_APP_ID, limit: 1 });
      expect(entry?.summary).toBe('Exported the Google Play Data safety of "Roomify Smart Camera" to /tmp/data_safety.csv');

      const security = await ws.getActivity('act-roomify-security');
      if (security === undefined) throw new Error('no activity');
      await ws.saveActivity({ ...security, recipients: [...security.recipients, { name: 'Threat Intel Co', type: 'controller', service: 'Shared blocklists' }] });
      const [state] = (await productLabels(ws, ROOMIFY_APP_ID)).exports;
      expect(state?.stale).toBe(true);
      expect(state?.added.some((l) => l.startsWith('Personal info / Name: collected, shared'))).toBe(true);
      expect(state?.removed.some((l) => l.startsWith('Personal info / Name: collected, required'))).toBe(true);

      await recordLabelExport(ws, (await productLabels(ws, ROOMIFY_APP_ID)).labels, 'google', '/tmp/data_safety.csv');
      expect((await productLabels(ws, ROOMIFY_APP_ID)).exports[0]?.stale).toBe(false);
    } finally {
      await ws.close();
    }
  });

  it('saves the workspace’s mapping of a category with its change-log entry, and refuses an unknown type', async () => {
    const ws = await sampleWorkspace();
    try {
      await setCategoryStoreType(ws, 'ip_address', 'apple', 'COARSE_LOCATION');
      const labels = (await productLabels(ws, ROOMIFY_APP_ID)).labels;
      expect(labels.apple.types.find((t) => t.id === 'COARSE_LOCATION')?.categories).toEqual([{ key: 'ip_address', label: 'IP address' }]);
      const [entry] = await ws.changes({ entityType: 'taxonomy', entityId: 'ip_address', limit: 1 });
      expect(entry?.summary).toBe('Mapped the data category "IP address" to the App Store data type "Coarse Location"');
      expect(entry?.before).not.toHaveProperty('storeTypes');
      expect(entry?.after).toMatchObject({ storeTypes: { apple: 'COARSE_LOCATION' } });
      await expect(setCategoryStoreType(ws, 'ip_address', 'apple', 'IP_ADDRESS')).rejects.toThrow('Apple has no data type "IP_ADDRESS".');
      await setCategoryStoreType(ws, 'ip_address', 'apple', null);
      expect((await ws.taxonomies()).dataCategories.find((c) => c.key === 'ip_address')?.storeTypes).toBeUndefined();
      // The mapping travels with the workspace document.
      await setCategoryStoreType(ws, 'ip_address', 'google', 'none');
      const doc = await ws.exportDocument();
      expect(doc.taxonomies.dataCategories.find((c) => c.key === 'ip_address')?.storeTypes).toEqual({ google: 'none' });
    } finally {
      await ws.close();
    }
  });
});
