// Field drafts (schema 6) live in the workspace file: they survive closing and
// reopening it, are replaced as a whole per record, and a deleted record holds none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('field drafts', () => {
  it('are kept in the file until replaced, and listed only for records that exist', async () => {
    const path = join(await tempDir(), 'drafts.ropa');
    let ws = await Workspace.create(path, { actor: 'Ada', backups: false });
    await ws.saveOrganisation({ id: 'org-a', name: 'Acme GmbH' });
    const by = { at: new Date('2026-12-01T10:00:00Z'), actor: 'Ada' };
    await ws.writeWith((w) =>
      w.replaceFieldDrafts('organisation', 'org-a', [
        { path: 'website', value: 'acme.example', message: 'Must be a web address.' },
        { path: 'dpo.email', value: 'dpo-at-acme', message: 'Must be an e-mail address.' },
      ], by),
    );
    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', 'org-gone', [{ path: 'website', value: 'x', message: 'm' }], by));
    await ws.close();

    ws = await Workspace.open(path, { actor: 'Ada', backups: false });
    expect(await ws.readWith((r) => r.fieldDrafts('organisation', 'org-a'))).toEqual([
      { path: 'website', value: 'acme.example', message: 'Must be a web address.' },
      { path: 'dpo.email', value: 'dpo-at-acme', message: 'Must be an e-mail address.' },
    ]);
    expect(await ws.readWith((r) => r.draftHolders())).toEqual([{ entityType: 'organisation', entityId: 'org-a', fields: 2 }]);

    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', 'org-a', [{ path: 'dataCategories.3', value: { category: '', detail: 'Ticket' }, message: 'Pick a category.' }], by));
    expect(await ws.readWith((r) => r.fieldDrafts('organisation', 'org-a'))).toEqual([{ path: 'dataCategories.3', value: { category: '', detail: 'Ticket' }, message: 'Pick a category.' }]);
    await ws.writeWith((w) => w.replaceFieldDrafts('organisation', 'org-a', [], by));
    expect(await ws.readWith((r) => r.draftHolders())).toEqual([]);
    await ws.close();
  });
});
