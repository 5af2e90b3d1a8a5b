/**
 * The DSK's model record ("Muster – Verzeichnis von Verarbeitungstätigkeiten",
 * Datenschutzkonferenz), in German, in its two forms: for the controller
 * (Verantwortlicher, Art. 30 Abs. 1 DSGVO) and for the processor
 * (Auftragsverarbeiter, Art. 30 Abs. 2 DSGVO). Each form opens with the details of
 * the controller (processor), its representative and its data protection officer,
 * then one entry per processing activity with the form's fields in the form's
 * order. Every activity is in exactly one form, by its role: controller and joint
 * controller in the first, processor in the second (a dual-role product has
 * entries in both). Export only, like the ICO layout.
 */
import type { Organisation, ProcessingActivity } from '../model';
import { isEea } from '../reference';
import type { LayoutPlan } from './cnil-register';
import { type Lookups, lines, retentionLines } from './lookups';
import { recipientType } from './register-columns';
import type { ScopedRegister } from './scope';
import { type Column, type SheetSpec, sheetOut, text } from './sheet';

type A = ProcessingActivity;
const isProcessor = (a: A) => a.role === 'processor';

const party = (l: Lookups) => (p: { name: string; contact?: string; country?: string }) =>
  [p.name, p.contact, p.country ? l.country(p.country) : undefined].filter((x) => x && x.trim() !== '').join(', ');

const thirdCountry = (a: A, l: Lookups) =>
  lines(
    a.transfers
      .filter((t) => !isEea(t.country))
      .map((t) => `${l.country(t.country)}: ${t.recipientName?.trim() || l.vendorName(t.vendorId) || 'Empfänger nicht erfasst'} (${l.safeguard(t)})`),
  ) || 'Keine';

/** Art. 49 Abs. 1 UAbs. 2: the suitable safeguards documented for such a transfer. */
const art49Safeguards = (a: A) =>
  lines(a.transfers.filter((t) => t.mechanism === 'derogation' && t.derogation === 'compelling_interests').map((t) => t.safeguards?.trim() || 'Nicht dokumentiert')) ||
  'Entfällt';

const measures = (a: A, l: Lookups) => lines([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']) || 'Nicht erfasst';

const organisationColumn = (header: string): Column<A> => text('organisation', header, 22, (a, l) => l.orgName(a.organisationId));

const dates = (a: A, l: Lookups) =>
  lines([a.createdAt ? `Angelegt am ${l.date(a.createdAt)}` : '', a.updatedAt ? `Zuletzt geändert am ${l.date(a.updatedAt)}` : '']) || 'Nicht erfasst';

export const dskControllerColumns: readonly Column<A>[] = [
  text('activity', 'Bezeichnung der Verarbeitungstätigkeit', 30, (a) => a.name),
  text('dates', 'Datum der Anlegung / der letzten Änderung', 20, dates),
  text('department', 'Verantwortliche Fachabteilung / Ansprechpartner', 22, (a) => a.owner ?? 'Nicht erfasst'),
  text('purposes', 'Zwecke der Verarbeitung', 40, (a, l) =>
    lines(a.purposes.map((p) => (p.legalBasis ? `${p.description} (${l.basis(p.legalBasis)})` : p.description))) || 'Nicht erfasst'),
  text('joint', 'Name und Kontaktdaten des gemeinsam mit ihm Verantwortlichen (Art. 26 DSGVO)', 26, (a, l) => lines(a.jointControllers.map(party(l))) || 'Entfällt'),
  text('subjects', 'Beschreibung der Kategorien betroffener Personen', 26, (a, l) => lines(a.dataSubjects.map(l.subjectLabel)) || 'Nicht erfasst'),
  text('categories', 'Beschreibung der Kategorien personenbezogener Daten', 30, (a, l) =>
    lines(a.dataCategories.filter((c) => !l.categorySpecial(c.category)).map((c) => l.categoryLabel(c.category))) || 'Keine'),
  text('special', 'Besondere Kategorien personenbezogener Daten (Art. 9 und 10 DSGVO)', 24, (a, l) =>
    lines(a.dataCategories.filter((c) => l.categorySpecial(c.category)).map((c) => l.categoryLabel(c.category))) || 'Keine'),
  text('recipients', 'Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden', 34, (a, l) =>
    lines(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)}${r.country ? `, ${l.country(r.country)}` : ''})`)) || 'Keine'),
  text('thirdCountries', 'Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation (mit Nennung der Empfänger)', 34, thirdCountry),
  text('art49', 'Bei Übermittlungen nach Art. 49 Abs. 1 UAbs. 2 DSGVO: Dokumentation geeigneter Garantien', 26, art49Safeguards),
  text('erasure', 'Vorgesehene Fristen für die Löschung der verschiedenen Datenkategorien', 40, (a, l) => retentionLines(a.dataCategories, l) || 'Nicht erfasst'),
  text('tom', 'Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen (Art. 32 Abs. 1 DSGVO)', 36, measures),
];

export const dskProcessorColumns: readonly Column<A>[] = [
  text('activity', 'Bezeichnung der Verarbeitungstätigkeit', 30, (a) => a.name),
  text('dates', 'Datum der Anlegung / der letzten Änderung', 20, dates),
  text('controllers', 'Name und Kontaktdaten des Verantwortlichen, in dessen Auftrag verarbeitet wird (und ggf. seines Vertreters)', 32, (a, l) =>
    lines(a.controllers.map(party(l))) || 'Nicht erfasst'),
  text('processing', 'Kategorien von Verarbeitungen, die im Auftrag des Verantwortlichen durchgeführt werden', 40, (a) => lines(a.purposes.map((p) => p.description)) || 'Nicht erfasst'),
  text('subProcessors', 'Unterauftragsverarbeiter', 28, (a, l) => lines(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)})`)) || 'Keine'),
  text('thirdCountries', 'Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation (mit Nennung der Empfänger)', 34, thirdCountry),
  text('art49', 'Bei Übermittlungen nach Art. 49 Abs. 1 UAbs. 2 DSGVO: Dokumentation geeigneter Garantien', 26, art49Safeguards),
  text('tom', 'Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen (Art. 32 Abs. 1 DSGVO)', 36, measures),
];

