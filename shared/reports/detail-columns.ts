/** The detail sheets: data inventory, recipients, vendors, transfers, retention schedule, security measures. */
import type { DataCategoryUse, EndAction, ProcessingActivity, Recipient, Transfer, Vendor } from '../model';
import { isAdequate, isEea } from '../reference';
import type { Lookups } from './lookups';
import type { ScopedRegister } from './scope';
import { type Column, type SheetSpec, date, text } from './sheet';
import { DPA_STATUS, END_ACTION, RECIPIENT_TYPE, REQUIREMENT, SOURCE } from './vocab';

/** Names one per line; long lists are cut (a cell holds at most 32,767 characters). */
export function nameList(names: readonly string[], max = 40, l?: Lookups): string {
  const shown = names.slice(0, max).join('\n');
  return names.length > max ? `${shown}\n${l ? l.t.f.andMore(names.length - max) : `… and ${names.length - max} more`}` : shown;
}

type Of<T> = { a: ProcessingActivity; item: T };

function activityColumns<T>(): Column<Of<T>>[] {
  return [
    text('organisation', 'Organisation', 20, (r, l) => l.orgName(r.a.organisationId)),
    text('product', 'Product', 16, (r, l) => l.productName(r.a.productId)),
    text('activity', 'Processing activity', 30, (r) => r.a.name),
  ];
}
const activityId = <T>(): Column<Of<T>> => ({ key: 'activityId', header: 'Activity ID', width: 24, hidden: true, value: (r) => r.a.id });

function* each<T>(reg: ScopedRegister, pick: (a: ProcessingActivity) => readonly T[]): Iterable<Of<T>> {
  for (const a of reg.activities) for (const item of pick(a)) yield { a, item };
}

/** Activity × data category. The importer reads this sheet back as each activity's data categories. */
export const inventorySheet: SheetSpec<Of<DataCategoryUse>> = {
  key: 'inventory',
  nameColumn: 'activity',
  name: 'Data inventory',
  columns: [
    ...activityColumns<DataCategoryUse>(),
    // Dropdown values for the category come from the workspace taxonomy (see the writer's Lists sheet).
    {
      key: 'category',
      header: 'Data category',
      width: 24,
      values: (reg) => reg.doc.taxonomies.dataCategories.map((c) => c.label),
      value: (r, l) => l.categoryLabel(r.item.category),
    },
    text('special', 'Special category', 10, (r, l) => (l.categorySpecial(r.item.category) ? l.t.w.yes : '')),
    text('detail', 'What exactly', 34, (r) => r.item.detail),
    { key: 'source', header: 'Source', width: 18, values: SOURCE.labels, value: (r, l) => l.t.source[r.item.source] },
    text('sourceDetail', 'Source detail', 22, (r) => r.item.sourceDetail),
    { key: 'requirement', header: 'Required?', width: 18, values: REQUIREMENT.labels, value: (r, l) => l.t.requirement[r.item.requirement] },
    text('consequence', 'If not provided', 24, (r) => r.item.consequence),
    text('retention', 'Retention', 30, (r) => r.item.retention),
    { key: 'retentionMonths', header: 'Retention (months)', width: 11, value: (r) => r.item.retentionMonths ?? null },
    { key: 'endAction', header: 'At the end', width: 16, values: END_ACTION.labels, value: (r, l) => (r.item.endAction ? l.t.endAction[r.item.endAction] : '') },
    text('noticeGroup', 'Notice heading', 18, (r) => r.item.noticeGroup),
    activityId<DataCategoryUse>(),
  ],
  rows: (reg) => each(reg, (a) => a.dataCategories),
};

export const recipientsSheet: SheetSpec<Of<Recipient>> = {
  key: 'recipients',
  nameColumn: 'activity',
  name: 'Recipients',
  columns: [
    ...activityColumns<Recipient>(),
    text('recipient', 'Recipient', 26, (r, l) => l.recipientName(r.item)),
    { key: 'type', header: 'Type', width: 16, values: RECIPIENT_TYPE.labels, value: (r, l) => l.t.recipientType[r.item.type] },
    text('service', 'What they do', 34, (r, l) => r.item.service || (r.item.vendorId ? (l.vendorService(r.item.vendorId)) : '')),
    text('country', 'Country', 16, (r, l) => l.country(r.item.country ?? l.vendorCountry(r.item.vendorId))),
    activityId<Recipient>(),
  ],
  rows: (reg) => each(reg, (a) => a.recipients),
};

