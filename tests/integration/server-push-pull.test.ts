/**
 * `ropa push FILE URL` and `ropa pull URL FILE` copy the whole workspace (issue 15):
 * file → push → pull → file gives the same workspace in every feature table, read
 * through the StoreReader (published notice versions with their publisher, label
 * stamps and mappings, review submissions and one-person mode, taxonomy entries an
 * import added, translations with their source text, the sample mark, the change
 * log with its authors and times). Field drafts stay behind and the command says
 * so. Only an admin's login takes the carry path: an editor's push is refused and
 * nothing is written; by SQL an editor still cannot claim another name. A
 * reviewer cannot insert a brand-new activity as approved; an admin's push keeps
 * the approvals a file has.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LEDGERLY_APP_ID, ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { Workspace } from '../../electron/services/workspace';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { publishNotice } from '../../electron/services/notice/publish';
import { productLabels, recordLabelExport, setCategoryStoreType } from '../../electron/services/labels/labels-service';
import { setOnePersonMode, submitForReview } from '../../electron/services/compliance/review';
import { type WorkspaceCopy, readCopy } from '../../electron/services/store/workspace-copy';
import { ropa } from '../helpers/cli';
import { createDatabase, createLogin } from '../helpers/postgres';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';

// One folder for the whole file: the describe blocks share the workspace file they build.
const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'ropa-push-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const server = () => inject('postgres');
let n = 0;
const freshDb = () => createDatabase(server(), `push_pull_${process.pid}_${n++}`);
const as = (url: string, login: string) => url.replace('postgres://postgres@', `postgres://${login}@`);

async function sqlAs(url: string, statements: [string, unknown[]?][]): Promise<pg.QueryResult[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out: pg.QueryResult[] = [];
  try {
    await c.query('BEGIN');
    for (const [text, params] of statements) out.push(await c.query(text, params));
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}

/** What a person would compare between two copies: everything but when the document was read and the entry ids. */
function comparable(copy: WorkspaceCopy) {
  const { exportedAt: _e, ...document } = copy.document;
  return {
    ...copy,
    document,
    history: copy.history.map(({ id: _id, ...entry }) => entry),
  };
}

async function snapshot(ws: Workspace) {
  return comparable(await ws.readWith((r) => readCopy(r, new Date())));
}

/** A workspace file that uses every feature table, written by three people. */
async function richFile(dir: string): Promise<string> {
  const file = join(dir, 'rich.ropa');
  expect((await ropa('demo', file)).code).toBe(0);
  const ws = await Workspace.open(file, { actor: 'Jana Novak' });
  try {
    await publishNotice(ws, ROOMIFY_APP_ID);
    ws.setActor('Ole Hansen');
    await publishNotice(ws, LEDGERLY_APP_ID);
    const key = (await ws.taxonomies()).dataCategories[0]?.key ?? '';
    await setCategoryStoreType(ws, key, 'apple', 'none');
    const { labels } = await productLabels(ws, ROOMIFY_APP_ID);
    await recordLabelExport(ws, labels, 'apple', join(dir, 'apple.json'));
    // A taxonomy entry a spreadsheet import added.
    await ws.writeWith((w) => w.addTaxonomyEntries({ dataSubjects: [{ key: 'walk_in_visitors', label: 'Walk-in visitors' }] }));
    // A translation written for the source text it had then.
    await ws.writeWith((w) => w.putTranslations([{ entityType: 'product', entityId: ROOMIFY_APP_ID, field: 'name', lang: 'de', text: 'Roomify Kamera', sourceText: 'Roomify Smart Camera' }]));
    const draft = (await ws.listActivities({ productId: ROOMIFY_APP_ID }))[0];
    if (draft === undefined) throw new Error('the sample has no Roomify activity');
    const { updatedAt: _u, createdAt: _c, ...fields } = draft;
    const created = await ws.saveActivity({ ...fields, id: 'act-push-new', name: 'Visitor Wi-Fi', status: 'draft' });
    ws.setActor('Eve Editor');
    await submitForReview(ws, created.id);
    await setOnePersonMode(ws, true);
    // Opened from the welcome screen's sample.
    await ws.writeWith((w) => w.markAsSample());
    await ws.writeWith((w) => w.replaceFieldDrafts('activity', created.id, [{ path: 'description', value: 'half-typed', message: 'not saved yet' }], { at: new Date(), actor: 'Eve Editor' }));
  } finally {
    await ws.close();
  }
  return file;
}

