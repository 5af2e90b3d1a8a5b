/**
 * Spreadsheet register import (ICO, CNIL, DSK, home-made): preview and apply.
 * The file is read here, planned by shared/import, and applied all or nothing in
 * one Workspace.writeWith transaction: the organisation and product (found by
 * name, or created), new taxonomy entries, every activity with its change-log
 * entry, and one entry for the import. A plan with problems changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { type ImportPreview, type SavedMapping, type SheetGrid, planSpreadsheetImport, where } from '../../../shared/import';
import type { ImportField } from '../../../shared/import';
import type { WorkspaceDocument } from '../../../shared/interchange';
import type { Organisation, Product } from '../../../shared/model';
import type { Workspace } from '../workspace';
import { type ChangeContext, saveActivity, saveOrganisation, saveProduct } from '../workspace/records';
import type { StoreWriter } from '../store/store';
import { ImportRefusal } from './limits';
import { readSpreadsheet } from './read-spreadsheet';

export { ImportRefusal } from './limits';

export interface RegisterImportOptions {
  /** Name of the organisation the activities belong to: an existing one (ignoring case) or a new one. */
  organisation: string;
  /** Name of a product of that organisation: an existing one or a new one; none for organisation-wide activities. */
  product?: string;
  mapping: 'auto' | SavedMapping;
  overrides?: readonly { sheet: string; index: number; field: ImportField }[];
  /** Sheets already read (the app reads once for the preview and again on apply). */
  grids?: readonly SheetGrid[];
}

export interface RegisterImportResult extends ImportPreview {
  organisation: { id: string; name: string; created: boolean };
  product?: { id: string; name: string; created: boolean };
}

/** A new product as the app creates one: English notice, nothing else said yet. */
function blankProduct(id: string, organisationId: string, name: string): Product {
  return { id, organisationId, name, platforms: [], storeListings: [], audiences: [], hostingCountries: [], permissions: [], notice: { languages: ['en'], statements: [], jurisdictionAddons: [], customSections: [] } };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function target(doc: WorkspaceDocument, o: RegisterImportOptions) {
  const org = doc.organisations.find((x) => same(x.name, o.organisation));
  const organisation: Organisation = org ?? { id: `org-${randomUUID()}`, name: o.organisation.trim() };
  let product: Product | undefined;
  if (o.product !== undefined) {
    product = doc.products.find((p) => p.organisationId === organisation.id && same(p.name, o.product ?? '')) ?? blankProduct(`prod-${randomUUID()}`, organisation.id, o.product.trim());
  }
  return {
    organisation,
    orgCreated: org === undefined,
    product,
    productCreated: product !== undefined && !doc.products.some((p) => p.id === product.id),
  };
}

function plan(doc: WorkspaceDocument, file: string, grids: readonly SheetGrid[], o: RegisterImportOptions): RegisterImportResult {
  if (o.organisation.trim() === '') throw new ImportRefusal('Name the organisation the activities belong to (--org NAME).');
  const t = target(doc, o);
  const preview = planSpreadsheetImport({
    fileName: basename(file),
    grids,
    mapping: o.mapping,
    ...(o.overrides !== undefined ? { overrides: o.overrides } : {}),
    organisationId: t.organisation.id,
    ...(t.product !== undefined ? { productId: t.product.id } : {}),
    taxonomies: doc.taxonomies,
    vendors: doc.vendors,
    newId: () => `act-${randomUUID()}`,
  });
  return {
    ...preview,
    organisation: { id: t.organisation.id, name: t.organisation.name, created: t.orgCreated },
    ...(t.product !== undefined ? { product: { id: t.product.id, name: t.product.name, created: t.productCreated } } : {}),
  };
}

function refuse(p: ImportPreview, file: string): never {
  const n = p.problems.length;
  throw new ImportRefusal(
    `"${basename(file)}" was not imported: ${n} problem${n === 1 ? '' : 's'} found; the workspace is unchanged.`,
    p.problems.map((x) => `${where(x)}: ${x.message}`),
  );
}

/** What importing the file would create; nothing is written. */
export async function previewRegisterImport(ws: Workspace, file: string, o: RegisterImportOptions): Promise<RegisterImportResult> {
  const grids = o.grids ?? (await readSpreadsheet(file));
  return plan(await ws.exportDocument({ baselines: false }), file, grids, o);
}

async function insertTaxonomy(w: StoreWriter, ctx: ChangeContext, p: ImportPreview): Promise<void> {
  await w.addTaxonomyEntries({ dataCategories: p.newDataCategories, dataSubjects: p.newDataSubjects });
  for (const entry of [...p.newDataCategories, ...p.newDataSubjects]) {
    await w.logChange(ctx, { entityType: 'taxonomy', entityId: entry.key, action: 'create', summary: `Added the taxonomy entry "${entry.label}" from a spreadsheet import`, after: entry });
  }
}

/** Imports the file, all or nothing; returns what was created. */
export async function applyRegisterImport(ws: Workspace, file: string, o: RegisterImportOptions): Promise<RegisterImportResult> {
  const grids = o.grids ?? (await readSpreadsheet(file));
  return ws.writeWith(async (w, ctx) => {
    // Planned inside the transaction, on the workspace as it is now.
    const doc = await w.document(ctx.now, { baselines: false });
    const p = plan(doc, file, grids, o);
    if (p.problems.length > 0) refuse(p, file);
    if (p.activities.length === 0) throw new ImportRefusal(`"${basename(file)}" holds no processing activities under headings this import knows; nothing was imported.`);
    if (p.organisation.created) await saveOrganisation(w, ctx, { id: p.organisation.id, name: p.organisation.name });
    if (p.product?.created === true) await saveProduct(w, ctx, blankProduct(p.product.id, p.organisation.id, p.product.name));
    await insertTaxonomy(w, ctx, p);
    for (const a of p.activities) await saveActivity(w, ctx, a);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'workspace',
      action: 'import',
      summary: `Imported the register ${basename(file)}: ${p.activities.length} processing activities for ${p.organisation.name}${p.product ? ` (${p.product.name})` : ''}, ${p.reviews.length} items to review`,
    });
    return p;
  });
}
