import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, WorkspaceError } from '../../electron/services/workspace';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('importing a hand-written interchange document into a workspace', () => {
  it('fills the natural defaults, and the export of it round-trips exactly', async () => {
    const dir = await tempDir();
    const ws = await Workspace.create(join(dir, 'a.ropa'));
    await ws.importDocument({
      format: 'ropa-desk-workspace',
      formatVersion: 1,
      workspace: { name: 'By hand' },
      organisations: [{ id: 'org-1', name: 'Acme' }],
      activities: [{ id: 'act-1', organisationId: 'org-1', name: 'Payroll', role: 'controller', dataCategories: [{ category: 'salary_payroll' }] }],
    });
    const exported = await ws.exportDocument();
    await ws.close();
    expect(exported.activities[0]?.dpia).toEqual({ status: 'not_assessed' });
    expect(exported.activities[0]?.dataCategories).toEqual([{ category: 'salary_payroll', source: 'data_subject', requirement: 'necessary_for_service' }]);
    expect(exported.taxonomies.dataCategories).toHaveLength(70);

    const again = await Workspace.create(join(dir, 'b.ropa'));
    await again.importDocument(JSON.parse(JSON.stringify(exported)));
    const second = await again.exportDocument();
    await again.close();
    expect(JSON.stringify({ ...second, exportedAt: '' })).toBe(JSON.stringify({ ...exported, exportedAt: '' }));
  });

  it('refuses a document with problems and names them all, shape and references, unchanged workspace', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    const error = await ws
      .importDocument({
        format: 'ropa-desk-workspace',
        formatVersion: 1,
        workspace: { name: 'By hand' },
        organisations: [{ id: 'org-1', name: 'Acme' }],
        activities: [{ id: 'act-1', organisationId: 'org-9', name: 'Payroll', role: 'controler', purposes: [{ description: 'Pay', legalBasis: 'Contract' }] }],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).details).toEqual([
      '$.activities[0].role: must be one of: controller, processor, joint_controller (did you mean "controller"?)',
      '$.activities[0].purposes[0].legalBasis: must be one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests (did you mean "contract"?)',
      '$.activities[0].organisationId: no organisation has id "org-9"',
    ]);
    expect((await ws.info({ integrity: false })).counts.activities).toBe(0);
    await ws.close();
  });
});
