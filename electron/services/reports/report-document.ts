/** The records a report reads: the scope's organisation's activities, every other record whole. */
import type { WorkspaceDocument } from '../../../shared/interchange';
import type { Product } from '../../../shared/model';
import type { ReportScope } from '../../../shared/reports/scope';
import type { Workspace } from '../workspace';

/**
 * The document a report of `scope` is built from. A report of one organisation or
 * product reads only that organisation's activities (its checks need all of them:
 * several rules look at the organisation as a whole); organisations, products,
 * vendors and taxonomies are read whole, baselines not at all. Findings and
 * content are the same as from the whole document (tested), for a fraction of the
 * time and memory.
 */
export async function reportDocument(ws: Workspace, scope: ReportScope): Promise<WorkspaceDocument> {
  let organisationId: string | undefined;
  if (scope.kind === 'organisation') organisationId = scope.organisationId;
  else if (scope.kind === 'product') organisationId = ((await ws.get('product', scope.productId)) as Product | undefined)?.organisationId;
  return ws.exportDocument({ baselines: false, ...(organisationId !== undefined ? { organisationId } : {}) });
}
