/**
 * Recipients grouped by role (in plain words) and hosting with international transfers and
 * their safeguards. Both speak for the controller part only: the sub-processors of the
 * processing done for customers, and their transfers, are in the part on that processing.
 */
import type { ProcessingActivity, Recipient, Transfer, Vendor } from '../../model';
import { isAdequate, isGdprTerritory } from '../../reference';
import { type NoticeContext, unique } from '../context';
import { RECIPIENT_GROUPS, type RecipientGroup } from '../i18n/role-types';
import { type Block, type SectionDraft, paragraph, subheading, table } from '../model';
import { onBehalfHeading } from './identity';

const GROUP_OF: Readonly<Record<Recipient['type'], RecipientGroup>> = {
  processor: 'processor',
  sub_processor: 'processor',
  controller: 'controller',
  joint_controller: 'joint_controller',
  internal: 'internal',
  customer: 'customer',
  public_authority: 'public_authority',
};

export interface RecipientRow {
  readonly key: string;
  readonly name: string;
  services: string[];
  countries: string[];
}

/** The recipients of some activities, one row per recipient and role group, in the order met. */
export function recipientRows(ctx: NoticeContext, activities: readonly ProcessingActivity[]): Map<RecipientGroup, Map<string, RecipientRow>> {
  const { rt } = ctx;
  const groups = new Map<RecipientGroup, Map<string, RecipientRow>>();
  for (const a of activities) {
    a.recipients.forEach((r, j) => {
      const vendor = r.vendorId === undefined ? undefined : ctx.vendors.get(r.vendorId);
      const name = vendor?.name ?? rt.get('activity', a.id, `recipients.${j}.name`, r.name ?? '');
      const service =
        rt.opt('activity', a.id, `recipients.${j}.service`, r.service) ?? (vendor === undefined ? undefined : rt.opt('vendor', vendor.id, 'service', vendor.service));
      const countries = r.country !== undefined ? [r.country] : (vendor?.processingCountries ?? []);
      const key = r.vendorId ?? `name:${name}`;
      const group = GROUP_OF[r.type];
      const rows = groups.get(group) ?? new Map<string, RecipientRow>();
      const row = rows.get(key) ?? { key, name, services: [], countries: [] };
      row.services = unique([...row.services, service]);
      row.countries = unique([...row.countries, ...countries]);
      rows.set(key, row);
      groups.set(group, rows);
    });
  }
  return groups;
}

export function recipientsSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat } = ctx;
  const groups = recipientRows(ctx, ctx.main);
  if (groups.size === 0) return undefined;
  const blocks: Block[] = [paragraph(cat.recipientsIntro)];
  for (const group of RECIPIENT_GROUPS) {
    const rows = groups.get(group);
    if (rows === undefined) continue;
    blocks.push(subheading(cat.recipientGroups[group]));
    blocks.push(table(cat.recipientGroupHeader, [...rows.values()].map((r) => [r.name, r.services.join('\n'), r.countries.map((c) => ctx.country(c)).join(', ')])));
  }
  return { key: 'recipients', heading: cat.headings.recipients, blocks };
}

export interface TransferRow {
  readonly vendorKey: string;
  readonly recipient: string;
  readonly country: string;
  readonly safeguard: string;
  readonly documentUrl: string | undefined;
}

function safeguardText(ctx: NoticeContext, t: Pick<Transfer, 'mechanism' | 'sccModule' | 'country'>, vendor: Vendor | undefined): string {
  const { cat } = ctx;
  if (t.mechanism === undefined) return '';
  const label = cat.mechanisms[t.mechanism];
  if (t.mechanism === 'scc' && t.sccModule !== undefined) return `${label}, ${cat.sccModule(t.sccModule)}`;
  if (t.mechanism === 'adequacy' && t.country === 'US' && vendor?.dpfCertified === true) return `${label}: ${cat.dpf}`;
  return label;
}

/**
 * The transfers outside the EU/EEA of some activities: those recorded, and for recipients
 * outside the EU/EEA without a recorded transfer the vendor's own safeguard (or a warning).
 */
