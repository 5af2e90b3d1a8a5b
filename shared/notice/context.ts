/** Everything the section builders share: the records, the catalogue, record text and derived lists. */
import type { DataCategoryType, SecurityMeasureType } from '../model';
import type { DataSource, Organisation, ProcessingActivity, Product, Requirement, Vendor } from '../model';
import { countryName } from '../reference';
import { type Catalogue, catalogue } from './i18n';
import type { NoticeInput, NoticeOptions } from './input';
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

export interface NoticeContext {
  readonly cat: Catalogue;
  readonly rt: RecordText;
  readonly warnings: NoticeWarning[];
  readonly org: Organisation;
  readonly product: Product;
  /** Activities the notice speaks for as controller (all of them when the product is processor-only). */
  readonly main: readonly ProcessingActivity[];
  /** Processor activities of a product that also has controller activities. */
  readonly onBehalf: readonly ProcessingActivity[];
  readonly processorOnly: boolean;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly categories: ReadonlyMap<string, DataCategoryType>;
  readonly measures: ReadonlyMap<string, SecurityMeasureType>;
  readonly lines: readonly DataLine[];
  readonly contactEmail: string | undefined;
  country(code: string): string;
}

function countryNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  return (code) => names?.of(code) ?? countryName(code);
}

/** The data lines of some activities, in the order met, each once per group. */
export function dataLines(
  activities: readonly ProcessingActivity[],
  categories: ReadonlyMap<string, DataCategoryType>,
  rt: RecordText,
  otherGroup: string,
): DataLine[] {
  const lines = new Map<string, DataLine>();
  for (const a of activities) {
    a.dataCategories.forEach((c, j) => {
      const field = (name: string) => `dataCategories.${j}.${name}`;
      const type = categories.get(c.category);
      const group = rt.opt('activity', a.id, field('noticeGroup'), c.noticeGroup) ?? otherGroup;
      const text = rt.opt('activity', a.id, field('detail'), c.detail) ?? rt.get('data_category', c.category, 'label', type?.label ?? c.category);
      const key = `${group}\u0000${text}`;
      const known = lines.get(key);
      const specialLabel = type?.special === true ? rt.get('data_category', c.category, 'label', type.label) : undefined;
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
  const rt = new RecordText(options.lang, options.sourceLang ?? 'en', input.translations ?? [], warnings);
  const controllerActs = input.activities.filter((a) => a.role !== 'processor');
  const processorOnly = controllerActs.length === 0 && input.activities.length > 0;
  const main = processorOnly ? input.activities : controllerActs;
  const categories = new Map(input.taxonomies.dataCategories.map((c) => [c.key, c]));
  const n = input.product.notice;
  return {
    cat,
    rt,
    warnings,
    org: input.organisation,
    product: input.product,
    main,
    onBehalf: processorOnly ? [] : input.activities.filter((a) => a.role === 'processor'),
    processorOnly,
    vendors: new Map(input.vendors.map((v) => [v.id, v])),
    categories,
    measures: new Map(input.taxonomies.securityMeasures.map((m) => [m.key, m])),
    lines: dataLines(main, categories, rt, cat.otherData),
    contactEmail: n.contactEmail ?? input.organisation.privacyEmail ?? input.organisation.email,
    country: countryNamer(cat.locale),
  };
}

/** Unique non-empty strings, in order. */
export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))];
}
