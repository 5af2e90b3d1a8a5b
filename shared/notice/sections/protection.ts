/** Security measures, automated decisions, device permissions and children. */
import { type NoticeContext, unique } from '../context';
import { type Block, type SectionDraft, list, paragraph, table } from '../model';

export function securitySection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt } = ctx;
  const acts = [...ctx.main, ...ctx.onBehalf];
  const labels = unique(
    acts.flatMap((a) => a.securityMeasures).map((key) => rt.get('security_measure', key, 'label', ctx.measures.get(key)?.label ?? key)),
  );
  const notes = unique(
    acts.flatMap((a) => (rt.opt('activity', a.id, 'securityNotes', a.securityNotes) ?? '').split('\n').map((l) => l.trim())),
  );
  if (labels.length === 0 && notes.length === 0) return undefined;
  const blocks: Block[] = [paragraph(cat.securityIntro)];
  if (labels.length > 0) blocks.push(list(labels));
  if (notes.length > 0) blocks.push(paragraph(cat.securityDetails), list(notes));
  return { key: 'security', heading: cat.headings.security, blocks };
}

export function automatedSection(ctx: NoticeContext): SectionDraft {
  const { cat, rt } = ctx;
  const blocks: Block[] = [];
  for (const a of ctx.main.filter((x) => x.automatedDecisions.exists)) {
    const d = a.automatedDecisions;
    const sentences = [cat.automatedExists(rt.get('activity', a.id, 'name', a.name))];
    const logic = rt.opt('activity', a.id, 'automatedDecisions.logic', d.logic);
    const significance = rt.opt('activity', a.id, 'automatedDecisions.significance', d.significance);
    const details = unique([logic === undefined ? undefined : cat.automatedLogic(logic), significance === undefined ? undefined : cat.automatedSignificance(significance)]);
    blocks.push(paragraph(sentences.join(' ')));
    if (details.length > 0) blocks.push(list(details));
  }
  if (blocks.length === 0) blocks.push(paragraph(cat.automatedNone));
  return { key: 'automated', heading: cat.headings.automated, blocks };
}

export function permissionsSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt, product } = ctx;
  if (product.permissions.length === 0) return undefined;
  const rows = product.permissions.map((p, i) => [
    cat.permissions[p.permission],
    p.platforms.map((x) => cat.platforms[x]).join(', '),
    rt.get('product', product.id, `permissions.${i}.purpose`, p.purpose),
    p.optional ? cat.optional : cat.required,
  ]);
  return { key: 'permissions', heading: cat.headings.permissions, blocks: [paragraph(cat.permissionsIntro), table(cat.permissionHeader, rows)] };
}

export function childrenSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, product } = ctx;
  const sentences: string[] = [];
  if (product.minimumAge !== undefined && product.minimumAge > 0) sentences.push(cat.minimumAge(product.name, product.minimumAge));
  if (product.audiences.includes('children')) sentences.push(cat.childrenAudience(product.name));
  if (sentences.length === 0) return undefined;
  return { key: 'children', heading: cat.headings.children, blocks: [paragraph(sentences.join(' '))] };
}
