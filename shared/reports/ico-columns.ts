/**
 * The UK ICO controller documentation template, column for column in its order
 * (see shared/reference/gdpr-reference.md), with the controller, DPO and
 * representative above the table. Export only: the native layout is the one to edit.
 */
import type { LegalBasis, ProcessingActivity } from '../model';
import { lines, retentionLines } from './lookups';
import { contactText } from './organisation-columns';
import type { ScopedRegister } from './scope';
import { type Column, type SheetSpec, text } from './sheet';
import { DPIA, art9Label, basisLabel } from './vocab';

type A = ProcessingActivity;

/** Rights that apply under each lawful basis (ICO guidance: "rights available"). */
const RIGHTS_BY_BASIS: Record<LegalBasis, string> = {
  consent: 'Access, rectification, erasure, restriction, portability, withdraw consent',
  contract: 'Access, rectification, erasure, restriction, portability',
  legal_obligation: 'Access, rectification, restriction',
  vital_interests: 'Access, rectification, erasure, restriction',
  public_task: 'Access, rectification, restriction, objection',
  legitimate_interests: 'Access, rectification, erasure, restriction, objection',
};

const bases = (a: A) => [...new Set(a.purposes.flatMap((p) => (p.legalBasis ? [p.legalBasis] : [])))];

export const icoColumns: readonly Column<A>[] = [
  text('businessFunction', 'Business function', 20, (a, l) => l.productName(a.productId) || `${l.orgName(a.organisationId)} (organisation-wide)`),
  text('purpose', 'Purpose of processing', 40, (a) => lines([a.name, ...a.purposes.map((p) => `• ${p.description}`)])),
  text('jointController', 'Name and contact details of joint controller', 28, (a) =>
    lines(a.jointControllers.map((j) => [j.name, j.contact].filter(Boolean).join(', '))),
  ),
  text('individuals', 'Categories of individuals', 24, (a, l) => lines(a.dataSubjects.map(l.subjectLabel))),
  text('personalData', 'Categories of personal data', 28, (a, l) => lines(a.dataCategories.map((c) => l.categoryLabel(c.category)))),
  text('recipients', 'Categories of recipients', 28, (a, l) => lines(a.recipients.map(l.recipientName))),
  text('processorContract', 'Link to contract with processor', 26, (a, l) =>
    lines(a.recipients.flatMap((r) => (r.vendorId ? [l.vendorDpa(r.vendorId)] : [])).filter((x) => x !== '')),
  ),
  text('thirdCountries', 'Names of third countries or international organisations that personal data are transferred to', 28, (a, l) =>
    lines(a.transfers.map(l.transferText)),
  ),
  text('exceptionalSafeguards', 'Safeguards for exceptional transfers of personal data to third countries or international organisations', 28, (a) =>
    lines(a.transfers.filter((t) => t.mechanism === 'derogation').map((t) => t.safeguards ?? 'Not documented')),
  ),
  text('retention', 'Retention schedule (if possible)', 36, (a, l) => retentionLines(a.dataCategories, l)),
  text('security', 'General description of technical and organisational security measures (if possible)', 34, (a, l) =>
    lines([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']),
  ),
  text('art6', 'Article 6 lawful basis for processing personal data', 26, (a) => lines(bases(a).map(basisLabel))),
  text('art9', 'Article 9 basis for processing special category data', 24, (a) =>
    lines(a.purposes.flatMap((p) => (p.art9Condition ? [art9Label(p.art9Condition)] : []))),
  ),
  text('legitimateInterests', 'Legitimate interests for the processing (if applicable)', 28, (a) =>
    lines(a.purposes.flatMap((p) => (p.legitimateInterest ? [p.legitimateInterest] : []))),
  ),
  text('liaLink', 'Link to record of legitimate interests assessment (if applicable)', 20, () => ''),
  text('rights', 'Rights available to individuals', 28, (a) => lines(bases(a).map((b) => RIGHTS_BY_BASIS[b]))),
  text('automated', 'Existence of automated decision-making, including profiling (if applicable)', 22, (a) =>
    a.automatedDecisions.exists ? `Yes${a.automatedDecisions.logic ? `: ${a.automatedDecisions.logic}` : ''}` : 'No'),
  text('source', 'The source of the personal data (if applicable)', 24, (a) => lines(a.dataCategories.flatMap((c) => (c.sourceDetail ? [c.sourceDetail] : [])))),
  text('consentLink', 'Link to record of consent', 18, () => ''),
  text('location', 'Location of personal data', 26, (a) => lines(a.systems)),
  text('dpiaRequired', 'Data Protection Impact Assessment required?', 16, (a) =>
    ['required', 'in_progress', 'completed'].includes(a.dpia.status) ? 'Yes' : a.dpia.status === 'not_required' ? 'No' : 'Not assessed'),
  text('dpiaProgress', 'Data Protection Impact Assessment progress', 18, (a) => DPIA.label(a.dpia.status)),
  text('dpiaLink', 'Link to Data Protection Impact Assessment', 22, (a) => a.dpia.link),
  text('breach', 'Personal data breach?', 14, () => ''),
  text('breachLink', 'Link to record of personal data breach', 20, () => ''),
];

export const icoSheet: SheetSpec<A> = {
  key: 'ico',
  name: 'Controller documentation',
  columns: icoColumns,
  rows: (reg: ScopedRegister) => reg.activities.filter((a) => a.role !== 'processor'),
};

/** Controller, DPO and representative, written above the ICO table. */
export function icoPreamble(reg: ScopedRegister): [string, string][] {
  return reg.organisations.flatMap((o): [string, string][] => [
    ['Controller', [o.legalName ?? o.name, o.address, o.email ?? o.privacyEmail, o.phone].filter(Boolean).join(', ')],
    ['Data protection officer', contactText(o.dpo).replace(/\n/g, ', ') || 'None designated'],
    ['Representative', contactText(o.representative).replace(/\n/g, ', ') || 'Not required'],
  ]);
}
