/** What data is collected (grouped as the records say), whether it must be provided, how long it is kept. */
import type { DataLine, NoticeContext } from '../context';
import { unique } from '../context';
import { type Block, type SectionDraft, list, paragraph, subheading, table } from '../model';

const NOT_FROM_THE_PERSON = new Set(['customer', 'third_party', 'publicly_available']);

function byGroup(lines: readonly DataLine[]): Map<string, DataLine[]> {
  const groups = new Map<string, DataLine[]>();
  for (const l of lines) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
  return groups;
}

function lineText(ctx: NoticeContext, l: DataLine): string {
  const showSource = l.sourceDetail !== undefined || NOT_FROM_THE_PERSON.has(l.source);
  const text = l.text.replace(/\s+$/, '');
  return showSource ? `${text}. ${ctx.cat.source(l.sourceDetail?.replace(/\.$/, '') ?? ctx.cat.sources[l.source])}` : text;
}

export function dataSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  if (ctx.lines.length === 0) return undefined;
  const groups = byGroup(ctx.lines);
  const blocks: Block[] = [paragraph(cat.dataIntro(ctx.product.name))];
  const headed = groups.size > 1 || !groups.has(cat.otherData);
  for (const [group, lines] of groups) {
    if (headed) blocks.push(subheading(group));
    blocks.push(list(lines.map((l) => lineText(ctx, l))));
  }
  const special = unique(ctx.lines.flatMap((l) => l.special));
  if (special.length > 0) blocks.push(paragraph(cat.specialData(cat.list(special))));
  return { key: 'data', heading: cat.headings.data, blocks };
}

export function requirementSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const items = unique(
    ctx.lines
      .filter((l) => l.consequence !== undefined || l.requirement === 'optional' || l.requirement === 'statutory')
      .map((l) => `${l.text.replace(/\.$/, '')}: ${cat.requirements[l.requirement]}.${l.consequence !== undefined ? ` ${l.consequence}` : ''}`),
  );
  if (items.length === 0) return undefined;
  return { key: 'requirement', heading: cat.headings.requirement, blocks: [paragraph(cat.requirementIntro), list(items)] };
}

function retentionOf(ctx: NoticeContext, l: DataLine): string | undefined {
  if (l.retention !== undefined) return l.retention;
  return l.retentionMonths !== undefined && l.retentionMonths > 0 ? ctx.cat.months(l.retentionMonths) : undefined;
}

export function retentionSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const [group, lines] of byGroup(ctx.lines)) {
    const periods = new Map<string, string[]>();
    for (const l of lines) {
      const period = retentionOf(ctx, l);
      if (period === undefined) {
        ctx.warnings.push({ code: 'missing_retention', message: `No retention period is recorded for "${l.text}"; the notice leaves it out of "${cat.headings.retention}".` });
        continue;
      }
      periods.set(period, [...(periods.get(period) ?? []), l.text]);
    }
    const whole = periods.size === 1 && group !== cat.otherData && [...periods.values()][0]?.length === lines.length;
    for (const [period, texts] of periods) {
      const label = whole ? group : `${group === cat.otherData ? '' : `${group}: `}${texts.join('; ')}`;
      const key = `${label}\u0000${period}`;
      if (!seen.has(key)) rows.push([label, period]);
      seen.add(key);
    }
  }
  if (rows.length === 0) return undefined;
  return { key: 'retention', heading: cat.headings.retention, blocks: [paragraph(cat.retentionIntro), table(cat.retentionHeader, rows)] };
}
