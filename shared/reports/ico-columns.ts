/**
 * The UK ICO documentation templates, column for column in their order (see
 * shared/reference/gdpr-reference.md): the controller sheet (Art. 30(1)) and the
 * processor sheet (Art. 30(2)), each with the organisation's details above the
 * table. A workbook of several organisations gives each its own block of details
 * and starts every row with the organisation it belongs to. Export only: the
 * native layout is the one to edit.
 */
import type { Contact, LegalBasis, ProcessingActivity } from '../model';
import { type Lookups, lines, retentionLines } from './lookups';
import type { ScopedRegister } from './scope';
import { type Column, type SheetSpec, text } from './sheet';
import { DPIA, RECIPIENT_TYPE, SOURCE, art9Label, basisLabel, country } from './vocab';

type A = ProcessingActivity;

/** Rights that apply under each lawful basis (ICO guidance: "rights available"). */
const RIGHTS_BY_BASIS: Record<LegalBasis, string> = {
  consent: 'access, rectification, erasure, restriction, portability, withdrawal of consent',
  contract: 'access, rectification, erasure, restriction, portability',
  legal_obligation: 'access, rectification, restriction',
  vital_interests: 'access, rectification, erasure, restriction',
  public_task: 'access, rectification, restriction, objection',
  legitimate_interests: 'access, rectification, erasure, restriction, objection',
};

const bases = (a: A) => [...new Set(a.purposes.flatMap((p) => (p.legalBasis ? [p.legalBasis] : [])))];

/** Leading job titles dropped from the owner to name the function: "Head of Customer Success" → "Customer Success". */
const TITLE = /^(head of|director of|vp of|vp|vice president of|vice president|manager of|lead of)\s+/i;

/**
 * The ICO's "business function": the part of the organisation that carries out the
 * processing. The record that holds it is the activity's owner ("Head of Finance");
 * without an owner it says so rather than putting the product's name there.
 */
export function businessFunction(a: A): string {
  const owner = a.owner?.trim() ?? '';
  if (owner === '') return 'Not recorded (no owner)';
  return owner.replace(TITLE, '');
}

/** Where each category's data comes from, labelled: "The person", "Third party: issued by HubSpot on install". */
export function sourceLines(a: A): string {
  return lines(a.dataCategories.map((c) => (c.sourceDetail?.trim() ? `${SOURCE.label(c.source)}: ${c.sourceDetail.trim()}` : SOURCE.label(c.source))));
}

const party = (p: { name: string; contact?: string; country?: string }) => [p.name, p.contact, p.country ? country(p.country) : undefined].filter((x) => x && x.trim() !== '').join(', ');

