import { describe, expect, it } from 'vitest';
import { differingFields, merge } from '../../renderer/dialogs/conflict-resolve';

const theirs = { id: 'a', name: 'Theirs', description: 'Their text', status: 'draft', systems: ['CRM'], updatedAt: '2026-12-01T10:00:00.001Z' };
const mine = { id: 'a', name: 'Mine', description: 'Their text', status: 'approved', owner: 'Ana', updatedAt: '2026-12-01T09:00:00.000Z' };

describe('the conflict dialog’s choices', () => {
  it('lists the fields that differ, never ids, versions or the review state', () => {
    expect(differingFields(mine, theirs)).toEqual(['name', 'systems', 'owner']);
  });

  it('merges per field onto their version, keeping its version and review state', () => {
    const merged = merge(mine, theirs, new Set(['name', 'systems', 'status', 'updatedAt']));
    expect(merged).toEqual({ id: 'a', name: 'Mine', description: 'Their text', status: 'draft', updatedAt: theirs.updatedAt });
    expect(merge(mine, theirs, new Set())).toEqual(theirs);
    expect(merge(mine, theirs, new Set(['owner']))).toMatchObject({ owner: 'Ana', name: 'Theirs' });
  });
});
