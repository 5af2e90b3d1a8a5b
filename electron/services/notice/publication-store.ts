/**
 * The SQLite side of published notice versions (table `notice_publications`, migration 005):
 * four small functions over a Reader or Writer, and the same as a `NoticePublicationStore`.
 * A PostgreSQL store implements the same interface.
 */
import type { NoticeDocument, NoticePublication, NoticePublicationStore } from '../../../shared/notice';
import type { NoticeLanguage } from '../../../shared/model';
import type { NoticePublicationRecord } from '../../../shared/notice/publication-schema';
import type { Reader, Writer } from '../workspace/sqlite';

interface PublicationRow {
  product_id: string;
  version: number;
  published_at: string;
  published_by: string;
  fingerprint: string;
  documents: string;
}

const COLS = 'product_id, version, published_at, published_by, fingerprint, documents';

function decode(x: PublicationRow): NoticePublication {
  return {
    productId: x.product_id,
    version: x.version,
    publishedAt: x.published_at,
    publishedBy: x.published_by,
    fingerprint: x.fingerprint,
    documents: JSON.parse(x.documents) as Partial<Record<NoticeLanguage, NoticeDocument>>,
  };
}

export async function listPublications(r: Reader, productId: string): Promise<NoticePublication[]> {
  return (await r.all<PublicationRow>(`SELECT ${COLS} FROM notice_publications WHERE product_id = ? ORDER BY version`, [productId])).map(decode);
}

export async function getPublication(r: Reader, productId: string, version?: number): Promise<NoticePublication | undefined> {
  const row =
    version === undefined
      ? await r.get<PublicationRow>(`SELECT ${COLS} FROM notice_publications WHERE product_id = ? ORDER BY version DESC LIMIT 1`, [productId])
      : await r.get<PublicationRow>(`SELECT ${COLS} FROM notice_publications WHERE product_id = ? AND version = ?`, [productId, version]);
  return row === undefined ? undefined : decode(row);
}

export async function latestPublications(r: Reader): Promise<NoticePublication[]> {
  const rows = await r.all<PublicationRow>(
    `SELECT ${COLS} FROM notice_publications p WHERE version = (SELECT max(version) FROM notice_publications q WHERE q.product_id = p.product_id) ORDER BY product_id`,
  );
  return rows.map(decode);
}

/** Adds a version; the primary key refuses a number that is already taken. */
export async function addPublication(w: Writer, p: NoticePublication): Promise<void> {
  await w.run(`INSERT INTO notice_publications (${COLS}) VALUES (?, ?, ?, ?, ?, ?)`, [p.productId, p.version, p.publishedAt, p.publishedBy, p.fingerprint, JSON.stringify(p.documents)]);
}

/** The store over one read (or write) handle; `add` needs a Writer. */
export function sqlitePublicationStore(r: Reader, w?: Writer): NoticePublicationStore {
  return {
    list: (productId) => listPublications(r, productId),
    get: (productId, version) => getPublication(r, productId, version),
    latestOfEach: () => latestPublications(r),
    add: (p) => (w === undefined ? Promise.reject(new Error('this publication store is read-only')) : addPublication(w, p)),
  };
}

/** Every published version of every product, for the interchange document (product, then version). */
export async function readPublicationRecords(r: Reader): Promise<NoticePublicationRecord[]> {
  const rows = await r.all<PublicationRow>(`SELECT ${COLS} FROM notice_publications ORDER BY product_id, version`);
  return rows.map((x) => ({
    productId: x.product_id,
    version: x.version,
    publishedAt: x.published_at,
    publishedBy: x.published_by,
    fingerprint: x.fingerprint,
    documents: JSON.parse(x.documents) as NoticePublicationRecord['documents'],
  }));
}

/**
 * Replaces the published versions with a document's, when it carries them (`noticePublications`
 * present); a document without them leaves the workspace's published versions alone, as baselines.
 */
export async function writePublicationRecords(w: Writer, records: readonly NoticePublicationRecord[] | undefined): Promise<void> {
  if (records === undefined) return;
  await w.run('DELETE FROM notice_publications');
  if (records.length === 0) return;
  // One statement whatever the number of versions.
  await w.run(
    `INSERT INTO notice_publications (${COLS})
     SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
     FROM json_each(?)`,
    [JSON.stringify(records.map((p) => [p.productId, p.version, p.publishedAt, p.publishedBy, p.fingerprint, JSON.stringify(p.documents)]))],
  );
}
