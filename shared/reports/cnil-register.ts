/**
 * The CNIL's model register ("modèle de registre", CNIL 2019), in French: for each
 * organisation the register's first page (the organisation's and the DPO's details
 * and the list of its processing activities, "Activité 1, 2 …"), then one record
 * card ("fiche de registre") per processing activity with the model's parts in its
 * order: description and references, actors (responsable du traitement, DPO,
 * représentant, responsables conjoints), finalités, mesures de sécurité, catégories
 * de données with their time limits, données sensibles, catégories de personnes
 * concernées, destinataires, transferts hors UE with their garanties. An activity
 * run as processor gets the card of the CNIL's processor register (art. 30, par. 2):
 * the controllers acted for, the categories of processing, transfers and measures.
 * Export only, like the ICO layout.
 */
import type { Organisation, ProcessingActivity } from '../model';
import { isAdequate, isEea } from '../reference';
import { type Lookups, lines, retentionLines } from './lookups';
import { recipientType } from './register-columns';
import type { ScopedRegister } from './scope';
import { type Cell, type SheetOut } from './sheet';

type A = ProcessingActivity;
const NB = '\u00A0';

/** A two-column sheet: "Rubrique | Contenu", one row per part of the card (a part heading has no content). */
function cardSheet(key: string, name: string, rows: readonly [string, string][], preamble?: [string, string][]): SheetOut {
  return {
    key,
    name,
    columns: [
      { key: 'part', header: 'Rubrique', width: 44 },
      { key: 'content', header: 'Contenu', width: 100 },
    ],
    readOnly: true,
    partHeading: (cells) => cells[1] === '',
    ...(preamble ? { preamble } : {}),
    *rows(): Iterable<Cell[]> {
      for (const [part, content] of rows) yield [part, content];
    },
  };
}

const contact = (c: { name?: string; email?: string; phone?: string; address?: string; country?: string; url?: string } | undefined, l: Lookups) =>
  c ? [c.name, c.address, c.country ? l.country(c.country) : '', c.phone ? `Téléphone${NB}: ${c.phone}` : '', c.email ? `Adresse de messagerie${NB}: ${c.email}` : '', c.url]
        .filter((x) => x && x.trim() !== '')
        .join('\n')
    : '';

function organisationDetails(o: Organisation, l: Lookups): string {
  return [
    o.legalName ?? o.name,
    o.address,
    o.country ? l.country(o.country) : '',
    o.phone ? `Téléphone${NB}: ${o.phone}` : '',
    o.email ?? o.privacyEmail ? `Adresse de messagerie${NB}: ${o.email ?? o.privacyEmail}` : '',
    o.registrationNumber ? `Immatriculation${NB}: ${o.registrationNumber}` : '',
  ]
    .filter((x) => x && x.trim() !== '')
    .join('\n');
}

/** "Fiche 3 – Compte et connexion", at most 31 characters and none of []:*?/\ (a tab name). */
export function ficheName(n: number, activity: string): string {
  const clean = activity.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  const name = `Fiche ${n} – ${clean}`;
  return name.length <= 31 ? name : `${name.slice(0, 30).trimEnd()}…`;
}

const yesNo = (b: boolean) => (b ? 'Oui' : 'Non');

/** Categories that share a description are named together: "Nom et prénom, Adresse e-mail : …". */
function details(categories: A['dataCategories'], l: Lookups): string {
  const byDetail = new Map<string, string[]>();
  for (const c of categories) {
    if (!c.detail?.trim()) continue;
    const names = byDetail.get(c.detail) ?? [];
    const label = l.categoryLabel(c.category);
    if (!names.includes(label)) names.push(label);
    byDetail.set(c.detail, names);
  }
  return [...byDetail].map(([d, names]) => `${names.join(', ')}${NB}: ${d}`).join('\n');
}

function transfersText(a: A, l: Lookups): string {
  return lines(
    a.transfers.map((t) => {
      const who = t.recipientName?.trim() || l.vendorName(t.vendorId);
      const docs = [t.safeguards, t.documentUrl].filter((x) => x && x.trim() !== '').join(' – ');
      return [
        `Destinataire${NB}: ${who || 'non renseigné'}`,
        `Pays${NB}: ${l.country(t.country)}${isEea(t.country) ? ' (EEE)' : isAdequate(t.country) ? ' (pays adéquat)' : ''}`,
        `Type de garanties${NB}: ${l.safeguard(t)}`,
        ...(docs ? [`Lien vers la documentation${NB}: ${docs}`] : []),
      ].join(' · ');
    }),
  );
}

