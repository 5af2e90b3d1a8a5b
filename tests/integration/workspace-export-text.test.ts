/**
 * Issue 14, item 13: the JSON export writes the stored record JSON as it is instead
 * of parsing and re-serialising every activity. The text must be the same document:
 * it parses to what exportDocument reads, with baselines, hostile text and an
 * activity whose stored JSON a trigger cleared; and it imports back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBaseline } from '../../electron/services/compliance/baselines';
import { Connection } from '../../electron/services/workspace/sqlite';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const HOSTILE = 'Evil \u202Egnp.exe\u202C \u001b[31mred\u001b[0m "quoted" back\\slash tab\tnew\nline \u2028 \uFFFF';

describe('the JSON export text', () => {
  it('parses to the document the workspace holds, baselines and hostile text included, and imports back', async () => {
    const dir = await tempDir();
    const clock = () => new Date('2026-03-01T10:00:00Z');
    const file = join(dir, 'a.ropa');
    let ws = await Workspace.create(file, { backups: false, now: clock });
    const doc = buildSampleDocument(clock());
    const first = doc.activities[0];
    if (!first) throw new Error('the sample has activities');
    first.description = HOSTILE;
    await ws.importDocument(doc, { replace: true });
    await createBaseline(ws, { label: 'Audit 2026' });
    // A row changed by another path than the record writer: its stored JSON is cleared and built from the rows.
    await ws.close();
    const raw = await Connection.open(file, { readOnly: false, create: false });
    await raw.transaction((w) => w.run("UPDATE activity_purposes SET description = 'Changed in place' WHERE activity_id = ? AND position = 0", [first.id]));
    await raw.close();
    ws = await Workspace.open(file, { backups: false, now: clock });
    const text = await ws.exportDocumentText();
    const expected = await ws.exportDocument();
    expect(expected.baselines?.length).toBe(1);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(expected));
    expect((JSON.parse(text) as typeof expected).activities[0]?.purposes[0]?.description).toBe('Changed in place');
    // Readable: the document indented, one activity per line.
    expect(text.startsWith('{\n  "format": ')).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(expected.activities.length);
    await ws.close();

    const copy = await Workspace.create(join(dir, 'b.ropa'), { backups: false, now: clock });
    await copy.importDocument(JSON.parse(text));
    expect((await copy.getActivity(first.id))?.description).toBe(HOSTILE);
    await copy.close();
  });

  it('an empty workspace exports an empty list', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'e.ropa'), { backups: false, now: () => new Date('2026-03-01T10:00:00Z') });
    const text = await ws.exportDocumentText();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(await ws.exportDocument())));
    expect(text).toContain('"activities": []');
    await ws.close();
  });
});
