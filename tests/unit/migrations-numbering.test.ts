// A workspace's user_version is the last migration applied, so a gap in the numbers
// (branches that each took a number of their own, one of them merged later) would make
// a file at the higher number skip the lower migration for good: the numbers are 1..N, in order.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/services/workspace/migrations';

describe('workspace migrations', () => {
  it('are numbered 1 to N without a gap, in the order they run', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('server schema upgrades', () => {
  // The server's schema_version is likewise the last step applied: a step numbered past a
  // gap (branches that each took a number) would be skipped by a server at the lower number.
  it('are one step per version from 2 to PG_SCHEMA_VERSION, without a gap', async () => {
    const { UPGRADES } = await import('../../electron/services/pgstore/server-admin');
    const { PG_SCHEMA_VERSION } = await import('../../electron/services/pgstore/schema');
    const versions = Object.keys(UPGRADES).map(Number);
    expect(versions).toEqual(Array.from({ length: PG_SCHEMA_VERSION - 1 }, (_v, i) => i + 2));
  });
});
