/**
 * No lost update on a team workspace: 8 processes × 200 read-modify-write saves
 * on 4 shared records. Every save the server acknowledged is in the final state
 * (each process's last acknowledged value on each record is still there), every
 * other was reported as a conflict, and none vanished.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument } from '../../shared/sample';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { createDatabase } from '../helpers/postgres';

const SAVER = resolve('dist/tests/pg-saver.cjs');
const PROCESSES = 8;
const SAVES = 200;

let url: string;
beforeAll(async () => {
  await build({ entryPoints: ['tests/fixtures/pg-saver.ts'], outfile: SAVER, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3', 'pg-native'], logLevel: 'error' });
  url = await createDatabase(inject('postgres'), 'server_conflicts');
  await initServer(url);
  const ws = await openServerWorkspace(url);
  await ws.importDocument(buildSampleDocument());
  await ws.close();
});

describe('8 processes saving the same records', () => {
  it('lose no acknowledged save: each is in the final state or was reported as a conflict', async () => {
    const ws = await openServerWorkspace(url);
    const ids = (await ws.listActivities()).slice(0, 4).map((a) => a.id);
    const outputs = await Promise.all(
      Array.from({ length: PROCESSES }, (_, p) => promisify(execFile)(process.execPath, [SAVER, url, `p${p}`, String(SAVES), ids.join(',')], { maxBuffer: 1 << 24 })),
    );
    // The last acknowledged value of each process on each record.
    const expected = new Map<string, number>();
    let acks = 0;
    let conflicts = 0;
    outputs.forEach(({ stdout }, p) => {
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(SAVES);
      for (const line of lines) {
        const [what, id, i] = line.split(' ');
        if (what === 'ack') {
          acks++;
          expected.set(`${id} p${p}`, Number(i));
        } else {
          expect(what).toBe('conflict');
          conflicts++;
        }
      }
    });
    expect(acks + conflicts).toBe(PROCESSES * SAVES);
    // Contention really happened (4 records, 8 writers), and saves still got through.
    expect(conflicts).toBeGreaterThan(0);
    expect(acks).toBeGreaterThan(PROCESSES * SAVES * 0.1);
    const lost: string[] = [];
    for (const id of ids) {
      const a = await ws.getActivity(id);
      for (let p = 0; p < PROCESSES; p++) {
        const want = expected.get(`${id} p${p}`);
        const slot = a?.systems.find((s) => s.startsWith(`p${p}:`));
        if (want !== undefined && slot !== `p${p}:${want}`) lost.push(`${id}: p${p} expected ${want}, found ${slot ?? 'nothing'}`);
      }
    }
    expect(lost).toEqual([]);
    // Every acknowledged save is in the change log, with the database login as its author.
    const logged = (await ws.changes({ entityType: 'activity', limit: 5000 })).filter((c) => c.summary.startsWith('Changed'));
    expect(logged).toHaveLength(acks);
    expect(new Set(logged.map((c) => c.actor))).toEqual(new Set(['postgres']));
    await ws.close();
  });
});
