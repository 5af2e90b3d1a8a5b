/** Baselines ↔ the interchange document's optional `baselines` array. */
import type { BaselineRecord } from '../../../shared/interchange';
import type { Reader, Writer } from '../workspace/sqlite';

interface Row {
  id: string;
  label: string;
  scope: string;
  created_at: string;
  created_by: string;
  document: string;
}

/** Every baseline with its frozen document, oldest first. */
export async function readBaselineRecords(r: Reader): Promise<BaselineRecord[]> {
  const rows = await r.all<Row>('SELECT id, label, scope, created_at, created_by, document FROM baselines ORDER BY created_at, label');
  return rows.map((x) => ({
    id: x.id,
    label: x.label,
    scope: x.scope,
    createdAt: x.created_at,
    createdBy: x.created_by,
    document: JSON.parse(x.document) as Record<string, unknown>,
  }));
}

/**
 * Replaces the workspace's baselines with the document's, when it carries any
 * (`baselines` present). A document without them leaves existing baselines
 * alone: they are the history that "what changed" is measured against.
 */
export async function writeBaselineRecords(w: Writer, records: readonly BaselineRecord[] | undefined): Promise<void> {
  if (records === undefined) return;
  await w.run('DELETE FROM baselines');
  for (const b of records) {
    await w.run('INSERT INTO baselines (id, label, scope, created_at, created_by, document) VALUES (?, ?, ?, ?, ?, ?)', [
      b.id,
      b.label,
      b.scope,
      b.createdAt,
      b.createdBy,
      JSON.stringify(b.document),
    ]);
  }
}
