/** The user's own sections and the jurisdiction add-ons (California, UK, Switzerland). */
import type { JurisdictionAddon } from '../../model';
import { type NoticeContext, unique } from '../context';
import { type Block, type SectionDraft, list, paragraph, textBlocks } from '../model';

export function customSections(ctx: NoticeContext): SectionDraft[] {
  const { rt, product } = ctx;
  return product.notice.customSections.map((s) => ({
    key: `custom:${s.id}`,
    heading: rt.get('product', product.id, `notice.customSections.${s.id}.title`, s.title),
    blocks: textBlocks(rt.get('product', product.id, `notice.customSections.${s.id}.body`, s.body)),
  }));
}

function ccpa(ctx: NoticeContext): Block[] {
  const { cat } = ctx;
  const blocks: Block[] = [paragraph(cat.ccpaIntro)];
  const groups = unique(ctx.lines.map((l) => l.group));
  if (groups.length > 0) blocks.push(paragraph(cat.ccpaCategories(cat.list(groups))));
  if (ctx.product.notice.statements.includes('no_sale')) blocks.push(paragraph(cat.ccpaNoSale));
  blocks.push(paragraph(cat.ccpaRightsIntro), list(cat.ccpaRights));
  if (ctx.contactEmail !== undefined) blocks.push(paragraph(cat.ccpaExercise(ctx.contactEmail)));
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