const transfersColumn = text<A>('thirdCountries', 'Names of third countries or international organisations that personal data are transferred to (if applicable)', 30, (a, l) =>
  lines(a.transfers.map(l.transferText)) || 'None',
);
const exceptionalColumn = text<A>('exceptionalSafeguards', 'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)', 28, (a) =>
  lines(a.transfers.filter((t) => t.mechanism === 'derogation').map((t) => t.safeguards ?? 'Not documented')),
);
const securityColumn = text<A>('security', 'General description of technical and organisational security measures (if possible)', 34, (a, l) =>
  lines([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']),
);

const location = (a: A, l: Lookups): string => {
  const hosting = l.productHosting(a.productId);
  return lines([...a.systems, hosting ? `Hosted in ${hosting}` : '']);
};

export const icoControllerColumns: readonly Column<A>[] = [
  text('businessFunction', 'Business function', 20, businessFunction),
  text('purpose', 'Purpose of processing', 40, (a) => lines([a.name, ...a.purposes.map((p) => `• ${p.description}`)])),
  text('jointController', 'Name and contact details of joint controller (if applicable)', 28, (a) => lines(a.jointControllers.map(party))),
  text('individuals', 'Categories of individuals', 24, (a, l) => lines(a.dataSubjects.map(l.subjectLabel))),
  text('personalData', 'Categories of personal data', 28, (a, l) => lines(a.dataCategories.map((c) => l.categoryLabel(c.category)))),
  text('recipients', 'Categories of recipients', 28, (a, l) => lines(a.recipients.map((r) => `${l.recipientName(r)} (${RECIPIENT_TYPE.label(r.type).toLowerCase()})`))),
  text('processorContract', 'Link to contract with processor', 26, (a, l) =>
    lines(a.recipients.flatMap((r) => (r.vendorId && (r.type === 'processor' || r.type === 'sub_processor') ? [l.vendorDpa(r.vendorId)] : [])).filter((x) => x !== '')),
  ),
  transfersColumn,
  exceptionalColumn,
  text('retention', 'Retention schedule (if possible)', 36, (a, l) => retentionLines(a.dataCategories, l)),
  securityColumn,
  text('art6', 'Article 6 lawful basis for processing personal data', 26, (a) => lines(bases(a).map(basisLabel)) || 'Not recorded'),
  text('art9', 'Article 9 basis for processing special category data (if applicable)', 24, (a) =>
    lines(a.purposes.flatMap((p) => (p.art9Condition ? [art9Label(p.art9Condition)] : []))),
  ),
  text('legitimateInterests', 'Legitimate interests for the processing (if applicable)', 28, (a) =>
    lines(a.purposes.flatMap((p) => (p.legitimateInterest ? [p.legitimateInterest] : []))),
  ),
  text('liaLink', 'Link to record of legitimate interests assessment (if applicable)', 20, () => ''),
  text('rights', 'Rights available to individuals', 34, (a) =>
    lines([
      ...bases(a).map((b) => `${basisLabel(b)}: ${RIGHTS_BY_BASIS[b]}`),
      a.purposes.some((p) => p.directMarketing === true) ? 'Direct marketing: objection at any time, without reasons (Art. 21(2))' : '',
    ]),
  ),
  text('automated', 'Existence of automated decision-making, including profiling (if applicable)', 22, (a) =>
    a.automatedDecisions.exists ? `Yes${a.automatedDecisions.profiling ? ', including profiling' : ''}${a.automatedDecisions.logic ? `: ${a.automatedDecisions.logic}` : ''}` : 'No'),
  text('source', 'The source of the personal data (if applicable)', 26, sourceLines),
  text('consentLink', 'Link to record of consent', 18, () => ''),
  text('location', 'Location of personal data', 26, location),
  text('dpiaRequired', 'Data Protection Impact Assessment required?', 16, (a) =>
    ['required', 'in_progress', 'completed'].includes(a.dpia.status) ? 'Yes' : a.dpia.status === 'not_required' ? 'No' : 'Not assessed'),
  text('dpiaProgress', 'Data Protection Impact Assessment progress', 18, (a) => DPIA.label(a.dpia.status)),
  text('dpiaLink', 'Link to Data Protection Impact Assessment', 22, (a) => a.dpia.link),
  text('breach', 'Personal data breach?', 14, () => ''),
  text('breachLink', 'Link to record of personal data breach', 20, () => ''),
];

/**
 * Art. 30(2), in the order of the ICO's processor template: the controller acted for, its
 * representative, the categories of processing, transfers with the safeguards of exceptional
 * ones, security measures. Then what the processor records beyond the template (whose data,
 * which data, sub-processors, retention as agreed), which the ICO's Art. 28(3) guidance asks
 * for in the contract and an auditor asks for beside the record.
 */
export const icoProcessorColumns: readonly Column<A>[] = [
  text('controller', 'Name and contact details of controller', 32, (a) => lines(a.controllers.map(party)) || 'Not recorded'),
  // No record holds a controller's representative yet: left empty rather than invented.
  text('controllerRepresentative', 'Name and contact details of controller’s representative (if applicable)', 24, () => ''),
  text('processing', 'Categories of processing', 40, (a) => lines([a.name, ...a.purposes.map((p) => `• ${p.description}`)])),
  transfersColumn,
  exceptionalColumn,
  securityColumn,
  text('individuals', 'Categories of individuals', 24, (a, l) => lines(a.dataSubjects.map(l.subjectLabel))),
  text('personalData', 'Categories of personal data', 28, (a, l) => lines(a.dataCategories.map((c) => l.categoryLabel(c.category)))),
  text('subProcessors', 'Sub-processors', 28, (a, l) =>
    lines(a.recipients.map((r) => `${l.recipientName(r)} (${RECIPIENT_TYPE.label(r.type).toLowerCase()}${r.country ? `, ${country(r.country)}` : ''})`)),
  ),
  text('retention', 'Retention as agreed with the controller', 34, (a, l) => retentionLines(a.dataCategories, l)),
];

/** Whose row it is, first in each row when the workbook covers several organisations. */
const organisationColumn = (header: string): Column<A> => text('organisation', header, 22, (a, l) => l.orgName(a.organisationId));

const isProcessor = (a: A) => a.role === 'processor';

export function icoControllerSheet(reg: ScopedRegister): SheetSpec<A> {
  return {
    key: 'ico-controller',
    name: 'Controller documentation',
    columns: reg.organisations.length > 1 ? [organisationColumn('Controller'), ...icoControllerColumns] : icoControllerColumns,
    nameColumn: 'purpose',
    rows: (r: ScopedRegister) => r.activities.filter((a) => !isProcessor(a)),
  };
}

export function icoProcessorSheet(reg: ScopedRegister): SheetSpec<A> {
  return {
    key: 'ico-processor',
    name: 'Processor documentation',
    columns: reg.organisations.length > 1 ? [organisationColumn('Processor'), ...icoProcessorColumns] : icoProcessorColumns,
    nameColumn: 'processing',
    rows: (r: ScopedRegister) => r.activities.filter(isProcessor),
  };
}

const place = (address: string | undefined, c: string | undefined) => [address, c ? country(c) : undefined].filter((x) => x !== undefined && x.trim() !== '').join(', ');

/**
 * The organisation's details above the table, as the ICO templates lay them out: three
 * columns (the organisation, its DPO, its representative), each with its name, address,
 * e-mail and telephone; one block per organisation with rows on the sheet, headed by its
 * name when the workbook covers several.
 */
export function icoPreamble(reg: ScopedRegister, role: 'controller' | 'processor'): string[][] {
  const out: string[][] = [];
  const withRows = reg.organisations.filter((o) => reg.activities.some((a) => a.organisationId === o.id && isProcessor(a) === (role === 'processor')));
  const orgs = withRows.length > 0 ? withRows : reg.organisations;
  if (withRows.length === 0) {
    out.push(['Note', role === 'controller' ? 'No processing as controller is recorded in this scope.' : 'No processing on behalf of a controller is recorded in this scope.'], []);
  }
  orgs.forEach((o, i) => {
    if (i > 0) out.push([]);
    const dpo = o.dpo;
    const rep = o.representative;
    const none = (c: Contact | undefined, text: string) => (c === undefined || Object.values(c).every((v) => v === undefined || v === '') ? text : '');
    out.push(
      [orgs.length > 1 || reg.organisations.length > 1 ? o.name : '', 'Name and contact details', 'Data Protection Officer (if applicable)', 'Representative (if applicable)'],
      ['Name', o.legalName ?? o.name, dpo?.name ?? none(dpo, 'None designated'), rep?.name ?? none(rep, 'None (not required)')],
      ['Address', place(o.address, o.country), place(dpo?.address, dpo?.country), place(rep?.address, rep?.country)],
      ['Email', o.email ?? o.privacyEmail ?? '', dpo?.email ?? '', rep?.email ?? ''],
      ['Telephone', o.phone ?? '', dpo?.phone ?? '', rep?.phone ?? ''],
    );
  });
  return out;
}
