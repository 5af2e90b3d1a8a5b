/** German template text of the privacy notice (Datenschutzerklärung). */
import { deRoles } from './roles-de';
import { deMarketing } from './marketing-de';
import { devicePermissionLabels, statementTexts } from './shipped';
import type { Catalogue } from './types';

/** "a, b und c"; "; " between items that hold commas, so that each stays one item. */
const listOf = (items: readonly string[]): string => {
  if (items.length <= 2) return items.join(' und ');
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(sep)} und ${items[items.length - 1] ?? ''}`;
};

export const de: Catalogue = {
  ...deRoles,
  ...deMarketing,
  lang: 'de',
  locale: 'de-DE',
  languageName: 'German',
  title: (product) => `Datenschutzerklärung: ${product}`,
  lastUpdated: (date) => `Stand: ${date}`,
  intro: (org, product) =>
    `Diese Datenschutzerklärung erläutert, wie ${org} personenbezogene Daten bei der Nutzung von ${product} erhebt, verwendet, weitergibt und schützt, und welche Rechte Ihnen nach der Datenschutz-Grundverordnung (DSGVO) zustehen.`,
  headings: {
    controller: 'Verantwortlicher und Kontaktdaten',
    roles: 'Wer für welche Daten verantwortlich ist',
    scope: 'Geltungsbereich',
    integration: 'Datenminimierung',
    on_behalf: 'Verarbeitung im Auftrag unserer Kunden',
    data: 'Welche personenbezogenen Daten wir erheben',
    purposes: 'Zwecke und Rechtsgrundlagen',
    commitments: 'Unsere Zusagen',
    recipients: 'Empfänger personenbezogener Daten',
    transfers: 'Hosting und Übermittlung in Drittländer',
    retention: 'Speicherdauer',
    security: 'Wie wir personenbezogene Daten schützen',
    objection: 'Ihr Widerspruchsrecht',
    rights: 'Ihre Rechte',
    requirement: 'Pflicht zur Bereitstellung der Daten',
    automated: 'Automatisierte Entscheidungsfindung',
    permissions: 'Berechtigungen auf dem Gerät',
    children: 'Kinder',
    ccpa: 'Hinweise für Einwohner Kaliforniens',
    uk_gdpr: 'Hinweise für Personen im Vereinigten Königreich',
    swiss_fadp: 'Hinweise für Personen in der Schweiz',
    changes: 'Änderungen dieser Datenschutzerklärung',
    contact: 'Kontakt',
  },
  list: listOf,

  providerHeading: 'Anbieter und Kontaktdaten',
  providerIs: (org, product) => `Anbieter von ${product} ist ${org}.`,
  controllerIs: (org, product) => `Verantwortlicher für die Verarbeitung personenbezogener Daten im Zusammenhang mit ${product} ist ${org}.`,
  contactLines: { address: 'Anschrift', email: 'E-Mail', phone: 'Telefon', website: 'Website', registration: 'Registereintrag' },
  dpo: (name) => `Unser Datenschutzbeauftragter ist ${name}.`,
  dpoContact: 'Sie erreichen den Datenschutzbeauftragten unter',
  representative: (name) => `Unser Vertreter in der Europäischen Union (Art. 27 DSGVO) ist ${name}.`,
  jointControllers: 'Wir sind gemeinsam Verantwortliche (Art. 26 DSGVO) mit den folgenden Stellen; das Wesentliche der Vereinbarung ist jeweils angegeben:',
  rolesController: (org, data) => `${org} ist Verantwortlicher für die Daten der Personen, die den Dienst nutzen: ${data}.`,

  scopeProduct: (product, description) => `Diese Datenschutzerklärung gilt für ${product}${description ? ` (${description})` : ''}.`,
  scopePlatforms: (platforms) => `Sie umfasst die Versionen für ${platforms}.`,
  scopeStores: 'Die App wird angeboten über:',
  platforms: { ios: 'iOS', android: 'Android', web: 'das Web', desktop: 'Desktop-Computer', api: 'unsere API', integration: 'Plattformen Dritter (Integration)', other: 'weitere Plattformen' },
  stores: { app_store: 'Apple App Store', google_play: 'Google Play', microsoft_store: 'Microsoft Store', chrome_web_store: 'Chrome Web Store', marketplace: 'App-Marktplatz', other: 'Sonstiger Store' },
  integrationInstalled: (product, host) => `${product} wird in ${host} installiert und arbeitet mit den dort gespeicherten Daten.`,
  integrationStores: (stored) => `Gespeichert wird ausschließlich Folgendes: ${stored}.`,
  integrationLive: (live) => `Folgendes wird nur bei Bedarf live abgerufen und nicht gespeichert: ${live}.`,

  dataIntro: (product) => `Bei der Nutzung von ${product} erheben wir die folgenden personenbezogenen Daten:`,
  otherData: 'Sonstige Daten',
  source: (source) => `Herkunft: ${source}.`,
  sources: {
    data_subject: 'von Ihnen angegeben',
    device: 'von Ihrem Gerät erfasst',
    generated: 'vom Dienst erzeugt',
    customer: 'von der Organisation bereitgestellt, die Ihnen Zugang zum Dienst gibt',
    third_party: 'von Dritten erhalten',
    publicly_available: 'öffentlich zugängliche Quellen',
  },
  specialData: (labels) => `Darunter sind besondere Kategorien personenbezogener Daten (Art. 9 DSGVO): ${labels}.`,
  art9: {
    a: 'ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)',
    b: 'Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)',
    c: 'lebenswichtige Interessen (Art. 9 Abs. 2 lit. c DSGVO)',
    d: 'Tätigkeit einer Organisation ohne Gewinnerzielungsabsicht (Art. 9 Abs. 2 lit. d DSGVO)',
    e: 'von Ihnen offensichtlich öffentlich gemachte Daten (Art. 9 Abs. 2 lit. e DSGVO)',
    f: 'Rechtsansprüche (Art. 9 Abs. 2 lit. f DSGVO)',
    g: 'erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g DSGVO)',
    h: 'Gesundheits- oder Sozialbereich (Art. 9 Abs. 2 lit. h DSGVO)',
    i: 'öffentliche Gesundheit (Art. 9 Abs. 2 lit. i DSGVO)',
    j: 'Archiv-, Forschungs- oder statistische Zwecke (Art. 9 Abs. 2 lit. j DSGVO)',
  },

  purposesIntro: 'Wir verarbeiten personenbezogene Daten zu den folgenden Zwecken, jeweils auf der angegebenen Rechtsgrundlage:',
  purposeHeader: ['Zweck', 'Rechtsgrundlage'],
  legalBases: {
    consent: 'Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
    contract: 'Erfüllung eines Vertrags (Art. 6 Abs. 1 lit. b DSGVO)',
    legal_obligation: 'Erfüllung einer rechtlichen Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)',
    vital_interests: 'Schutz lebenswichtiger Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
    public_task: 'Wahrnehmung einer Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)',
    legitimate_interests: 'Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)',
  },
  legitimateInterest: (interest) => `Unser berechtigtes Interesse: ${interest}`,
  art9Basis: (condition) => `Für besondere Kategorien von Daten: ${condition}`,
  statements: statementTexts('de'),

  recipientsIntro: 'Wir geben personenbezogene Daten nur weiter, soweit dies für die genannten Zwecke erforderlich ist, und zwar an folgende Empfänger:',
  recipientHeader: ['Empfänger', 'Rolle', 'Tätigkeit', 'Standort'],
  recipientTypes: {
    processor: 'Auftragsverarbeiter',
    sub_processor: 'Unterauftragsverarbeiter',
    controller: 'Eigenständiger Verantwortlicher',
    joint_controller: 'Gemeinsam Verantwortlicher',
    internal: 'Intern',
    customer: 'Ihre Organisation',
    public_authority: 'Behörde',
  },
  hostedIn: (product, countries) =>
    countries.length === 1 ? `Wir betreiben ${product} in folgendem Land: ${countries[0] ?? ''}.` : `Wir betreiben ${product} in folgenden Ländern: ${listOf(countries)}.`,
  noTransfers: 'Wir übermitteln keine personenbezogenen Daten in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums (EU/EWR).',
  transfersIntro:
    'Einige Empfänger verarbeiten personenbezogene Daten außerhalb der EU/des EWR. Jede dieser Übermittlungen stützt sich auf eine der in Kapitel V DSGVO vorgesehenen Grundlagen:',
  transferHeader: ['Empfänger', 'Land', 'Grundlage der Übermittlung'],
  mechanisms: {
    adequacy: 'Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)',
    scc: 'Von der Europäischen Kommission erlassene Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
    bcr: 'Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)',
    public_authority_instrument: 'Rechtsverbindliches Dokument zwischen Behörden (Art. 46 Abs. 2 lit. a DSGVO)',
    sa_scc: 'Von einer Aufsichtsbehörde angenommene Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. d DSGVO)',
    code_of_conduct: 'Genehmigte Verhaltensregeln (Art. 46 Abs. 2 lit. e DSGVO)',
    certification: 'Genehmigter Zertifizierungsmechanismus (Art. 46 Abs. 2 lit. f DSGVO)',
    ad_hoc_clauses: 'Von einer Aufsichtsbehörde genehmigte Vertragsklauseln (Art. 46 Abs. 3 lit. a DSGVO)',
    administrative_arrangement: 'Verwaltungsvereinbarung zwischen Behörden (Art. 46 Abs. 3 lit. b DSGVO)',
    derogation: 'Ausnahme für bestimmte Fälle (Art. 49 DSGVO)',
  },
  sccModule: (module) => `Durchführungsbeschluss (EU) 2021/914 der Kommission, Modul ${module}`,
  dpf: 'EU-US-Datenschutzrahmen (Data Privacy Framework)',
  copyAt: (url) => `Kopie: ${url}`,
  copyOnRequest: (email) => `Eine Kopie der Garantien erhalten Sie auf Anfrage unter ${email}.`,
  copyGeneric: 'Eine Kopie der Garantien erhalten Sie auf Anfrage bei uns.',

  retentionIntro: 'Wir speichern personenbezogene Daten nur so lange, wie es für die Zwecke erforderlich ist, für die sie erhoben wurden:',
  retentionHeader: ['Daten', 'Speicherdauer'],
  months: (n) => (n === 1 ? '1 Monat' : `${n} Monate`),

  securityIntro: 'Wir schützen personenbezogene Daten durch technische und organisatorische Maßnahmen, die dem Risiko angemessen sind (Art. 32 DSGVO), darunter:',

  rightsIntro: 'Nach der DSGVO stehen Ihnen unter den gesetzlichen Voraussetzungen folgende Rechte zu:',
  rights: {
    access: 'Auskunft (Art. 15 DSGVO): zu erfahren, ob wir Ihre Daten verarbeiten, und eine Kopie zu erhalten.',
    rectification: 'Berichtigung (Art. 16 DSGVO): unrichtige Daten berichtigen und unvollständige vervollständigen zu lassen.',
    erasure: 'Löschung (Art. 17 DSGVO): Ihre Daten löschen zu lassen, soweit keine gesetzliche Pflicht zur Aufbewahrung besteht.',
    restriction: 'Einschränkung (Art. 18 DSGVO): die Verarbeitung Ihrer Daten einschränken zu lassen.',
    portability: 'Datenübertragbarkeit (Art. 20 DSGVO): die von Ihnen bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten oder an einen anderen Verantwortlichen übermitteln zu lassen.',
    automated_decisions: 'Automatisierte Entscheidungen (Art. 22 DSGVO): keiner ausschließlich automatisierten Entscheidung unterworfen zu werden, das Eingreifen einer Person zu verlangen und die Entscheidung anzufechten.',
    withdraw_consent: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO): Ihre Einwilligung jederzeit zu widerrufen, ohne dass die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung berührt wird.',
  },
  exerciseIntro: 'So machen Sie Ihre Rechte geltend:',
  exerciseEmail: (email) => `Per E-Mail an ${email}.`,
  exerciseInApp: (path) => `In der App unter ${path}.`,
  exerciseWebForm: (url) => `Über unser Antragsformular unter ${url}.`,
  withdrawConsent: 'Soweit wir uns auf Ihre Einwilligung stützen, können Sie sie jederzeit mit Wirkung für die Zukunft widerrufen, auf demselben Weg, auf dem Sie sie erteilt haben, oder durch eine Nachricht an uns; die Rechtmäßigkeit der Verarbeitung bis zum Widerruf bleibt unberührt.',
  complaintGeneric:
    'Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem EU/EWR-Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO).',
  complaintAuthority: (authority) => `Für uns zuständige Aufsichtsbehörde: ${authority}.`,
  responseTime: 'Wir beantworten Anträge unverzüglich, spätestens innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).',

  requirementIntro: 'Für jede Art von Daten geben wir an, ob Sie sie bereitstellen müssen und welche Folgen es hat, wenn Sie dies nicht tun (Art. 13 Abs. 2 lit. e DSGVO):',
  requirements: {
    statutory: 'gesetzlich vorgeschrieben',
    contractual: 'vertraglich erforderlich',
    necessary_for_service: 'für die Bereitstellung des Dienstes erforderlich',
    optional: 'freiwillig',
  },
  automatedNone:
    'Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).',
  automatedExists: (activity) => `${activity} umfasst ausschließlich automatisierte Entscheidungen.`,
  automatedLogic: (logic) => `Involvierte Logik: ${logic}`,
  automatedSignificance: (s) => `Tragweite und angestrebte Auswirkungen: ${s}`,
  permissionsIntro: 'Die App fragt die folgenden Berechtigungen auf dem Gerät an.',
  permissionHeader: ['Berechtigung', 'Plattformen', 'Zweck', 'Erforderlich oder freiwillig'],
  permissions: devicePermissionLabels('de'),
  optional: 'Freiwillig',
  required: 'Erforderlich',
  minimumAge: (product, age) => `${product} richtet sich nicht an Personen unter ${age} Jahren; wir erheben wissentlich keine personenbezogenen Daten von ihnen.`,
  childrenAudience: (product) =>
    `${product} kann von Kindern genutzt werden. Soweit eine Einwilligung die Rechtsgrundlage ist, holen wir für Kinder unterhalb der im jeweiligen Land geltenden Altersgrenze die Einwilligung der Träger der elterlichen Verantwortung ein (Art. 8 DSGVO).`,

  ccpaIntro: 'Dieser Abschnitt gilt für Einwohner Kaliforniens nach dem California Consumer Privacy Act in der Fassung des California Privacy Rights Act (CCPA/CPRA).',
  ccpaRightsIntro: 'Nach dem CCPA haben Sie das Recht,',
  ccpaExercise: (email) => `Um diese Rechte auszuüben, schreiben Sie an ${email}. Wir prüfen Ihre Identität, bevor wir antworten; Sie können auch einen bevollmächtigten Vertreter beauftragen.`,
  ukIntro: 'Wenn Sie sich im Vereinigten Königreich befinden, gelten die UK GDPR und der Data Protection Act 2018; die oben beschriebenen Rechte stehen Ihnen danach zu.',
  ukComplaint: 'Sie können sich beim Information Commissioner’s Office (ICO) beschweren, https://ico.org.uk.',
  swissIntro: 'Wenn Sie sich in der Schweiz befinden, gilt das Bundesgesetz über den Datenschutz (DSG); die oben beschriebenen Rechte stehen Ihnen danach zu.',
  swissComplaint: 'Sie können sich beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) beschweren, https://www.edoeb.admin.ch.',

  changesIntro: (product) => `Wir können diese Datenschutzerklärung anpassen, wenn sich ${product} oder die Rechtslage ändert.`,
  changesChannels: (channels) => `Änderungen geben wir bekannt: ${channels}.`,
  changesDays: (days) => `Wesentliche Änderungen kündigen wir mindestens ${days} Tage vor ihrem Inkrafttreten an.`,
  contactQuestions: (email) => `Bei Fragen zu dieser Datenschutzerklärung oder zu Ihren personenbezogenen Daten erreichen Sie uns unter ${email}.`,
  contactAdministrator: 'Wird Ihr Konto von Ihrer Organisation verwaltet, können Sie sich auch an deren Administrator wenden.',
};
