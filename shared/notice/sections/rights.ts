/**
 * The rights, derived from the legal bases the controller activities use; the right to
 * object on its own, before the other rights (Art. 21(4)); changes to the notice and the
 * contact routes. A processor-only notice sends people to the controller and promises
 * nothing the controller decides.
 */
import type { LegalBasis, Purpose } from '../../model';
import { authorityName, shippedAuthorityFor } from '../../reference';
import { type NoticeContext, unique } from '../context';
import { type ListedRight } from '../i18n';
import { type Block, type SectionDraft, list, paragraph } from '../model';
import { onBehalfHeading } from './identity';

function bases(ctx: NoticeContext): Set<LegalBasis> {
  return new Set(ctx.main.flatMap((a) => a.purposes.flatMap((p) => (p.legalBasis === undefined ? [] : [p.legalBasis]))));
}

export function usesConsent(ctx: NoticeContext): boolean {
  return bases(ctx).has('consent');
}

const OBJECTION_BASES = ['legitimate_interests', 'public_task'] as const;
const objectionBasis = (p: Purpose) => p.legalBasis !== undefined && (OBJECTION_BASES as readonly string[]).includes(p.legalBasis);

/**
 * The controller purposes people may object to, as the notice names them: direct marketing
 * (Art. 21(2), whatever its basis, without reasons) and, apart from those, purposes on
 * Art. 6(1)(e)/(f) (Art. 21(1), on grounds of one's particular situation).
 */
function objectable(ctx: NoticeContext): { marketing: string[]; situation: string[]; situationBases: (typeof OBJECTION_BASES)[number][] } {
  const named = (pick: (p: Purpose) => boolean) =>
    unique(ctx.main.flatMap((a) => a.purposes.flatMap((p, i) => (pick(p) ? [ctx.rt.get('activity', a.id, `purposes.${i}.description`, p.description)] : []))));
  const situation = (p: Purpose) => p.directMarketing !== true && objectionBasis(p);
  const used = new Set(ctx.main.flatMap((a) => a.purposes.filter(situation).map((p) => p.legalBasis)));
  return { marketing: named((p) => p.directMarketing === true), situation: named(situation), situationBases: OBJECTION_BASES.filter((b) => used.has(b)) };
}

/** Art. 20 only for consent or contract, Art. 21 only for (e)/(f) or direct marketing, Art. 7(3) wherever consent is used. */
function rightsThatApply(ctx: NoticeContext): string[] {
  const { cat } = ctx;
  const b = bases(ctx);
  const o = objectable(ctx);
  const rights: ListedRight[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (b.has('consent') || b.has('contract')) rights.push('portability');
  const listed = rights.map((r) => cat.rights[r]);
  // Art. 21(1), naming only the bases the purposes use.
  if (o.situation.length > 0) listed.push(cat.rightObjection(o.situationBases));
  if (o.marketing.length > 0) listed.push(cat.rightObjectionMarketing);
  if (ctx.main.some((a) => a.automatedDecisions.exists)) listed.push(cat.rights.automated_decisions);
  if (b.has('consent')) listed.push(cat.rights.withdraw_consent);
  return listed;
}

/**
 * The authority under its own name in its own language when it is one the app ships (in a text in
 * the records' own language, the name as recorded); any other name is record text.
 */
function authorityLabel(ctx: NoticeContext, a: NonNullable<NoticeContext['org']['leadAuthority']>): string | undefined {
  if (a.name === undefined) return undefined;
  const shipped = ctx.rt.isSourceLanguage ? undefined : shippedAuthorityFor(a);
  return shipped !== undefined ? authorityName(shipped, ctx.cat.lang) : ctx.rt.get('organisation', ctx.org.id, 'leadAuthority.name', a.name);
}

function authorityText(ctx: NoticeContext): string | undefined {
  const a = ctx.org.leadAuthority;
  if (a === undefined || (a.country === undefined && a.url === undefined && a.address === undefined)) return undefined;
  const name = a.name === undefined ? undefined : authorityLabel(ctx, a);
  return unique([name, a.address, a.country === undefined ? undefined : ctx.country(a.country), a.url, a.email]).join(', ');
}

/**
 * Art. 21(4): the right to object, presented clearly and separately, naming the purposes it
 * concerns: the absolute right against direct marketing first (Art. 21(2)-(3)), then the right
 * on grounds of one's particular situation against (e)/(f) processing (Art. 21(1)).
 */
export function objectionSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const o = objectable(ctx);
  if (o.marketing.length === 0 && o.situation.length === 0) return undefined;
  const blocks: Block[] = [];
  if (o.marketing.length > 0) blocks.push(paragraph(cat.objectionMarketingIntro), list(o.marketing));
  const how = cat.objectionHow(ctx.contactEmail);
  if (o.situation.length > 0) {
    blocks.push(paragraph(cat.objectionIntro(cat.list(o.situationBases.map((b) => cat.objectionBases[b])))), list(o.situation), paragraph(`${cat.objectionEffect} ${how}`));
  } else blocks.push(paragraph(how));
  return { key: 'objection', heading: cat.headings.objection, blocks };
}