function measuresText(a: A, l: Lookups): string {
  return lines([...a.securityMeasures.map(l.measureLabel), a.securityNotes ?? '']) || 'Non renseignées';
}

/** The record card of an activity as controller (or joint controller): the CNIL model's parts, in its order. */
function controllerCard(a: A, org: Organisation, n: number, l: Lookups): [string, string][] {
  const special = a.dataCategories.filter((c) => l.categorySpecial(c.category));
  const ordinary = a.dataCategories.filter((c) => !l.categorySpecial(c.category));
  const internal = a.recipients.filter((r) => r.type === 'internal');
  const processors = a.recipients.filter((r) => r.type === 'processor' || r.type === 'sub_processor');
  const external = a.recipients.filter((r) => !internal.includes(r) && !processors.includes(r));
  const names = (rs: typeof a.recipients) => lines(rs.map((r) => `${l.recipientName(r)}${r.service ? ` – ${r.service}` : ''}`)) || 'Aucun';
  return [
    ['Description du traitement', ''],
    ['Nom / sigle', a.name],
    ['N° / référence', `Activité ${n}`],
    ['Date de création de la fiche', a.createdAt ? l.date(a.createdAt) : 'Non renseignée'],
    ['Mise à jour de la fiche', a.updatedAt ? l.date(a.updatedAt) : a.lastReviewed ? l.date(a.lastReviewed) : 'Non renseignée'],
    ['Description', a.description || 'Non renseignée'],
    ['Acteurs', ''],
    ['Responsable du traitement', organisationDetails(org, l)],
    ['Délégué à la protection des données', contact(org.dpo, l) || 'Aucun délégué désigné'],
    ['Représentant', contact(org.representative, l) || 'Sans objet'],
    ['Responsable(s) conjoint(s)', lines(a.jointControllers.map((p) => [p.name, p.contact, p.country ? l.country(p.country) : '', p.arrangement].filter(Boolean).join(', '))) || 'Aucun'],
    ['Finalité(s) du traitement effectué', ''],
    ...a.purposes.map((p, i): [string, string] => [
      i === 0 ? 'Finalité principale' : `Sous-finalité ${i}`,
      [p.description, p.legalBasis ? `Base juridique${NB}: ${l.basis(p.legalBasis)}` : '', p.legitimateInterest ? `Intérêt légitime${NB}: ${p.legitimateInterest}` : '']
        .filter(Boolean)
        .join('\n'),
    ]),
    ...(a.purposes.length === 0 ? ([['Finalité principale', 'Non renseignée']] as [string, string][]) : []),
    ['Mesures de sécurité', ''],
    ['Mesures de sécurité techniques et organisationnelles', measuresText(a, l)],
    ['Catégories de données personnelles concernées', ''],
    ['Catégories de données et délais d’effacement', retentionLines(ordinary, l) || 'Aucune'],
    ['Précisions', details(ordinary, l) || 'Aucune'],
    ['Des données sensibles sont-elles traitées\u202F?', yesNo(special.length > 0)],
    ...(special.length > 0
      ? ([
          ['Données sensibles et durées de conservation', retentionLines(special, l)],
          ['Exception de l’art. 9, par. 2 RGPD', lines(a.purposes.flatMap((p) => (p.art9Condition ? [l.art9(p.art9Condition)] : []))) || 'Non renseignée'],
        ] as [string, string][])
      : []),
    ['Catégories de personnes concernées', lines(a.dataSubjects.map(l.subjectLabel)) || 'Non renseignées'],
    ['Destinataires des données', ''],
    ['Destinataires internes', names(internal)],
    ['Organismes externes', names(external)],
    ['Sous-traitants', names(processors)],
    ['Transferts des données hors UE', ''],
    ['Des données personnelles sont-elles transmises hors de l’Union européenne\u202F?', yesNo(a.transfers.some((t) => !isEea(t.country)))],
    ['Transferts', transfersText(a, l) || 'Aucun'],
  ];
}

