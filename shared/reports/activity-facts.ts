/** An activity's record as labelled facts, in Art. 30 order: what the Word report lays out per activity. */
import type { ProcessingActivity } from '../model';
import { type Lookups, colon, retentionLines } from './lookups';
import { recipientType } from './register-columns';

export type Fact = [label: string, value: string];

const join = (xs: readonly string[]) => xs.filter((x) => x.trim() !== '').join('\n');

export function activityFacts(a: ProcessingActivity, l: Lookups): Fact[] {
  const { t, h } = l;
  const c = colon(t);
  const facts: Fact[] = [[h('Role'), t.role[a.role]]];
  if (a.description) facts.push([h('Description'), a.description]);
  if (a.role === 'processor') {
    facts.push([
      h('On behalf of (Art. 30(2)(a))'),
      join(a.controllers.map((p) => [p.name, p.contact, p.country ? l.country(p.country) : ''].filter(Boolean).join(', '))) || t.w.notRecorded,
    ]);
  }
  if (a.jointControllers.length > 0) {
    facts.push([h('Joint controllers (Art. 26)'), join(a.jointControllers.map((p) => [p.name, p.contact, p.arrangement].filter(Boolean).join(', ')))]);
  }
  facts.push([
    a.role === 'processor' ? h('Categories of processing') : h('Purposes and legal basis'),
    join(
      a.purposes.map((p) => {
        const basis = [p.legalBasis ? l.basis(p.legalBasis) : '', p.art9Condition ? l.art9(p.art9Condition) : ''].filter(Boolean).join('; ');
        return basis ? `${p.description} — ${basis}` : p.description;
      }),
    ) || t.w.notRecorded,
  ]);
  const interests = a.purposes.flatMap((p) => (p.legitimateInterest ? [p.legitimateInterest] : []));
  if (interests.length > 0) facts.push([h('Legitimate interests'), join(interests)]);
  facts.push([h('Data subjects'), join(a.dataSubjects.map(l.subjectLabel)) || t.w.notRecorded]);
  facts.push([h('Personal data'), personalData(a, l) || t.w.notRecorded]);
  const sources = [...new Set(a.dataCategories.map((d) => (d.sourceDetail ? `${t.source[d.source]}${c} ${d.sourceDetail}` : t.source[d.source])))];
  if (sources.length > 0) facts.push([h('Source of the data'), join(sources)]);
  facts.push([h('Recipients'), join(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)})${r.service ? `${c} ${r.service}` : ''}`)) || t.w.none]);
  facts.push([h('Transfers outside the EEA'), join(a.transfers.map(l.transferText)) || t.w.none]);
  facts.push([h('Retention'), retentionLines(a.dataCategories, l) || t.w.notRecorded]);
  facts.push([h('Security measures (Art. 32)'), join([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']) || t.w.notRecorded]);
  if (a.systems.length > 0) facts.push([h('Systems and storage'), a.systems.join(', ')]);
  facts.push([h('DPIA'), [t.dpia[a.dpia.status], a.dpia.date ? l.date(a.dpia.date) : '', a.dpia.reason].filter(Boolean).join(' — ')]);
  const ad = a.automatedDecisions;
  facts.push([
    h('Automated decisions'),
    ad.exists ? join([`${t.w.yes}${ad.profiling ? `, ${t.w.includingProfiling}` : ''}`, ad.logic ? t.f.logic(ad.logic) : '', ad.significance ? t.f.significance(ad.significance) : '']) : t.w.none,
  ]);
  facts.push([
    h('Status and review'),
    join([
      `${t.status[a.status]}${a.owner ? `, ${t.f.owner(a.owner)}` : ''}${a.reviewer ? `, ${t.f.reviewer(a.reviewer)}` : ''}`,
      a.lastReviewed ? t.f.lastReviewed(l.date(a.lastReviewed)) : t.w.notReviewed,
      a.nextReviewDue ? t.f.nextReview(l.date(a.nextReviewDue)) : '',
    ]),
  ]);
  return facts;
}

/** Categories that share the same description are listed together: "Name, E-mail address: First/last name, work e-mail". */
function personalData(a: ProcessingActivity, l: Lookups): string {
  const byDetail = new Map<string, string[]>();
  for (const c of a.dataCategories) {
    const label = `${l.categoryLabel(c.category)}${l.categorySpecial(c.category) ? ` (${l.t.w.specialCategory})` : ''}`;
    const names = byDetail.get(c.detail ?? '') ?? [];
    if (!names.includes(label)) names.push(label);
    byDetail.set(c.detail ?? '', names);
  }
  return [...byDetail].map(([detail, names]) => (detail ? `${names.join(', ')}${colon(l.t)} ${detail}` : names.join(', '))).join('\n');
}
