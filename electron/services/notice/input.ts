/** The generator's input for one product, read from a workspace in one consistent snapshot. */
import type { NoticeInput } from '../../../shared/notice';
import { WorkspaceError } from '../workspace/errors';
import type { StoreReader } from '../store/store';
import type { Workspace } from '../workspace/workspace';

/** Reads the product named `productRef` (id, or name ignoring case) and everything its notice needs. */
export async function readNoticeInput(r: StoreReader, productRef: string): Promise<NoticeInput> {
  const all = await r.products();
  const wanted = productRef.trim().toLowerCase();
  const product = all.find((p) => p.id === productRef) ?? all.find((p) => p.name.trim().toLowerCase() === wanted);
  if (product === undefined) {
    const names = all.map((p) => `"${p.name}"`).join(', ');
    throw new WorkspaceError('not_found_record', `No product is named "${productRef}". ${all.length > 0 ? `The products are: ${names}.` : 'The workspace has no products.'}`);
  }
  const [organisation, activities, taxonomies, translations, overrides] = await Promise.all([
    r.record('organisation', product.organisationId),
    r.activities({ productId: product.id }),
    r.taxonomies(),
    r.translations(),
    r.noticeOverrides(product.id),
  ]);
  if (organisation === undefined) throw new WorkspaceError('not_found_record', `The organisation of "${product.name}" is missing.`);
  const used = [...new Set(activities.flatMap((a) => [...a.recipients.map((x) => x.vendorId), ...a.transfers.map((x) => x.vendorId)]))].filter(
    (id): id is string => id !== undefined,
  );
  return {
    organisation: organisation as NoticeInput['organisation'],
    product,
    activities,
    vendors: await r.vendors(used),
    taxonomies,
    translations,
    overrides,
  };
}

export function loadNoticeInput(ws: Workspace, productRef: string): Promise<NoticeInput> {
  return ws.readWith((r) => readNoticeInput(r, productRef));
}
