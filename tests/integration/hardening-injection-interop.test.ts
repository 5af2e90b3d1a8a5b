/**
 * Issue 14, items 4, 5 and 11, continued: the injection corpus through the register
 * interchange exporters too (Fides YAML, W3C DPV JSON-LD): no override, escape
 * sequence or character a document cannot hold reaches the file as a raw character,
 * and the text is kept (escaped), so the file still says what was typed.
 */
import { PassThrough } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Workspace } from '../../electron/services/workspace';
import { main as cli } from '../../cli/ropa';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const HOSTILE = 'Evil \u202Egnp.exe\u202C \u001b[31mred\u001b[0m \u001b]0;title\u0007 bell\u0007 \uFFFE\uFFFF tail';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

describe('an injection corpus through the interchange exporters', () => {
  it.each(['fides', 'dpv'])('%s: no raw control, override or escape in the file', async (format) => {
    const dir = await tempDir();
    const path = join(dir, 'hostile.ropa');
    const doc = buildSampleDocument(new Date('2026-03-01T10:00:00Z'));
    const act = doc.activities[0];
    if (!act) throw new Error('the sample has activities');
    act.name = `Camera ${HOSTILE}`;
    act.description = `Stored ${HOSTILE}`;
    const ws = await Workspace.create(path, { backups: false });
    await ws.importDocument(doc, { replace: true });
    await ws.close();
    const out = join(dir, `export.${format}`);
    let said = '';
    const err = new PassThrough().on('data', (d: Buffer) => (said += d.toString()));
    expect(await cli(['export', path, '--format', format, '--out', out], new PassThrough(), err), said).toBe(0);
    const text = await readFile(out, 'utf8');
    const hit = FORBIDDEN.exec(text);
    expect(hit ? `U+${hit[0].charCodeAt(0).toString(16)} near ${JSON.stringify(text.slice(Math.max(0, hit.index - 40), hit.index + 10))}` : 'none').toBe('none');
    expect(text).toContain('Camera Evil');
    // Lossless: read back, the text is what was typed.
    const back = JSON.stringify(format === 'fides' ? parseYaml(text) : JSON.parse(text));
    expect(back).toContain(JSON.stringify(`Camera ${HOSTILE}`).slice(1, -1));
  });
});
