import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, Workspace, listBackups } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const FIXTURE = 'tests/fixtures/workspace-v1.ropa';

describe('a workspace saved by schema version 1', () => {
  it('is backed up as it was, migrated to the current version, and keeps every record', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.ropa');
    await copyFile(FIXTURE, path);

    const ws = await Workspace.open(path, { backups: { keep: 3 } });
    const info = await ws.info();
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(info.schemaVersion).toBe(SCHEMA_VERSION);
    expect(info.integrity).toEqual(['ok']);
    expect(info.counts).toMatchObject({ organisations: 1, products: 1, activities: 1, vendors: 1, purposes: 1, transfers: 1 });
    const [activity] = await ws.listActivities();
    expect(activity).toMatchObject({
      id: 'act-v1',
      name: 'Newsletter',
      purposes: [{ description: 'Send the newsletter', legalBasis: 'consent' }],
      dataCategories: [{ category: 'email_address', detail: 'E-mail address', retention: 'Until unsubscribed', endAction: 'delete' }],
      transfers: [{ country: 'US', vendorId: 'ven-v1', mechanism: 'scc', sccModule: 2, repetitive: false }],
    });
    expect((await ws.listOrganisations())[0]?.dpo).toEqual({ name: 'Ann DPO', email: 'dpo@v1.example' });
    // Schema 4's stored record JSON is built for the activities the old file had.
    const missing = await new Promise<number>((resolve, reject) => {
      const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => {
        if (err) return reject(err);
        db.get<{ n: number }>('SELECT count(*) AS n FROM activities WHERE record_json IS NULL', (e, row) => db.close(() => (e ? reject(e) : resolve(row?.n ?? -1))));
      });
    });
    expect(missing).toBe(0);
    // The workspace can be edited after the upgrade.
    await ws.saveOrganisation({ id: 'org-v1', name: 'Version One Ltd', country: 'IE' });
    await ws.close();

    const [backup] = await listBackups(path, { keep: 3 });
    expect(backup).toBeDefined();
    const copy = await Workspace.open(backup ?? '', { readOnly: true }).catch((e: unknown) => e);
    // The pre-upgrade copy is still version 1: this version will not open it read-only without upgrading it.
    expect((copy as Error).message).toMatch(/needs to be upgraded/);
  });
});
