/**
 * The feature tables on both stores (issue 15): published notices, field drafts,
 * review submissions and one-person mode, store-label export stamps and mappings,
 * taxonomy entries from a spreadsheet import, the sample mark and the change
 * log's people. The same tests, once on a file and once on a server.
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument, ROOMIFY_APP_ID, ROOMIFY_ORG_ID } from '../../shared/sample';
import { documentForChecks, noticeStatus, publishNotice, readPublishedNotice } from '../../electron/services/notice/publish';
import { approveActivity, onePersonMode, returnToDraft, reviewState, setOnePersonMode, submitForReview } from '../../electron/services/compliance/review';
import { productLabels, recordLabelExport, setCategoryStoreType } from '../../electron/services/labels/labels-service';
import { applyRegisterImport } from '../../electron/services/import/import-register';
import { markAsSample } from '../../electron/ipc/welcome-handlers';
import { ENGINES, type Engines, useEngines } from '../helpers/engines';
import { writeIcoRegister } from '../helpers/registers';

let engines: Engines;
let dir: string;
beforeAll(async () => {
  engines = await useEngines(inject('postgres'), 'store_contract_features');
  dir = await mkdtemp(join(tmpdir(), 'ropa-features-'));
});
afterEach(async () => engines.cleanup());
afterAll(async () => {
  await engines.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const sample = () => buildSampleDocument(new Date('2026-11-01T10:00:00Z'));
const TODAY = '2026-12-01';

describe.each(ENGINES)('the %s store', (engine) => {
  it('publishes notice versions, numbered, by the person publishing, and reads them back', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    expect((await noticeStatus(ws, ROOMIFY_APP_ID, 'en', TODAY)).state).toBe('unpublished');
    const first = await publishNotice(ws, ROOMIFY_APP_ID);
    expect(first).toMatchObject({ productId: ROOMIFY_APP_ID, version: 1, publishedBy: engines.author(engine, 'Ana') });
    await expect(publishNotice(ws, ROOMIFY_APP_ID)).rejects.toThrow(/^Version 1 of the notice of "Roomify.*" already holds these records; nothing new to publish\.$/);
    const status = await noticeStatus(ws, ROOMIFY_APP_ID, 'en', TODAY);
    expect(status.state).toBe('current');
    expect(status.publishedOn).toBe(first.publishedAt.slice(0, 10));
    // A change to the records makes it outdated, with what changed in the text.
    const product = (await ws.listProducts()).find((p) => p.id === ROOMIFY_APP_ID);
    if (!product) throw new Error('sample has Roomify');
    await ws.saveProduct({ ...product, notice: { ...product.notice, changeNoticeDays: 45 } });
    expect((await noticeStatus(ws, ROOMIFY_APP_ID, 'en', TODAY)).state).toBe('changed');
    const second = await publishNotice(ws, ROOMIFY_APP_ID);
    expect(second.version).toBe(2);
    const read = await readPublishedNotice(ws, ROOMIFY_APP_ID, 1);
    expect(read.publication?.documents.en).toEqual(first.documents.en);
    expect(read.all.map((p) => p.version)).toEqual([1, 2]);
    const forChecks = await documentForChecks(ws, { baselines: false });
    expect(forChecks.publishedNotices?.map((p) => [p.productId, p.version])).toEqual([[ROOMIFY_APP_ID, 2]]);
    const [logged] = await ws.changes({ entityId: ROOMIFY_APP_ID, limit: 1 });
    expect(logged?.summary).toMatch(/^Published version 2 of the notice of "Roomify/);
  });

  it('keeps field drafts per record until replaced, listing only records that exist', async () => {
    const ws = await engines.fresh(engine);
    await ws.importDocument(sample());
    const by = { at: new Date('2026-12-01T10:00:00Z'), actor: 'Ana' };
    const drafts = [
      { path: 'website', value: 'roomify.example', message: 'Must be a web address.' },
      { path: 'dataCategories.3', value: { category: '', detail: 'Ticket' }, message: 'Pick a category.' },
    ];
    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', ROOMIFY_ORG_ID, drafts, by));
    await ws.writeWith((w) => w.replaceFieldDrafts('activity', 'act-gone', [{ path: 'name', value: '', message: 'm' }], by));
    expect(await ws.readWith((r) => r.fieldDrafts('organisation', ROOMIFY_ORG_ID))).toEqual(drafts);
    expect(await ws.readWith((r) => r.draftHolders())).toEqual([{ entityType: 'organisation', entityId: ROOMIFY_ORG_ID, fields: 2 }]);
    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', ROOMIFY_ORG_ID, [], by));
    expect(await ws.readWith((r) => r.draftHolders())).toEqual([]);
  });

  it('remembers who submitted; the submitter approves only in one-person mode, which is logged', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    const id = 'act-roomify-support';
    await returnToDraft(ws, id, 'Checking the workflow');
    await submitForReview(ws, id);
    const me = engines.author(engine, 'Ana');
    const state = await reviewState(ws, id, ws.actor);
    expect(state).toMatchObject({ submittedBy: me, onePersonMode: false });
    expect(state.cannotApprove).toMatch(new RegExp(`^${me} submitted "Support and feedback" for review, so another person approves it\\.`));
    // Naming another reviewer does not help: who approves is the identity (the login on a server).
    await expect(approveActivity(ws, id, { reviewer: 'Someone else', nextReviewDue: '2099-01-01' })).rejects.toThrow(`${me} submitted "Support and feedback" for review, so another person approves it.`);
    expect(await setOnePersonMode(ws, true)).toBe(true);
    expect(await onePersonMode(ws)).toBe(true);
    const [logged] = await ws.changes({ limit: 1 });
    expect(logged?.summary).toBe('Turned on one-person mode: whoever submits an activity may also approve it');
    expect((await approveActivity(ws, id, { nextReviewDue: '2099-01-01' })).status).toBe('approved');
    expect((await reviewState(ws, id, ws.actor)).submittedBy).toBeUndefined();
  });

  it('keeps store-label export stamps and this workspace’s category mapping, each logged', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    const mapped = await setCategoryStoreType(ws, 'email_address', 'google', 'PSL_EMAIL');
    expect(mapped.storeTypes).toEqual({ google: 'PSL_EMAIL' });
    expect((await ws.taxonomies()).dataCategories.find((c) => c.key === 'email_address')?.storeTypes).toEqual({ google: 'PSL_EMAIL' });
    const [mapping] = await ws.changes({ entityType: 'taxonomy', limit: 1 });
    expect(mapping?.summary).toMatch(/^Mapped the data category ".+" to the Google Play data type "/);
    const back = await setCategoryStoreType(ws, 'email_address', 'google', null);
    expect(back.storeTypes).toBeUndefined();

    const { labels } = await productLabels(ws, ROOMIFY_APP_ID);
    await recordLabelExport(ws, labels, 'google', '/tmp/data_safety.csv');
    expect((await productLabels(ws, ROOMIFY_APP_ID)).exports).toEqual([
      expect.objectContaining({ store: 'google', exportedBy: engines.author(engine, 'Ana'), stale: false, added: [], removed: [] }),
    ]);
    const [logged] = await ws.changes({ entityId: ROOMIFY_APP_ID, limit: 1 });
    expect(logged?.summary).toMatch(/^Exported the .+ of "Roomify.*" to \/tmp\/data_safety\.csv$/);
  });

  it('adds the taxonomy entries a spreadsheet register brings, in the import’s transaction', async () => {
    const ws = await engines.fresh(engine);
    await ws.saveOrganisation({ id: 'org-acme', name: 'Acme' });
    const file = join(dir, `ico-${engine}.xlsx`);
    await writeIcoRegister(file);
    const result = await applyRegisterImport(ws, file, { organisation: 'acme', product: 'Web shop', mapping: 'auto' });
    expect(result.newDataCategories.map((c) => c.key)).toEqual(['custom_device_fingerprint']);
    const categories = (await ws.taxonomies()).dataCategories;
    expect(categories[categories.length - 1]).toMatchObject({ key: 'custom_device_fingerprint', label: 'device fingerprint' });
    const fraud = (await ws.listActivities()).find((a) => a.dataCategories.some((c) => c.category === 'custom_device_fingerprint'));
    expect(fraud).toBeDefined();
    const log = await ws.changes({ entityType: 'taxonomy', limit: 5 });
    expect(log.map((e) => e.summary)).toContain('Added the taxonomy entry "device fingerprint" from a spreadsheet import');
  });

  it('marks the sample, and lists everyone in the change log', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    expect(await ws.readWith((r) => r.isSample())).toBe(false);
    await markAsSample(ws);
    expect(await ws.readWith((r) => r.isSample())).toBe(true);
    await ws.saveOrganisation({ id: 'org-a', name: 'A' });
    ws.setActor('Bo');
    await ws.saveOrganisation({ id: 'org-b', name: 'B' });
    expect(await ws.readWith((r) => r.changeActors())).toEqual(engine === 'file' ? ['Ana', 'Bo'] : ['postgres']);
  });
});
