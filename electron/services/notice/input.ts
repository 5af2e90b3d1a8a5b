/** The generator's input for one product, read from a workspace in one consistent snapshot. */
import type { NoticeInput } from '../../../shared/notice';
import { loadActivities } from '../workspace/activity-store';
import { readTaxonomies } from '../workspace/document-io';
import { WorkspaceError } from '../workspace/errors';
import type { Reader } from '../workspace/sqlite';
import { organisations, products, vendors } from '../workspace/tables';
import type { Workspace } from '../workspace/workspace';
import { readOverrides, readTranslations } from './store';

/** Reads the product named `productRef` (id, or name ignoring case) and everything its notice needs. */
export async function readNoticeInput(r: Reader, productRef: string): Promise<NoticeInput> {
  const all = (await products.select(r)).map((x) => products.decode(x));
  const wanted = productRef.trim().toLowerCase();
  const product = all.find((p) => p.id === productRef) ?? all.find((p) => p.name.trim().toLowerCase() === wanted);
  if (product === undefined) {
    const names = all.map((p) => `"${p.name}"`).join(', ');
    throw new WorkspaceError('not_found_record', `No product is named "${productRef}". ${all.length > 0 ? `The products are: ${names}.` : 'The workspace has no products.'}`);
  }
  const [orgRows, activities, taxonomies, translations, overrides] = await Promise.all([
    organisations.select(r, 'WHERE id = ?', [product.organisationId]),
    loadActivities(r, 'WHERE product_id = ?', [product.id]),
    readTaxonomies(r),
    readTranslations(r),
    readOverrides(r, product.id),
  ]);
  const orgRow = orgRows[0];
  if (orgRow === undefined) throw new WorkspaceError('not_found_record', `The organisation of "${product.name}" is missing.`);
  const used = [...new Set(activities.flatMap((a) => [...a.recipients.map((x) => x.vendorId), ...a.transfers.map((x) => x.vendorId)]))].filter(
    (id): id is string => id !== undefined,
  );
  const vendorRows = await vendors.select(r, 'WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(used)]);
  return {
    organisation: organisations.decode(orgRow),
    product,
    activities,
    vendors: vendorRows.map((x) => vendors.decode(x)),
    taxonomies,
    translations,
    overrides,
  };
}

export function loadNoticeInput(ws: Workspace, productRef: string): Promise<NoticeInput> {
  return ws.readWith((r) => readNoticeInput(r, productRef));
}
