import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, WorkspaceError } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { synthesizeDocument } from '../../shared/synth/generate';
import type { WorkspaceDocument } from '../../shared/interchange';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

const withoutExportTime = (d: WorkspaceDocument) => ({ ...d, exportedAt: '' });

async function roundTrip(doc: WorkspaceDocument): Promise<void> {
  const dir = await tempDir();
  const first = await Workspace.create(join(dir, 'a.ropa'));
  await first.importDocument(doc);
  const exported = await first.exportDocument();
  await first.close();

  const second = await Workspace.create(join(dir, 'b.ropa'));
  await second.importDocument(JSON.parse(JSON.stringify(exported)));
  const again = await second.exportDocument();
  await second.close();

  expect(JSON.stringify(withoutExportTime(again))).toBe(JSON.stringify(withoutExportTime(exported)));
  // Nothing of the original is lost on the way through the tables.
  expect(exported.activities).toHaveLength(doc.activities.length);
  const original = new Map(doc.activities.map((a) => [a.id, a]));
  for (const a of exported.activities) expect(a).toEqual(original.get(a.id));
  expect(exported.vendors).toEqual(doc.vendors);
  expect(exported.products).toEqual(doc.products);
  expect(exported.organisations).toEqual(doc.organisations);
  expect(exported.taxonomies).toEqual(doc.taxonomies);
}

describe('the interchange document', () => {
  it('survives export → import into a new workspace → export unchanged (sample workspace)', async () => {
    await roundTrip(buildSampleDocument(new Date('2026-11-01T10:00:00Z')));
  });

  it('survives the round trip for a synthetic register', async () => {
    await roundTrip(synthesizeDocument({ orgs: 2, products: 2, activities: 10, vendors: 20 }));
  });

  it('refuses to import over existing records unless asked to replace', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    const doc = synthesizeDocument({ orgs: 1, products: 1, activities: 3, vendors: 5 });
    await ws.importDocument(doc);
    const error = await ws.importDocument(doc).catch((e: unknown) => e);
    expect((error as WorkspaceError).code).toBe('not_empty');
    await ws.importDocument(synthesizeDocument({ orgs: 1, products: 1, activities: 7, vendors: 5 }), { replace: true });
    expect((await ws.info()).counts.activities).toBe(7);
    await ws.close();
  });

  it('reports every problem of a bad document with its JSON path and changes nothing', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    const doc = synthesizeDocument({ orgs: 1, products: 1, activities: 3, vendors: 5 }) as unknown as Record<string, unknown>;
    const activities = doc.activities as Record<string, unknown>[];
    (activities[0] as Record<string, unknown>).role = 'overlord';
    (activities[1] as Record<string, unknown>).productId = 'prod-missing';
    (activities[2] as Record<string, unknown>).colour = 'blue';
    const error = (await ws.importDocument(doc).catch((e: unknown) => e)) as WorkspaceError;
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/not imported.*the workspace is unchanged/);
    expect(error.details).toContain('$.activities[0].role: must be one of: controller, processor, joint_controller');
    expect(error.details).toContain('$.activities[2]: unknown field "colour": check the spelling, or remove it');
    expect((await ws.info()).counts.activities).toBe(0);
    // The reference problem is found once the shape is right.
    (activities[0] as Record<string, unknown>).role = 'controller';
    delete (activities[2] as Record<string, unknown>).colour;
    const refError = (await ws.importDocument(doc).catch((e: unknown) => e)) as WorkspaceError;
    expect(refError.details).toEqual(['$.activities[1].productId: no product has id "prod-missing"']);
    expect((await ws.info()).counts.activities).toBe(0);
    await ws.close();
  });
});

describe('editing records', () => {
  it('saves an activity with all its lists, logs before and after, and reads it back', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'), { actor: 'Dana DPO', now: () => new Date('2026-05-01T09:00:00Z') });
    await ws.importDocument(buildSampleDocument(new Date('2026-11-01T10:00:00Z')));
    const [first] = await ws.listActivities();
    if (!first) throw new Error('sample has activities');
    const edited = { ...first, name: `${first.name} (edited)`, purposes: [...first.purposes, { description: 'Answer auditors', legalBasis: 'legal_obligation' as const }] };
    await ws.saveActivity(edited);
    const back = await ws.getActivity(first.id);
    expect(back?.name).toBe(edited.name);
    expect(back?.purposes.at(-1)).toEqual({ description: 'Answer auditors', legalBasis: 'legal_obligation' });
    expect(back?.updatedAt).toBe('2026-05-01T09:00:00.000Z');
    const [entry] = await ws.changes({ entityId: first.id });
    // The sample activity was approved; changing it sends it back to draft, and the log says why.
    expect(first.status).toBe('approved');
    expect(back?.status).toBe('draft');
    expect(entry).toMatchObject({
      actor: 'Dana DPO',
      action: 'update',
      entityType: 'activity',
      summary: `Changed processing activity "${edited.name}"; moved back to draft because it changed after approval`,
    });
    expect((entry?.before as { name: string }).name).toBe(first.name);
    expect((entry?.after as { name: string }).name).toBe(edited.name);
    await ws.close();
  });

  it('refuses an activity that points at a vendor or taxonomy entry that does not exist, and saves nothing', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    await ws.importDocument(synthesizeDocument({ orgs: 1, products: 1, activities: 1, vendors: 2 }));
    const [a] = await ws.listActivities();
    if (!a) throw new Error('one activity');
    const bad = { ...a, recipients: [{ vendorId: 'ven-nope', type: 'processor' as const }], dataSubjects: ['martians'] };
    const error = (await ws.saveActivity(bad).catch((e: unknown) => e)) as WorkspaceError;
    expect(error.code).toBe('invalid');
    expect(error.details).toEqual(['vendorId: no vendor has id "ven-nope"', 'dataSubjects: "martians" is not in the data-subject taxonomy']);
    expect(await ws.getActivity(a.id)).toEqual(a);
    await ws.close();
  });

  it('will not delete a vendor still used, naming where', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    await ws.importDocument(synthesizeDocument({ orgs: 1, products: 1, activities: 1, vendors: 1 }));
    const error = (await ws.delete('vendor', 'ven-1').catch((e: unknown) => e)) as WorkspaceError;
    expect(error.message).toMatch(/The vendor "Vendor 1" is still a recipient in ".+"\. Remove it there first\./);
    const [a] = await ws.listActivities();
    await ws.delete('activity', a?.id ?? '');
    await ws.delete('vendor', 'ven-1');
    expect(await ws.listVendors()).toEqual([]);
    const log = await ws.changes({ limit: 2 });
    expect(log.map((e) => e.summary)).toEqual(['Deleted vendor "Vendor 1"', `Deleted processing activity "${a?.name}"`]);
    await ws.close();
  });
});