describe('push and pull copy the whole workspace', () => {
  let dir: string;
  let file: string;
  let url: string;
  let original: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    dir = await tempDir();
    file = await richFile(dir);
    const ws = await Workspace.open(file, { readOnly: true, backups: false });
    original = await snapshot(ws);
    await ws.close();
    url = await freshDb();
  });

  it('has something in every feature table to copy (so the comparison below cannot pass empty)', () => {
    expect(original.document.noticePublications?.map((p) => [p.productId, p.version, p.publishedBy])).toEqual([
      [LEDGERLY_APP_ID, 1, 'Ole Hansen'],
      [ROOMIFY_APP_ID, 1, 'Jana Novak'],
    ]);
    expect(original.labelExports.map((s) => [s.productId, s.store, s.exportedBy])).toEqual([[ROOMIFY_APP_ID, 'apple', 'Ole Hansen']]);
    expect(original.document.taxonomies.dataCategories[0]?.storeTypes).toEqual({ apple: 'none' });
    expect(original.document.taxonomies.dataSubjects.map((s) => s.key)).toContain('walk_in_visitors');
    expect(original.document.translations?.some((t) => t.sourceText !== undefined)).toBe(true);
    expect(original.submissions).toEqual([{ activityId: 'act-push-new', submittedBy: 'Eve Editor', submittedAt: expect.any(String) }]);
    expect(original.onePersonMode).toBe(true);
    expect(original.sample).toBe(true);
    expect([...new Set(original.history.map((e) => e.actor))]).toEqual(expect.arrayContaining(['Jana Novak', 'Ole Hansen', 'Eve Editor']));
    expect(original.document.activities.filter((a) => a.status === 'approved').length).toBeGreaterThan(0);
    expect(original.draftsLeft).toBe(1);
  });

  it('push keeps publishers, exporters, submitters and the change log’s authors; pull gives the same workspace back', async () => {
    const push = await ropa('push', file, url);
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    expect(push.stdout).toMatch(/^Copied .*rich\.ropa to 127\.0\.0\.1:\d+\/push_pull_\d+_\d+: \d+ processing activities, \d+ vendors, 2 published notice versions, 1 store-label export, 1 review submission, \d+ change-log entries\.\n/);
    expect(push.stdout).toContain(`Not copied: 1 field draft (unsaved typing belongs to the person who typed it; it stays in ${file}).`);

    // On the server, read as the admin: the same workspace, the names as they were in the file.
    const onServer = await openServerWorkspace(url);
    try {
      const s = await snapshot(onServer);
      expect(s.document).toEqual(original.document);
      expect(s.labelExports).toEqual(original.labelExports);
      expect(s.submissions).toEqual(original.submissions);
      expect(s.onePersonMode).toBe(true);
      expect(s.sample).toBe(true);
      // The server's own history (it was created), then the file's, then the push, by the login that pushed.
      const from = s.history.findIndex((e) => e.summary === original.history[0]?.summary && e.at === original.history[0]?.at);
      expect(s.history.slice(from, from + original.history.length)).toEqual(original.history);
      expect(s.history.at(-1)).toMatchObject({ actor: 'postgres', action: 'import', summary: expect.stringMatching(/^Pushed .*rich\.ropa: 2 organisations, .* 2 published notice versions, \d+ change-log entries with their authors$/) });
    } finally {
      await onServer.close();
    }

    const back = join(dir, 'back.ropa');
    const pull = await ropa('pull', url, back);
    expect(pull.stderr).toBe('');
    expect(pull.stdout).toMatch(/^Copied 127\.0\.0\.1:\d+\/push_pull_\d+_\d+ to .*back\.ropa: \d+ processing activities, \d+ vendors, 2 published notice versions, 1 store-label export, 1 review submission, \d+ change-log entries\.\n$/);
    const copy = await Workspace.open(back, { readOnly: true, backups: false });
    try {
      const s = await snapshot(copy);
      expect(s.document).toEqual(original.document);
      expect(s.labelExports).toEqual(original.labelExports);
      expect(s.submissions).toEqual(original.submissions);
      expect(s.onePersonMode).toBe(true);
      expect(s.sample).toBe(true);
      const from = s.history.findIndex((e) => e.summary === original.history[0]?.summary && e.at === original.history[0]?.at);
      expect(from).toBeGreaterThan(0);
      expect(s.history.slice(from, from + original.history.length)).toEqual(original.history);
      expect(s.history.slice(-2).map((e) => [e.actor, e.summary.split(' ')[0]])).toEqual([
        ['postgres', 'Pushed'],
        ['postgres', 'Pulled'],
      ]);
      // The drafts stayed with the person who typed them.
      expect(s.draftsLeft).toBe(0);
      expect((await copy.info()).integrity).toEqual(['ok']);
    } finally {
      await copy.close();
    }
  });

  it('refuses a target that already holds a workspace, saying what is there; --replace replaces it', async () => {
    const again = await ropa('push', file, url);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds 2 organisations, \d+ products, \d+ vendors, \d+ processing activities, 2 products with a published notice\. Nothing was copied: copy into an empty workspace, or replace what is there \(--replace; its change log stays\)\./);
    const replaced = await ropa('push', file, url, '--replace');
    expect(replaced.stderr).toBe('');
    expect(replaced.code).toBe(0);
    const ws = await openServerWorkspace(url);
    try {
      const s = await snapshot(ws);
      expect(s.document).toEqual(original.document);
      expect(s.submissions).toEqual(original.submissions);
    } finally {
      await ws.close();
    }
  });

  it('an auditor’s pull is an offline copy that shows who changed what and who published', async () => {
    await createLogin(server(), 'pp_auditor');
    expect((await ropa('server', 'grant', url, '--user', 'pp_auditor', '--role', 'auditor')).code).toBe(0);
    const offline = join(dir, 'auditor.ropa');
    const pull = await ropa('pull', as(url, 'pp_auditor'), offline);
    expect(pull.stderr).toBe('');
    const copy = await Workspace.open(offline, { readOnly: true, backups: false });
    try {
      const s = await snapshot(copy);
      expect(s.document).toEqual(original.document);
      expect(s.document.noticePublications?.map((p) => p.publishedBy)).toEqual(['Ole Hansen', 'Jana Novak']);
      const from = s.history.findIndex((e) => e.summary === original.history[0]?.summary && e.at === original.history[0]?.at);
      expect(s.history.slice(from, from + original.history.length)).toEqual(original.history);
      expect(s.history.at(-1)).toMatchObject({ actor: 'pp_auditor', summary: expect.stringMatching(/^Pulled from postgres:\/\/pp_auditor@127\.0\.0\.1:\d+\/push_pull_\d+_\d+: /) });
    } finally {
      await copy.close();
    }
  });

  it('is all or nothing: a push that cannot copy everything writes nothing', async () => {
    // A published version outlives its product in a file; a server keeps a version with its product's organisation.
    const orphan = join(dir, 'orphan.ropa');
    expect((await ropa('demo', orphan)).code).toBe(0);
    const ws = await Workspace.open(orphan, { actor: 'Jana Novak' });
    const existing = (await ws.listProducts())[0];
    if (existing === undefined) throw new Error('the sample has products');
    const { updatedAt: _u, createdAt: _c, ...fields } = existing;
    const product = await ws.saveProduct({ ...fields, id: 'prod-gone', name: 'Retired app' });
    await publishNotice(ws, product.id);
    await ws.delete('product', product.id);
    await ws.close();
    const target = await freshDb();
    const push = await ropa('push', orphan, target);
    expect(push.code).toBe(1);
    expect(push.stderr).toContain('1 published notice version belongs to a product that is not in the register; a team workspace keeps a version with its product\'s organisation. Nothing was changed.');
    const [left] = await sqlAs(target, [['SELECT (SELECT count(*) FROM ropa.activities) + (SELECT count(*) FROM ropa.organisations) + (SELECT count(*) FROM ropa.notice_publications) AS n']]);
    expect(left?.rows[0]).toEqual({ n: '0' });
  });

  it('a failed pull leaves no file behind', async () => {
    const empty = await freshDb();
    await initServer(empty);
    await sqlAs(empty, [["INSERT INTO ropa.organisations (id, position, name, record) VALUES ('o1', 0, 'Broken', '{}')"]]);
    const target = join(dir, 'failed.ropa');
    const pull = await ropa('pull', empty, target);
    expect(pull.code).not.toBe(0);
    expect(existsSync(target)).toBe(false);
  });
});

