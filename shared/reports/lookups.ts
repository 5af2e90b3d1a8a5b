/** Names and labels a report needs for the keys and ids a record holds. */
import type { DataCategoryUse, ProcessingActivity, Recipient, Transfer } from '../model';
import { isAdequate, isEea } from '../reference';
import type { ScopedRegister } from './scope';
import { DPA_STATUS, END_ACTION, country, mechanismLabel } from './vocab';

export interface Lookups {
  orgName(id: string): string;
  productName(id: string | undefined): string;
  /** "Germany, Ireland": where the product is hosted ('' without a product or hosting countries). */
  productHosting(id: string | undefined): string;
  categoryLabel(key: string): string;
  categorySpecial(key: string): boolean;
  subjectLabel(key: string): string;
  measureLabel(key: string): string;
  vendorName(id: string | undefined): string;
  vendorService(id: string | undefined): string;
  /** "Vendor: link to the DPA" or "Vendor: DPA signed 2025-03-01". */
  vendorDpa(id: string): string;
  vendorCountry(id: string | undefined): string | undefined;
  measureArt32(key: string): string;
  measureDescription(key: string): string;
  recipientName(r: Recipient): string;
  transferText(t: Transfer): string;
  retentionText(c: DataCategoryUse): string;
}

export function lookups(reg: ScopedRegister): Lookups {
  const tax = reg.doc.taxonomies;
  const cats = new Map(tax.dataCategories.map((c) => [c.key, c]));
  const subjects = new Map(tax.dataSubjects.map((s) => [s.key, s.label]));
  const measureTypes = new Map(tax.securityMeasures.map((m) => [m.key, m]));
  const vendorName = (id: string | undefined) => (id ? (reg.vendorById.get(id)?.name ?? id) : '');
  return {
    orgName: (id) => reg.organisationById.get(id)?.name ?? id,
    productName: (id) => (id ? (reg.productById.get(id)?.name ?? id) : ''),
    productHosting: (id) => (id ? (reg.productById.get(id)?.hostingCountries ?? []).map(country).join(', ') : ''),
    categoryLabel: (key) => cats.get(key)?.label ?? key,
    categorySpecial: (key) => cats.get(key)?.special === true || cats.get(key)?.criminal === true,
    subjectLabel: (key) => subjects.get(key) ?? key,
    measureLabel: (key) => measureTypes.get(key)?.label ?? key,
    measureArt32: (key) => (measureTypes.get(key)?.art32 ?? []).map((p) => `(${p})`).join(' '),
    measureDescription: (key) => measureTypes.get(key)?.description ?? '',
    vendorName,
    vendorDpa: (id) => {
      const v = reg.vendorById.get(id);
      if (!v) return '';
      return `${v.name}: ${v.dpa.link ?? `DPA ${DPA_STATUS.label(v.dpa.status).toLowerCase()}${v.dpa.date ? ` ${v.dpa.date}` : ''}`}`;
    },
    vendorService: (id) => (id ? (reg.vendorById.get(id)?.service ?? '') : ''),
    vendorCountry: (id) => (id ? reg.vendorById.get(id)?.headquarters : undefined),
    recipientName: (r) => r.name?.trim() || vendorName(r.vendorId),
    transferText: (t) => {
      const who = t.recipientName?.trim() || vendorName(t.vendorId);
      return `${country(t.country)}${who ? ` (${who})` : ''}: ${transferSafeguard(t)}`;
    },
    retentionText: (c) => {
      const period = (c.retention?.trim() || (c.retentionMonths !== undefined ? `${c.retentionMonths} months` : 'Not set')).replace(/[.\s]+$/, '');
      return c.endAction ? `${period}; at the end: ${END_ACTION.label(c.endAction).toLowerCase()}` : period;
    },
  };
}

/** The safeguard of a transfer in words: the mechanism, the SCC module or the derogation. */
export function transferSafeguard(t: Transfer): string {
  if (!t.mechanism) return isEea(t.country) ? 'Within the EEA' : isAdequate(t.country) ? 'Adequacy decision (Art. 45)' : 'No mechanism recorded';
  let text = mechanismLabel(t.mechanism);
  if (t.mechanism === 'scc' && t.sccModule !== undefined) text += `, module ${t.sccModule}`;
  if (t.mechanism === 'derogation' && t.derogation) text += `, Art. 49(1)${t.derogation === 'compelling_interests' ? ' second subparagraph' : `(${t.derogation})`}`;
  return text;
}

/** "Name, E-mail address: 24 months; at the end: delete", one line per distinct period. */
export function retentionLines(categories: readonly DataCategoryUse[], l: Lookups): string {
  const byRule = new Map<string, string[]>();
  for (const c of categories) {
    const rule = l.retentionText(c);
    const names = byRule.get(rule) ?? [];
    const label = l.categoryLabel(c.category);
    if (!names.includes(label)) names.push(label);
    byRule.set(rule, names);
  }
  return [...byRule].map(([rule, names]) => `${names.join(', ')}: ${rule}`).join('\n');
}

/** The non-blank items, each once, one per line (a register cell). */
export function lines(items: readonly string[]): string {
  const out: string[] = [];
  for (const x of items) if (x.trim() !== '' && !out.includes(x)) out.push(x);
  return out.join('\n');
}

/** Activities of one product (or of the organisation itself when `productId` is undefined). */
export function activitiesOf(activities: readonly ProcessingActivity[], organisationId: string, productId: string | undefined): ProcessingActivity[] {
  return activities.filter((a) => a.organisationId === organisationId && a.productId === productId);
}