const contact = (c: { name?: string; email?: string; phone?: string; address?: string; country?: string; url?: string } | undefined, l: Lookups) =>
  c ? [c.name, c.address, c.country ? l.country(c.country) : '', c.phone ? `Telefon: ${c.phone}` : '', c.email ? `E-Mail: ${c.email}` : '', c.url].filter((x) => x && x.trim() !== '').join(', ') : '';

function details(o: Organisation, l: Lookups): string {
  return [
    o.legalName ?? o.name,
    o.address,
    o.country ? l.country(o.country) : '',
    o.phone ? `Telefon: ${o.phone}` : '',
    o.email ?? o.privacyEmail ? `E-Mail: ${o.email ?? o.privacyEmail}` : '',
    o.website ? `Internet: ${o.website}` : '',
  ]
    .filter((x) => x && x.trim() !== '')
    .join(', ');
}

/** The form's head: the controller's (processor's) details, representative and DPO, per organisation with entries. */
function head(reg: ScopedRegister, l: Lookups, processor: boolean): [string, string][] {
  const out: [string, string][] = [
    [
      'Verzeichnis von Verarbeitungstätigkeiten',
      processor ? 'Auftragsverarbeiter gemäß Art. 30 Abs. 2 DSGVO' : 'Verantwortlicher gemäß Art. 30 Abs. 1 DSGVO',
    ],
  ];
  const withRows = reg.organisations.filter((o) => reg.activities.some((a) => a.organisationId === o.id && isProcessor(a) === processor));
  if (withRows.length === 0) {
    out.push(['Hinweis', processor ? 'In diesem Umfang ist keine Verarbeitung im Auftrag eines Verantwortlichen erfasst.' : 'In diesem Umfang ist keine Verarbeitung als Verantwortlicher erfasst.']);
  }
  for (const o of withRows) {
    out.push(
      [processor ? 'Angaben zum Auftragsverarbeiter' : 'Angaben zum Verantwortlichen', details(o, l)],
      ['Angaben zum Vertreter (Art. 27 DSGVO)', contact(o.representative, l) || 'Entfällt'],
      ['Angaben zur Person des Datenschutzbeauftragten', contact(o.dpo, l) || 'Nicht benannt'],
    );
  }
  return out;
}

function form(reg: ScopedRegister, processor: boolean): SheetSpec<A> {
  const columns = processor ? dskProcessorColumns : dskControllerColumns;
  return {
    key: processor ? 'dsk-processor' : 'dsk-controller',
    name: processor ? 'VVT Auftragsverarbeiter' : 'VVT Verantwortlicher',
    columns: reg.organisations.length > 1 ? [organisationColumn(processor ? 'Auftragsverarbeiter' : 'Verantwortlicher'), ...columns] : columns,
    nameColumn: 'activity',
    rows: (r) => r.activities.filter((a) => isProcessor(a) === processor),
  };
}

export function dskPlan(reg: ScopedRegister, l: Lookups): LayoutPlan {
  const controller = reg.activities.filter((a) => !isProcessor(a)).length;
  const sheets = [false, true].map((processor) => ({ ...sheetOut(form(reg, processor), reg, l), preamble: head(reg, l, processor), readOnly: true }));
  return {
    title: `Verzeichnis von Verarbeitungstätigkeiten — ${reg.title}`,
    about: [['Einträge', `${controller} im Verzeichnis des Verantwortlichen, ${reg.activities.length - controller} im Verzeichnis des Auftragsverarbeiters`]],
    sheets,
  };
}
