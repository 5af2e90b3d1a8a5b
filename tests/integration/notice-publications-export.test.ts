// Published notice versions travel in the JSON export (optional `noticePublications`) and an
// import restores them: numbers, dates, publishers and the frozen text, read back as the
// preview and `ropa policy --published` show them. A v1 document without them imports as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeStatus, publishNotice, readPublishedNotice } from '../../electron/services/notice/publish';
import { Workspace } from '../../electron/services/workspace';
import { parseWorkspaceDocument } from '../../shared/interchange';
import { renderNoticeText } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const ROOMIFY = 'Roomify Smart Camera';

async function workspaceWithTwoVersions(dir: string): Promise<string> {
  const file = join(dir, 'source.ropa');
  let day = new Date('2026-10-01T09:00:00Z');
  const ws = await Workspace.create(file, { actor: 'Jana Novak', now: () => day });
  await ws.importDocument(buildSampleDocument(day));
  await publishNotice(ws, ROOMIFY);
  const product = (await ws.listProducts()).find((p) => p.name === ROOMIFY);
  if (product === undefined) throw new Error('no Roomify product');
  await ws.saveProduct({ ...product, notice: { ...product.notice, supportEmail: 'support@roomify.tech' } });
  day = new Date('2026-11-02T10:30:00Z');
  ws.setActor('Sam Lee');
  await publishNotice(ws, ROOMIFY);
  await ws.close();
  return file;
}

describe('published notice versions in the JSON export', () => {
  it('ropa export carries every version and ropa import restores them, text and all', async () => {
    const dir = await tempDir();
    const source = await workspaceWithTwoVersions(dir);
    const json = join(dir, 'export.json');
    expect((await ropa('export', source, '--out', json)).code).toBe(0);
    const exported = JSON.parse(readFileSync(json, 'utf8')) as { noticePublications?: { version: number; publishedAt: string; publishedBy: string }[] };
    expect(exported.noticePublications?.map((p) => [p.version, p.publishedAt.slice(0, 10), p.publishedBy])).toEqual([
      [1, '2026-10-01', 'Jana Novak'],
      [2, '2026-11-02', 'Sam Lee'],
    ]);

    const copy = join(dir, 'copy.ropa');
    expect((await ropa('init', copy)).code).toBe(0);
    const imported = await ropa('import', copy, json);
    expect(imported.code, imported.stderr).toBe(0);

    const ws = await Workspace.open(copy, { readOnly: true });
    try {
      const { all } = await readPublishedNotice(ws, ROOMIFY);
      expect(all.map((p) => [p.version, p.publishedAt, p.publishedBy])).toEqual([
        [1, '2026-10-01T09:00:00.000Z', 'Jana Novak'],
        [2, '2026-11-02T10:30:00.000Z', 'Sam Lee'],
      ]);
      // The frozen text is the one published, not one generated again: version 1 has no support address.
      const v1 = all[0]?.documents.en;
      const v2 = all[1]?.documents.en;
      if (v1 === undefined || v2 === undefined) throw new Error('no English text');
      expect(renderNoticeText(v1)).toContain('Last updated: 1 October 2026');
      expect(renderNoticeText(v1)).not.toContain('support@roomify.tech');
      expect(renderNoticeText(v2)).toContain('support@roomify.tech');
      // The records came with them, so the notice reads as current, "Last updated" the latest publication's date.
      const status = await noticeStatus(ws, ROOMIFY, 'en', '2026-11-20');
      expect(status.state).toBe('current');
      expect(status.publishedOn).toBe('2026-11-02');
    } finally {
      await ws.close();
    }
    const published = await ropa('policy', copy, '--product', ROOMIFY, '--published', '--version', '1', '--format', 'txt');
    expect(published.stdout).toContain('Last updated: 1 October 2026');
  });

  it('a document without published versions leaves a workspace’s versions alone; a version given twice is refused with words', async () => {
    const dir = await tempDir();
    const source = await workspaceWithTwoVersions(dir);
    const ws = await Workspace.open(source);
    try {
      const doc = await ws.exportDocument();
      const { noticePublications, ...withoutVersions } = doc;
      expect(noticePublications).toHaveLength(2);
      await ws.importDocument(withoutVersions, { replace: true });
      expect((await readPublishedNotice(ws, ROOMIFY)).all.map((p) => p.version)).toEqual([1, 2]);

      const twice = { ...doc, noticePublications: [...(noticePublications ?? []), ...(noticePublications ?? []).slice(0, 1)] };
      const parsed = parseWorkspaceDocument(twice);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.map((p) => p.message)).toContain('version 1 of the notice of product "prod-roomify-app" is given twice');
      await expect(ws.importDocument(twice, { replace: true })).rejects.toThrow('The document was not imported');
      expect((await readPublishedNotice(ws, ROOMIFY)).all.map((p) => p.version)).toEqual([1, 2]);
    } finally {
      await ws.close();
    }
  });

  it('reports and checks read the register without the frozen texts', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(await workspaceWithTwoVersions(dir), { readOnly: true });
    try {
      expect((await ws.exportDocument({ baselines: false })).noticePublications).toBeUndefined();
      expect((await ws.exportDocument()).noticePublications).toHaveLength(2);
    } finally {
      await ws.close();
    }
  });
});
