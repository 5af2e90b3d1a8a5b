// Edits of one record by one person a few minutes apart are one change-log entry (its
// "before" the state before the first edit); other people, review steps and pauses
// longer than COALESCE_MS start a new entry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submitForReview } from '../../electron/services/compliance/review';
import { Workspace } from '../../electron/services/workspace';
import { COALESCE_MS } from '../../electron/services/workspace/change-log';
import { ACTIVITY_TEMPLATES, activityFromTemplate } from '../../shared/templates';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('change-log coalescing', () => {
  it('merges a sitting, keeps people, review steps and later sittings apart, and drops an edit that changed nothing', async () => {
    let now = new Date('2026-12-01T10:00:00Z');
    const ws = await Workspace.create(join(await tempDir(), 'c.ropa'), { actor: 'Ada', backups: false, now: () => now });
    await ws.saveOrganisation({ id: 'org-a', name: 'Acme' });
    const a = await ws.saveActivity(activityFromTemplate(ACTIVITY_TEMPLATES[0]!, { id: 'act-1', organisationId: 'org-a' }, 'Billing'));
    const edit = async (patch: object, minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
      return ws.saveActivity({ ...(await ws.getActivity('act-1'))!, ...patch });
    };
    await edit({ owner: 'F' }, 1);
    await edit({ owner: 'Finance' }, 1);
    await edit({ description: 'Invoices' }, 2);
    let log = await ws.changes({ entityId: 'act-1' });
    expect(log.map((e) => e.summary)).toEqual(['Changed processing activity "Billing"', 'Created processing activity "Billing"']);
    expect(log[0]?.before).toMatchObject({ id: 'act-1' });
    expect((log[0]?.before as { owner?: string }).owner).toBe(a.owner);
    expect(log[0]?.after).toMatchObject({ owner: 'Finance', description: 'Invoices' });

    // A pause longer than the window starts a new entry; so does another person.
    await edit({ owner: 'Finance team' }, COALESCE_MS / 60_000 + 1);
    ws.setActor('Bea');
    await edit({ owner: 'Finance dept' }, 1);
    log = await ws.changes({ entityId: 'act-1' });
    expect(log.map((e) => e.actor)).toEqual(['Bea', 'Ada', 'Ada', 'Ada']);

    // A review step is its own entry, and the next edit is not merged into it.
    await submitForReview(ws, 'act-1');
    await edit({ owner: 'Finance' }, 1);
    log = await ws.changes({ entityId: 'act-1', limit: 3 });
    expect(log.map((e) => e.summary)).toEqual(['Changed processing activity "Billing"', 'Submitted processing activity "Billing" for review', 'Changed processing activity "Billing"']);

    // Changing a field and changing it back within the sitting leaves no entry for it.
    await edit({ owner: 'Someone' }, 1);
    await edit({ owner: 'Finance dept' }, 1);
    const after = await ws.changes({ entityId: 'act-1', limit: 2 });
    expect(after.map((e) => e.summary)).toEqual(['Submitted processing activity "Billing" for review', 'Changed processing activity "Billing"']);
    await ws.close();
  });
});
