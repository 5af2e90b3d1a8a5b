import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildExportWorker } from '../../helpers/reports-files';
import { createHandlers, createSampleWorkspace } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { AppSession } from '../../../electron/services/app/session';
import { memoryPreferences } from '../../../electron/services/app/prefs';

// The export handler runs the export worker (dist/workers/report-export.cjs): built here so the test does not rely on an earlier build.
beforeAll(buildExportWorker, 60_000);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function app() {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-ipcf-'));
  dirs.push(dir);
  const session = new AppSession(memoryPreferences({ displayName: 'Dana DPO' }), { backups: false });
  const answers: string[] = [];
  const handlers = createHandlers({
    session,
    dialogs: { chooseSavePath: async () => answers.shift(), chooseOpenPath: async () => answers.shift() },
    info: { version: 'test', platform: 'linux' },
    openExternal: async () => undefined,
  });
  await createSampleWorkspace(session, join(dir, 'sample.ropa'));
  const overview = await handlers['workspace:overview']({});
  const roomify = overview?.products.find((p) => p.name === 'Roomify Smart Camera');
  if (!roomify) throw new Error('sample has Roomify');
  return { dir, session, handlers, answers, roomify };
}

describe('notice channels', () => {
  it('previews the notice with its sections, and an override shows in place of the generated text', async () => {
    const { session, handlers, roomify } = await app();
    const preview = await handlers['notice:preview']({ productId: roomify.id, lang: 'en' });
    expect(preview.html).toContain('privacy@roomify.tech');
    expect(preview.html).toContain('Profile &gt; Account Security &gt; Delete account');
    const rights = preview.sections.find((s) => /rights/i.test(s.heading));
    expect(rights).toBeDefined();
    await handlers['notice:setOverride']({ productId: roomify.id, lang: 'en', sectionKey: rights?.key ?? '', text: 'Write to us and we will help.' });
    const after = await handlers['notice:preview']({ productId: roomify.id, lang: 'en' });
    const overridden = after.sections.find((s) => s.key === rights?.key);
    expect(overridden?.text).toBe('Write to us and we will help.');
    expect(overridden?.override?.stale).toBe(false);
    expect(await handlers['notice:revertOverride']({ productId: roomify.id, lang: 'en', sectionKey: rights?.key ?? '' })).toBe(true);
    await session.close();
  });

  it('exports the notice through the save dialog, in German', async () => {
    const { dir, session, handlers, answers, roomify } = await app();
    answers.push(join(dir, 'notice.md'));
    const path = await handlers['notice:export']({ productId: roomify.id, lang: 'de', format: 'md' });
    expect(path).toBe(join(dir, 'notice.md'));
    const text = await readFile(join(dir, 'notice.md'), 'utf8');
    expect(text).toContain('Datenschutz');
    expect(text).toContain('privacy@roomify.tech');
    // Cancelling the dialog writes nothing.
    expect(await handlers['notice:export']({ productId: roomify.id, lang: 'de', format: 'docx' })).toBeNull();
    await session.close();
  });

  it('refuses an unknown language or format with the field named', async () => {
    const { session, handlers, roomify } = await app();
    const r = await dispatch(handlers, 'notice:export', { productId: roomify.id, lang: 'it', format: 'pdf' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details?.some((d) => d.startsWith('$.lang:'))).toBe(true);
    await session.close();
  });
});

describe('checks, reviews and baselines', () => {
  it('reports the sample’s deliberate findings and completeness for every activity', async () => {
    const { session, handlers } = await app();
    const { findings, completeness } = await handlers['checks:run']({});
    expect(findings.some((f) => f.target.entityName === 'Intercom')).toBe(true);
    const overview = await handlers['workspace:overview']({});
    for (const a of overview?.activities ?? []) expect(completeness.activities[a.id]).toBeGreaterThan(0);
    await session.close();
  });

  it('freezes a baseline and shows what changed since, field by field', async () => {
    const { session, handlers } = await app();
    await handlers['baseline:create']({ label: 'Audit 2026' });
    expect((await handlers['baseline:list']({})).map((b) => b.label)).toEqual(['Audit 2026']);
    const overview = await handlers['workspace:overview']({});
    const first = overview?.activities[0];
    const activity = await handlers['activity:get']({ id: first?.id ?? '' });
    if (!activity) throw new Error('activity');
    await handlers['activity:save']({ activity: { ...activity, name: 'Renamed for the audit' } });
    const { diff } = await handlers['baseline:compare']({ from: 'Audit 2026' });
    expect(JSON.stringify(diff)).toContain('Renamed for the audit');
    await session.close();
  });
});

describe('report channels', () => {
  it('exports the Excel register through the save dialog with progress, and an unchanged workbook imports as no change', async () => {
    const { dir, session, handlers, answers } = await app();
    const progress: unknown[] = [];
    session.on('progress', (p) => progress.push(p));
    answers.push(join(dir, 'register.xlsx'));
    const result = await handlers['report:export']({ format: 'xlsx', scope: { kind: 'workspace' } });
    expect(result?.path).toBe(join(dir, 'register.xlsx'));
    expect(progress.length).toBeGreaterThan(0);
    answers.push(join(dir, 'register.xlsx'));
    const preview = await handlers['report:importPreview']({});
    expect(preview?.counts).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(preview?.problems).toEqual([]);
    await session.close();
  });

  it('exports the Word report of one organisation', async () => {
    const { dir, session, handlers, answers, roomify } = await app();
    answers.push(join(dir, 'report.docx'));
    const result = await handlers['report:export']({ format: 'docx', scope: { kind: 'organisation', organisationId: roomify.organisationId } });
    expect(result?.path).toBe(join(dir, 'report.docx'));
    expect((await readFile(join(dir, 'report.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await handlers['report:columns']({})).some((c) => c.label.length > 0)).toBe(true);
    await session.close();
  });
});
