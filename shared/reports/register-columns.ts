/** The Art. 30(1) controller register and the Art. 30(2) processor register: one row per activity. */
import type { ProcessingActivity } from '../model';
import { type Lookups, lines, retentionLines } from './lookups';
import type { ScopedRegister } from './scope';
import { type Column, type SheetSpec, date, text } from './sheet';
import { DPIA, ROLE, STATUS, YES_NO } from './vocab';

type A = ProcessingActivity;

/** A recipient's type inside a sentence: lower case in English and French, a noun keeps its capital in German. */
export const recipientType = (l: Lookups, type: keyof Lookups['t']['recipientType']) => {
  const label = l.t.recipientType[type];
  return l.lang === 'de' ? label : label.toLowerCase();
};

const party = (l: Lookups) => (p: { name: string; contact?: string; country?: string; arrangement?: string }) =>
  [p.name, p.contact, p.country ? l.country(p.country) : undefined, p.arrangement].filter((x) => x && x.trim() !== '').join(', ');

const head: Column<A>[] = [
  text('product', 'Product', 18, (a, l) => l.productName(a.productId)),
  text('activity', 'Processing activity', 30, (a) => a.name),
  text('description', 'Description', 40, (a) => a.description),
];

export const purposesColumn = text<A>('purposes', 'Purposes', 42, (a) => lines(a.purposes.map((p) => p.description)));
const subjects = text<A>('subjects', 'Categories of data subjects', 26, (a, l) => lines(a.dataSubjects.map(l.subjectLabel)));
const categories = text<A>('categories', 'Categories of personal data', 30, (a, l) => lines(a.dataCategories.map((c) => l.categoryLabel(c.category))));
const special = text<A>('special', 'Special categories (Art. 9/10)', 20, (a, l) =>
  lines(a.dataCategories.filter((c) => l.categorySpecial(c.category)).map((c) => l.categoryLabel(c.category))) || l.t.w.none,
);
const recipients = text<A>('recipients', 'Categories of recipients', 32, (a, l) =>
  lines(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)}${r.country ? `, ${l.country(r.country)}` : ''})`)),
);
const transfers = text<A>('transfers', 'Transfers to third countries and safeguards', 38, (a, l) => lines(a.transfers.map(l.transferText)) || l.t.w.none);
const retention = text<A>('retention', 'Time limits for erasure', 42, (a, l) => retentionLines(a.dataCategories, l));
const measures = text<A>('measures', 'Security measures (Art. 32)', 34, (a, l) => lines(a.securityMeasures.map(l.measureLabel)));

/** Columns the importer reads back (by header), in the order both registers show them. */
const tail: Column<A>[] = [
  text('securityNotes', 'Security notes', 34, (a) => a.securityNotes),
  text('systems', 'Systems and storage', 26, (a) => a.systems.join('\n')),
  { key: 'dpia', header: 'DPIA', width: 14, values: DPIA.labels, value: (a, l) => l.t.dpia[a.dpia.status] },
  text('dpiaNotes', 'DPIA notes', 30, (a) => a.dpia.reason),
  { key: 'automated', header: 'Automated decisions', width: 14, values: [YES_NO.yes, YES_NO.no], value: (a, l) => (a.automatedDecisions.exists ? l.t.w.yes : l.t.w.no) },
  { key: 'status', header: 'Status', width: 12, values: STATUS.labels, value: (a, l) => l.t.status[a.status] },
  text('owner', 'Owner', 18, (a) => a.owner),
  text('reviewer', 'Reviewer', 18, (a) => a.reviewer),
  date('lastReviewed', 'Last reviewed', 13, (a) => a.lastReviewed),
  date('nextReview', 'Next review due', 13, (a) => a.nextReviewDue),
  { key: 'id', header: 'Activity ID', width: 24, hidden: true, value: (a) => a.id },
];

export const controllerColumns: readonly Column<A>[] = [
  text('organisation', 'Controller', 22, (a, l) => l.orgName(a.organisationId)),
  ...head,
  { key: 'role', header: 'Role', width: 14, values: ROLE.labels, value: (a, l) => l.t.role[a.role] },
  text('jointControllers', 'Joint controllers', 26, (a, l) => lines(a.jointControllers.map(party(l)))),
  purposesColumn,
  text('legalBasis', 'Legal basis (Art. 6)', 28, (a, l) => lines(a.purposes.flatMap((p) => (p.legalBasis ? [l.basis(p.legalBasis)] : [])))),
  text('legitimateInterests', 'Legitimate interests', 30, (a) => lines(a.purposes.flatMap((p) => (p.legitimateInterest ? [p.legitimateInterest] : [])))),
  text('art9', 'Art. 9 condition', 24, (a, l) => lines(a.purposes.flatMap((p) => (p.art9Condition ? [l.art9(p.art9Condition)] : [])))),
  subjects,
  categories,
  special,
  text('source', 'Source of the data', 24, (a, l) =>
    lines(a.dataCategories.map((c) => (c.sourceDetail?.trim() ? `${l.t.source[c.source]} (${c.sourceDetail.trim()})` : l.t.source[c.source]))),
  ),
  recipients,
  transfers,
  retention,
  measures,
  ...tail,
];

export const processorColumns: readonly Column<A>[] = [
  text('organisation', 'Processor', 22, (a, l) => l.orgName(a.organisationId)),
  ...head,
  text('controllers', 'Controllers on whose behalf', 30, (a, l) => lines(a.controllers.map(party(l)))),
  text('purposes', 'Categories of processing', 42, (a) => lines(a.purposes.map((p) => p.description))),
  subjects,
  categories,
  special,
  text('recipients', 'Sub-processors and recipients', 32, (a, l: Lookups) =>
    lines(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)})`)),
  ),
  transfers,
  retention,
  measures,
  ...tail,
];

const isProcessor = (a: A) => a.role === 'processor';

export const controllerSheet: SheetSpec<A> = {
  key: 'controller',
  name: 'Controller register',
  columns: controllerColumns,
  nameColumn: 'activity',
  rows: (reg: ScopedRegister) => reg.activities.filter((a) => !isProcessor(a)),
};

export const processorSheet: SheetSpec<A> = {
  key: 'processor',
  name: 'Processor register',
  columns: processorColumns,
  nameColumn: 'activity',
  rows: (reg: ScopedRegister) => reg.activities.filter(isProcessor),
};

