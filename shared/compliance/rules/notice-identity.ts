/**
 * Who speaks in a notice and whether the published notice still says what the records say
 * (issue 11): the legal entity's name and address (Art. 13(1)(a)), the Art. 27 representative
 * of a controller outside the EU/EEA, and a published notice whose records changed since.
 */
import type { WorkspaceDocument } from '../../interchange';
import { noticeFingerprint, noticeInputFromDocument } from '../../notice';
import { isGdprTerritory } from '../../reference';
import { defineRule } from '../define';
import { organisationTarget, productTarget, q } from '../targets';

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
    article: 'Art. 13(1)(a), 30(1)(a)',
    title: 'No legal entity name or address',
    description: 'An organisation with products has no legal entity name or no postal address, so its notices cannot say exactly who is responsible and where to reach them.',
  },
  (ctx, emit) => {
    for (const o of ctx.doc.organisations) {
      if (!ctx.doc.products.some((p) => p.organisationId === o.id)) continue;
      const missing = [(o.legalName ?? '').trim() === '' ? 'legal entity name' : undefined, (o.address ?? '').trim() === '' ? 'postal address' : undefined].filter(
        (x): x is string => x !== undefined,
      );
      if (missing.length === 0) continue;
      emit(
        organisationTarget(o, (o.legalName ?? '').trim() === '' ? 'legalName' : 'address'),
        `The organisation ${q(o.name)} has no ${missing.join(' and no ')}, which its notices need to say who is responsible and where to reach them.`,
        'Enter the name of the legal entity as registered (e.g. “Example GmbH”) and its postal address in the organisation’s record.',
      );
    }
  },
);

export const controllerWithoutRepresentative = defineRule(
  {
    id: 'controller-outside-eea-without-representative',
    severity: 'error',
    article: 'Art. 27, 13(1)(a)',
    title: 'Controller outside the EU/EEA without a representative',
    description: 'An organisation established outside the EU/EEA is controller for a product offered to people in the EU/EEA, but no representative in the Union is recorded.',
  },
  (ctx, emit) => {
    for (const o of ctx.doc.organisations) {
      if (o.country === undefined || isGdprTerritory(o.country) || o.representative !== undefined) continue;
      const products = ctx.doc.products.filter(
        (p) => p.organisationId === o.id && p.notice.offeredInEea !== false && (ctx.activitiesByProduct.get(p.id) ?? []).some((a) => a.role !== 'processor'),
      );
      if (products.length === 0) continue;
      emit(
        organisationTarget(o, 'representative'),
        `${q(o.name)} is established outside the EU/EEA and is controller for ${products.map((p) => q(p.name)).join(', ')}, offered to people in the EU/EEA, but has no representative in the Union.`,
        'Designate a representative in an EU/EEA member state where the people concerned are (Art. 27) and enter it in the organisation’s record; or, if the product is not offered in the EU/EEA, say so in the product’s notice settings.',
      );
    }
  },
);

export const publishedNoticeOutdated = defineRule(
  {
    id: 'published-notice-outdated',
    severity: 'warning',
    article: 'Art. 12(1), 13(3)',
    title: 'Published notice out of date',
    description: 'The records a product’s notice is generated from have changed since its last published version.',
  },
  (ctx, emit) => {
    for (const pub of publicationsOf(ctx.doc)) {
      const product = ctx.products.get(pub.productId);
      const input = product === undefined ? undefined : noticeInputFromDocument(ctx.doc, product.id);
      if (product === undefined || input === undefined || noticeFingerprint(input) === pub.fingerprint) continue;
      emit(
        productTarget(product, 'notice'),
        `The records of ${q(product.name)} have changed since version ${pub.version} of its notice was published on ${pub.publishedAt.slice(0, 10)}.`,
        'Review what changed in the notice, announce material changes as the product promises, and publish the new version.',
      );
    }
  },
);

export const NOTICE_IDENTITY_RULES = [organisationWithoutLegalEntity, controllerWithoutRepresentative, publishedNoticeOutdated];
