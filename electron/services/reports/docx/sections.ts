/** The parts of the Word report: cover, summary, one section per organisation and product, annexes. */
import type { ChangeRow } from '../../../../shared/reports/changes';
import { Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import { activityFacts } from '../../../../shared/reports/activity-facts';
import { retentionRules, measureUses } from '../../../../shared/reports/detail-columns';
import { type Lookups, activitiesOf } from '../../../../shared/reports/lookups';
import { contactText } from '../../../../shared/reports/organisation-columns';
import type { ScopedRegister } from '../../../../shared/reports/scope';
import type { ReportSummary } from '../../../../shared/reports/summary';
import type { ReportFinding } from '../../../../shared/reports/workbook';
import type { UntranslatedText } from '../../../../shared/reports/i18n/record-texts';
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

export function cover(b: Blocks, c: CoverInfo, l: Lookups): Child[] {
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: b.t(c.title, 'Cover'), bold: true, size: 56, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 960 }, children: [new TextRun({ text: b.t(c.organisation, 'Cover'), size: 32, color: '404040' })] }),
    b.facts(
      [
        [l.h('Organisation'), c.organisation],
        [l.h('Scope'), c.scope],
        ...(c.version ? ([[l.h('Version'), c.version]] as [string, string][]) : []),
        [l.h('Date'), c.date],
        ...(c.preparedBy ? ([[l.h('Prepared by'), c.preparedBy]] as [string, string][]) : []),
      ],
      'Cover',
    ),
    new Paragraph({
      spacing: { before: 960 },
      children: [
        new TextRun({
          text: l.t.doc.confidentialNote,
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

export function contents(headings: readonly HeadingEntry[], firstBodyPage: number, title = 'Contents'): Child[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: title, bold: true, size: 32, color: ACCENT })] }),
    new TableOfContents(title, {
      hyperlink: true,
      headingStyleRange: '1-3',
      beginDirty: false,
      cachedEntries: headings.map((h) => ({ title: h.title, level: h.level, page: firstBodyPage + h.bodyPage, href: h.bookmark })),
    }),
  ];
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
const severityOf = (s: string) => SEVERITIES.find((x) => x === s);

export function summarySection(b: Blocks, s: ReportSummary, findings: readonly ReportFinding[], o: { authorityCopy: boolean }, l: Lookups): Child[] {
  const { t, h } = l;
  const out: Child[] = [b.heading(t.doc.summary, 1, 'Summary', true)];
  const rows: [string, string][] = s.counts.map(([label, n]) => [label, String(n)]);
  if (s.completenessPercent !== undefined && !o.authorityCopy) rows.push([t.doc.completeness, `${s.completenessPercent}\u00A0%`]);
  if (!o.authorityCopy) {
    rows.push([
      t.doc.openFindings,
      s.findingsBySeverity
        .map(([sev, n]) => {
          const k = severityOf(sev);
          return k ? t.severityCount(k, n) : `${n} ${sev}`;
        })
        .join(', '),
    ]);
  }
  out.push(b.facts(rows, 'Summary'));
  if (findings.length > 0 && !o.authorityCopy) {
    out.push(b.heading(t.doc.openFindings, 2, 'Summary'));
    out.push(b.para(t.doc.findingsIntro, 'Summary'));
    const shown = findings.slice(0, 60);
    out.push(
      b.table(
        [h('Severity'), h('Record'), h('Finding'), h('How to fix it')],
        shown.map((f) => {
          const k = severityOf(f.severity);
          return [k ? t.severity[k] : f.severity, f.target.entityName, `${f.message} (${f.article})`, f.hint];
        }),
        // German "Schweregrad" needs 13 % of the width not to break inside the word.
        [13, 19, 36, 32],
        'Findings',
      ),
    );
    if (findings.length > shown.length) out.push(b.para(t.doc.moreFindings(findings.length - shown.length), 'Findings', { italics: true }));
  }
  return out;
}

/** What changed since a baseline, as one table (the Excel register lists every row). */
export function changesSection(b: Blocks, label: string, rows: readonly ChangeRow[], l: Lookups): Child[] {
  const { t, h } = l;
  const out: Child[] = [b.heading(t.doc.changesSince(label), 1, 'Changes since baseline')];
  if (rows.length === 0) {
    out.push(b.para(t.doc.noChanges, 'Changes since baseline'));
    return out;
  }
  const shown = rows.slice(0, 200);
  // German nouns keep their capital ("Verarbeitungstätigkeit").
  const kind = { Added: t.change.added, Removed: t.change.removed, Changed: t.change.changed } as const;
  out.push(
    b.table(
      [h('Change'), h('Record'), h('Field'), h('Before'), h('After')],
      shown.map((r) => [kind[r.change], `${r.record} (${l.lang === 'de' ? l.t.recordKind[r.entityType] : l.t.recordKind[r.entityType].toLowerCase()})`, r.field, r.before, r.after]),
      // French "Modification" needs 14 % of the width not to break inside the word.
      [14, 23, 20, 21, 22],
      'Changes since baseline',
    ),
  );
  if (rows.length > shown.length) out.push(b.para(t.doc.moreChanges(rows.length - shown.length), 'Changes since baseline', { italics: true }));
  return out;
}

