/**
 * The stamp of each label's last export (table store_label_exports, schema 7):
 * what was exported, when and by whom, so that a later change of the records
 * flags the label stale. Only these functions touch the table.
 */
import type { ExportStamp, LabelStore } from '../../../shared/labels';
import type { Reader, Writer } from '../workspace/sqlite';

interface StampRow {
  product_id: string;
  store: LabelStore;
  exported_at: string;
  exported_by: string;
  fingerprint: string;
  answers: string;
}

const toStamp = (r: StampRow): ExportStamp => ({
  productId: r.product_id,
  store: r.store,
  exportedAt: r.exported_at,
  exportedBy: r.exported_by,
  fingerprint: r.fingerprint,
  answers: JSON.parse(r.answers) as string[],
});

export async function readExportStamps(r: Reader, productId: string): Promise<ExportStamp[]> {
  const rows = await r.all<StampRow>('SELECT product_id, store, exported_at, exported_by, fingerprint, answers FROM store_label_exports WHERE product_id = ? ORDER BY store', [productId]);
  return rows.map(toStamp);
}

export async function readExportStamp(r: Reader, productId: string, store: LabelStore): Promise<ExportStamp | undefined> {
  const row = await r.get<StampRow>('SELECT product_id, store, exported_at, exported_by, fingerprint, answers FROM store_label_exports WHERE product_id = ? AND store = ?', [productId, store]);
  return row === undefined ? undefined : toStamp(row);
}

/** Inserts or replaces the stamp of one label; call inside the transaction that logs it. */
export async function writeExportStamp(w: Writer, s: ExportStamp): Promise<void> {
  await w.run(
    `INSERT INTO store_label_exports (product_id, store, exported_at, exported_by, fingerprint, answers) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (product_id, store) DO UPDATE SET exported_at = excluded.exported_at, exported_by = excluded.exported_by, fingerprint = excluded.fingerprint, answers = excluded.answers`,
    [s.productId, s.store, s.exportedAt, s.exportedBy, s.fingerprint, JSON.stringify(s.answers)],
  );
}
