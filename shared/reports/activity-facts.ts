/** An activity's record as labelled facts, in Art. 30 order: what the Word report lays out per activity. */
import type { ProcessingActivity } from '../model';
import { type Lookups, retentionLines } from './lookups';
import { DPIA, RECIPIENT_TYPE, ROLE, SOURCE, STATUS, art9Label, basisLabel, country } from './vocab';

export type Fact = [label: string, value: string];

const join = (xs: readonly string[]) => xs.filter((x) => x.trim() !== '').join('\n');

export function activityFacts(a: ProcessingActivity, l: Lookups): Fact[] {
  const facts: Fact[] = [['Role', ROLE.label(a.role)]];
  if (a.description) facts.push(['Description', a.description]);
  if (a.role === 'processor') {
    facts.push(['On behalf of (Art. 30(2)(a))', join(a.controllers.map((c) => [c.name, c.contact, c.country ? country(c.country) : ''].filter(Boolean).join(', '))) || 'Not recorded']);
  }
  if (a.jointControllers.length > 0) {
    facts.push(['Joint controllers (Art. 26)', join(a.jointControllers.map((c) => [c.name, c.contact, c.arrangement].filter(Boolean).join(', ')))]);
  }
  facts.push([
    a.role === 'processor' ? 'Categories of processing' : 'Purposes and legal basis',
    join(
      a.purposes.map((p) => {
        const basis = [p.legalBasis ? basisLabel(p.legalBasis) : '', p.art9Condition ? art9Label(p.art9Condition) : ''].filter(Boolean).join('; ');
        return basis ? `${p.description} — ${basis}` : p.description;
      }),
    ) || 'Not recorded',
  ]);
  const interests = a.purposes.flatMap((p) => (p.legitimateInterest ? [p.legitimateInterest] : []));
  if (interests.length > 0) facts.push(['Legitimate interests', join(interests)]);
  facts.push(['Data subjects', join(a.dataSubjects.map(l.subjectLabel)) || 'Not recorded']);
  facts.push(['Personal data', personalData(a, l) || 'Not recorded']);
  const sources = [...new Set(a.dataCategories.map((c) => (c.sourceDetail ? `${SOURCE.label(c.source)}: ${c.sourceDetail}` : SOURCE.label(c.source))))];
  if (sources.length > 0) facts.push(['Source of the data', join(sources)]);
  facts.push([
    'Recipients',
    join(a.recipients.map((r) => `${l.recipientName(r)} (${RECIPIENT_TYPE.label(r.type).toLowerCase()})${r.service ? `: ${r.service}` : ''}`)) || 'None',
  ]);
  facts.push(['Transfers outside the EEA', join(a.transfers.map(l.transferText)) || 'None']);
  facts.push(['Retention', retentionLines(a.dataCategories, l) || 'Not recorded']);
  facts.push(['Security measures (Art. 32)', join([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']) || 'Not recorded']);
  if (a.systems.length > 0) facts.push(['Systems and storage', a.systems.join(', ')]);
  facts.push(['DPIA', [DPIA.label(a.dpia.status), a.dpia.date, a.dpia.reason].filter(Boolean).join(' — ')]);
  const ad = a.automatedDecisions;
  facts.push([
    'Automated decisions',
    ad.exists ? join([`Yes${ad.profiling ? ', including profiling' : ''}`, ad.logic ? `Logic: ${ad.logic}` : '', ad.significance ? `Significance: ${ad.significance}` : '']) : 'None',
  ]);
  facts.push([
    'Status and review',
    join([
      `${STATUS.label(a.status)}${a.owner ? `, owner ${a.owner}` : ''}${a.reviewer ? `, reviewer ${a.reviewer}` : ''}`,
      a.lastReviewed ? `Last reviewed ${a.lastReviewed}` : 'Not reviewed yet',
      a.nextReviewDue ? `Next review due ${a.nextReviewDue}` : '',
    ]),
  ]);
  return facts;
}

/** Categories that share the same description are listed together: "Name, E-mail address: First/last name, work e-mail". */
function personalData(a: ProcessingActivity, l: Lookups): string {
  const byDetail = new Map<string, string[]>();
  for (const c of a.dataCategories) {
    const label = `${l.categoryLabel(c.category)}${l.categorySpecial(c.category) ? ' (special category)' : ''}`;
    const names = byDetail.get(c.detail ?? '') ?? [];
    if (!names.includes(label)) names.push(label);
    byDetail.set(c.detail ?? '', names);
  }
  return [...byDetail].map(([detail, names]) => (detail ? `${names.join(', ')}: ${detail}` : names.join(', '))).join('\n');
}