/** The card of an activity run as processor (art. 30, par. 2 RGPD). */
function processorCard(a: A, org: Organisation, n: number, l: Lookups): [string, string][] {
  return [
    ['Description du traitement', ''],
    ['Nom / sigle', a.name],
    ['N° / référence', `Activité ${n}`],
    ['Date de création de la fiche', a.createdAt ? l.date(a.createdAt) : 'Non renseignée'],
    ['Mise à jour de la fiche', a.updatedAt ? l.date(a.updatedAt) : 'Non renseignée'],
    ['Description', a.description || 'Non renseignée'],
    ['Acteurs', ''],
    ['Sous-traitant', organisationDetails(org, l)],
    ['Délégué à la protection des données', contact(org.dpo, l) || 'Aucun délégué désigné'],
    ['Représentant', contact(org.representative, l) || 'Sans objet'],
    ['Responsable(s) du traitement pour le compte duquel (desquels) le traitement est effectué', lines(a.controllers.map((p) => [p.name, p.contact, p.country ? l.country(p.country) : ''].filter(Boolean).join(', '))) || 'Non renseigné'],
    ['Catégories de traitements effectués pour le compte de chaque responsable du traitement', lines(a.purposes.map((p) => p.description)) || 'Non renseignées'],
    ['Catégories de données personnelles traitées', lines(a.dataCategories.map((c) => l.categoryLabel(c.category))) || 'Non renseignées'],
    ['Catégories de personnes concernées', lines(a.dataSubjects.map(l.subjectLabel)) || 'Non renseignées'],
    ['Sous-traitants ultérieurs', lines(a.recipients.map((r) => `${l.recipientName(r)} (${recipientType(l, r.type)})`)) || 'Aucun'],
    ['Durées de conservation convenues avec le responsable du traitement', retentionLines(a.dataCategories, l) || 'Non renseignées'],
    ['Mesures de sécurité', ''],
    ['Mesures de sécurité techniques et organisationnelles', measuresText(a, l)],
    ['Transferts des données hors UE', ''],
    ['Des données personnelles sont-elles transmises hors de l’Union européenne\u202F?', yesNo(a.transfers.some((t) => !isEea(t.country)))],
    ['Transferts', transfersText(a, l) || 'Aucun'],
  ];
}

export interface LayoutPlan {
  title: string;
  about: [string, string][];
  sheets: SheetOut[];
}

/** The CNIL register of the scope: per organisation its first page, then a card per activity (numbered across the workbook). */
export function cnilPlan(reg: ScopedRegister, l: Lookups): LayoutPlan {
  const sheets: SheetOut[] = [];
  let n = 0;
  const several = reg.organisations.length > 1;
  for (const org of reg.organisations) {
    const acts = reg.activities.filter((a) => a.organisationId === org.id);
    const first = n + 1;
    const list: [string, string][] = acts.map((a, i) => [`Activité ${first + i}`, `${a.name}${a.role === 'processor' ? ' (en tant que sous-traitant)' : ''}`]);
    const registerName = several ? ficheTab(`Registre – ${org.name}`) : 'Registre';
    sheets.push({
      ...cardSheet(`cnil-register-${org.id}`, registerName, list.length > 0 ? list : [['Activités', 'Aucune activité de traitement n’est recensée dans ce périmètre.']], [
        ['Registre des activités de traitement de', org.legalName ?? org.name],
        ['Coordonnées du responsable de l’organisme (responsable du traitement ou son représentant si le responsable est situé en dehors de l’UE)', organisationDetails(org, l)],
        ['Nom et coordonnées du délégué à la protection des données', contact(org.dpo, l) || 'Aucun délégué désigné'],
        ['Représentant dans l’Union (art. 27 RGPD)', contact(org.representative, l) || 'Sans objet'],
        ['Activités de l’organisme impliquant le traitement de données personnelles', `${acts.length} activité${acts.length > 1 ? 's' : ''}, une fiche de registre chacune`],
      ]),
      partHeading: () => false,
      columns: [
        { key: 'part', header: 'Activités', width: 44 },
        { key: 'content', header: 'Désignation des activités', width: 100 },
      ],
    });
    for (const a of acts) {
      n++;
      const rows = a.role === 'processor' ? processorCard(a, org, n, l) : controllerCard(a, org, n, l);
      sheets.push(cardSheet(`cnil-fiche-${n}`, ficheName(n, a.name), rows, [['Fiche de registre de l’activité', a.name]]));
    }
  }
  return { title: `Registre des activités de traitement — ${reg.title}`, about: [['Fiches de registre', String(n)]], sheets };
}

const ficheTab = (s: string) => {
  const clean = s.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length <= 31 ? clean : `${clean.slice(0, 30).trimEnd()}…`;
};
