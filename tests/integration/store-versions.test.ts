/**
 * Versions for every record, on both stores (issue 15): a record imported without
 * `updatedAt` is versioned by its first save, so a second save from the same read
 * is a conflict; a new record whose id someone else made first is refused, never
 * written over theirs (also when both transactions run at once on a server); undo
 * and redo are version-checked: undoing over a colleague's later change is a
 * conflict, and their change stays.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument, ROOMIFY_ORG_ID } from '../../shared/sample';
import type { Organisation } from '../../shared/model';
import { History } from '../../electron/services/app/history';
import { openServerWorkspace } from '../../electron/services/pgstore/connect';
import { saveOrganisation } from '../../electron/services/workspace/records';
import { ConflictError, type Workspace } from '../../electron/services/workspace';
import { ENGINES, type EngineName, type Engines, useEngines } from '../helpers/engines';

let engines: Engines;
const extra: Workspace[] = [];
beforeAll(async () => {
  engines = await useEngines(inject('postgres'), 'store_versions');
});
afterEach(async () => {
  for (const ws of extra.splice(0)) await ws.close().catch(() => undefined);
  await engines.cleanup();
});
afterAll(async () => engines.cleanup());

/** A colleague: a second connection on a server; on a file (one writer) the same workspace under another name. */
async function colleague(engine: EngineName, ws: Workspace): Promise<Workspace> {
  if (engine === 'file') return ws;
  const other = await openServerWorkspace(engines.url());
  extra.push(other);
  return other;
}

async function conflictOf(p: Promise<unknown>): Promise<ConflictError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof ConflictError)) throw new Error(`expected a conflict, got ${String(e)}`);
  return e;
}

describe.each(ENGINES)('the %s store', (engine) => {
  it('versions a record imported without one at its first save; a second save from the same read is a conflict', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(buildSampleDocument());
    const read = await ws.get('organisation', ROOMIFY_ORG_ID);
    if (!read) throw new Error('sample has Roomify');
    expect(read.updatedAt).toBeUndefined();
    const first = await ws.saveOrganisation({ ...read, legalName: 'Roomify GmbH' });
    expect(first.updatedAt).toBeDefined();
    const e = await conflictOf(ws.saveOrganisation({ ...read, legalName: 'Roomify AG' }));
    expect(e.message).toMatch(/^The organisation "Roomify.*" was not saved: .+ changed it at \d{4}-\d\d-\d\d \d\d:\d\d UTC, after you opened it\./);
    expect(e.conflict.theirs).toMatchObject({ legalName: 'Roomify GmbH' });
    expect(((await ws.get('organisation', ROOMIFY_ORG_ID)) as Organisation | undefined)?.legalName).toBe('Roomify GmbH');
  });

  it('refuses a new record whose id someone else made first, keeping theirs', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    const bo = await colleague(engine, ws);
    await bo.saveOrganisation({ id: 'org-new', name: 'Bo’s client' });
    const e = await conflictOf(ws.saveOrganisation({ id: 'org-new', name: 'Ana’s client' }));
    expect(e.message).toMatch(/^The organisation "Bo’s client" was not saved: a record with the same id already exists \(.+ saved it at .+ UTC\)\./);
    expect(e.conflict.created).toBe(true);
    expect((await ws.get('organisation', 'org-new'))?.name).toBe('Bo’s client');
  });

  it('checks the version on undo: undoing over a colleague’s later change is a conflict, and theirs stays', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    const bo = await colleague(engine, ws);
    const history = new History();
    const created = await ws.saveOrganisation({ id: 'org-a', name: 'Acme' });
    history.record({ kind: 'organisation', id: 'org-a', label: 'creation of “Acme”', before: undefined, after: created });
    const edited = await ws.saveOrganisation({ ...created, name: 'Acme Ltd' });
    history.record({ kind: 'organisation', id: 'org-a', label: 'edit of “Acme”', before: created, after: edited });
    // Undo and redo of one's own edit work, each over the version the other made.
    await history.undo(ws);
    expect((await ws.get('organisation', 'org-a'))?.name).toBe('Acme');
    await history.redo(ws);
    expect((await ws.get('organisation', 'org-a'))?.name).toBe('Acme Ltd');
    // A colleague changes it; undoing my edit would write over theirs.
    const theirs = await bo.saveOrganisation({ ...((await bo.get('organisation', 'org-a')) ?? created), name: 'Acme plc' });
    const e = await conflictOf(history.undo(ws));
    expect(e.conflict.theirs).toMatchObject({ name: 'Acme plc', updatedAt: theirs.updatedAt });
    expect((await ws.get('organisation', 'org-a'))?.name).toBe('Acme plc');
    expect(history.state()).toMatchObject({ canUndo: true, undoLabel: 'edit of “Acme”' });
  });

  it('checks the version when undoing a creation: a record a colleague changed since is not deleted', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    const bo = await colleague(engine, ws);
    const history = new History();
    const created = await ws.saveOrganisation({ id: 'org-b', name: 'Bright' });
    history.record({ kind: 'organisation', id: 'org-b', label: 'creation of “Bright”', before: undefined, after: created });
    await bo.saveOrganisation({ ...created, name: 'Bright Ltd' });
    await conflictOf(history.undo(ws));
    expect((await ws.get('organisation', 'org-b'))?.name).toBe('Bright Ltd');
  });
});

describe('two people creating the same id at once on a server', () => {
  it('the second transaction waits for the first, then is refused: the first one’s record stays', async () => {
    const ana = await engines.fresh('server');
    const bo = await openServerWorkspace(engines.url());
    extra.push(bo);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let inserted: () => void = () => undefined;
    const anaInserted = new Promise<void>((r) => (inserted = r));
    // Ana's transaction has inserted the record and not yet committed when Bo saves his.
    const anaSave = ana.writeWith(async (w, ctx) => {
      await saveOrganisation(w, ctx, { id: 'org-same', name: 'Ana’s client' });
      inserted();
      await held;
    });
    await anaInserted;
    const boSave = bo.saveOrganisation({ id: 'org-same', name: 'Bo’s client' });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await anaSave;
    const e = await conflictOf(boSave);
    expect(e.conflict).toMatchObject({ created: true, theirs: { name: 'Ana’s client' } });
    expect((await bo.get('organisation', 'org-same'))?.name).toBe('Ana’s client');
    const log = await ana.changes({ entityId: 'org-same' });
    expect(log.map((c) => c.summary)).toEqual(['Created organisation "Ana’s client"']);
  });
});
