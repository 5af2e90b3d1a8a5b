/** Who is responsible (controller, DPO, representative, roles), what the notice covers, integrations. */
import type { Contact, ProcessingActivity } from '../../model';
import { isGdprTerritory } from '../../reference';
import { type NoticeContext, lowerFirst, unique } from '../context';
import { type Block, type SectionDraft, list, paragraph } from '../model';

function contactText(ctx: NoticeContext, c: Contact, field: string): string {
  const name = c.name === undefined ? undefined : ctx.rt.get('organisation', ctx.org.id, `${field}.name`, c.name);
  const place = [c.address, c.country === undefined ? undefined : ctx.country(c.country)];
  return unique([name, ...place, c.email, c.phone, c.url]).join(', ');
}

export function controllerSection(ctx: NoticeContext): SectionDraft {
  const { cat, org, orgName } = ctx;
  const product = ctx.distinctProductName;
  const intro = ctx.processorOnly
    ? product === undefined ? cat.providerIsSelf(orgName) : cat.providerIs(orgName, product)
    : product === undefined ? cat.controllerIsSelf(orgName) : cat.controllerIs(orgName, product);
  const blocks: Block[] = [paragraph(intro)];
  const address = unique([org.address, org.country === undefined ? undefined : ctx.country(org.country)]).join(', ');
  const l = cat.contactLines;
  const lines = unique([
    address === '' ? undefined : `${l.address}: ${address}`,
    ctx.contactEmail === undefined ? undefined : `${l.email}: ${ctx.contactEmail}`,
    org.phone === undefined ? undefined : `${l.phone}: ${org.phone}`,
    org.website === undefined ? undefined : `${l.website}: ${org.website}`,
    org.registrationNumber === undefined ? undefined : `${l.registration}: ${org.registrationNumber}`,
  ]);
  if (lines.length > 0) blocks.push(list(lines));
  if (org.dpo !== undefined) {
    const name = org.dpo.name === undefined ? undefined : ctx.rt.get('organisation', org.id, 'dpo.name', org.dpo.name);
    const reach = unique([org.dpo.email, org.dpo.phone, org.dpo.url]);
    const parts = [name === undefined ? '' : cat.dpo(name), reach.length > 0 ? `${cat.dpoContact} ${reach.join(', ')}.` : ''];
    if (parts.some((p) => p !== '')) blocks.push(paragraph(parts.filter((p) => p !== '').join(' ')));
  }
  if (org.representative !== undefined) {
    const text = contactText(ctx, org.representative, 'representative');
    const outside = org.country !== undefined && !isGdprTerritory(org.country);
    if (text !== '') blocks.push(paragraph(outside ? cat.representativeOutside(orgName, text) : cat.representative(text)));
  }
  const joint = ctx.main.flatMap((a) =>
    a.jointControllers.map((p, i) => {
      const arrangement = ctx.rt.opt('activity', a.id, `jointControllers.${i}.arrangement`, p.arrangement);
      return unique([p.name, p.contact, p.country === undefined ? undefined : ctx.country(p.country)]).join(', ') + (arrangement ? `: ${arrangement}` : '');
    }),
  );
  if (joint.length > 0) blocks.push(paragraph(cat.jointControllers), list(unique(joint)));
  return { key: 'controller', heading: ctx.processorOnly ? cat.providerHeading : cat.headings.controller, blocks };
}

/** The heading of the part on processing for customers, as the notice shows it. */
export function onBehalfHeading(ctx: NoticeContext): string {
  return ctx.processorOnly ? ctx.cat.onBehalfHeadingOnly(ctx.product.name) : ctx.cat.headings.on_behalf;
}

/** The data subjects of some activities, as the notice names them. */
export function subjectLabels(ctx: NoticeContext, activities: readonly ProcessingActivity[]): string[] {
  return unique(activities.flatMap((a) => a.dataSubjects).map((k) => ctx.taxonomyLabel('data_subject', k)));
}

/** Controller for some data, processor for other data; or processor only. */
export function rolesSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, orgName } = ctx;
  if (ctx.processorOnly) {
    return { key: 'roles', heading: cat.headings.roles, blocks: [paragraph(cat.processorOnlyRoles(orgName, ctx.product.name))] };
  }
  if (ctx.shape !== 'dual') return undefined;
  const groups = unique(ctx.lines.map((l) => l.group));
  const subjects = subjectLabels(ctx, ctx.onBehalf).map((x) => lowerFirst(x, cat.lang));
  const blocks: Block[] = [];
  if (groups.length > 0) blocks.push(paragraph(cat.rolesController(orgName, cat.list(groups.map((g) => lowerFirst(g, cat.lang))))));
  blocks.push(paragraph(cat.rolesProcessorFor(orgName, subjects.length > 0 ? cat.list(subjects) : undefined, onBehalfHeading(ctx))));
  return { key: 'roles', heading: cat.headings.roles, blocks };
}

export function scopeSection(ctx: NoticeContext): SectionDraft {
  const { cat, product } = ctx;
  const description = ctx.rt.opt('product', product.id, 'description', product.description)?.replace(/\.$/, '');
  const intro = [cat.scopeProduct(product.name, description)];
  const platforms = product.platforms.filter((p) => p !== 'integration' && p !== 'other').map((p) => cat.platforms[p]);
  if (platforms.length > 0) intro.push(cat.scopePlatforms(cat.list(platforms)));
  const blocks: Block[] = [paragraph(intro.join(' '))];
  if (product.storeListings.length > 0) {
    blocks.push(paragraph(cat.scopeStores));
    blocks.push(list(product.storeListings.map((s) => `${cat.stores[s.store]}: ${s.id}${s.url !== undefined ? ` (${s.url})` : ''}`)));
  }
  return { key: 'scope', heading: cat.headings.scope, blocks };
}

export function integrationSection(ctx: NoticeContext): SectionDraft | undefined {
  const i = ctx.product.integration;
  if (i === undefined) return undefined;
  const { cat, rt, product } = ctx;
  const stored = rt.get('product', product.id, 'integration.storedData', i.storedData);
  const live = rt.opt('product', product.id, 'integration.liveReadData', i.liveReadData);
  const host = rt.get('product', product.id, 'integration.hostPlatform', i.hostPlatform);
  const sentences = [cat.integrationInstalled(product.name, host), cat.integrationStores(stored)];
  if (live !== undefined) sentences.push(cat.integrationLive(live));
  return { key: 'integration', heading: cat.headings.integration, blocks: [paragraph(sentences.join(' '))] };
}
