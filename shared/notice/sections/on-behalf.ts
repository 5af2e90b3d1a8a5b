/**
 * The part of the notice on processing on behalf of customers (Art. 28 GDPR), built from the
 * processor activities: for whom, whose data, which data, what is done with it on the
 * customer's instructions, how long it is kept, the sub-processors with their location and
 * transfer safeguard, and where the people concerned send requests.
 */
import type { ProcessingActivity } from '../../model';
import { isGdprTerritory } from '../../reference';
import { type NoticeContext, dataLines, lowerFirst, unique } from '../context';
import { type Block, type SectionDraft, list, paragraph, subheading, table } from '../model';
import { onBehalfHeading, subjectLabels } from './identity';
import { retentionRows } from './data';
import { recipientRows, transferRows } from './sharing';

function activityBlocks(ctx: NoticeContext, a: ProcessingActivity, headed: boolean): Block[] {
  const { cat, rt } = ctx;
  const blocks: Block[] = [];
  if (headed) blocks.push(subheading(rt.get('activity', a.id, 'name', a.name)));
  const items: string[] = [];
  const controllers = unique(a.controllers.map((p, i) => rt.get('activity', a.id, `controllers.${i}.name`, p.name)));
  if (controllers.length > 0) items.push(`${cat.onBehalfFor}: ${cat.list(controllers)}.`);
  const subjects = subjectLabels(ctx, [a]).map((x) => lowerFirst(x, cat.lang));
  if (subjects.length > 0) items.push(`${cat.onBehalfWhose}: ${cat.list(subjects)}.`);
  const purposes = unique(a.purposes.map((p, i) => rt.get('activity', a.id, `purposes.${i}.description`, p.description).replace(/\.$/, '')));
  if (purposes.length > 0) items.push(`${cat.onBehalfPurposes}: ${purposes.join('; ')}.`);
  if (items.length > 0) blocks.push(list(items));
  const lines = dataLines([a], ctx.categories, rt, cat.otherData, ctx.taxonomyLabel);
  const rows = retentionRows(ctx, lines, cat.retentionAsInstructed);
  const kept = new Set(rows.flatMap((r) => r.texts));
  const unkept = lines.filter((l) => !kept.has(l.text)).map((l) => [l.text, cat.retentionAsInstructed]);
  if (rows.length > 0 || unkept.length > 0) blocks.push(table(cat.onBehalfDataHeader, [...rows.map((r) => [r.texts.join('\n'), r.period]), ...unkept]));
  return blocks;
}

function subprocessorBlocks(ctx: NoticeContext): Block[] {
  const { cat } = ctx;
  const groups = recipientRows(ctx, ctx.onBehalf);
  const rows = [...groups.values()].flatMap((g) => [...g.values()]);
  if (rows.length === 0) return [];
  const transfers = transferRows(ctx, ctx.onBehalf);
  const cells = rows.map((r) => {
    const safeguards = r.countries.map((c) => {
      if (isGdprTerritory(c)) return cat.withinEea;
      const t = transfers.find((x) => x.vendorKey === r.key && x.country === c) ?? transfers.find((x) => x.recipient === r.name && x.country === c);
      return t === undefined || t.safeguard === '' ? '' : r.countries.length > 1 ? `${ctx.country(c)}: ${t.safeguard}` : t.safeguard;
    });
    return [r.name, r.services.join('\n'), r.countries.map((c) => ctx.country(c)).join(', '), unique(safeguards).join('\n')];
  });
  return [paragraph(cat.subprocessorsIntro), table(cat.subprocessorHeader, cells)];
}

export function onBehalfSection(ctx: NoticeContext): SectionDraft | undefined {
  if (ctx.onBehalf.length === 0) return undefined;
  const { cat } = ctx;
  const blocks: Block[] = [paragraph(cat.onBehalfIntro)];
  const headed = ctx.onBehalf.length > 1;
  for (const a of ctx.onBehalf) blocks.push(...activityBlocks(ctx, a, headed));
  blocks.push(...subprocessorBlocks(ctx));
  blocks.push(paragraph(cat.onBehalfRequests(ctx.product.notice.requestForwardDays)));
  return { key: 'on_behalf', heading: onBehalfHeading(ctx), blocks };
}
