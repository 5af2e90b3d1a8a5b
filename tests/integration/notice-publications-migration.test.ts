// Migration 005 on real SQLite files: a workspace saved by schema 1 gains notice_publications,
// and the table keeps every version, refusing a version number already taken.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishNotice } from '../../electron/services/notice/publish';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('migration 005: notice publications', () => {
  it('upgrades a schema-1 workspace so that its notice can be published, and keeps each version', async () => {
    const path = join(await tempDir(), 'old.ropa');
    await copyFile('tests/fixtures/workspace-v1.ropa', path);
    const ws = await Workspace.open(path, { actor: 'Jana Novak', backups: false });
    try {
      const [product] = await ws.listProducts();
      if (product === undefined) throw new Error('the fixture has a product');
      const first = await publishNotice(ws, product.id);
      expect(first).toMatchObject({ version: 1, publishedBy: 'Jana Novak' });
      await ws.saveProduct({ ...product, notice: { ...product.notice, changeNoticeDays: 30 } });
      expect((await publishNotice(ws, product.id)).version).toBe(2);
      const all = await ws.readWith((r) => r.noticePublications(product.id));
      expect(all.map((p) => p.version)).toEqual([1, 2]);
      expect(all[0]?.documents.en?.dateLine).toMatch(/^Last updated: /);
      // a version number is never reused: the second write of version 2 fails and changes nothing
      await expect(ws.writeWith((w) => w.addNoticePublication({ ...first, version: 2 }))).rejects.toThrow();
      expect((await ws.readWith((r) => r.noticePublications(product.id))).length).toBe(2);
    } finally {
      await ws.close();
    }
  });
});
