/**
 * One contract for both stores: the same tests, once on a workspace file and once
 * on a team workspace on PostgreSQL. Every feature above the store interface
 * (records, review, baselines, notice overrides, imports) must behave the same.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument, ROOMIFY_APP_ID, ROOMIFY_ORG_ID } from '../../shared/sample';
import { REOPENED_NOTE } from '../../shared/compliance/review-rule';
import { approveActivity, returnToDraft, setOnePersonMode, submitForReview } from '../../electron/services/compliance/review';
import { compareBaselines, createBaseline, deleteBaseline, listBaselines } from '../../electron/services/compliance/baselines';
import { listNoticeOverrides, revertNoticeOverride, saveTranslations, setNoticeOverride } from '../../electron/services/notice/overrides';
import { loadNoticeInput } from '../../electron/services/notice/input';
import { generateNotice } from '../../shared/notice';
import { ConflictError, WorkspaceError } from '../../electron/services/workspace';
import { ENGINES, type Engines, useEngines } from '../helpers/engines';

let engines: Engines;
beforeAll(async () => {
  engines = await useEngines(inject('postgres'), 'store_contract');
});
afterEach(async () => engines.cleanup());
afterAll(async () => engines.cleanup());

const sample = () => buildSampleDocument(new Date('2026-11-01T10:00:00Z'));

describe.each(ENGINES)('the %s store', (engine) => {
  it('starts empty with the default taxonomies and a logged creation', async () => {
    const ws = await engines.fresh(engine);
    const info = await ws.info();
    expect(info.counts).toMatchObject({ organisations: 0, products: 0, activities: 0, vendors: 0 });
    expect((await ws.taxonomies()).dataCategories.length).toBeGreaterThan(10);
    const [created] = await ws.changes();
    expect(created?.summary).toBe('Created the workspace');
  });

  it('imports a document all or nothing and exports it back unchanged', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    const doc = sample();
    await ws.importDocument(doc, { source: 'sample.json' });
    const back = await ws.exportDocument();
    expect({ ...back, exportedAt: doc.exportedAt, generator: doc.generator, workspace: doc.workspace }).toEqual(doc);
    const info = await ws.info();
    expect(info.counts.activities).toBe(doc.activities.length);
    expect(info.counts.purposes).toBe(doc.activities.reduce((n, a) => n + a.purposes.length, 0));
    const [entry] = await ws.changes({ limit: 1 });
    expect(entry?.summary).toBe(
      `Imported ${doc.organisations.length} organisations, ${doc.products.length} products, ${doc.vendors.length} vendors and ${doc.activities.length} processing activities from sample.json`,
    );
    expect(entry?.actor).toBe(engines.author(engine, 'Ana'));
    // A second import needs --replace; a broken document changes nothing.
    await expect(ws.importDocument(doc)).rejects.toThrow(/already holds records/);
    const broken = { ...doc, activities: [...doc.activities, { ...doc.activities[0], id: 'act-x', organisationId: 'org-none' }] };
    await expect(ws.importDocument(broken, { replace: true })).rejects.toThrow(/was not imported/);
    expect((await ws.info()).counts.activities).toBe(doc.activities.length);
  });

  it('validates saves and names what is wrong, writing nothing', async () => {
    const ws = await engines.fresh(engine);
    await ws.importDocument(sample());
    const [a] = await ws.listActivities({ productId: ROOMIFY_APP_ID });
    if (!a) throw new Error('sample has activities');
    await expect(ws.saveActivity({ ...a, name: '' })).rejects.toThrow('The processing activity was not saved: $.name: must not be empty');
    await expect(ws.saveActivity({ ...a, dataSubjects: ['martians'] })).rejects.toThrow(`The processing activity "${a.name}" was not saved: dataSubjects: "martians" is not in the data-subject taxonomy`);
    await expect(ws.saveActivity({ ...a, recipients: [{ vendorId: 'ven-none', type: 'processor' }] })).rejects.toThrow(/no vendor has id "ven-none"/);
    expect(await ws.getActivity(a.id)).toEqual(a);
  });

  it('saves a change with its change-log entry, and an approved activity goes back to draft', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    const [first] = await ws.listActivities();
    if (!first) throw new Error('sample has activities');
    // Status moves only through review steps: back to draft with a reason, then submitted and approved.
    const a = first.status === 'draft' ? first : await returnToDraft(ws, first.id, 'Checking the workflow');
    // Ana submits and approves herself: a file needs one-person mode for that (a server leaves it to the reviewer role).
    if (ws.engine === 'file') await setOnePersonMode(ws, true);
    await submitForReview(ws, a.id);
    const approved = await approveActivity(ws, a.id, { nextReviewDue: '2099-01-01' });
    expect(approved.status).toBe('approved');
    const saved = await ws.saveActivity({ ...approved, description: 'Now with more detail.' });
    expect(saved.status).toBe('draft');
    const [entry] = await ws.changes({ entityType: 'activity', entityId: a.id, limit: 1 });
    expect(entry?.summary).toBe(`Changed processing activity "${a.name}"; ${REOPENED_NOTE}`);
    expect(entry?.actor).toBe(engines.author(engine, 'Ana'));
    expect((entry?.after as { description?: string }).description).toBe('Now with more detail.');
    expect((entry?.before as { status?: string }).status).toBe('approved');
  });

  it('refuses deleting what is still referred to, with the names', async () => {
    const ws = await engines.fresh(engine);
    const doc = sample();
    await ws.importDocument(doc);
    const org = doc.organisations.find((o) => o.id === ROOMIFY_ORG_ID);
    await expect(ws.delete('organisation', ROOMIFY_ORG_ID)).rejects.toThrow(`The organisation "${org?.name}" still has products`);
    const used = doc.vendors.find((v) => doc.activities.some((a) => a.recipients.some((r) => r.vendorId === v.id)));
    await expect(ws.delete('vendor', used?.id ?? '')).rejects.toThrow(`The vendor "${used?.name}" is still a recipient in`);
    await expect(ws.delete('activity', 'act-none')).rejects.toThrow('There is no processing activity with id "act-none".');
    const victim = doc.activities[0];
    await ws.delete('activity', victim?.id ?? '');
    expect(await ws.getActivity(victim?.id ?? '')).toBeUndefined();
    expect((await ws.changes({ limit: 1 }))[0]?.summary).toBe(`Deleted processing activity "${victim?.name}"`);
  });

  it('refuses a save based on an old version, saying who changed it and when', async () => {
    let clock = Date.parse('2026-11-02T09:00:00Z');
    const ws = await engines.fresh(engine, { actor: 'Ana', now: () => new Date((clock += 60_000)) });
    await ws.importDocument(sample());
    const [first] = await ws.listActivities();
    if (!first) throw new Error('sample has activities');
    // What I opened: the record at its current version.
    const mine = await ws.saveActivity({ ...first, status: 'draft' });
    const theirs = await ws.saveActivity({ ...mine, description: 'Their text' });
    expect(theirs.updatedAt).not.toBe(mine.updatedAt);
    const error = await ws.saveActivity({ ...mine, description: 'My text' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = (error as ConflictError).conflict;
    expect(conflict.changedBy).toBe(engines.author(engine, 'Ana'));
    expect(conflict.changedAt).toBe(theirs.updatedAt);
    expect((conflict.theirs as { description?: string }).description).toBe('Their text');
    expect((error as Error).message).toMatch(new RegExp(`was not saved: ${engines.author(engine, 'Ana')} changed it at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));
    expect((await ws.getActivity(mine.id))?.description).toBe('Their text');
    // Based on the current version, it saves; versions only move forward.
    const again = await ws.saveActivity({ ...theirs, description: 'My text' });
    expect(Date.parse(again.updatedAt ?? '')).toBeGreaterThan(Date.parse(theirs.updatedAt ?? ''));
    // A record deleted meanwhile: the save says so.
    await ws.delete('activity', mine.id);
    await expect(ws.saveActivity(again)).rejects.toThrow(/deleted it at/);
  });

  it('rolls back a transaction that fails half way', async () => {
    const ws = await engines.fresh(engine);
    await ws.saveOrganisation({ id: 'org-1', name: 'Kept' });
    const error = await ws
      .writeWith(async (w, ctx) => {
        await w.putRecord('organisation', { id: 'org-2', name: 'Half' });
        await w.logChange(ctx, { entityType: 'organisation', entityId: 'org-2', action: 'create', summary: 'Created organisation "Half"' });
        throw new WorkspaceError('invalid', 'stop here');
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('stop here');
    expect((await ws.listOrganisations()).map((o) => o.name)).toEqual(['Kept']);
    expect((await ws.changes()).map((c) => c.summary)).not.toContain('Created organisation "Half"');
  });

  it('keeps notice overrides, translations and baselines', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    const input = await loadNoticeInput(ws, ROOMIFY_APP_ID);
    const notice = generateNotice(input, { lang: 'en', today: '2026-11-02' });
    const section = notice.document.sections[1];
    if (!section) throw new Error('notice has sections');
    await setNoticeOverride(ws, { product: ROOMIFY_APP_ID, lang: 'en', sectionKey: section.key, text: 'Our own words.' });
    expect((await listNoticeOverrides(ws, ROOMIFY_APP_ID)).map((o) => [o.sectionKey, o.text])).toEqual([[section.key, 'Our own words.']]);
    const withOverride = generateNotice(await loadNoticeInput(ws, ROOMIFY_APP_ID), { lang: 'en', today: '2026-11-02' });
    expect(JSON.stringify(withOverride.document.sections[1])).toContain('Our own words.');
    expect(await revertNoticeOverride(ws, { product: ROOMIFY_APP_ID, lang: 'en', sectionKey: section.key })).toBe(true);
    expect(await listNoticeOverrides(ws)).toEqual([]);
    await saveTranslations(ws, [{ entityType: 'product', entityId: ROOMIFY_APP_ID, field: 'description', lang: 'de', text: 'Beschreibung' }]);
    // the sample's own translations (phrase memory), and the field translation added to them
    const stored = (await loadNoticeInput(ws, ROOMIFY_APP_ID)).translations ?? [];
    expect(stored).toContainEqual({ entityType: 'product', entityId: ROOMIFY_APP_ID, field: 'description', lang: 'de', text: 'Beschreibung' });
    expect(stored).toHaveLength((sample().translations?.length ?? 0) + 1);

    const b = await createBaseline(ws, { label: 'Audit 2026', organisationId: ROOMIFY_ORG_ID });
    expect(b).toMatchObject({ label: 'Audit 2026', scope: `organisation:${ROOMIFY_ORG_ID}`, createdBy: engines.author(engine, 'Ana') });
    expect(b.organisationName).toBeDefined();
    await expect(createBaseline(ws, { label: 'Audit 2026' })).rejects.toThrow('A baseline named "Audit 2026" already exists.');
    const [a] = await ws.listActivities({ organisationId: ROOMIFY_ORG_ID });
    if (!a) throw new Error('roomify has activities');
    await ws.saveActivity({ ...a, name: `${a.name} (renamed)` });
    const comparison = await compareBaselines(ws, 'Audit 2026');
    expect(JSON.stringify(comparison.diff)).toContain('(renamed)');
    expect((await listBaselines(ws)).map((x) => x.label)).toEqual(['Audit 2026']);
    await deleteBaseline(ws, 'Audit 2026');
    expect(await listBaselines(ws)).toEqual([]);
  });
});