describe('only an admin carries names', () => {
  let url: string;
  let file: string;

  beforeAll(async () => {
    const dir = await tempDir();
    file = await richFile(dir);
    url = await freshDb();
    await initServer(url);
    for (const login of ['carry_eve', 'carry_rob']) await createLogin(server(), login);
    expect((await ropa('server', 'grant', url, '--user', 'carry_eve', '--role', 'editor')).code).toBe(0);
    expect((await ropa('server', 'grant', url, '--user', 'carry_rob', '--role', 'reviewer')).code).toBe(0);
  });

  it('an editor’s push is refused in words and writes nothing', async () => {
    const push = await ropa('push', file, as(url, 'carry_eve'));
    expect(push.code).toBe(1);
    expect(push.stderr).toContain('carry_eve (editor) cannot bring authors along: only an admin of the team workspace can push a workspace');
    const [count] = await sqlAs(url, [['SELECT (SELECT count(*) FROM ropa.activities) + (SELECT count(*) FROM ropa.notice_publications) AS n']]);
    expect(count?.rows[0]).toEqual({ n: '0' });
  });

  it('by SQL, an editor who declares the carry still cannot claim another name', async () => {
    const eve = as(url, 'carry_eve');
    const [, , log] = await sqlAs(eve, [
      ["SET LOCAL ropa.carry = 'on'"],
      ["INSERT INTO ropa.change_log (actor, at, entity_type, entity_id, action, summary) VALUES ('Jana Novak', '2020-01-01T00:00:00Z', 'vendor', 'v1', 'update', 'x')"],
      ['SELECT actor, extract(year FROM at)::int AS year FROM ropa.change_log ORDER BY id DESC LIMIT 1'],
    ]);
    expect(log?.rows[0]).toEqual({ actor: 'carry_eve', year: new Date().getUTCFullYear() });
    await expect(sqlAs(eve, [["SET LOCAL ropa.carry = 'on'"], ["SELECT ropa.carry_submission('a', 'Jana Novak', now())"]])).rejects.toThrow(/permission denied for function carry_submission/);
    await expect(sqlAs(eve, [["SET LOCAL ropa.carry = 'on'"], ['SELECT ropa.carry_clear_publications()']])).rejects.toThrow(/permission denied/);
  });

  it('a reviewer cannot insert a brand-new activity as approved: not by SQL, not by importing a document', async () => {
    const doc = buildSampleDocument();
    const rob = as(url, 'carry_rob');
    // The register as an admin would have it, but without its activities, so the reviewer has somewhere to add one.
    const admin = await openServerWorkspace(url);
    await admin.importDocument({ ...doc, activities: [] });
    await admin.close();
    const approved = doc.activities.find((a) => a.status === 'approved');
    if (approved === undefined) throw new Error('the sample has no approved activity');
    await expect(
      sqlAs(rob, [
        ['INSERT INTO ropa.activities (id, organisation_id, product_id, position, name, record) VALUES ($1, $2, $3, 0, $4, $5)', [approved.id, approved.organisationId, approved.productId ?? null, approved.name, JSON.stringify(approved)]],
      ]),
    ).rejects.toThrow(/is a new processing activity, so it starts as a draft: it is approved after review, by another person/);
    const reviewer = await openServerWorkspace(rob);
    try {
      await expect(reviewer.importDocument(doc, { replace: true })).rejects.toThrow(/carry_rob \(reviewer\) cannot bring authors along/);
      expect(await reviewer.listActivities()).toEqual([]);
    } finally {
      await reviewer.close();
    }
  });

  it('an admin’s import keeps the approvals and publishers a document brings', async () => {
    const ws = await Workspace.open(file, { readOnly: true, backups: false });
    const doc = await ws.exportDocument();
    await ws.close();
    const admin = await openServerWorkspace(url);
    try {
      await admin.importDocument(doc, { replace: true });
      const approved = (await admin.listActivities()).filter((a) => a.status === 'approved').length;
      expect(approved).toBe(doc.activities.filter((a) => a.status === 'approved').length);
      expect((await admin.readWith((r) => r.latestNoticePublications())).map((p) => p.publishedBy).sort()).toEqual(['Jana Novak', 'Ole Hansen']);
    } finally {
      await admin.close();
    }
  });
});
