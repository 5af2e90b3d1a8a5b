/**
 * The feature tables on a server, with real logins (issue 15): field drafts are
 * each person's own; who submitted an activity is the database login, and that
 * login cannot approve it (not by naming someone else, not by writing SQL);
 * one-person mode is the admin's; a consultant sees no other client's published
 * notices or label exports; server schema 1 is refused by name until
 * `ropa server init` upgrades it under the advisory lock.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LEDGERLY_APP_ID, ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { PG_SCHEMA_VERSION } from '../../electron/services/pgstore/schema';
import { approveActivity, returnToDraft, reviewState, setOnePersonMode, submitForReview } from '../../electron/services/compliance/review';
import { publishNotice, readPublishedNotice } from '../../electron/services/notice/publish';
import { productLabels, recordLabelExport } from '../../electron/services/labels/labels-service';
import type { Workspace } from '../../electron/services/workspace';
import { ropa } from '../helpers/cli';
import { createDatabase, createLogin } from '../helpers/postgres';

const DB = 'server_features';
let admin: string;
const as = (url: string, login: string) => url.replace('postgres://postgres@', `postgres://${login}@`);
const open: Workspace[] = [];
async function connect(login: string): Promise<Workspace> {
  const ws = await openServerWorkspace(as(admin, login));
  open.push(ws);
  return ws;
}
async function sqlAs(login: string, text: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: as(admin, login) });
  await c.connect();
  try {
    return await c.query(text, params);
  } finally {
    await c.end();
  }
}

const ACTIVITY = 'act-roomify-support';

beforeAll(async () => {
  const server = inject('postgres');
  admin = await createDatabase(server, DB);
  await initServer(admin);
  const ws = await openServerWorkspace(admin);
  await ws.importDocument(buildSampleDocument());
  await publishNotice(ws, LEDGERLY_APP_ID);
  await ws.close();
  for (const login of ['feat_eve', 'feat_rob', 'feat_rita', 'feat_con', 'feat_aud']) await createLogin(server, login);
  const grants: [string, string, string?][] = [['feat_eve', 'editor'], ['feat_rob', 'reviewer'], ['feat_rita', 'reviewer'], ['feat_con', 'editor', 'Roomify'], ['feat_aud', 'auditor']];
  for (const [user, role, org] of grants) {
    expect((await ropa('server', 'grant', admin, '--user', user, '--role', role, ...(org !== undefined ? ['--org', org] : []))).code).toBe(0);
  }
});
afterAll(async () => {
  for (const ws of open.splice(0)) await ws.close().catch(() => undefined);
});

describe('ropa server grant', () => {
  it('grants by membership of the workspace’s group role, one role at a time', async () => {
    const member = async (login: string) =>
      (
        await sqlAs(
          'postgres',
          `SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
           WHERE u.rolname = $1 AND r.rolname LIKE 'ropa_server_features_%' ORDER BY 1`,
          [login],
        )
      ).rows.map((r: { rolname: string }) => r.rolname);
    expect(await member('feat_eve')).toEqual(['ropa_server_features_editor']);
    expect(await member('feat_aud')).toEqual(['ropa_server_features_auditor']);
    // The group roles hold the privileges; the logins hold none of their own.
    expect((await sqlAs('postgres', "SELECT has_table_privilege('feat_eve', 'ropa.activities', 'UPDATE') AS eve, has_table_privilege('feat_aud', 'ropa.activities', 'UPDATE') AS aud")).rows[0]).toEqual({ eve: true, aud: false });
    expect((await sqlAs('postgres', "SELECT count(*)::int AS n FROM information_schema.role_table_grants WHERE grantee = 'feat_eve'")).rows[0]).toEqual({ n: 0 });
  });
});

describe('field drafts on a server', () => {
  it('are each person’s own: nobody reads or writes another’s', async () => {
    const eve = await connect('feat_eve');
    const rob = await connect('feat_rob');
    const by = { at: new Date(), actor: 'ignored' };
    await eve.writeWith((w) => w.replaceFieldDrafts('activity', ACTIVITY, [{ path: 'name', value: '', message: 'Must not be empty.' }], by));
    await rob.writeWith((w) => w.replaceFieldDrafts('activity', ACTIVITY, [{ path: 'owner', value: 42, message: 'Must be text.' }], by));
    expect(await eve.readWith((r) => r.fieldDrafts('activity', ACTIVITY))).toEqual([{ path: 'name', value: '', message: 'Must not be empty.' }]);
    expect(await rob.readWith((r) => r.fieldDrafts('activity', ACTIVITY))).toEqual([{ path: 'owner', value: 42, message: 'Must be text.' }]);
    expect(await rob.readWith((r) => r.draftHolders())).toEqual([{ entityType: 'activity', entityId: ACTIVITY, fields: 1 }]);
    // Replacing her drafts leaves his alone.
    await eve.writeWith((w) => w.replaceFieldDrafts('activity', ACTIVITY, [], by));
    expect(await rob.readWith((r) => r.fieldDrafts('activity', ACTIVITY))).toHaveLength(1);
    // The database refuses too: SQL sees only one's own rows, and cannot write as someone else.
    expect((await sqlAs('feat_eve', 'SELECT login FROM ropa.field_drafts')).rows).toEqual([]);
    await expect(
      sqlAs('feat_eve', "INSERT INTO ropa.field_drafts (login, entity_type, entity_id, path, value, message, position, updated_at) VALUES ('feat_rob', 'vendor', 'v', 'p', '1', 'm', 0, 'now')"),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('review on a server', () => {
  it('records the login as submitter; that login cannot approve, whatever name it gives or SQL it writes', async () => {
    const rob = await connect('feat_rob');
    await returnToDraft(rob, ACTIVITY, 'Periodic review');
    await submitForReview(rob, ACTIVITY);
    expect((await reviewState(rob, ACTIVITY, rob.actor)).submittedBy).toBe('feat_rob');
    const own = 'feat_rob submitted "Support and feedback" for review, so another person approves it.';
    await expect(approveActivity(rob, ACTIVITY, { reviewer: 'feat_rita', nextReviewDue: '2099-01-01' })).rejects.toThrow(own);
    await expect(
      sqlAs('feat_rob', `UPDATE ropa.activities SET record = (record::jsonb || '{"status": "approved"}')::json WHERE id = $1`, [ACTIVITY]),
    ).rejects.toThrow(own);
    // No client writes the submissions table itself.
    await expect(sqlAs('feat_rob', 'DELETE FROM ropa.review_submissions')).rejects.toThrow(/permission denied/);
    expect((await reviewState(rob, ACTIVITY, rob.actor)).submittedBy).toBe('feat_rob');
    // The review state a colleague sees lets her approve.
    const rita = await connect('feat_rita');
    expect((await reviewState(rita, ACTIVITY, rita.actor)).cannotApprove).toBeUndefined();
    const approved = await approveActivity(rita, ACTIVITY, { nextReviewDue: '2099-01-01' });
    expect(approved).toMatchObject({ status: 'approved' });
    expect((await reviewState(rita, ACTIVITY, rita.actor)).submittedBy).toBeUndefined();
  });

  it('one-person mode is the admin’s to turn on; then the submitter may approve', async () => {
    const rob = await connect('feat_rob');
    await returnToDraft(rob, ACTIVITY, 'Again');
    await submitForReview(rob, ACTIVITY);
    await expect(setOnePersonMode(rob, true)).rejects.toThrow('Only an admin of this team workspace turns one-person mode on or off; nothing was changed.');
    await expect(sqlAs('feat_rob', "UPDATE ropa.meta SET value = '1' WHERE key = 'review_one_person'")).resolves.toMatchObject({ rowCount: 0 });
    const boss = await openServerWorkspace(admin);
    open.push(boss);
    expect(await setOnePersonMode(boss, true)).toBe(true);
    expect((await approveActivity(rob, ACTIVITY, { nextReviewDue: '2099-01-01' })).status).toBe('approved');
    expect(await setOnePersonMode(boss, false)).toBe(false);
  });
});

describe('publications and label exports per organisation', () => {
  it('a consultant of one client sees none of another’s; an auditor reads but cannot publish', async () => {
    const con = await connect('feat_con');
    await publishNotice(con, ROOMIFY_APP_ID);
    const { labels } = await productLabels(con, ROOMIFY_APP_ID);
    await recordLabelExport(con, labels, 'apple', '/tmp/apple.json');
    expect((await productLabels(con, ROOMIFY_APP_ID)).exports).toEqual([expect.objectContaining({ store: 'apple', exportedBy: 'feat_con' })]);
    expect((await con.readWith((r) => r.latestNoticePublications())).map((p) => [p.productId, p.publishedBy])).toEqual([[ROOMIFY_APP_ID, 'feat_con']]);
    expect((await sqlAs('feat_con', 'SELECT product_id FROM ropa.notice_publications')).rows).toEqual([{ product_id: ROOMIFY_APP_ID }]);
    const aud = await connect('feat_aud');
    expect((await readPublishedNotice(aud, LEDGERLY_APP_ID)).publication?.version).toBe(1);
    await expect(publishNotice(aud, LEDGERLY_APP_ID)).rejects.toThrow(/read-only/);
    await expect(
      sqlAs('feat_aud', "INSERT INTO ropa.notice_publications SELECT product_id, organisation_id, 9, published_at, 'x', fingerprint, documents FROM ropa.notice_publications LIMIT 1"),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('server schema upgrade', () => {
  it('refuses a version-1 server by name until `ropa server init` upgrades it, keeping its records', async () => {
    const url = await createDatabase(inject('postgres'), 'server_features_v1');
    await initServer(url, { createAtVersion: 1 });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`INSERT INTO ropa.organisations (id, position, name, record) VALUES ('org-old', 0, 'Old Ltd', '{"id":"org-old","name":"Old Ltd"}')`);
    await c.end();
    await expect(openServerWorkspace(url)).rejects.toThrow(/has server schema version 1; an admin upgrades it with "ropa server init postgres:\/\/postgres@127\.0\.0\.1:\d+\/server_features_v1"/);
    const up = await ropa('server', 'init', url);
    expect(up.stdout).toMatch(new RegExp(`^Upgraded the team workspace on 127\\.0\\.0\\.1:\\d+/server_features_v1 from server schema 1 to ${PG_SCHEMA_VERSION}\\.\\n$`));
    const ws = await openServerWorkspace(url);
    open.push(ws);
    expect((await ws.listOrganisations()).map((o) => o.name)).toEqual(['Old Ltd']);
    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', 'org-old', [{ path: 'website', value: 'x', message: 'm' }], { at: new Date(), actor: 'x' }));
    expect(await ws.readWith((r) => r.draftHolders())).toEqual([{ entityType: 'organisation', entityId: 'org-old', fields: 1 }]);
    expect((await ropa('server', 'init', url)).stdout).toMatch(new RegExp(`at server schema ${PG_SCHEMA_VERSION}; nothing to do`));
  });
});
