/** The plain data the generator works from, and how to take it out of a WorkspaceDocument. */
import type { Taxonomies, WorkspaceDocument } from '../interchange';
import type { NoticeLanguage, Organisation, ProcessingActivity, Product, Vendor } from '../model';
import type { NoticeOverride, Translation } from './schema';
import type { RecordTextUse } from './texts';

export interface NoticeInput {
  readonly organisation: Organisation;
  readonly product: Product;
  /** The product's processing activities. */
  readonly activities: readonly ProcessingActivity[];
  /** Vendors the activities refer to (others are ignored). */
  readonly vendors: readonly Vendor[];
  readonly taxonomies: Taxonomies;
  readonly translations?: readonly Translation[];
  readonly overrides?: readonly NoticeOverride[];
}

export interface NoticeOptions {
  readonly lang: NoticeLanguage;
  /** The day the notice is generated (YYYY-MM-DD). It is never printed: the notice's date is that of its publication. */
  readonly today: string;
  /** The date (YYYY-MM-DD or ISO date-time) the version was published: "Last updated"; without it the notice says "Draft". */
  readonly publishedOn?: string;
  /** Language the records are written in (default English). */
  readonly sourceLang?: NoticeLanguage;
  /** Issue 13: told of every record text the notice uses (the translation list is derived from this). */
  readonly onRecordText?: (use: RecordTextUse) => void;
}

/** The product named (by id, or by name ignoring case) in a WorkspaceDocument. */
export function findProduct(doc: Pick<WorkspaceDocument, 'products'>, ref: string): Product | undefined {
  const wanted = ref.trim().toLowerCase();
  return doc.products.find((p) => p.id === ref) ?? doc.products.find((p) => p.name.trim().toLowerCase() === wanted);
}

type NoticeRecords = Pick<WorkspaceDocument, 'organisations' | 'products' | 'activities' | 'vendors' | 'taxonomies'> & {
  translations?: readonly Translation[];
  noticeOverrides?: readonly NoticeOverride[];
};

/** The generator's input for one product of a WorkspaceDocument; undefined when no product matches. */
export function noticeInputFromDocument(doc: NoticeRecords, productRef: string): NoticeInput | undefined {
  const product = findProduct(doc, productRef);
  if (product === undefined) return undefined;
  const organisation = doc.organisations.find((o) => o.id === product.organisationId);
  if (organisation === undefined) return undefined;
  const activities = doc.activities.filter((a) => a.productId === product.id);
  const used = new Set(activities.flatMap((a) => [...a.recipients.map((r) => r.vendorId), ...a.transfers.map((t) => t.vendorId)]));
  return {
    organisation,
    product,
    activities,
    vendors: doc.vendors.filter((v) => used.has(v.id)),
    taxonomies: doc.taxonomies,
    translations: doc.translations ?? [],
    overrides: (doc.noticeOverrides ?? []).filter((o) => o.productId === product.id),
  };
}
