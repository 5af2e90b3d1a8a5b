/** The parts of the Word report: cover, summary, one section per organisation and product, annexes. */
import type { ChangeRow } from '../../../../shared/reports/changes';
import { Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import { activityFacts } from '../../../../shared/reports/activity-facts';
import { retentionRules, measureUses } from '../../../../shared/reports/detail-columns';
import { type Lookups, activitiesOf, transferSafeguard } from '../../../../shared/reports/lookups';
import { contactText } from '../../../../shared/reports/organisation-columns';
import type { ScopedRegister } from '../../../../shared/reports/scope';
import type { ReportSummary } from '../../../../shared/reports/summary';
import type { ReportFinding } from '../../../../shared/reports/workbook';
import { DPA_STATUS, RECIPIENT_TYPE, country, mechanismLabel } from '../../../../shared/reports/vocab';
import { ACCENT, type Blocks, type HeadingEntry } from './blocks';
import { PageEstimate } from './page-estimate';

type Child = Paragraph | Table | TableOfContents;

export interface CoverInfo {
  title: string;
  organisation: string;
  scope: string;
  version?: string;
  date: string;
  preparedBy?: string;
}

export function cover(b: Blocks, c: CoverInfo): Child[] {
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: b.t(c.title, 'Cover'), bold: true, size: 56, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 960 }, children: [new TextRun({ text: b.t(c.organisation, 'Cover'), size: 32, color: '404040' })] }),
    b.facts(
      [
        ['Organisation', c.organisation],
        ['Scope', c.scope],
        ...(c.version ? ([['Version', c.version]] as [string, string][]) : []),
        ['Date', c.date],
        ...(c.preparedBy ? ([['Prepared by', c.preparedBy]] as [string, string][]) : []),
      ],
      'Cover',
    ),
    new Paragraph({
      spacing: { before: 960 },
      children: [
        new TextRun({
          text: 'Confidential. This record is kept under Article 30 of the General Data Protection Regulation and is made available to the supervisory authority on request (Art. 30(4)).',
          italics: true,
          size: 18,
          color: '595959',
        }),
      ],
    }),
  ];
}

/**
 * The contents list: every heading down to each activity, linked to it, with its page
 * (estimated while the body was built, see page-estimate.ts). Written as a clean TOC
 * field with its entries, so Word and LibreOffice show it as written and Word does
 * not ask to update fields; Word's "Update table" still works.
 */
/** The page the body starts on: after the cover (page 1) and the contents. */
export function firstBodyPage(headings: number): number {
  return 2 + PageEstimate.contentsPages(headings);
}

export function contents(headings: readonly HeadingEntry[], firstBodyPage: number): Child[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: 'Contents', bold: true, size: 32, color: ACCENT })] }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-3',
      beginDirty: false,
      cachedEntries: headings.map((h) => ({ title: h.title, level: h.level, page: firstBodyPage + h.bodyPage, href: h.bookmark })),
    }),
  ];
}

export function summarySection(b: Blocks, s: ReportSummary, findings: readonly ReportFinding[], o: { authorityCopy: boolean }): Child[] {
  const out: Child[] = [b.heading('Summary', 1, 'Summary', true)];
  const rows: [string, string][] = s.counts.map(([label, n]) => [label, String(n)]);
  if (s.completenessPercent !== undefined && !o.authorityCopy) rows.push(['Completeness of the records (Art. 30 fields filled)', `${s.completenessPercent} %`]);
  if (!o.authorityCopy) rows.push(['Open findings', s.findingsBySeverity.map(([sev, n]) => `${n} ${sev}${n === 1 ? '' : 's'}`).join(', ')]);
  out.push(b.facts(rows, 'Summary'));
  if (findings.length > 0 && !o.authorityCopy) {
    out.push(b.heading('Open findings', 2, 'Summary'));
    out.push(b.para('The automatic checks found the following points to address. Errors are gaps in what Art. 30 requires; warnings and notes are recommendations.', 'Summary'));
    const shown = findings.slice(0, 60);
    out.push(
      b.table(
        ['Severity', 'Record', 'Finding', 'How to fix it'],
        shown.map((f) => [f.severity.charAt(0).toUpperCase() + f.severity.slice(1), f.target.entityName, `${f.message} (${f.article})`, f.hint]),
        [11, 21, 36, 32],
        'Findings',
      ),
    );
    if (findings.length > shown.length) out.push(b.para(`… and ${findings.length - shown.length} more findings, listed in the Excel register.`, 'Findings', { italics: true }));
  }
  return out;
}

/** What changed since a baseline, as one table (the Excel register lists every row). */
export function changesSection(b: Blocks, label: string, rows: readonly ChangeRow[]): Child[] {
  const out: Child[] = [b.heading(`Changes since ${label}`, 1, 'Changes since baseline')];
  if (rows.length === 0) {
    out.push(b.para('Nothing in the records of this report changed since the baseline.', 'Changes since baseline'));
    return out;
  }
  const shown = rows.slice(0, 200);
  out.push(
    b.table(
      ['Change', 'Record', 'Field', 'Before', 'After'],
      shown.map((r) => [r.change, `${r.record} (${r.recordType.toLowerCase()})`, r.field, r.before, r.after]),
      [11, 25, 20, 22, 22],
      'Changes since baseline',
    ),
  );
  if (rows.length > shown.length) out.push(b.para(`… and ${rows.length - shown.length} more changes, listed in the Excel register.`, 'Changes since baseline', { italics: true }));
  return out;
}

