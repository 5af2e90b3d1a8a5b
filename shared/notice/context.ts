/** Everything the section builders share: the records, the catalogue, record text and derived lists. */
import type { DataCategoryType, DataSubjectType, SecurityMeasureType } from '../model';
import type { DataSource, NoticeLanguage, Organisation, ProcessingActivity, Product, Requirement, Vendor } from '../model';
import { countryLabel, shippedTaxonomyLabel } from '../reference';
import { type Catalogue, catalogue } from './i18n';
import type { NoticeInput, NoticeOptions } from './input';
import { placeDescriber } from './text-places';
import { type NoticeWarning, RecordText } from './texts';

/** One line of the data list, de-duplicated across activities and taxonomy keys. */
export interface DataLine {
  readonly group: string;
  readonly text: string;
  readonly source: DataSource;
  readonly sourceDetail: string | undefined;
  readonly requirement: Requirement;
  readonly consequence: string | undefined;
  readonly retention: string | undefined;
  readonly retentionMonths: number | undefined;
  readonly special: string[];
}

/** What the organisation is for the product's processing: controller only, both, or processor only. */
export type NoticeShape = 'controller' | 'dual' | 'processor';

export interface NoticeContext {
  readonly cat: Catalogue;
  readonly rt: RecordText;
  readonly warnings: NoticeWarning[];
  readonly org: Organisation;
  /** The legal entity's name (the organisation's name when none is recorded). */
  readonly orgName: string;
  readonly product: Product;
  /** The product's name, or undefined when it is the organisation's own name (so that no sentence says "X … in connection with X"). */
  readonly distinctProductName: string | undefined;
  /** Controller and joint-controller activities: everything the controller part of the notice says. */
  readonly main: readonly ProcessingActivity[];
  /** Processor activities: the part of the notice about processing on behalf of customers. */
  readonly onBehalf: readonly ProcessingActivity[];
  readonly shape: NoticeShape;
  readonly processorOnly: boolean;
  readonly subjects: ReadonlyMap<string, DataSubjectType>;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly categories: ReadonlyMap<string, DataCategoryType>;
  readonly measures: ReadonlyMap<string, SecurityMeasureType>;
  readonly lines: readonly DataLine[];
  readonly contactEmail: string | undefined;
  country(code: string): string;
  /** A taxonomy entry's label in the notice's language (see `taxonomyLabeller`). */
  taxonomyLabel(kind: TaxonomyKind, key: string): string;
}

export type TaxonomyKind = 'data_category' | 'data_subject' | 'security_measure';

/**
 * A taxonomy entry's label in the notice's language: the shipped translation while the workspace
 * entry still carries the shipped English label, else the label as record text (translated by the
 * workspace's translations, or reported as untranslated).
 */
export function taxonomyLabeller(
  lang: NoticeLanguage,
  rt: RecordText,
  entries: { readonly [K in TaxonomyKind]: ReadonlyMap<string, { readonly key: string; readonly label: string }> },
): (kind: TaxonomyKind, key: string) => string {
  return (kind, key) => {
    const entry = entries[kind].get(key);
    if (entry === undefined) return rt.get(kind, key, 'label', key);
    return shippedTaxonomyLabel(kind, entry, lang) ?? rt.get(kind, key, 'label', entry.label);
  };
}

/** The data lines of some activities, in the order met, each once per group. */
export function dataLines(
  activities: readonly ProcessingActivity[],
  categories: ReadonlyMap<string, DataCategoryType>,
  rt: RecordText,
  otherGroup: string,
  label: (kind: 'data_category', key: string) => string,
): DataLine[] {
  const lines = new Map<string, DataLine>();
  for (const a of activities) {
    a.dataCategories.forEach((c, j) => {
      const field = (name: string) => `dataCategories.${j}.${name}`;
      const type = categories.get(c.category);
      const group = rt.opt('activity', a.id, field('noticeGroup'), c.noticeGroup) ?? otherGroup;
      const text = rt.opt('activity', a.id, field('detail'), c.detail) ?? label('data_category', c.category);
      const key = `${group}\u0000${text}`;
      const known = lines.get(key);
      const specialLabel = type?.special === true ? label('data_category', c.category) : undefined;
      if (known !== undefined) {
        if (specialLabel !== undefined && !known.special.includes(specialLabel)) known.special.push(specialLabel);
        return;
      }
      lines.set(key, {
        group,
        text,
        source: c.source,
        sourceDetail: rt.opt('activity', a.id, field('sourceDetail'), c.sourceDetail),
        requirement: c.requirement,
        consequence: rt.opt('activity', a.id, field('consequence'), c.consequence),
        retention: rt.opt('activity', a.id, field('retention'), c.retention),
        retentionMonths: c.retentionMonths,
        special: specialLabel !== undefined ? [specialLabel] : [],
      });
    });
  }
  return [...lines.values()];
}

