/**
 * Who speaks in a notice and whether the published notice still says what the records say
 * (issue 11): the legal entity's name and address (Art. 13(1)(a)), the Art. 27 representative
 * of a controller outside the EU/EEA, and a published notice whose records changed since.
 */
import type { WorkspaceDocument } from '../../interchange';
import { noticeFingerprint, noticeInputFromDocument } from '../../notice';
import { isGdprTerritory } from '../../reference';
import { defineRule } from '../define';
import { organisationTarget, productTarget } from '../targets';

/** The latest published version of a product's notice, as the checks need it. */
export interface PublishedNoticeSummary {
  readonly productId: string;
  readonly version: number;
  readonly publishedAt: string;
  readonly fingerprint: string;
}

/**
 * A workspace document with the latest publication of each product's notice beside it (read
 * from the workspace file without the frozen texts). A document that carries its published
 * versions itself (`noticePublications`, e.g. a JSON export) needs none.
 */
export type DocumentWithPublications = WorkspaceDocument & { readonly publishedNotices?: readonly PublishedNoticeSummary[] };

export function withNoticePublications(doc: WorkspaceDocument, publications: readonly PublishedNoticeSummary[]): DocumentWithPublications {
  return { ...doc, publishedNotices: publications.map(({ productId, version, publishedAt, fingerprint }) => ({ productId, version, publishedAt, fingerprint })) };
}

function publicationsOf(doc: WorkspaceDocument): readonly PublishedNoticeSummary[] {
  const d: DocumentWithPublications = doc;
  if (d.publishedNotices !== undefined) return d.publishedNotices;
  const latest = new Map<string, PublishedNoticeSummary>();
  for (const p of doc.noticePublications ?? []) if ((latest.get(p.productId)?.version ?? 0) < p.version) latest.set(p.productId, p);
  return [...latest.values()];
}

export const organisationWithoutLegalEntity = defineRule(
  {
    id: 'organisation-without-legal-entity',
    severity: 'warning',
    description: 'An organisation with products has no legal entity name or no postal address, so its notices cannot say exactly who is responsible and where to reach them.',
  },
  (ctx, emit) => {
    for (const o of ctx.doc.organisations) {
      if (!ctx.doc.products.some((p) => p.organisationId === o.id)) continue;
      const missing = [(o.legalName ?? '').trim() === '' ? 'legal entity name' : undefined, (o.address ?? '').trim() === '' ? 'postal address' : undefined].filter(
        (x): x is string => x !== undefined,
      );
      if (missing.length === 0) continue;
      emit(organisationTarget(o, (o.legalName ?? '').trim() === '' ? 'legalName' : 'address'), { organisation: o.name, noLegalName: (o.legalName ?? '').trim() === '', noAddress: (o.address ?? '').trim() === '' });
    }
  },
);

export const controllerWithoutRepresentative = defineRule(
  {
    id: 'controller-outside-eea-without-representative',
    severity: 'error',
    description: 'An organisation established outside the EU/EEA is controller for a product offered to people in the EU/EEA, but no representative in the Union is recorded.',
  },
  (ctx, emit) => {
    for (const o of ctx.doc.organisations) {
      if (o.country === undefined || isGdprTerritory(o.country) || o.representative !== undefined) continue;
      const products = ctx.doc.products.filter(
        (p) => p.organisationId === o.id && p.notice.offeredInEea !== false && (ctx.activitiesByProduct.get(p.id) ?? []).some((a) => a.role !== 'processor'),
      );
      if (products.length === 0) continue;
      emit(organisationTarget(o, 'representative'), { organisation: o.name, products: products.map((p) => p.name) });
    }
  },
);

export const publishedNoticeOutdated = defineRule(
  {
    id: 'published-notice-outdated',
    severity: 'warning',
    description: 'The records a product’s notice is generated from have changed since its last published version.',
  },
  (ctx, emit) => {
    for (const pub of publicationsOf(ctx.doc)) {
      const product = ctx.products.get(pub.productId);
      const input = product === undefined ? undefined : noticeInputFromDocument(ctx.doc, product.id);
      if (product === undefined || input === undefined || noticeFingerprint(input) === pub.fingerprint) continue;
      emit(productTarget(product, 'notice'), { product: product.name, version: pub.version, publishedOn: pub.publishedAt.slice(0, 10) });
    }
  },
);

export const NOTICE_IDENTITY_RULES = [organisationWithoutLegalEntity, controllerWithoutRepresentative, publishedNoticeOutdated];
