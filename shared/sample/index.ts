/**
 * The bundled sample workspace, built as code: Roomify (whose records
 * reproduce the reference notice sample-policy-roomify.txt fact by fact) and
 * Ledgerly GmbH (controller and processor in one product, an integration, an
 * HR activity, and a few deliberate findings for the compliance checker).
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type WorkspaceDocument } from '../interchange';
import { isoDateTime } from './dates';
import { ledgerlyOrganisation, ledgerlyProduct, ledgerlyShopifyProduct } from './ledgerly';
import { ledgerlyControllerActivities } from './ledgerly-activities';
import { ledgerlyHrActivities } from './ledgerly-hr';
import { ledgerlyProcessorActivities } from './ledgerly-processing';
import { roomifyOrganisation, roomifyProduct } from './roomify';
import { roomifyCoreActivities } from './roomify-core';
import { roomifyOpsActivities } from './roomify-ops';
import { sampleTaxonomies } from './taxonomy';
import { sampleTranslations } from './translations';
import { sampleVendors } from './vendors';

export { LEDGERLY_APP_ID, LEDGERLY_ORG_ID, LEDGERLY_SHOPIFY_ID } from './ledgerly';
export { ROOMIFY_APP_ID, ROOMIFY_ORG_ID } from './roomify';
export { OFFLINE_QUEUE_FILES } from './taxonomy';

export const SAMPLE_WORKSPACE_NAME = 'Sample workspace: Roomify and Ledgerly';

/**
 * The sample workspace, as an interchange document: review, DPA and notice dates
 * are set relative to `now`, so the sample stays current (apart from the one
 * review that is meant to be overdue). Every call returns fresh objects.
 */
export function buildSampleDocument(now = new Date()): WorkspaceDocument {
  const doc: WorkspaceDocument = {
    format: DOCUMENT_FORMAT,
    formatVersion: DOCUMENT_VERSION,
    exportedAt: isoDateTime(now),
    generator: 'RoPA Desk sample workspace',
    workspace: { name: SAMPLE_WORKSPACE_NAME },
    taxonomies: sampleTaxonomies(),
    organisations: [roomifyOrganisation(), ledgerlyOrganisation()],
    products: [roomifyProduct(now), ledgerlyProduct(now), ledgerlyShopifyProduct(now)],
    vendors: sampleVendors(now),
    activities: [
      ...roomifyCoreActivities(now),
      ...roomifyOpsActivities(now),
      ...ledgerlyControllerActivities(now),
      ...ledgerlyProcessorActivities(now),
      ...ledgerlyHrActivities(now),
    ],
  };
  // Every record text the sample's notices use, in German and French (issue 13).
  doc.translations = sampleTranslations(doc.activities.flatMap((a) => (a.securityNotes === undefined ? [] : [a.securityNotes])));
  // The building blocks are module constants shared between activities: hand out copies.
  return structuredClone(doc);
}
