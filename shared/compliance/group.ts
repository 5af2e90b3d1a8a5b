/** Findings grouped the way people read them: per product, then organisation-wide, vendors, workspace. */
import type { WorkspaceDocument } from '../interchange';
import type { Finding } from './types';

export interface FindingGroup {
  /** "product:<id>", "organisation:<id>", "vendors" or "workspace". */
  key: string;
  title: string;
  findings: Finding[];
}

/**
 * Groups in document order: each product (with the organisation's name), then
 * each organisation's findings outside a product, then vendors, then the
 * workspace. Groups without findings are left out unless `includeEmptyProducts`.
 */
export function groupFindings(doc: WorkspaceDocument, findings: readonly Finding[], includeEmptyProducts = false): FindingGroup[] {
  const orgName = new Map(doc.organisations.map((o) => [o.id, o.name]));
  const groups = new Map<string, FindingGroup>();
  for (const p of doc.products) {
    const org = orgName.get(p.organisationId);
    groups.set(`product:${p.id}`, { key: `product:${p.id}`, title: org !== undefined ? `${p.name} (${org})` : p.name, findings: [] });
  }
  for (const o of doc.organisations) {
    groups.set(`organisation:${o.id}`, { key: `organisation:${o.id}`, title: `${o.name}: organisation and activities outside a product`, findings: [] });
  }
  groups.set('vendors', { key: 'vendors', title: 'Vendors', findings: [] });
  groups.set('workspace', { key: 'workspace', title: 'Workspace', findings: [] });
  for (const f of findings) {
    const t = f.target;
    const key =
      t.productId !== undefined && groups.has(`product:${t.productId}`)
        ? `product:${t.productId}`
        : t.organisationId !== undefined && groups.has(`organisation:${t.organisationId}`)
          ? `organisation:${t.organisationId}`
          : t.entityType === 'vendor'
            ? 'vendors'
            : 'workspace';
    groups.get(key)?.findings.push(f);
  }
  return [...groups.values()].filter((g) => g.findings.length > 0 || (includeEmptyProducts && g.key.startsWith('product:')));
}
