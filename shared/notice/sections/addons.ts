/**
 * The user's own sections and the jurisdiction add-ons (California, UK, Switzerland). The
 * add-ons claim only what the records support: CCPA categories derived from the data
 * categories, "not sold or shared" only from the product's statements, the 12-month history
 * and the right to limit only where recorded.
 */
import type { DataCategoryType, JurisdictionAddon } from '../../model';
import { type NoticeContext, unique } from '../context';
import { CCPA_CATEGORIES, type CcpaCategory } from '../i18n/role-types';
import { type Block, type SectionDraft, list, paragraph, textBlocks } from '../model';

export function customSections(ctx: NoticeContext): SectionDraft[] {
  const { rt, product } = ctx;
  return product.notice.customSections.map((s) => ({
    key: `custom:${s.id}`,
    heading: rt.get('product', product.id, `notice.customSections.${s.id}.title`, s.title),
    blocks: textBlocks(rt.get('product', product.id, `notice.customSections.${s.id}.body`, s.body)),
  }));
}

const BY_GROUP: Readonly<Record<DataCategoryType['group'], readonly CcpaCategory[]>> = {
  identity: ['identifiers'],
  contact: ['identifiers'],
  account: ['identifiers'],
  identifiers: ['identifiers'],
  location: ['geolocation'],
  device: ['internet_activity'],
  usage: ['internet_activity'],
  financial: ['commercial', 'customer_records'],
  content: ['sensory'],
  communications: ['identifiers'],
  professional: ['professional'],
  special: ['sensitive'],
  criminal: [],
  other: [],
};

/** Categories whose CCPA category is not their group's (Cal. Civ. Code § 1798.140(ae) sensitive personal information among them). */
const BY_KEY: Readonly<Record<string, readonly CcpaCategory[]>> = {
  government_id: ['identifiers', 'sensitive'],
  tax_id: ['identifiers', 'sensitive'],
  credentials: ['identifiers', 'sensitive'],
  precise_location: ['geolocation', 'sensitive'],
  trip_route: ['geolocation', 'sensitive'],
  photo_of_person: ['sensory'],
  biometric_identification: ['biometric', 'sensitive'],
  documents: [],
  free_text_notes: [],
};

/** The CCPA categories of the data the controller part covers, in the Act's order. */
export function ccpaCategories(ctx: NoticeContext): CcpaCategory[] {
  const found = new Set<CcpaCategory>();
  for (const a of ctx.main) {
    for (const c of a.dataCategories) {
      const type = ctx.categories.get(c.category);
      for (const x of BY_KEY[c.category] ?? (type === undefined ? [] : BY_GROUP[type.group])) found.add(x);
      if (type?.special === true) found.add('sensitive');
      if (a.automatedDecisions.profiling === true) found.add('inferences');
    }
  }
  return CCPA_CATEGORIES.filter((x) => found.has(x));
}

function ccpa(ctx: NoticeContext): Block[] {
  const { cat, product } = ctx;
  const n = product.notice;
  const blocks: Block[] = [paragraph(cat.ccpaIntro)];
  if (!ctx.processorOnly) {
    const categories = ccpaCategories(ctx);
    if (categories.length > 0) blocks.push(paragraph(cat.ccpaCategoriesOwn(cat.list(categories.map((c) => cat.ccpaCategoryNames[c])))));
    const noSale = n.statements.includes('no_sale');
    const noShare = n.statements.includes('no_advertising') || n.statements.includes('no_tracking');
    const sales = [noSale && noShare ? cat.ccpaNoSaleOrShare : noSale ? cat.ccpaNoSale : noShare ? cat.ccpaNoShare : undefined, n.ccpaNoSaleOrSharingLast12Months === true ? cat.ccpaLast12Months : undefined];
    const salesText = unique(sales).join(' ');
    if (salesText !== '') blocks.push(paragraph(salesText));
    const sensitive = categories.includes('sensitive');
    const limit = sensitive && n.ccpaSensitiveBeyondPermittedPurposes === true;
    if (sensitive && !limit) blocks.push(paragraph(cat.ccpaSensitivePermitted));
    const r = cat.ccpaRightsList;
    const rights = [r.know, r.delete, r.correct, ...(noSale && noShare ? [] : [r.optOut]), ...(limit ? [r.limit] : []), r.nonDiscrimination];
    blocks.push(paragraph(cat.ccpaRightsIntro), list(rights));
    if (ctx.contactEmail !== undefined) blocks.push(paragraph(cat.ccpaExercise(ctx.contactEmail)));
  }
  if (ctx.onBehalf.length > 0) blocks.push(paragraph(cat.ccpaServiceProvider(product.name)));
  return blocks;
}

export function addonSection(ctx: NoticeContext, addon: JurisdictionAddon): SectionDraft {
  const { cat } = ctx;
  switch (addon) {
    case 'ccpa':
      return { key: 'ccpa', heading: cat.headings.ccpa, blocks: ccpa(ctx) };
    case 'uk_gdpr':
      return { key: 'uk_gdpr', heading: cat.headings.uk_gdpr, blocks: [paragraph(`${cat.ukIntro} ${cat.ukComplaint}`)] };
    case 'swiss_fadp':
      return { key: 'swiss_fadp', heading: cat.headings.swiss_fadp, blocks: [paragraph(`${cat.swissIntro} ${cat.swissComplaint}`)] };
  }
}
