/** Security measures, automated decisions, device permissions and children. */
import { PLATFORMS } from '../../model';
import { type NoticeContext, unique } from '../context';
import { type Block, type SectionDraft, list, paragraph, table } from '../model';

/**
 * Each measure said once: an activity's own description of its measures stands for that
 * activity; the catalogue labels are used for activities that have none.
 */
export function securitySection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt } = ctx;
  const items = unique(
    [...ctx.main, ...ctx.onBehalf].flatMap((a) => {
      const notes = (rt.opt('activity', a.id, 'securityNotes', a.securityNotes) ?? '').split('\n').map((l) => l.replace(/^[-*•]\s+/, '').trim()).filter((l) => l !== '');
      if (notes.length > 0) return notes;
      return a.securityMeasures.map((key) => ctx.taxonomyLabel('security_measure', key));
    }),
  );
  if (items.length === 0) return undefined;
  return { key: 'security', heading: cat.headings.security, blocks: [paragraph(cat.securityIntro), list(items)] };
}

export function automatedSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt } = ctx;
  // Art. 22 binds the controller: a processor-only notice makes no statement for it.
  if (ctx.processorOnly) return undefined;
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

/** The permissions, and where each is changed: in the app where the product records a place, else in the system settings of each platform. */
export function permissionsSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt, product } = ctx;
  if (product.permissions.length === 0) return undefined;
  const rows = product.permissions.map((p, i) => {
    const purpose = rt.get('product', product.id, `permissions.${i}.purpose`, p.purpose);
    const inApp = rt.opt('product', product.id, `permissions.${i}.inAppPath`, p.inAppPath);
    return [
      cat.permissions[p.permission],
      p.platforms.map((x) => cat.platforms[x]).join(', '),
      inApp === undefined ? purpose : `${purpose}\n${cat.permissionInApp(inApp)}`,
      p.optional ? cat.optional : cat.required,
    ];
  });
  const platforms = PLATFORMS.filter((x) => product.permissions.some((p) => p.platforms.includes(x)));
  const places = platforms.flatMap((x) => {
    const place = cat.permissionPlaces[x];
    return place === undefined ? [] : [place(product.name)];
  });
  const intro = places.length > 0 ? `${cat.permissionsIntro} ${cat.permissionsWhere(places.join('; '))}` : cat.permissionsIntro;
  return { key: 'permissions', heading: cat.headings.permissions, blocks: [paragraph(intro), table(cat.permissionHeader, rows)] };
}

export function childrenSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, product } = ctx;
  const sentences: string[] = [];
  if (product.minimumAge !== undefined && product.minimumAge > 0) sentences.push(cat.minimumAge(product.name, product.minimumAge));
  if (product.audiences.includes('children')) sentences.push(cat.childrenAudience(product.name));
  if (sentences.length === 0) return undefined;
  return { key: 'children', heading: cat.headings.children, blocks: [paragraph(sentences.join(' '))] };
}
