/** What data is collected (grouped as the records say), whether it must be provided, how long it is kept. */
import type { Requirement } from '../../model';
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

const REQUIREMENT_ORDER: readonly Requirement[] = ['statutory', 'contractual', 'necessary_for_service', 'optional'];

/** Art. 13(2)(e) for every line of data, required ones included, grouped by whether it must be provided. */
export function requirementSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const blocks: Block[] = [];
  for (const requirement of REQUIREMENT_ORDER) {
    const lines = ctx.lines.filter((l) => l.requirement === requirement);
    if (lines.length === 0) continue;
    const items = unique(lines.map((l) => (l.consequence === undefined ? l.text.replace(/\.$/, '') : `${l.text.replace(/\.$/, '')}: ${l.consequence}`)));
    blocks.push(subheading(cat.requirementGroups[requirement]), list(items));
    if (lines.some((l) => l.consequence === undefined)) blocks.push(paragraph(cat.requirementDefault[requirement]));
  }
  if (blocks.length === 0) return undefined;
  return { key: 'requirement', heading: cat.headings.requirement, blocks: [paragraph(cat.requirementIntro), ...blocks] };
}

function retentionOf(ctx: NoticeContext, l: DataLine): string | undefined {
  if (l.retention !== undefined) return l.retention;
  return l.retentionMonths !== undefined && l.retentionMonths > 0 ? ctx.cat.months(l.retentionMonths) : undefined;
}

/** One retention period and everything kept for it: a whole group by its name, else each line. */
export interface RetentionRow {
  readonly period: string;
  /** What the notice names: group headings or "Group: line". */
  readonly labels: string[];
  /** The data lines kept for the period. */
  readonly texts: string[];
}

/** Identical retention texts grouped into one row, in the order met; lines without a period are left out (with a warning). */
export function retentionRows(ctx: NoticeContext, lines: readonly DataLine[], fallback?: string): RetentionRow[] {
  const { cat } = ctx;
  const rows = new Map<string, RetentionRow>();
  for (const [group, groupLines] of byGroup(lines)) {
    const periods = new Map<string, string[]>();
    for (const l of groupLines) {
      const period = retentionOf(ctx, l);
      if (period === undefined) {
        const says = fallback === undefined ? 'the notice states none for it' : `the notice says "${fallback}"`;
        ctx.warnings.push({ code: 'missing_retention', message: `No retention period is recorded for "${l.text}"; ${says}.` });
        continue;
      }
      periods.set(period, [...(periods.get(period) ?? []), l.text]);
    }
    const whole = periods.size === 1 && group !== cat.otherData && [...periods.values()][0]?.length === groupLines.length;
    for (const [period, texts] of periods) {
      const row = rows.get(period) ?? { period, labels: [], texts: [] };
      const labels = whole ? [group] : texts.map((t) => (group === cat.otherData ? t : `${group}: ${t}`));
      for (const label of labels) if (!row.labels.includes(label)) row.labels.push(label);
      for (const t of texts) if (!row.texts.includes(t)) row.texts.push(t);
      rows.set(period, row);
    }
  }
  return [...rows.values()];
}

export function retentionSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const rows = retentionRows(ctx, ctx.lines);
  if (rows.length === 0) return undefined;
  return { key: 'retention', heading: cat.headings.retention, blocks: [paragraph(cat.retentionIntro), table(cat.retentionHeader, rows.map((r) => [r.labels.join('\n'), r.period]))] };
}