export function buildContext(input: NoticeInput, options: NoticeOptions, warnings: NoticeWarning[]): NoticeContext {
  const cat = catalogue(options.lang);
  const rt = new RecordText(options.lang, options.sourceLang ?? 'en', input.translations ?? [], warnings, placeDescriber(input), options.onRecordText);
  const main = input.activities.filter((a) => a.role !== 'processor');
  const onBehalf = input.activities.filter((a) => a.role === 'processor');
  const shape: NoticeShape = onBehalf.length === 0 ? 'controller' : main.length === 0 ? 'processor' : 'dual';
  const categories = new Map(input.taxonomies.dataCategories.map((c) => [c.key, c]));
  const n = input.product.notice;
  const subjects = new Map(input.taxonomies.dataSubjects.map((x) => [x.key, x]));
  const measures = new Map(input.taxonomies.securityMeasures.map((m) => [m.key, m]));
  const taxonomyLabel = taxonomyLabeller(options.lang, rt, { data_category: categories, data_subject: subjects, security_measure: measures });
  const orgName = input.organisation.legalName ?? input.organisation.name;
  return {
    cat,
    rt,
    warnings,
    org: input.organisation,
    orgName,
    product: input.product,
    distinctProductName: sameName(input.product.name, [orgName, input.organisation.name]) ? undefined : input.product.name,
    main,
    onBehalf,
    shape,
    processorOnly: shape === 'processor',
    subjects,
    vendors: new Map(input.vendors.map((v) => [v.id, v])),
    categories,
    measures,
    lines: dataLines(main, categories, rt, cat.otherData, taxonomyLabel),
    contactEmail: n.contactEmail ?? input.organisation.privacyEmail ?? input.organisation.email,
    country: (code) => countryLabel(code, options.lang),
    taxonomyLabel,
  };
}

/** Unique non-empty strings, in order. */
export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))];
}

const LEGAL_FORMS = /[\s,]+(gmbh|ag|se|kg|ug|mbh|inc|incorporated|llc|ltd|limited|plc|corp|corporation|co|company|sas|sarl|sa|sàrl|bv|nv|oy|ab|as|aps|srl|spa|pty)\.?$/i;

/** Whether a product is named after its organisation ("Acme" and "Acme GmbH"), ignoring case, punctuation and legal forms. */
export function sameName(product: string, orgNames: readonly string[]): boolean {
  const bare = (s: string) => {
    let x = s.trim().toLowerCase();
    for (let prev = ''; prev !== x; ) {
      prev = x;
      x = x.replace(LEGAL_FORMS, '').trim();
    }
    return x.replace(/[^\p{L}\p{N}]+/gu, '');
  };
  const p = bare(product);
  return orgNames.some((o) => bare(o) === p);
}

/**
 * Lower-cases the first letter of a label used inside a sentence ("Account data" → "account
 * data"), not of names or acronyms, and not in German, where nouns keep their capital.
 */
export function lowerFirst(s: string, lang: string): string {
  // A fallback passage begins with its language mark (fallback.ts): the letter after it counts.
  const at = /^[\uE000-\uE002]/.test(s) ? 1 : 0;
  return lang !== 'de' && /^[A-Z][a-z]/.test(s.slice(at)) ? s.slice(0, at) + s.charAt(at).toLowerCase() + s.slice(at + 1) : s;
}
