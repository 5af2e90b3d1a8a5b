/** The notice's own tables: translations of record text and per-section overrides. */
import type { NoticeOverride, Translation } from '../../../shared/notice';
import type { TranslationKey } from '../store/store';
import { WorkspaceError } from '../workspace/errors';
import type { Reader, Writer } from '../workspace/sqlite';

interface TranslationRow {
  entity_type: Translation['entityType'];
  entity_id: string;
  field: string;
  lang: Translation['lang'];
  text: string;
  source_text: string | null;
}

interface OverrideRow {
  product_id: string;
  lang: NoticeOverride['lang'];
  section_key: string;
  text: string;
  generated_text: string;
  updated_at: string;
}

export async function readTranslations(r: Reader): Promise<Translation[]> {
  const rows = await r.all<TranslationRow>('SELECT entity_type, entity_id, field, lang, text, source_text FROM translations ORDER BY position, entity_type, entity_id, field, lang');
  return rows.map((x) => ({ entityType: x.entity_type, entityId: x.entity_id, field: x.field, lang: x.lang, text: x.text, ...(x.source_text !== null ? { sourceText: x.source_text } : {}) }));
}

/** Adds translations set-wise (one statement); a later one for the same field and language replaces an earlier one. */
export async function writeTranslations(w: Writer, translations: readonly Translation[]): Promise<void> {
  if (translations.length === 0) return;
  const base = (await w.get<{ n: number }>('SELECT coalesce(max(position) + 1, 0) AS n FROM translations'))?.n ?? 0;
  const rows = translations.map((t, i) => [t.entityType, t.entityId, t.field, t.lang, t.text, base + i, t.sourceText ?? null]);
  await w.run(
    `INSERT INTO translations (entity_type, entity_id, field, lang, text, position, source_text)
     SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6 FROM json_each(?) WHERE true
     ON CONFLICT (entity_type, entity_id, field, lang) DO UPDATE SET text = excluded.text, source_text = excluded.source_text`,
    [JSON.stringify(rows)],
  );
}

/** Issue 13: removes the translations of these fields in these languages, set-wise; how many there were. */
export async function deleteTranslations(w: Writer, keys: readonly TranslationKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  const json = JSON.stringify(keys.map((k) => [k.entityType, k.entityId, k.field, k.lang]));
  const before = (await w.get<{ n: number }>('SELECT count(*) AS n FROM translations'))?.n ?? 0;
  await w.run(
    `DELETE FROM translations WHERE (entity_type, entity_id, field, lang) IN (SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?))`,
    [json],
  );
  const after = (await w.get<{ n: number }>('SELECT count(*) AS n FROM translations'))?.n ?? 0;
  return before - after;
}

function toOverride(x: OverrideRow): NoticeOverride {
  return { productId: x.product_id, lang: x.lang, sectionKey: x.section_key, text: x.text, generatedText: x.generated_text, updatedAt: x.updated_at };
}

export async function readOverrides(r: Reader, productId?: string): Promise<NoticeOverride[]> {
  const cols = 'product_id, lang, section_key, text, generated_text, updated_at';
  const order = 'ORDER BY position, product_id, lang, section_key';
  const rows =
    productId === undefined
      ? await r.all<OverrideRow>(`SELECT ${cols} FROM notice_overrides ${order}`)
      : await r.all<OverrideRow>(`SELECT ${cols} FROM notice_overrides WHERE product_id = ? ${order}`, [productId]);
  return rows.map(toOverride);
}

export async function readOverride(r: Reader, productId: string, lang: string, sectionKey: string): Promise<NoticeOverride | undefined> {
  const row = await r.get<OverrideRow>(
    'SELECT product_id, lang, section_key, text, generated_text, updated_at FROM notice_overrides WHERE product_id = ? AND lang = ? AND section_key = ?',
    [productId, lang, sectionKey],
  );
  return row === undefined ? undefined : toOverride(row);
}

/** Inserts or replaces overrides, set-wise. Products must exist: the message names the first that does not. */
export async function writeOverrides(w: Writer, overrides: readonly NoticeOverride[]): Promise<void> {
  if (overrides.length === 0) return;
  const ids = [...new Set(overrides.map((o) => o.productId))];
  const known = new Set(
    (await w.all<{ id: string }>('SELECT id FROM products WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)])).map((x) => x.id),
  );
  const problems = overrides.flatMap((o, i) => (known.has(o.productId) ? [] : [`$.noticeOverrides[${i}].productId: no product has id "${o.productId}"`]));
  if (problems.length > 0) {
    throw new WorkspaceError('invalid', `The notice overrides refer to products that do not exist; nothing was changed.`, problems);
  }
  const base = (await w.get<{ n: number }>('SELECT coalesce(max(position) + 1, 0) AS n FROM notice_overrides'))?.n ?? 0;
  const rows = overrides.map((o, i) => [o.productId, o.lang, o.sectionKey, o.text, o.generatedText, o.updatedAt, base + i]);
  await w.run(
    `INSERT INTO notice_overrides (product_id, lang, section_key, text, generated_text, updated_at, position)
     SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6 FROM json_each(?) WHERE true
     ON CONFLICT (product_id, lang, section_key) DO UPDATE SET text = excluded.text, generated_text = excluded.generated_text, updated_at = excluded.updated_at`,
    [JSON.stringify(rows)],
  );
}
