/**
 * Registers filled in the way people fill them in, built in the tests: the UK
 * ICO template (controller and processor sheets, details above the table), the
 * CNIL model (.ods: a header page and one sheet per activity, labels down the
 * first column), a DSK-style German table (several rows per activity, merged
 * cells) and a home-made CSV. Free text, blank lines and notes columns throughout.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

export const ICO_HEADINGS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 basis for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Notes',
];

export async function writeIcoRegister(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const c = wb.addWorksheet('Controller');
  c.addRow(['Name and contact details of controller', 'Acme Ltd, 1 High Street, London, privacy@acme.example']);
  c.addRow(['Name and contact details of Data Protection Officer (if applicable)', 'Jane Doe, dpo@acme.example']);
  c.addRow([]);
  c.addRow(ICO_HEADINGS);
  c.addRow([
    'HR',
    'Payroll\nPension administration',
    '',
    'Employees, former employees',
    'Name, address, bank details, salary, National Insurance number',
    'HMRC, pension provider',
    'https://contracts.acme.example/payroll',
    'None',
    '',
    '6 years after employment ends',
    'Access control, encryption at rest, backups',
    'Contract (Art. 6(1)(b)); legal obligation (Art. 6(1)(c))',
    'Art. 9(2)(b)',
    '',
    'Access, rectification, restriction',
    'No',
    '',
    'Sage Payroll',
    'No',
    'Review with HR in Q1',
  ]);
  c.addRow([
    'Marketing',
    'Send the monthly newsletter',
    '',
    'Newsletter subscribers',
    'E-mail, first name, open and click data',
    'Mailchimp',
    '',
    'USA – SCCs',
    '',
    'Until unsubscribed',
    'TLS, MFA for staff accounts',
    'consent',
    '',
    '',
    'Access, erasure, withdraw consent',
    'No',
    '',
    'Mailchimp',
    'No',
    '',
  ]);
  c.addRow([]);
  c.addRow([
    '',
    'Prevent fraud on the web shop',
    '',
    'Customers',
    'Name, IP address, device fingerprint',
    'Fraud-check agency (independent controller)',
    '',
    'US (DPF)',
    '',
    '2 years',
    'Pseudonymisation; access logging',
    'Legitimate interests',
    '',
    'Preventing payment fraud',
    '',
    'Yes – orders scored automatically, high scores are held for manual review',
    'Fraud-check agency',
    'Shop database',
    'Yes',
    '',
  ]);
  // The business function written once for two rows, as people do.
  c.mergeCells('A6:A8');
  const p = wb.addWorksheet('Processor');
  p.addRow(['Name and contact details of controller', 'Categories of processing', 'Names of third countries or international organisations that personal data are transferred to (if applicable)', 'General description of technical and organisational security measures (if possible)', 'Notes']);
  p.addRow(['Client Ltd, dpo@client.example', 'Hosting and support of the client’s CRM data', 'India: standard contractual clauses, module 3', 'Encryption in transit and at rest; backups', 'Contract renewed 2025']);
  await wb.xlsx.writeFile(file);
}

export async function writeDskRegister(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hinweise').addRow(['Bitte für jede Verarbeitungstätigkeit die Felder ausfüllen.']);
  const s = wb.addWorksheet('Verzeichnis Verantwortlicher');
  s.addRow(['Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher (Art. 30 Abs. 1 DSGVO)']);
  s.addRow([]);
  s.addRow(['Bezeichnung der Verarbeitungstätigkeit', 'Verantwortliche Fachabteilung', 'Zwecke der Verarbeitung', 'Rechtsgrundlage', 'Kategorien betroffener Personen', 'Kategorien personenbezogener Daten', 'Kategorien von Empfängern', 'Drittlandübermittlung', 'Löschfristen', 'Technische und organisatorische Maßnahmen (TOM)', 'Bemerkungen']);
  s.addRow(['Bewerbermanagement', 'Personalabteilung', 'Durchführung des Bewerbungsverfahrens', 'Art. 6 Abs. 1 lit. b DSGVO', 'Bewerber', 'Kontaktdaten (Name, E-Mail)', 'Fachabteilung, Personio (Auftragsverarbeiter)', 'Keine', '6 Monate nach Abschluss des Verfahrens', 'Berechtigungskonzept, Verschlüsselung', '']);
  s.addRow(['', '', '', '', '', 'Lebenslauf', '', '', '6 Monate nach Abschluss des Verfahrens', '', '']);
  s.addRow(['', '', '', '', '', 'Gehaltsvorstellung', '', '', '6 Monate', '', 'Nur bei Angabe durch Bewerber']);
  s.mergeCells('A4:A6');
  s.mergeCells('C4:C6');
  s.mergeCells('D4:D6');
  s.addRow([]);
  s.addRow(['Newsletter', 'Marketing', 'Versand des Newsletters', 'Art. 6 Abs. 1 lit. a DSGVO', 'Newsletter-Abonnenten', 'E-Mail-Adresse, Vorname', 'Mailchimp', 'USA – Standardvertragsklauseln', 'Bis zum Widerruf', 'TLS-Verschlüsselung', '']);
  s.addRow(['Buchhaltung', 'Finanzen', 'Rechnungsstellung und Buchführung', 'Art. 6 Abs. 1 lit. c DSGVO i.V.m. § 147 AO', 'Kunden', 'Name, Anschrift, Bankverbindung, Rechnungen', 'Steuerberater, Finanzamt', 'Keine', '10 Jahre', 'Zugriffskontrolle, Datensicherung', 'Prüfung durch Wirtschaftsprüfer jährlich']);
  await wb.xlsx.writeFile(file);
}

export async function writeHomeMadeCsv(file: string): Promise<void> {
  const rows = [
    ['Process', 'What data', 'Whose data', 'Why', 'Lawful basis', 'Kept for', 'Shared with', 'Country', 'Owner', 'Comments'],
    ['Customer support', 'Name, email, order number, chat transcript', 'Customers', 'Answer support requests', 'Legitimate interests – answering customer questions', '2 years', 'Zendesk', 'US (DPF)', 'Support lead', 'check Zendesk DPA'],
    ['', '', '', '', '', '', '', '', '', ''],
    ['Recruiting', 'CV, name, phone', 'Job applicants', 'Hire people', 'Art. 6(1)(b)', '6–18 months', 'Hiring managers (internal)', '', 'People team', ''],
    ['Office visitors', 'Name, car registration', 'Visitors', 'Building security', 'we think this is fine', '24 months', '', '', 'Facilities', 'ask the landlord'],
  ];
  const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  await writeFile(file, `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`);
}

/** An OpenDocument spreadsheet, written by hand as LibreOffice writes one (mimetype first, content.xml). */
export function odsBytes(sheets: { name: string; rows: (string | { text: string; rowsSpanned?: number } | { covered: true })[][] }[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cell = (c: string | { text: string; rowsSpanned?: number } | { covered: true }) => {
    if (typeof c === 'string') return c === '' ? '<table:table-cell/>' : `<table:table-cell office:value-type="string">${c.split('\n').map((l) => `<text:p>${esc(l)}</text:p>`).join('')}</table:table-cell>`;
    if ('covered' in c) return '<table:covered-table-cell/>';
    return `<table:table-cell office:value-type="string" table:number-rows-spanned="${c.rowsSpanned ?? 1}"><text:p>${esc(c.text)}</text:p></table:table-cell>`;
  };
  const tables = sheets
    .map((s) => `<table:table table:name="${esc(s.name)}">${s.rows.map((r) => `<table:table-row>${r.map(cell).join('')}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>`).join('')}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`)
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

export async function writeCnilRegister(file: string): Promise<void> {
  const bytes = odsBytes([
    {
      name: 'Registre',
      rows: [
        ['Registre des activités de traitement de', 'Acme SAS'],
        ['Coordonnées du responsable de l’organisme', 'M. Martin, 3 rue de la Paix, Paris'],
        ['Nom et coordonnées du délégué à la protection des données', 'dpo@acme.example'],
        [],
        ['Activités', 'Désignation des activités'],
        ['Activité 1', 'Gestion de la paie'],
      ],
    },
    {
      name: 'Fiche 1 - Paie',
      rows: [
        ['Nom / sigle', 'Gestion de la paie'],
        ['Date de création de la fiche', '01/03/2024'],
        ['Mise à jour de la fiche', '15/01/2026'],
        ['Responsable conjoint', 'Aucun'],
        ['Nom du logiciel ou de l’application', 'Silae'],
        [],
        ['Finalité(s) du traitement effectué', 'Calcul et versement des salaires'],
        ['', 'Déclarations sociales (DSN)'],
        ['Base légale', 'Obligation légale (art. 6.1.c du RGPD)'],
        ['Catégories de personnes concernées', 'Salariés'],
        [{ text: 'Catégories de données collectées', rowsSpanned: 3 }, 'État civil, identité', 'Oui', 'Nom, prénom, adresse'],
        [{ covered: true }, 'Vie professionnelle', 'Oui', 'Poste, date d’embauche'],
        [{ covered: true }, 'Données de localisation', 'Non', ''],
        ['Données sensibles', 'Non'],
        ['Durées de conservation', '5 ans après le départ du salarié'],
        ['Destinataires internes', 'Service RH, comptabilité'],
        ['Sous-traitants', 'Silae (hébergement)'],
        ['Transferts hors UE', 'Aucun'],
        ['Mesures de sécurité', 'Contrôle d’accès des utilisateurs, sauvegarde, chiffrement des données'],
        ['Remarques', 'À revoir avec le DPO'],
      ],
    },
  ]);
  await writeFile(file, bytes);
}
