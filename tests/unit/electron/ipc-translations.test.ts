// Issue 13: the translation channels over the real handlers: validated payloads, XLIFF through the (stub) dialogs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, createSampleWorkspace } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { AppSession } from '../../../electron/services/app/session';
import { memoryPreferences } from '../../../electron/services/app/prefs';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function app() {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-ipct-'));
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
  const ledgerly = (await handlers['workspace:overview']({}))?.products.find((p) => p.name === 'Ledgerly');
  if (!ledgerly) throw new Error('sample has Ledgerly');
  return { dir, session, handlers, answers, ledgerly };
}

describe('translation channels', () => {
  it('exports the texts to the file chosen in the save dialog and imports a translated one from the open dialog', async () => {
    const { dir, session, handlers, answers, ledgerly } = await app();
    // The sample is translated throughout; a purpose written today has no German text yet.
    const accounts = await handlers['activity:get']({ id: 'act-ledgerly-accounts' });
    if (!accounts?.purposes[0]) throw new Error('the sample has Ledgerly accounts');
    await handlers['activity:save']({ activity: { ...accounts, purposes: [{ ...accounts.purposes[0], description: 'Keep the account open while you use Ledgerly' }, ...accounts.purposes.slice(1)] } });
    const list = await handlers['translations:list']({ productId: ledgerly.id, lang: 'de' });
    const file = join(dir, 'ledgerly.de.xlf');
    answers.push(file);
    expect(await handlers['translations:exportXliff']({ productId: ledgerly.id, lang: 'de' })).toEqual({ path: file, texts: list.texts.length });
    const xml = await readFile(file, 'utf8');
    const item = list.texts.find((t) => t.status === 'missing');
    if (!item) throw new Error('a text is missing');
    const escaped = item.source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    await writeFile(file, xml.replace(`<source>${escaped}</source>`, `<source>${escaped}</source><target>Deutscher Text</target>`));
    answers.push(file);
    const result = await handlers['translations:importXliff']({ productId: ledgerly.id, lang: 'de' });
    expect(result).toMatchObject({ path: file, filled: 1, changed: 0 });
    expect(result?.counts.missing).toBe(list.counts.missing - 1);
    // Cancelled dialogs change nothing.
    expect(await handlers['translations:exportXliff']({ productId: ledgerly.id, lang: 'de' })).toBeNull();
    expect(await handlers['translations:importXliff']({ productId: ledgerly.id, lang: 'de' })).toBeNull();
    await session.close();
  });

  it('refuses a payload that names a path or an unknown language, before any handler runs', async () => {
    const { session, handlers, ledgerly } = await app();
    const withPath = await dispatch(handlers, 'translations:exportXliff', { productId: ledgerly.id, lang: 'de', path: '/tmp/x.xlf' });
    expect(withPath.ok).toBe(false);
    const badLang = await dispatch(handlers, 'translations:save', { productId: ledgerly.id, lang: 'es', edits: [{ id: 'x', text: 'y' }] });
    expect(badLang.ok).toBe(false);
    const notDeclared = await dispatch(handlers, 'translations:list', { productId: ledgerly.id, lang: 'fr' });
    expect(notDeclared).toMatchObject({ ok: false, error: { message: 'The notice of "Ledgerly" is not declared in French; it can be translated into German.' } });
    await session.close();
  });
});
