import { z } from 'zod';
import {
  DataCategoryType,
  Id,
  DataSubjectType,
  IsoDateTime,
  Organisation,
  SecurityMeasureType,
  list,
  requiredText,
  text,
} from '../model';
import { NoticeOverride, Translation } from '../notice/schema';
import { NoticePublicationRecord } from '../notice/publication-schema';
import { mergeTaxonomies } from './defaults';
import { LenientActivity, LenientProduct, LenientVendor } from './lenient';

export const DOCUMENT_FORMAT = 'ropa-desk-workspace';
export const DOCUMENT_VERSION = 1;

export const Taxonomies = z.strictObject({
  dataCategories: list(DataCategoryType, 2000, 'data categories'),
  dataSubjects: list(DataSubjectType, 2000, 'data-subject categories'),
  securityMeasures: list(SecurityMeasureType, 2000, 'security measures'),
});
export type Taxonomies = z.infer<typeof Taxonomies>;

const TAXONOMIES_NOTE =
  'May be left out: the taxonomies shipped with RoPA Desk. A list given is merged with the shipped one: its entries first (an entry with a shipped key replaces the shipped entry), then every shipped entry it does not give.';

/** The taxonomies as a document may give them: any list may be left out, and given ones are merged with the shipped ones. */
export const DocumentTaxonomies = z
  .strictObject({
    dataCategories: Taxonomies.shape.dataCategories.optional(),
    dataSubjects: Taxonomies.shape.dataSubjects.optional(),
    securityMeasures: Taxonomies.shape.securityMeasures.optional(),
  })
  .optional()
  .transform((given): Taxonomies => mergeTaxonomies(given ?? {}))
  .meta({ description: TAXONOMIES_NOTE });

/**
 * A baseline: the register (or one organisation, scope "organisation:<id>") frozen
 * under a unique label. Its `document` is a workspace document without baselines,
 * checked against the document schema when imported.
 */
export const BaselineRecord = z.strictObject({
  id: Id,
  label: requiredText(200),
  scope: z.string().regex(/^(workspace|organisation:[A-Za-z0-9][A-Za-z0-9_.:-]{0,63})$/, {
    error: 'must be "workspace" or "organisation:" followed by an organisation id',
  }),
  createdAt: IsoDateTime,
  createdBy: requiredText(200),
  document: z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const parsed = WorkspaceDocument.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues.slice(0, 20)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    if ('baselines' in value) ctx.addIssue({ code: 'custom', message: 'a baseline must not hold other baselines', path: ['baselines'] });
  }),
});
export type BaselineRecord = z.infer<typeof BaselineRecord>;

/** The versioned JSON interchange document of a whole workspace. */
export const WorkspaceDocument = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT, { error: `must be "${DOCUMENT_FORMAT}": this is not a RoPA Desk workspace document` }),
  formatVersion: z.literal(DOCUMENT_VERSION, {
    error: (issue) =>
      `is ${JSON.stringify(issue.input)}, but this version of RoPA Desk reads format version ${DOCUMENT_VERSION}`,
  }),
  /** When the document was written (optional: a hand-written document need not say). */
  exportedAt: IsoDateTime.optional(),
  generator: text(100).optional(),
  workspace: z.strictObject({ name: requiredText(200) }),
  taxonomies: DocumentTaxonomies,
  organisations: list(Organisation, 1000, 'organisations').default([]),
  products: list(LenientProduct, 10_000, 'products').default([]),
  vendors: list(LenientVendor, 10_000, 'vendors').default([]),
  activities: list(LenientActivity, 200_000, 'activities').default([]),
  /** Record text in other notice languages (absent when there is none). */
  translations: list(Translation, 500_000, 'translations').optional(),
  /** The user's replacements of generated notice sections (absent when there are none). */
  noticeOverrides: list(NoticeOverride, 100_000, 'notice overrides').optional(),
  /** Frozen versions of the register (absent when there are none). */
  baselines: list(BaselineRecord, 1000, 'baselines').optional(),
  /**
   * Published versions of the products' notices (absent when there are none; issue 11).
   * Present: the workspace's published versions are replaced by these; absent: left alone.
   */
  noticePublications: list(NoticePublicationRecord, 100_000, 'published notice versions')
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((p, i) => {
        const key = `${p.productId}\u0000${p.version}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `version ${p.version} of the notice of product "${p.productId}" is given twice`, path: [i, 'version'] });
        seen.add(key);
      });
    })
    .optional(),
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocument>;
