import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workspace, WorkspaceError } from '../../electron/services/workspace';
import { parseWorkspaceDocument } from '../../shared/interchange';
import { synthesizeDocument } from '../../shared/synth/generate';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], mutate: (parent: Json[] | { [k: string]: Json }, key: string | number) => void): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return copy;
  let node: Json = copy;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, Json>)[seg] as Json;
  mutate(node as Json[] | { [k: string]: Json }, path[path.length - 1] as string | number);
  return copy;
}

const base = synthesizeDocument({ orgs: 1, products: 2, activities: 3, vendors: 6 }) as unknown as Json;
const allPaths = paths(base).filter((p) => p.length > 0);

/** Mutations that make a document wrong in the ways people and tools get it wrong. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), value: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant<Json>([]), fc.constant<Json>({}), fc.constant('')) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('unknown-key' as const), key: fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['__proto__', 'constructor'].includes(k)) }),
  fc.record({ kind: fc.constant('dangling-id' as const), value: fc.stringMatching(/^[a-z]{3,8}-[0-9]{1,3}$/) }),
  fc.record({ kind: fc.constant('oversize' as const) }),
);

function apply(doc: Json, path: (string | number)[], m: { kind: string; value?: Json; key?: string }): Json {
  return setAt(doc, path, (parent, key) => {
    const obj = parent as Record<string | number, Json>;
    switch (m.kind) {
      case 'retype':
        obj[key] = m.value as Json;
        break;
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete obj[key];
        break;
      case 'unknown-key': {
        const target = obj[key];
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[`x_${m.key ?? 'k'}`] = 1;
        else obj[key] = { [`x_${m.key ?? 'k'}`]: 1 };
        break;
      }
      case 'dangling-id':
        obj[key] = m.value as Json;
        break;
      case 'oversize':
        obj[key] = 'x'.repeat(20_001);
        break;
    }
  });
}

describe('importing a malformed document', () => {
  it('changes nothing and names the problems, for at least 500 generated bad documents', async () => {
    const ws = await Workspace.create(join(await tempDir(), 'w.ropa'));
    await ws.importDocument(synthesizeDocument({ orgs: 1, products: 1, activities: 2, vendors: 3 }));
    const snapshot = JSON.stringify({ ...(await ws.exportDocument()), exportedAt: '' });
    const changesBefore = (await ws.info({ integrity: false })).counts.changes;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), mutation, async (path, m) => {
        const bad = apply(base, path, m);
        const verdict = parseWorkspaceDocument(bad);
        if (verdict.ok) return; // a mutation that happens to stay valid (e.g. deleting an optional field)
        rejected++;
        const error = await ws.importDocument(bad, { replace: true }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(WorkspaceError);
        const details = (error as WorkspaceError).details;
        expect(details.length).toBeGreaterThan(0);
        for (const d of details) expect(d).toMatch(/^\$(\.|\[|:)/);
        expect(JSON.stringify({ ...(await ws.exportDocument()), exportedAt: '' })).toBe(snapshot);
      }),
      { numRuns: 800 },
    );
    expect((await ws.info({ integrity: false })).counts.changes).toBe(changesBefore);
    expect(rejected).toBeGreaterThanOrEqual(500);
    await ws.close();
  });
});