export function organisationSections(b: Blocks, reg: ScopedRegister, l: Lookups): Child[] {
  const { t, h } = l;
  const out: Child[] = [];
  for (const org of reg.organisations) {
    const where = `Organisation "${org.name}"`;
    out.push(b.heading(org.name, 1, where, true));
    out.push(
      b.facts(
        [
          [h('Legal name'), org.legalName ?? org.name],
          [h('Address'), [org.address, org.country ? l.country(org.country) : ''].filter(Boolean).join(', ')],
          [h('Contact'), [org.email, org.phone, org.website].filter(Boolean).join('\n')],
          [h('Privacy contact'), org.privacyEmail ?? ''],
          [h('Data protection officer'), contactText(org.dpo, l) || t.w.noneDesignated],
          [h('Representative (Art. 27)'), contactText(org.representative, l) || t.w.notRequired],
          [h('Lead supervisory authority'), contactText(org.leadAuthority, l)],
        ],
        where,
      ),
    );
    const groups: { title: string; productId: string | undefined; intro: string }[] = [
      ...reg.products.filter((p) => p.organisationId === org.id).map((p) => ({ title: p.name, productId: p.id, intro: p.description ?? '' })),
      { title: t.doc.orgWide, productId: undefined, intro: t.doc.orgWideIntro },
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

export function annexes(b: Blocks, reg: ScopedRegister, l: Lookups, untranslated: readonly UntranslatedText[] = []): Child[] {
  const { t, h } = l;
  const out: Child[] = [b.heading(t.doc.annexVendors, 1, 'Annex A', true)];
  out.push(
    reg.vendors.length === 0
      ? b.para(t.doc.noVendors, 'Annex A')
      : b.table(
          [h('Vendor'), h('Role and service'), h('Countries'), h('DPA'), h('Transfer mechanism')],
          reg.vendors.map((v) => [
            [v.name, v.legalName && v.legalName !== v.name ? v.legalName : ''].filter(Boolean).join('\n'),
            [t.recipientType[v.role], v.service ?? ''].filter(Boolean).join(t.lang === 'fr' ? '\u00A0: ' : ': '),
            [v.headquarters ? t.f.hq(l.country(v.headquarters)) : '', v.processingCountries.map(l.country).join(', ')].filter(Boolean).join('\n'),
            // The date on a line of its own: "Signé" / "1er octobre 2024" needs no preposition in any language.
            [t.dpaStatus[v.dpa.status], v.dpa.date ? l.date(v.dpa.date) : ''].filter(Boolean).join('\n'),
            v.transferMechanism ? `${l.mechanism(v.transferMechanism)}${v.sccModule ? `, ${t.f.sccModule(v.sccModule)}` : ''}` : '—',
          ]),
          [20, 28, 20, 12, 20],
          'Annex A',
        ),
  );
  out.push(b.heading(t.doc.annexTransfers, 1, 'Annex B', true));
  const transfers = reg.activities.flatMap((a) => a.transfers.map((t) => ({ a, t })));
  out.push(
    transfers.length === 0
      ? b.para(t.doc.noTransfers, 'Annex B')
      : b.table(
          [h('Processing activity'), h('Country'), h('Recipient'), h('Safeguard'), h('Documentation')],
          transfers.map(({ a, t: tr }) => [a.name, l.country(tr.country), tr.recipientName ?? l.vendorName(tr.vendorId), l.safeguard(tr), [tr.safeguards, tr.documentUrl].filter(Boolean).join('\n')]),
          [24, 13, 18, 22, 23],
          'Annex B',
        ),
  );
  out.push(b.heading(t.doc.annexRetention, 1, 'Annex C', true));
  const rules = retentionRules(reg);
  out.push(
    b.table(
      [h('Data category'), h('Retention period or criteria'), h('At the end'), h('Processing activities')],
      rules.map((r) => [l.categoryLabel(r.category), r.retention || (r.months !== undefined ? t.f.months(r.months) : t.w.notSet), r.end ? t.endAction[r.end] : '—', nameList(r.activities, l)]),
      [20, 40, 12, 28],
      'Annex C',
    ),
  );
  out.push(b.heading(t.doc.annexMeasures, 1, 'Annex D', true));
  out.push(
    b.table(
      [h('Measure'), h('Art. 32(1)'), h('Description'), h('Applied to')],
      measureUses(reg).map((m) => [l.measureLabel(m.key), l.measureArt32(m.key), l.measureDescription(m.key), nameList(m.activities, l)]),
      [22, 10, 38, 30],
      'Annex D',
    ),
  );
  if (untranslated.length > 0) {
    out.push(b.heading(t.doc.annexUntranslated, 1, 'Annex E', true));
    out.push(b.para(t.doc.untranslatedIntro(untranslated.length), 'Annex E'));
    out.push(
      b.table(
        [t.untranslatedColumns.record, t.untranslatedColumns.field, t.untranslatedColumns.text],
        untranslated.map((u) => [u.record, h(u.field), u.text]),
        [26, 22, 52],
        'Annex E',
      ),
    );
  }
  return out;
}

function nameList(names: readonly string[], l: Lookups, max = 12): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} ${l.t.f.andMore(names.length - max).replace(/^… /, '')}` : names.join(', ');
}

