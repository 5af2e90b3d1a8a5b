/** Recipients (who, what they do, where) and hosting with international transfers and their safeguards. */
import type { ProcessingActivity, Transfer, Vendor } from '../../model';
import { isAdequate, isGdprTerritory } from '../../reference';
import { type NoticeContext, unique } from '../context';
import { type Block, type SectionDraft, paragraph, table } from '../model';

/** All activities of the product: sub-processors of customer data are recipients too. */
function allActivities(ctx: NoticeContext): readonly ProcessingActivity[] {
  return [...ctx.main, ...ctx.onBehalf];
}

interface RecipientRow {
  name: string;
  roles: string[];
  services: string[];
  countries: string[];
}

export function recipientsSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt } = ctx;
  const rows = new Map<string, RecipientRow>();
  for (const a of allActivities(ctx)) {
    a.recipients.forEach((r, j) => {
      const vendor = r.vendorId === undefined ? undefined : ctx.vendors.get(r.vendorId);
      const name = vendor?.name ?? rt.get('activity', a.id, `recipients.${j}.name`, r.name ?? '');
      const service =
        rt.opt('activity', a.id, `recipients.${j}.service`, r.service) ?? (vendor === undefined ? undefined : rt.opt('vendor', vendor.id, 'service', vendor.service));
      const countries = r.country !== undefined ? [r.country] : (vendor?.processingCountries ?? []);
      const key = r.vendorId ?? `name:${name}`;
      const row = rows.get(key) ?? { name, roles: [], services: [], countries: [] };
      row.roles = unique([...row.roles, cat.recipientTypes[r.type]]);
      row.services = unique([...row.services, service]);
      row.countries = unique([...row.countries, ...countries]);
      rows.set(key, row);
    });
  }
  if (rows.size === 0) return undefined;
  const cells = [...rows.values()].map((r) => [r.name, r.roles.join(', '), r.services.join('\n'), r.countries.map((c) => ctx.country(c)).join(', ')]);
  return { key: 'recipients', heading: cat.headings.recipients, blocks: [paragraph(cat.recipientsIntro), table(cat.recipientHeader, cells)] };
}

interface TransferRow {
  recipient: string;
  country: string;
  safeguard: string;
  documentUrl: string | undefined;
}

function safeguardText(ctx: NoticeContext, t: Pick<Transfer, 'mechanism' | 'sccModule' | 'country'>, vendor: Vendor | undefined): string {
  const { cat } = ctx;
  if (t.mechanism === undefined) return '';
  const label = cat.mechanisms[t.mechanism];
  if (t.mechanism === 'scc' && t.sccModule !== undefined) return `${label}, ${cat.sccModule(t.sccModule)}`;
  if (t.mechanism === 'adequacy' && t.country === 'US' && vendor?.dpfCertified === true) return `${label}: ${cat.dpf}`;
  return label;
}

function transferRows(ctx: NoticeContext): TransferRow[] {
  const rows = new Map<string, TransferRow>();
  const acts = allActivities(ctx);
  for (const a of acts) {
    a.transfers.forEach((t, j) => {
      const vendor = t.vendorId === undefined ? undefined : ctx.vendors.get(t.vendorId);
      const key = `${t.vendorId ?? t.recipientName ?? ''}\u0000${t.country}`;
      if (rows.has(key)) return;
      const recipient = vendor?.name ?? t.recipientName ?? '';
      const safeguard = safeguardText(ctx, t, vendor) || (ctx.rt.opt('activity', a.id, `transfers.${j}.safeguards`, t.safeguards) ?? '');
      rows.set(key, { recipient, country: t.country, safeguard, documentUrl: t.documentUrl });
    });
  }
  // Recipients outside the EU/EEA for which no transfer is recorded: the vendor's own safeguard, or a warning.
  for (const a of acts) {
    for (const r of a.recipients) {
      const vendor = r.vendorId === undefined ? undefined : ctx.vendors.get(r.vendorId);
      const countries = r.country !== undefined ? [r.country] : (vendor?.processingCountries ?? []);
      for (const country of countries.filter((c) => !isGdprTerritory(c))) {
        const key = `${r.vendorId ?? r.name ?? ''}\u0000${country}`;
        const byName = `${vendor?.name ?? ''}\u0000${country}`;
        if (rows.has(key) || rows.has(byName)) continue;
        const name = vendor?.name ?? r.name ?? '';
        const mechanism = vendor?.transferMechanism ?? (isAdequate(country, { dpfCertified: vendor?.dpfCertified === true }) ? 'adequacy' : undefined);
        if (mechanism === undefined) {
          ctx.warnings.push({ code: 'missing_safeguard', message: `${name} receives data in ${ctx.country(country)}, but no transfer safeguard is recorded; the notice leaves it out of "${ctx.cat.headings.transfers}".` });
          rows.set(key, { recipient: name, country, safeguard: '', documentUrl: undefined });
          continue;
        }
        const sccModule = vendor?.sccModule;
        rows.set(key, { recipient: name, country, safeguard: safeguardText(ctx, { mechanism, country, ...(sccModule !== undefined ? { sccModule } : {}) }, vendor), documentUrl: undefined });
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
    (product.hostingCountries.length > 0 ? cat.hostedIn(product.name, cat.list(product.hostingCountries.map((c) => ctx.country(c)))) : undefined);
  if (hosting !== undefined) blocks.push(paragraph(hosting));
  const all = transferRows(ctx);
  const rows = all.filter((r) => r.safeguard !== '');
  if (all.length === 0) {
    blocks.push(paragraph(cat.noTransfers));
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
  return blocks.length === 0 ? undefined : { key: 'transfers', heading: cat.headings.transfers, blocks };
}
