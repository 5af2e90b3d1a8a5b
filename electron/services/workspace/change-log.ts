import { sameValue } from '../../../shared/compliance/same-value';
import type { Reader, Writer } from './sqlite';

export type EntityType = 'workspace' | 'organisation' | 'product' | 'vendor' | 'activity' | 'taxonomy';
export type ChangeAction = 'create' | 'update' | 'delete' | 'import';

export interface ChangeEntry {
  id: number;
  at: string;
  actor: string;
  entityType: EntityType;
  entityId: string;
  action: ChangeAction;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export interface NewChange {
  entityType: EntityType;
  entityId: string;
  action: ChangeAction;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Edits of one record by one person less than this apart become one entry. */
export const COALESCE_MS = 5 * 60_000;

const isPlainEdit = (action: string, summary: string) => action === 'update' && summary.startsWith('Changed ') && !summary.includes('; ');

/**
 * Records a change; call inside the transaction that makes it. A plain edit that
 * follows the same person's plain edit of the same record within COALESCE_MS
 * replaces that entry (keeping its "before"), so an auditor reads one entry per
 * sitting rather than one per autosave; an edit that undoes the sitting's changes
 * leaves no entry. Review steps, creations and deletions are never merged.
 */
export async function logChange(w: Writer, at: Date, actor: string, c: NewChange): Promise<void> {
  let before = c.before === undefined ? null : JSON.stringify(c.before);
  const after = c.after === undefined ? null : JSON.stringify(c.after);
  if (isPlainEdit(c.action, c.summary)) {
    const last = await w.get<{ id: number; at: string; actor: string; action: string; summary: string; before: string | null }>(
      'SELECT id, at, actor, action, summary, before FROM change_log WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 1',
      [c.entityType, c.entityId],
    );
    if (last && last.actor === actor && isPlainEdit(last.action, last.summary) && at.getTime() - Date.parse(last.at) <= COALESCE_MS) {
      await w.run('DELETE FROM change_log WHERE id = ?', [last.id]);
      before = last.before;
      if (before !== null && after !== null && sameJson(before, after)) return;
    }
  }
  await w.run('INSERT INTO change_log (at, actor, entity_type, entity_id, action, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    at.toISOString(),
    actor,
    c.entityType,
    c.entityId,
    c.action,
    c.summary,
    before,
    after,
  ]);
}

/** The same record apart from when it was last updated. */
function sameJson(a: string, b: string): boolean {
  const strip = (s: string) => {
    const { updatedAt: _u, ...rest } = JSON.parse(s) as Record<string, unknown>;
    return rest;
  };
  return sameValue(strip(a), strip(b));
}

export interface ChangeQuery {
  entityType?: EntityType;
  entityId?: string;
  limit?: number;
  /** Only entries with an id below this (for paging backwards). */
  beforeId?: number;
  /** Only this person's entries. */
  actor?: string;
  /** Only entries on or after this day / on or before this day (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
}

/** Everyone who appears in the change log, by name. */
export async function changeActors(r: Reader): Promise<string[]> {
  return (await r.all<{ actor: string }>('SELECT DISTINCT actor FROM change_log ORDER BY actor COLLATE NOCASE')).map((x) => x.actor);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  entity_type: EntityType;
  entity_id: string;
  action: ChangeAction;
  summary: string;
  before: string | null;
  after: string | null;
}

/** Newest first. */
export async function readChanges(r: Reader, q: ChangeQuery = {}): Promise<ChangeEntry[]> {
  const conditions: [string, string | number | undefined][] = [
    ['entity_type = ?', q.entityType],
    ['entity_id = ?', q.entityId],
    ['id < ?', q.beforeId],
    ['actor = ?', q.actor],
    ['at >= ?', q.from],
    ['at < ?', q.to === undefined ? undefined : nextDay(q.to)],
  ];
  const used = conditions.filter(([, v]) => v !== undefined);
  const where = used.map(([c]) => c);
  const params = used.map(([, v]) => v as string | number);
  const rows = await r.all<ChangeRow>(
    `SELECT * FROM change_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    [...params, q.limit ?? 200],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    summary: row.summary,
    ...(row.before !== null ? { before: JSON.parse(row.before) as unknown } : {}),
    ...(row.after !== null ? { after: JSON.parse(row.after) as unknown } : {}),
  }));
}