function complaint(ctx: NoticeContext, withAuthority: boolean): Block {
  const { cat } = ctx;
  const authority = withAuthority ? authorityText(ctx) : undefined;
  return paragraph([cat.complaintGeneric, authority === undefined ? '' : ` ${cat.complaintAuthority(authority)}`].join(''));
}

export function rightsSection(ctx: NoticeContext): SectionDraft {
  const { cat, rt, product } = ctx;
  if (ctx.processorOnly) {
    return { key: 'rights', heading: cat.headings.rights, blocks: [paragraph(cat.processorRights(product.name)), complaint(ctx, false)] };
  }
  const n = product.notice;
  const blocks: Block[] = [paragraph(cat.rightsIntro), list(rightsThatApply(ctx))];
  if (ctx.shape === 'dual') blocks.push(paragraph(cat.rightsDualScope(onBehalfHeading(ctx))));
  const steps = rt.opt('product', product.id, 'notice.deletionSteps', n.deletionSteps);
  const mentioned = (s: string) => steps !== undefined && (steps.includes(s) || (n.deletionSteps ?? '').includes(s));
  const ways = unique([
    ctx.contactEmail === undefined ? undefined : cat.exerciseEmail(ctx.contactEmail),
    n.inAppPath === undefined || mentioned(n.inAppPath) ? undefined : cat.exerciseInApp(rt.get('product', product.id, 'notice.inAppPath', n.inAppPath)),
    n.webFormUrl === undefined || mentioned(n.webFormUrl) ? undefined : cat.exerciseWebForm(n.webFormUrl),
  ]);
  if (ways.length > 0 || steps !== undefined) blocks.push(paragraph(cat.exerciseIntro));
  if (ways.length > 0) blocks.push(list(ways));
  if (steps !== undefined) blocks.push(paragraph(steps));
  blocks.push(paragraph(cat.responseTime));
  if (usesConsent(ctx)) blocks.push(paragraph(cat.withdrawConsent));
  if (product.permissions.length > 0) blocks.push(paragraph(cat.withdrawPermissions(cat.headings.permissions)));
  blocks.push(complaint(ctx, true));
  return { key: 'rights', heading: cat.headings.rights, blocks };
}

export function changesSection(ctx: NoticeContext): SectionDraft {
  const { cat, rt, product } = ctx;
  const n = product.notice;
  const channels = rt.opt('product', product.id, 'notice.changeChannels', n.changeChannels);
  const sentences = [cat.changesIntro(product.name)];
  if (channels !== undefined) sentences.push(cat.changesChannels(channels.replace(/\.$/, '')));
  if (n.changeNoticeDays !== undefined && n.changeNoticeDays > 0) sentences.push(cat.changesDays(n.changeNoticeDays));
  return { key: 'changes', heading: cat.headings.changes, blocks: [paragraph(sentences.join(' '))] };
}

/** Where each audience turns (the routes recorded, then everyone else), and the support contact apart from the privacy one. */
export function contactSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt, product } = ctx;
  const n = product.notice;
  const routes = (n.contactRoutes ?? []).map(
    (r, i) => `${rt.get('product', product.id, `notice.contactRoutes.${i}.audience`, r.audience)}: ${rt.get('product', product.id, `notice.contactRoutes.${i}.route`, r.route).replace(/\.$/, '')}.`,
  );
  const blocks: Block[] = [];
  if (routes.length > 0) {
    const email = ctx.contactEmail;
    const others = email === undefined || (n.contactRoutes ?? []).some((r) => r.route.includes(email)) ? [] : [`${cat.contactEveryoneElse}: ${email}.`];
    blocks.push(paragraph(cat.contactRoutesIntro), list([...routes, ...others]));
  } else if (ctx.contactEmail !== undefined) {
    const sentences = [cat.contactQuestions(ctx.contactEmail)];
    const managed = ctx.product.audiences.includes('business_users') || ctx.main.some((a) => a.recipients.some((r) => r.type === 'customer'));
    if (managed) sentences.push(cat.contactAdministrator);
    blocks.push(paragraph(sentences.join(' ')));
  } else {
    ctx.warnings.push({ code: 'missing_contact', message: 'Neither the product nor the organisation has a privacy e-mail address or a contact route; the notice has no contact section.' });
  }
  const support = unique([n.supportEmail, n.supportUrl]);
  if (support.length > 0) blocks.push(paragraph(cat.supportContact(product.name, cat.list(support))));
  return blocks.length === 0 ? undefined : { key: 'contact', heading: cat.headings.contact, blocks };
}
