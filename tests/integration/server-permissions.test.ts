/**
 * Identity and permissions enforced by the database, with real logins: the
 * change log's author is the login; a consultant granted one client sees nothing
 * of another; an auditor browses and exports but every write is refused; only a
 * reviewer approves.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LEDGERLY_APP_ID, ROOMIFY_APP_ID, ROOMIFY_ORG_ID, buildSampleDocument } from '../../shared/sample';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { initServer } from '../../electron/services/pgstore/server-admin';
import { approveActivity, submitForReview } from '../../electron/services/compliance/review';
import { createBaseline, listBaselines } from '../../electron/services/compliance/baselines';
import { runChecks } from '../../shared/compliance';
import type { Workspace } from '../../electron/services/workspace';
import { ropa } from '../helpers/cli';
import { createDatabase, createLogin } from '../helpers/postgres';

const runChecksOn = async (ws: Workspace) => runChecks(await ws.exportDocument({ baselines: false }), { today: '2026-12-01' });

const DB = 'server_permissions';
let admin: string;
const as = (login: string) => admin.replace('postgres://postgres@', `postgres://${login}@`);
const open: Workspace[] = [];
async function connect(login: string): Promise<Workspace> {
  const ws = await openServerWorkspace(as(login));
  open.push(ws);
  return ws;
}

const doc = buildSampleDocument();
const ledgerly = doc.organisations.find((o) => o.id !== ROOMIFY_ORG_ID);
const roomify = doc.organisations.find((o) => o.id === ROOMIFY_ORG_ID);

beforeAll(async () => {
  const server = inject('postgres');
  admin = await createDatabase(server, DB);
  await initServer(admin);
  const ws = await openServerWorkspace(admin);
  await ws.importDocument(doc);
  // An admin's baseline of the whole register (it holds every organisation).
  await createBaseline(ws, { label: 'Whole register' });
  await ws.close();
  for (const login of ['consultant', 'auditor_ann', 'editor_eve', 'reviewer_rob', 'stranger']) await createLogin(server, login);
  expect((await ropa('server', 'grant', admin, '--user', 'consultant', '--role', 'editor', '--org', 'Roomify')).stdout).toMatch(
    /^consultant is now editor on 127\.0\.0\.1:\d+\/server_permissions, for the organisation "Roomify"\.\n$/,
  );
  expect((await ropa('server', 'grant', admin, '--user', 'auditor_ann', '--role', 'auditor')).code).toBe(0);
  expect((await ropa('server', 'grant', admin, '--user', 'editor_eve', '--role', 'editor')).code).toBe(0);
  expect((await ropa('server', 'grant', admin, '--user', 'reviewer_rob', '--role', 'reviewer')).code).toBe(0);
});
afterAll(async () => {
  for (const ws of open.splice(0)) await ws.close().catch(() => undefined);
});

describe('ropa server grant', () => {
  it('names what is wrong: an unknown organisation, an unknown login', async () => {
    const r = await ropa('server', 'grant', admin, '--user', 'consultant', '--role', 'editor', '--org', 'Nope');
    expect(r.stderr).toBe(`ropa: No organisation is named "Nope". The organisations are: "${roomify?.name}", "${ledgerly?.name}".\n`);
    const u = await ropa('server', 'grant', admin, '--user', 'nobody', '--role', 'editor');
    expect(u.stderr).toMatch(/There is no login "nobody" on 127\.0\.0\.1:\d+\/server_permissions\. Create it first/);
  });

  it('a login without a grant is refused with what to ask for', async () => {
    await expect(openServerWorkspace(as('stranger'))).rejects.toThrow(/stranger has no access to the team workspace on .*ropa server grant .* --user stranger --role editor/);
  });
});

describe('a consultant granted one client', () => {
  it('never sees another client: not its records, counts, names, baselines or change log', async () => {
    const ws = await connect('consultant');
    expect((await ws.listOrganisations()).map((o) => o.name)).toEqual([roomify?.name]);
    const mine = doc.activities.filter((a) => a.organisationId === ROOMIFY_ORG_ID);
    expect((await ws.listActivities()).map((a) => a.id)).toEqual(mine.map((a) => a.id));
    const info = await ws.info();
    expect(info.counts.activities).toBe(mine.length);
    expect(info.counts.products).toBe(doc.products.filter((p) => p.organisationId === ROOMIFY_ORG_ID).length);
    const everything = JSON.stringify([await ws.exportDocument(), await ws.changes({ limit: 1000 }), await listBaselines(ws), await ws.listActivitySummaries()]);
    expect(everything).not.toContain(ledgerly?.name ?? 'x');
    expect(everything).not.toContain(LEDGERLY_APP_ID);
    for (const a of doc.activities.filter((x) => x.organisationId !== ROOMIFY_ORG_ID)) expect(everything).not.toContain(a.id);
    // The findings of the checks are the client's own only.
    expect(JSON.stringify(await runChecksOn(ws))).not.toContain(ledgerly?.name ?? 'x');
  });

  it('cannot write into the other client, and the change log names the login whatever the client claims', async () => {
    const ws = await connect('consultant');
    const other = doc.activities.find((a) => a.organisationId !== ROOMIFY_ORG_ID);
    if (!other) throw new Error('sample has two organisations');
    await expect(ws.saveActivity({ ...other, name: 'Taken over' })).rejects.toThrow(/no organisation has id|does not allow this change/);
    const [a] = await ws.listActivities({ productId: ROOMIFY_APP_ID });
    if (!a) throw new Error('roomify has activities');
    ws.setActor('The Boss');
    await ws.saveActivity({ ...a, description: 'Edited by the consultant.' });
    const [entry] = await ws.changes({ entityType: 'activity', entityId: a.id, limit: 1 });
    expect(entry?.actor).toBe('consultant');
    // Even writing the change log directly, the database writes the login.
    const c = new pg.Client({ connectionString: as('consultant') });
    await c.connect();
    await c.query(
      "INSERT INTO ropa.change_log (organisation_id, entity_type, entity_id, action, summary, actor, at) VALUES ($1, 'organisation', $1, 'update', 'forged', 'The Boss', '2000-01-01')",
      [ROOMIFY_ORG_ID],
    );
    const forged = await c.query<{ actor: string; year: number }>("SELECT actor, extract(year FROM at)::int AS year FROM ropa.change_log WHERE summary = 'forged'");
    expect(forged.rows).toEqual([{ actor: 'consultant', year: new Date().getUTCFullYear() }]);
    await expect(c.query("UPDATE ropa.change_log SET actor = 'The Boss'")).rejects.toThrow(/permission denied/);
    await c.end();
  });
});

describe('an auditor', () => {
  it('browses, checks and exports, and every write is refused with a plain message', async () => {
    const ws = await connect('auditor_ann');
    expect(ws.readOnly).toBe(true);
    expect(ws.readOnlyReason).toBe('You have read access (auditor) to this team workspace, connected as auditor_ann: you can browse, check and export, but not change anything.');
    expect(ws.connectedAs).toMatch(/^auditor_ann \(auditor, read-only\) on 127\.0\.0\.1:\d+\/server_permissions$/);
    expect((await ws.exportDocument()).activities).toHaveLength(doc.activities.length);
    expect((await runChecksOn(ws)).length).toBeGreaterThanOrEqual(0);
    const [a] = await ws.listActivities();
    if (!a) throw new Error('sample has activities');
    const refusal = /^This workspace is open read-only, so the change was not saved\. You have read access \(auditor\) to this team workspace, connected as auditor_ann/;
    await expect(ws.saveActivity({ ...a, name: 'x' })).rejects.toThrow(refusal);
    await expect(ws.delete('activity', a.id)).rejects.toThrow(refusal);
    await expect(createBaseline(ws, { label: 'Mine' })).rejects.toThrow(refusal);
    // The database refuses too, should a client skip the app's check.
    const c = new pg.Client({ connectionString: as('auditor_ann') });
    await c.connect();
    await expect(c.query("UPDATE ropa.activities SET name = 'x'")).rejects.toThrow(/permission denied/);
    await c.end();
  });
});

describe('review on a server', () => {
  it('only a reviewer or an admin approves', async () => {
    const eve = await connect('editor_eve');
    const [first] = await eve.listActivities({ productId: ROOMIFY_APP_ID });
    if (!first) throw new Error('roomify has activities');
    const draft = await eve.saveActivity({ ...first, status: 'draft' });
    await submitForReview(eve, draft.id);
    await expect(approveActivity(eve, draft.id, { nextReviewDue: '2099-01-01' })).rejects.toThrow('Only a reviewer or an admin can approve a processing activity.');
    const rob = await connect('reviewer_rob');
    const approved = await approveActivity(rob, draft.id, { nextReviewDue: '2099-01-01' });
    expect(approved).toMatchObject({ status: 'approved', reviewer: 'reviewer_rob' });
  });
});