export function transferRows(ctx: NoticeContext, acts: readonly ProcessingActivity[]): TransferRow[] {
  const rows = new Map<string, TransferRow>();
  for (const a of acts) {
    a.transfers.forEach((t, j) => {
      const vendor = t.vendorId === undefined ? undefined : ctx.vendors.get(t.vendorId);
      const vendorKey = t.vendorId ?? `name:${t.recipientName ?? ''}`;
      const key = `${vendorKey}\u0000${t.country}`;
      if (rows.has(key)) return;
      const recipient = vendor?.name ?? t.recipientName ?? '';
      const safeguard = safeguardText(ctx, t, vendor) || (ctx.rt.opt('activity', a.id, `transfers.${j}.safeguards`, t.safeguards) ?? '');
      rows.set(key, { vendorKey, recipient, country: t.country, safeguard, documentUrl: t.documentUrl });
    });
  }
  for (const a of acts) {
    for (const r of a.recipients) {
      const vendor = r.vendorId === undefined ? undefined : ctx.vendors.get(r.vendorId);
      const countries = r.country !== undefined ? [r.country] : (vendor?.processingCountries ?? []);
      for (const country of countries.filter((c) => !isGdprTerritory(c))) {
        const vendorKey = r.vendorId ?? `name:${r.name ?? ''}`;
        const key = `${vendorKey}\u0000${country}`;
        const byName = `name:${vendor?.name ?? ''}\u0000${country}`;
        if (rows.has(key) || rows.has(byName)) continue;
        const name = vendor?.name ?? r.name ?? '';
        const mechanism = vendor?.transferMechanism ?? (isAdequate(country, { dpfCertified: vendor?.dpfCertified === true }) ? 'adequacy' : undefined);
        if (mechanism === undefined) {
          ctx.warnings.push({ code: 'missing_safeguard', message: `${name} receives data in ${ctx.country(country)}, but no transfer safeguard is recorded; the notice leaves it out of "${ctx.cat.headings.transfers}".` });
          rows.set(key, { vendorKey, recipient: name, country, safeguard: '', documentUrl: undefined });
          continue;
        }
        const sccModule = vendor?.sccModule;
        rows.set(key, { vendorKey, recipient: name, country, safeguard: safeguardText(ctx, { mechanism, country, ...(sccModule !== undefined ? { sccModule } : {}) }, vendor), documentUrl: undefined });
      }
    }
  }
  return [...rows.values()].filter((r) => !isGdprTerritory(r.country));
}

export function transfersSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt, product } = ctx;
  const blocks: Block[] = [];
  const hosting =
    rt.opt('product', product.id, 'hostingStatement', product.hostingStatement) ??
    (product.hostingCountries.length > 0 ? cat.hostedIn(product.name, product.hostingCountries.map((c) => ctx.country(c))) : undefined);
  if (hosting !== undefined) blocks.push(paragraph(hosting));
  const all = transferRows(ctx, ctx.main);
  const rows = all.filter((r) => r.safeguard !== '');
  const onBehalf = ctx.onBehalf.length > 0 && transferRows(ctx, ctx.onBehalf).length > 0;
  if (all.length === 0 && !ctx.processorOnly) {
    blocks.push(paragraph(ctx.shape === 'dual' ? cat.noControllerTransfers : cat.noTransfers));
  } else if (rows.length > 0) {
    blocks.push(paragraph(cat.transfersIntro));
    blocks.push(
      table(
        cat.transferHeader,
        rows.map((r) => [r.recipient, ctx.country(r.country), r.documentUrl !== undefined ? `${r.safeguard}\n${cat.copyAt(r.documentUrl)}` : r.safeguard]),
      ),
    );
    if (rows.some((r) => r.documentUrl === undefined)) blocks.push(paragraph(ctx.contactEmail !== undefined ? cat.copyOnRequest(ctx.contactEmail) : cat.copyGeneric));
  }
  if (onBehalf) blocks.push(paragraph(cat.transfersOnBehalfRef(onBehalfHeading(ctx))));
  else if (ctx.processorOnly) blocks.push(paragraph(cat.noTransfers));
  return blocks.length === 0 ? undefined : { key: 'transfers', heading: cat.headings.transfers, blocks };
}
