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

/** Records a change; call inside the transaction that makes it. */
export async function logChange(w: Writer, at: Date, actor: string, c: NewChange): Promise<void> {
  await w.run(
    'INSERT INTO change_log (at, actor, entity_type, entity_id, action, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      at.toISOString(),
      actor,
      c.entityType,
      c.entityId,
      c.action,
      c.summary,
      c.before === undefined ? null : JSON.stringify(c.before),
      c.after === undefined ? null : JSON.stringify(c.after),
    ],
  );
}

export interface ChangeQuery {
  entityType?: EntityType;
  entityId?: string;
  limit?: number;
  /** Only entries with an id below this (for paging backwards). */
  beforeId?: number;
}

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
