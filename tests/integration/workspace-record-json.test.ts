// Schema 4 keeps each activity's record as JSON beside its rows. These tests hold
// it to what the rows say: the same after every write path, cleared by any other
// change to a row, never read stale, rebuilt on the next writable open.
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { activityJsonSql } from '../../electron/services/workspace/activity-store';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

function rawAll<T>(path: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.all(sql, (e, rows) => db.close(() => (e ? reject(e) : resolve(rows as T[]))));
    });
  });
}

const rawExec = (path: string, sql: string) =>
  new Promise<void>((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.exec(sql, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });

/** Each activity's stored JSON beside the JSON its rows make now. */
const stored = (path: string) =>
  rawAll<{ id: string; cached: string | null; fromRows: string }>(path, `SELECT a.id, a.record_json AS cached, ${activityJsonSql('a')} AS fromRows FROM activities a ORDER BY a.position`);

async function sampleWorkspace(): Promise<{ path: string; ws: Workspace }> {
  const path = join(await tempDir(), 'sample.ropa');
  const ws = await Workspace.create(path);
  await ws.importDocument(buildSampleDocument(new Date('2026-11-01T10:00:00Z')));
  return { path, ws };
}

describe("an activity's stored record JSON", () => {
  it('is what its rows say after an import, an edit, a new activity and a deletion', async () => {
    const { path, ws } = await sampleWorkspace();
    const [first, second] = await ws.listActivities();
    if (!first || !second) throw new Error('the sample has activities');
    await ws.saveActivity({ ...first, purposes: [...first.purposes, { description: 'Fraud prevention', legalBasis: 'legitimate_interests', legitimateInterest: 'Stopping abuse' }], dataSubjects: [] });
    await ws.saveActivity({ ...second, id: 'act-copy', name: 'A copy' });
    await ws.delete('activity', second.id);
    await ws.close();

    const rows = await stored(path);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.cached, row.id).not.toBeNull();
      expect(JSON.parse(row.cached ?? ''), row.id).toEqual(JSON.parse(row.fromRows));
    }
    const edited = JSON.parse(rows.find((r) => r.id === first.id)?.cached ?? '{}') as { purposes: { description: string }[]; dataSubjects: string[] };
    expect(edited.purposes.map((p) => p.description)).toContain('Fraud prevention');
    expect(edited.dataSubjects).toEqual([]);
    expect(rows.some((r) => r.id === second.id)).toBe(false);
  });

  it('reads the same document whether it is there or built from the rows', async () => {
    const { path, ws } = await sampleWorkspace();
    const withJson = await ws.exportDocument({ baselines: false });
    await ws.close();
    await rawExec(path, 'UPDATE activities SET record_json = NULL');
    const ro = await Workspace.open(path, { readOnly: true });
    const fromRows = await ro.exportDocument({ baselines: false });
    await ro.close();
    expect(JSON.stringify(fromRows.activities)).toBe(JSON.stringify(withJson.activities));
  });

  it('is cleared when a row changes by any other path, so that the change is what a read shows', async () => {
    const { path, ws } = await sampleWorkspace();
    const [first, second, third] = await ws.listActivities();
    if (!first || !second || !third) throw new Error('the sample has activities');
    await ws.close();
    await rawExec(
      path,
      `UPDATE activity_purposes SET description = 'Changed outside the app' WHERE activity_id = '${first.id}' AND position = 0;
       DELETE FROM activity_data_subjects WHERE activity_id = '${second.id}';
       UPDATE activities SET name = 'Renamed outside the app' WHERE id = '${third.id}';`,
    );
    const cleared = (await stored(path)).filter((r) => r.cached === null).map((r) => r.id);
    expect(cleared.sort()).toEqual([first.id, second.id, third.id].sort());

    const ro = await Workspace.open(path, { readOnly: true });
    const read = await ro.listActivities();
    await ro.close();
    expect(read.find((a) => a.id === first.id)?.purposes[0]?.description).toBe('Changed outside the app');
    expect(read.find((a) => a.id === second.id)?.dataSubjects).toEqual([]);
    expect(read.find((a) => a.id === third.id)?.name).toBe('Renamed outside the app');

    // The next writable open builds it again from the rows.
    await (await Workspace.open(path, { backups: false })).close();
    const rows = await stored(path);
    for (const row of rows) expect(JSON.parse(row.cached ?? 'null'), row.id).toEqual(JSON.parse(row.fromRows));
  });
});
