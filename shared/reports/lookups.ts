/** Names and labels a report needs for the keys and ids a record holds. */
import type { Art9Condition, DataCategoryUse, LegalBasis, ProcessingActivity, Recipient, Transfer, TransferMechanism } from '../model';
import { isAdequate, isEea } from '../reference';
import { type EnLabel, type ReportCatalogue, type ReportLang, reportCatalogue, reportDate } from './i18n';
import { referenceLabels } from './i18n/reference-labels';
import type { ScopedRegister } from './scope';

export interface Lookups {
  /** The report's language and its own text. */
  lang: ReportLang;
  t: ReportCatalogue;
  /** A label (column header, fact label) in the report's language, by its English text. */
  h(label: EnLabel): string;
  basis(k: LegalBasis): string;
  art9(k: Art9Condition): string;
  mechanism(k: TransferMechanism): string;
  country(code: string | undefined): string;
  /** A record date (YYYY-MM-DD) as the report's language writes it. */
  date(iso: string | undefined): string;
  /** The safeguard of a transfer in words: the mechanism, the SCC module or the derogation. */
  safeguard(t: Transfer): string;
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

export function lookups(reg: ScopedRegister, lang: ReportLang = 'en'): Lookups {
  const t = reportCatalogue(lang);
  const ref = referenceLabels(lang);
  const country = (code: string | undefined) => (code ? ref.country(code) : '');
  const safeguard = (tr: Transfer) => transferSafeguard(tr, t, ref.mechanism);
  const tax = reg.doc.taxonomies;
  const cats = new Map(tax.dataCategories.map((c) => [c.key, c]));
  const subjects = new Map(tax.dataSubjects.map((s) => [s.key, s.label]));
  const measureTypes = new Map(tax.securityMeasures.map((m) => [m.key, m]));
  const vendorName = (id: string | undefined) => (id ? (reg.vendorById.get(id)?.name ?? id) : '');
  return {
    lang,
    t,
    h: (label) => t.labels[label],
    basis: ref.basis,
    art9: ref.art9,
    mechanism: ref.mechanism,
    country,
    date: (iso) => (iso ? reportDate(t, iso) : ''),
    safeguard,
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
      return `${v.name}: ${v.dpa.link ?? `${t.labels.DPA} ${t.dpaStatus[v.dpa.status].toLowerCase()}${v.dpa.date ? ` ${v.dpa.date}` : ''}`}`;
    },
    vendorService: (id) => (id ? (reg.vendorById.get(id)?.service ?? '') : ''),
    vendorCountry: (id) => (id ? reg.vendorById.get(id)?.headquarters : undefined),
    recipientName: (r) => r.name?.trim() || vendorName(r.vendorId),
    transferText: (tr) => {
      const who = tr.recipientName?.trim() || vendorName(tr.vendorId);
      return `${country(tr.country)}${who ? ` (${who})` : ''}${colon(t)} ${safeguard(tr)}`;
    },
    retentionText: (c) => {
      const period = (c.retention?.trim() || (c.retentionMonths !== undefined ? t.f.months(c.retentionMonths) : t.w.notSet)).replace(/[.\s]+$/, '');
      return c.endAction ? t.f.atTheEnd(period, t.endAction[c.endAction]) : period;
    },
  };
}

/** ":" as the language writes it before a value (French puts a no-break space before it). */
export const colon = (t: ReportCatalogue) => (t.lang === 'fr' ? '\u00A0:' : ':');

/** The safeguard of a transfer in words: the mechanism, the SCC module or the derogation. */
export function transferSafeguard(tr: Transfer, t: ReportCatalogue = reportCatalogue('en'), mechanism = referenceLabels('en').mechanism): string {
  if (!tr.mechanism) return isEea(tr.country) ? t.w.withinEea : isAdequate(tr.country) ? t.w.adequacyDecision : t.w.noMechanism;
  let text = mechanism(tr.mechanism);
  if (tr.mechanism === 'scc' && tr.sccModule !== undefined) text += `, ${t.f.sccModule(tr.sccModule)}`;
  if (tr.mechanism === 'derogation' && tr.derogation) text += `, ${t.f.derogation(tr.derogation)}`;
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
  return [...byRule].map(([rule, names]) => `${names.join(', ')}${colon(l.t)} ${rule}`).join('\n');
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