export function organisationSections(b: Blocks, reg: ScopedRegister, l: Lookups): Child[] {
  const out: Child[] = [];
  for (const org of reg.organisations) {
    const where = `Organisation "${org.name}"`;
    out.push(b.heading(org.name, 1, where, true));
    out.push(
      b.facts(
        [
          ['Legal name', org.legalName ?? org.name],
          ['Address', [org.address, org.country ? country(org.country) : ''].filter(Boolean).join(', ')],
          ['Contact', [org.email, org.phone, org.website].filter(Boolean).join('\n')],
          ['Privacy contact', org.privacyEmail ?? ''],
          ['Data protection officer', contactText(org.dpo) || 'None designated'],
          ['Representative (Art. 27)', contactText(org.representative) || 'Not required'],
          ['Lead supervisory authority', contactText(org.leadAuthority)],
        ],
        where,
      ),
    );
    const groups: { title: string; productId: string | undefined; intro: string }[] = [
      ...reg.products.filter((p) => p.organisationId === org.id).map((p) => ({ title: p.name, productId: p.id, intro: p.description ?? '' })),
      { title: 'Organisation-wide processing', productId: undefined, intro: 'Processing that does not belong to one product, such as HR and finance.' },
    ];
    for (const g of groups) {
      const acts = activitiesOf(reg.activities, org.id, g.productId);
      if (acts.length === 0) continue;
      out.push(b.heading(g.title, 2, where));
      if (g.intro) out.push(b.para(g.intro, `${where}, ${g.title}`));
      for (const a of acts) {
        out.push(b.heading(a.name, 3, `Activity "${a.name}"`));
        out.push(b.facts(activityFacts(a, l), `Activity "${a.name}"`));
        out.push(b.spacer());
      }
    }
  }
  return out;
}

export function annexes(b: Blocks, reg: ScopedRegister, l: Lookups): Child[] {
  const out: Child[] = [b.heading('Annex A: Vendors and sub-processors', 1, 'Annex A', true)];
  out.push(
    reg.vendors.length === 0
      ? b.para('No vendors receive personal data in this scope.', 'Annex A')
      : b.table(
          ['Vendor', 'Role and service', 'Countries', 'DPA', 'Transfer mechanism'],
          reg.vendors.map((v) => [
            [v.name, v.legalName && v.legalName !== v.name ? v.legalName : ''].filter(Boolean).join('\n'),
            [RECIPIENT_TYPE.label(v.role), v.service ?? ''].filter(Boolean).join(': '),
            [v.headquarters ? `HQ ${country(v.headquarters)}` : '', v.processingCountries.map(country).join(', ')].filter(Boolean).join('\n'),
            [DPA_STATUS.label(v.dpa.status), v.dpa.date ?? ''].filter(Boolean).join(' '),
            v.transferMechanism ? `${mechanismLabel(v.transferMechanism)}${v.sccModule ? `, module ${v.sccModule}` : ''}` : '—',
          ]),
          [20, 28, 20, 12, 20],
          'Annex A',
        ),
  );
  out.push(b.heading('Annex B: Transfers to third countries', 1, 'Annex B', true));
  const transfers = reg.activities.flatMap((a) => a.transfers.map((t) => ({ a, t })));
  out.push(
    transfers.length === 0
      ? b.para('No transfers outside the EEA are recorded in this scope.', 'Annex B')
      : b.table(
          ['Processing activity', 'Country', 'Recipient', 'Safeguard', 'Documentation'],
          transfers.map(({ a, t }) => [a.name, country(t.country), t.recipientName ?? l.vendorName(t.vendorId), transferSafeguard(t), [t.safeguards, t.documentUrl].filter(Boolean).join('\n')]),
          [24, 13, 18, 22, 23],
          'Annex B',
        ),
  );
  out.push(b.heading('Annex C: Retention schedule', 1, 'Annex C', true));
  const rules = retentionRules(reg);
  out.push(
    b.table(
      ['Data category', 'Retention period or criteria', 'At the end', 'Processing activities'],
      rules.map((r) => [l.categoryLabel(r.category), r.retention || (r.months !== undefined ? `${r.months} months` : 'Not set'), r.end || '—', nameList(r.activities)]),
      [20, 40, 12, 28],
      'Annex C',
    ),
  );
  out.push(b.heading('Annex D: Security measures', 1, 'Annex D', true));
  out.push(
    b.table(
      ['Measure', 'Art. 32(1)', 'Description', 'Applied to'],
      measureUses(reg).map((m) => [l.measureLabel(m.key), l.measureArt32(m.key), l.measureDescription(m.key), nameList(m.activities)]),
      [22, 10, 38, 30],
      'Annex D',
    ),
  );
  return out;
}

function nameList(names: readonly string[], max = 12): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
}

