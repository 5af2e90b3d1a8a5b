import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { startApp } from '../e2e/harness';
import { writeHomeMadeCsv } from '../helpers/registers';

describe('the app’s register import channels', () => {
  it('choose → change a column → save the mapping → use it on the next file → apply; the renderer never sends a path', async () => {
    const app = await startApp();
    try {
      const file = join(app.dir, 'register.csv');
      const mapping = join(app.dir, 'mapping.json');
      await writeHomeMadeCsv(file);
      const call = async (channel: string, payload: unknown) => {
        const r = (await dispatch(app.handlers, channel, payload)) as { ok: boolean; value?: unknown; error?: { message: string; details?: string[] } };
        if (!r.ok) throw new Error(`${r.error?.message ?? ''} ${(r.error?.details ?? []).join('; ')}`);
        return r.value as Record<string, unknown>;
      };
      app.dialogAnswers.push(file);
      const first = (await call('registerImport:choose', { organisation: 'Roomify' })) as { token: string; fileName: string; reviews: { message: string }[] };
      expect(first.fileName).toBe('register.csv');
      expect(JSON.stringify(first)).not.toContain(app.dir);
      const overrides = [{ sheet: 'register', index: 10, field: 'description' }];
      app.dialogAnswers.push(mapping);
      expect(await call('registerImport:saveMapping', { token: first.token, organisation: 'Roomify', overrides })).toBe('mapping.json');
      const saved = JSON.parse(await readFile(mapping, 'utf8')) as { sheets: { columns: { header: string; field: string }[] }[] };
      expect(saved.sheets[0]?.columns.find((c) => c.header === 'Comments')?.field).toBe('description');

      // The next file of the same shape, with the saved mapping.
      await writeFile(file, 'Process;Why;Lawful basis;Comments\nDelivery;Ship orders;contract;courier is DHL\n');
      app.dialogAnswers.push(file);
      const next = (await call('registerImport:choose', { organisation: 'Roomify' })) as { token: string };
      app.dialogAnswers.push(mapping);
      const withMapping = (await call('registerImport:loadMapping', { token: next.token, organisation: 'Roomify' })) as { sheets: { slots?: { header: string; field: string; reason: string }[] }[] };
      expect(withMapping.sheets[0]?.slots?.find((s) => s.header === 'Comments')).toMatchObject({ field: 'description', reason: 'as in the saved mapping' });
      const done = (await call('registerImport:apply', { token: next.token, organisation: 'Roomify' })) as { activities: { name: string }[] };
      expect(done.activities.map((a) => a.name)).toEqual(['Delivery']);
      const delivery = (await app.session.workspace.listActivities()).find((a) => a.name === 'Delivery');
      expect(delivery?.description).toBe('courier is DHL');
      expect(delivery?.purposes).toEqual([{ description: 'Ship orders', legalBasis: 'contract' }]);
      // The token is spent: applying twice is refused, and a made-up token too.
      await expect(call('registerImport:apply', { token: next.token, organisation: 'Roomify' })).rejects.toThrow('This spreadsheet is no longer open for import: choose it again.');
      await expect(call('registerImport:preview', { token: 'not-a-token', organisation: 'Roomify' })).rejects.toThrow(/token/);
    } finally {
      await app.close();
    }
  });
});