export const vendorsSheet: SheetSpec<Vendor> = {
  key: 'vendors',
  name: 'Vendors and sub-processors',
  columns: [
    text('vendor', 'Vendor', 24, (v) => v.name),
    text('legalName', 'Legal name', 28, (v) => v.legalName),
    text('service', 'Service', 34, (v) => v.service),
    { key: 'role', header: 'Role', width: 16, value: (v, l) => l.t.recipientType[v.role] },
    text('headquarters', 'Headquarters', 16, (v, l) => l.country(v.headquarters)),
    text('countries', 'Processing countries', 24, (v, l) => v.processingCountries.map(l.country).join(', ')),
    { key: 'dpa', header: 'DPA', width: 12, values: DPA_STATUS.labels, value: (v, l) => l.t.dpaStatus[v.dpa.status] },
    date('dpaDate', 'DPA date', 12, (v) => v.dpa.date),
    text('mechanism', 'Transfer mechanism', 30, (v, l) =>
      v.transferMechanism ? `${l.mechanism(v.transferMechanism)}${v.sccModule ? `, ${l.t.f.sccModule(v.sccModule)}` : ''}` : ''),
    text('dpf', 'EU-US DPF', 10, (v, l) => (v.dpfCertified === undefined ? '' : v.dpfCertified ? l.t.w.certified : l.t.w.no)),
    text('certifications', 'Certifications', 24, (v) => v.certifications.join(', ')),
    text('privacyUrl', 'Privacy notice', 30, (v) => v.privacyUrl),
    { key: 'vendorId', header: 'Vendor ID', width: 20, hidden: true, value: (v) => v.id },
  ],
  rows: (reg) => reg.vendors,
};

export const transfersSheet: SheetSpec<Of<Transfer>> = {
  key: 'transfers',
  nameColumn: 'activity',
  name: 'Transfers',
  columns: [
    ...activityColumns<Transfer>(),
    text('country', 'Country', 18, (r, l) => l.country(r.item.country)),
    text('adequacy', 'Adequacy', 16, (r, l) => (isEea(r.item.country) ? l.t.w.eea : isAdequate(r.item.country) ? l.t.w.adequate : l.t.w.thirdCountry)),
    text('recipient', 'Recipient', 24, (r, l) => r.item.recipientName?.trim() || l.vendorName(r.item.vendorId)),
    text('mechanism', 'Mechanism', 36, (r, l) => l.safeguard(r.item)),
    text('safeguards', 'Safeguards and documentation', 36, (r) => r.item.safeguards),
    text('documentUrl', 'Copy of the safeguards', 30, (r) => r.item.documentUrl),
    activityId<Transfer>(),
  ],
  rows: (reg) => each(reg, (a) => a.transfers),
};

interface RetentionRule {
  category: string;
  retention: string;
  months: number | undefined;
  /** The end action's key ('' when none). */
  end: EndAction | '';
  activities: string[];
}

/** One row per distinct rule (category, period, end action), with the activities that apply it. */
export const retentionSheet: SheetSpec<RetentionRule> = {
  key: 'retention',
  name: 'Retention schedule',
  columns: [
    text('category', 'Data category', 26, (r, l) => l.categoryLabel(r.category)),
    text('retention', 'Retention period or criteria', 40, (r, l) => r.retention || l.t.w.notSet),
    { key: 'months', header: 'Months', width: 9, value: (r) => r.months ?? null },
    text('end', 'At the end', 16, (r, l) => (r.end ? l.t.endAction[r.end] : '')),
    text('activities', 'Processing activities', 48, (r, l) => nameList(r.activities, 40, l)),
  ],
  rows: (reg) => retentionRules(reg),
};

/** One collator for sorting names: `localeCompare` sets one up on every call. */
const COLLATOR = new Intl.Collator();

export function retentionRules(reg: ScopedRegister): RetentionRule[] {
  // Each rule's activity names, once each, in the order first seen.
  const rules = new Map<string, Omit<RetentionRule, 'activities'> & { names: Set<string> }>();
  for (const a of reg.activities) {
    for (const c of a.dataCategories) {      const end = c.endAction ?? '';
      const key = `${c.category}\u0000${c.retention ?? ''}\u0000${c.retentionMonths ?? ''}\u0000${end}`;
      let rule = rules.get(key);
      if (!rule) {
        rule = { category: c.category, retention: c.retention ?? '', months: c.retentionMonths, end, names: new Set() };
        rules.set(key, rule);
      }
      rule.names.add(a.name);
    }
  }
  return [...rules.values()]
    .map(({ names, ...rule }) => ({ ...rule, activities: [...names] }))
    .sort((x, y) => COLLATOR.compare(x.category, y.category) || COLLATOR.compare(x.retention, y.retention));
}

interface MeasureUse {
  key: string;
  activities: string[];
}

export const measuresSheet: SheetSpec<MeasureUse> = {
  key: 'measures',
  name: 'Security measures',
  columns: [
    text('measure', 'Measure', 32, (m, l) => l.measureLabel(m.key)),
    text('art32', 'Art. 32(1)', 12, (m, l) => l.measureArt32(m.key)),
    text('description', 'Description', 48, (m, l) => l.measureDescription(m.key)),
    text('activities', 'Applied to', 48, (m, l) => nameList(m.activities, 40, l)),
  ],
  rows: (reg) => measureUses(reg),
};

export function measureUses(reg: ScopedRegister): MeasureUse[] {
  const uses = new Map<string, MeasureUse>();
  for (const a of reg.activities) {
    for (const key of a.securityMeasures) {
      const use = uses.get(key) ?? { key, activities: [] };
      use.activities.push(a.name);
      uses.set(key, use);
    }
  }
  const order = new Map(reg.doc.taxonomies.securityMeasures.map((m, i) => [m.key, i]));
  return [...uses.values()].sort((x, y) => (order.get(x.key) ?? 1e9) - (order.get(y.key) ?? 1e9));
}
