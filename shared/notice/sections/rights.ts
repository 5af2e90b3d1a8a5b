/** The rights and how to exercise them, changes to the notice and the contact. */
import type { LegalBasis } from '../../model';
import { type NoticeContext, unique } from '../context';
import { type ListedRight } from '../i18n';
import { type Block, type SectionDraft, list, paragraph } from '../model';

function bases(ctx: NoticeContext): Set<LegalBasis> {
  return new Set(ctx.main.flatMap((a) => a.purposes.flatMap((p) => (p.legalBasis === undefined ? [] : [p.legalBasis]))));
}

export function usesConsent(ctx: NoticeContext): boolean {
  return bases(ctx).has('consent');
}

function rightsThatApply(ctx: NoticeContext): ListedRight[] {
  const b = bases(ctx);
  const rights: ListedRight[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (b.has('consent') || b.has('contract') || b.size === 0) rights.push('portability');
  if (b.has('legitimate_interests') || b.has('public_task') || b.size === 0) rights.push('objection');
  if (ctx.main.some((a) => a.automatedDecisions.exists)) rights.push('automated_decisions');
  if (b.has('consent')) rights.push('withdraw_consent');
  return rights;
}

function authorityText(ctx: NoticeContext): string | undefined {
  const a = ctx.org.leadAuthority;
  if (a === undefined || (a.country === undefined && a.url === undefined && a.address === undefined)) return undefined;
  const name = a.name === undefined ? undefined : ctx.rt.get('organisation', ctx.org.id, 'leadAuthority.name', a.name);
  return unique([name, a.address, a.country === undefined ? undefined : ctx.country(a.country), a.url, a.email]).join(', ');
}

export function rightsSection(ctx: NoticeContext): SectionDraft {
  const { cat, rt, product } = ctx;
  const n = product.notice;
  const blocks: Block[] = [paragraph(cat.rightsIntro), list(rightsThatApply(ctx).map((r) => cat.rights[r]))];
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
  const authority = authorityText(ctx);
  blocks.push(paragraph([cat.complaintGeneric, authority === undefined ? '' : ` ${cat.complaintAuthority(authority)}`].join('')));
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

export function contactSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  if (ctx.contactEmail === undefined) {
    ctx.warnings.push({ code: 'missing_contact', message: 'Neither the product nor the organisation has a privacy e-mail address; the notice has no contact section.' });
    return undefined;
  }
  const sentences = [cat.contactQuestions(ctx.contactEmail)];
  const managed = ctx.product.audiences.includes('business_users') || ctx.main.some((a) => a.recipients.some((r) => r.type === 'customer'));
  if (managed) sentences.push(cat.contactAdministrator);
  return { key: 'contact', heading: cat.headings.contact, blocks: [paragraph(sentences.join(' '))] };
}
