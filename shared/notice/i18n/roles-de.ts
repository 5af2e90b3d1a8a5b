/** German texts of the role-aware parts of the notice. */
import type { RoleTexts } from './role-types';

export const deRoles: RoleTexts = {
  draft: 'Entwurf: noch nicht veröffentlicht',
  introProcessor: (org, product) =>
    `Diese Datenschutzerklärung erläutert, was ${product}, angeboten von ${org}, im Auftrag der Unternehmen, die es nutzen, mit personenbezogenen Daten tut, und an wen Sie sich mit Fragen zu Ihren Daten wenden können.`,
  controllerIsSelf: (org) => `${org} ist Verantwortlicher für die in dieser Datenschutzerklärung beschriebene Verarbeitung personenbezogener Daten.`,
  providerIsSelf: (org) => `Anbieter dieses Dienstes ist ${org}.`,
  representativeOutside: (org, representative) =>
    `${org} hat seinen Sitz außerhalb der Europäischen Union und hat einen Vertreter in der Union benannt (Art. 27 DSGVO), an den Sie sich ebenfalls wenden können: ${representative}.`,

  rolesProcessorFor: (org, subjects, heading) =>
    `Für die personenbezogenen Daten, die unsere Geschäftskunden mit dem Dienst verarbeiten${subjects === undefined ? '' : ` (betroffene Personen: ${subjects})`}, ist der jeweilige Kunde Verantwortlicher; ${org} ist sein Auftragsverarbeiter (Art. 28 DSGVO). Der Abschnitt „${heading}“ beschreibt diese Verarbeitung.`,
  processorOnlyRoles: (org, product) =>
    `${org} stellt ${product} den Unternehmen, die es nutzen, als Auftragsverarbeiter bereit (Art. 28 DSGVO). Jedes dieser Unternehmen ist Verantwortlicher für die personenbezogenen Daten, die ${product} für es verarbeitet, und entscheidet über Zwecke und Mittel der Verarbeitung. Diese Erklärung beschreibt, was ${product} nach den dokumentierten Weisungen des Verantwortlichen mit personenbezogenen Daten tut.`,

  onBehalfHeadingOnly: (product) => `Was ${product} im Auftrag der nutzenden Unternehmen verarbeitet`,
  onBehalfIntro:
    'Die folgenden personenbezogenen Daten verarbeiten wir im Auftrag unserer Kunden und ausschließlich nach deren dokumentierten Weisungen. Der Kunde entscheidet als Verantwortlicher, zu welchen Zwecken und auf welcher Rechtsgrundlage die Daten verarbeitet werden.',
  // The controller named in the nominative, as the register names it too (not "Im Auftrag von: dem …").
  onBehalfFor: 'Verantwortlicher',
  onBehalfWhose: 'Wessen Daten',
  onBehalfPurposes: 'Was wir damit tun, nach Weisung des Kunden',
  onBehalfDataHeader: ['Daten', 'Speicherdauer'],
  retentionAsInstructed: 'Nach Weisung des Kunden; gelöscht oder zurückgegeben, wenn der Dienst für den Kunden endet',
  subprocessorsIntro: 'Für diese Verarbeitung setzen wir die folgenden Unterauftragsverarbeiter ein:',
  subprocessorHeader: ['Unterauftragsverarbeiter', 'Tätigkeit', 'Ort', 'Garantie für Übermittlungen außerhalb der EU/des EWR'],
  withinEea: 'Nicht erforderlich (innerhalb der EU/des EWR)',
  onBehalfRequests: (days) =>
    `Werden Ihre personenbezogenen Daten im Dienst im Auftrag eines unserer Kunden verarbeitet, ist dieser Kunde Verantwortlicher: Bitte richten Sie Fragen und Anträge zu Ihren Daten (etwa auf Auskunft oder Löschung) direkt an ihn. Erreicht uns ein solcher Antrag, leiten wir ihn ${days === undefined ? 'unverzüglich' : `innerhalb von ${days === 1 ? 'einem Tag' : `${days} Tagen`}`} an den betreffenden Kunden weiter; der Kunde entscheidet darüber und antwortet Ihnen.`,
  processorRights: (product) =>
    `Ihre Rechte nach der DSGVO (Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit) richten sich gegen den Verantwortlichen: das Unternehmen, das ${product} nutzt. Bitte richten Sie Anträge an dieses Unternehmen; als sein Auftragsverarbeiter unterstützen wir es bei der Beantwortung (Art. 28 Abs. 3 lit. e DSGVO).`,

  recipientGroups: {
    internal: 'Innerhalb unseres Unternehmens',
    customer: 'Ihre Organisation (der Geschäftskunde, der Ihnen Zugang zum Dienst gibt)',
    processor: 'Dienstleister, die personenbezogene Daten in unserem Auftrag und nach unseren Weisungen verarbeiten (Auftragsverarbeiter, Art. 28 DSGVO)',
    joint_controller: 'Stellen, die gemeinsam mit uns über Zwecke und Mittel entscheiden (gemeinsam Verantwortliche, Art. 26 DSGVO)',
    controller: 'Empfänger, die die Daten zu eigenen Zwecken als eigenständige Verantwortliche nutzen',
    public_authority: 'Behörden, soweit wir gesetzlich zur Offenlegung verpflichtet sind',
  },
  recipientGroupHeader: ['Empfänger', 'Tätigkeit', 'Ort'],
  transfersOnBehalfRef: (heading) =>
    `Unterauftragsverarbeiter, die personenbezogene Daten im Auftrag unserer Kunden außerhalb der EU/des EWR verarbeiten, und die Garantien dafür sind unter „${heading}“ aufgeführt.`,
  noControllerTransfers:
    'Die personenbezogenen Daten, für die wir verantwortlich sind, übermitteln wir nicht in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums (EU/EWR).',

  objectionBases: {
    legitimate_interests: 'unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO)',
    public_task: 'einer Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)',
  },
  objectionIntro: (bases) =>
    `Soweit wir Ihre personenbezogenen Daten auf der Grundlage ${bases} verarbeiten, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch gegen diese Verarbeitung einzulegen (Art. 21 Abs. 1 DSGVO). Dies betrifft die folgenden Zwecke:`,
  objectionEffect:
    'Legen Sie Widerspruch ein, beenden wir diese Verarbeitung, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.',
  objectionHow: (email) => (email === undefined ? 'Für Ihren Widerspruch nutzen Sie bitte die Angaben unter „Kontakt“.' : `Ihren Widerspruch richten Sie bitte an ${email}.`),
  rightsDualScope: (heading) => `Diese Rechte betreffen die personenbezogenen Daten, für die wir verantwortlich sind. Zu Daten, die wir im Auftrag eines Kunden verarbeiten, siehe „${heading}“.`,
  withdrawPermissions: (heading) => `Eine erteilte Geräteberechtigung können Sie jederzeit in den unter „${heading}“ beschriebenen Einstellungen widerrufen.`,

  requirementGroups: {
    statutory: 'Gesetzlich vorgeschrieben',
    contractual: 'Für den Vertrag mit Ihnen erforderlich',
    necessary_for_service: 'Für die Bereitstellung des Dienstes erforderlich',
    optional: 'Freiwillig',
  },
  requirementDefault: {
    statutory: 'Ohne diese Daten können wir unsere gesetzlichen Pflichten nicht erfüllen und den Dienst nicht bereitstellen.',
    contractual: 'Ohne diese Daten können wir den Vertrag nicht schließen oder erfüllen.',
    necessary_for_service: 'Ohne diese Daten kann der Dienst oder die betreffende Funktion nicht bereitgestellt werden.',
    optional: 'Ohne diese Daten können Sie den Dienst weiter nutzen; nur die betreffende Funktion steht nicht zur Verfügung.',
  },

  permissionPlaces: {
    ios: (app) => `unter iOS in Einstellungen ▸ ${app}`,
    android: (app) => `unter Android in Einstellungen ▸ Apps ▸ ${app} ▸ Berechtigungen`,
    web: () => 'im Webbrowser in dessen Website-Einstellungen',
    desktop: () => 'am Computer in den Datenschutzeinstellungen des Betriebssystems',
  },
  permissionsWhere: (places) => `Sie können eine Berechtigung jederzeit erteilen oder widerrufen: ${places}.`,
  permissionInApp: (path) => `Sie können sie auch in der App unter ${path} ändern.`,

  contactRoutesIntro: 'An wen Sie sich mit Fragen und Anträgen zu Ihren personenbezogenen Daten wenden:',
  contactEveryoneElse: 'Alle anderen',
  supportContact: (product, route) => `Für Hilfe bei der Nutzung von ${product} (nicht zu personenbezogenen Daten) erreichen Sie unseren Support: ${route}.`,

  ccpaCategoriesOwn: (categories) =>
    `Wir erheben die folgenden Kategorien personenbezogener Informationen im Sinne des CCPA (Cal. Civ. Code § 1798.140(v)): ${categories}. Herkunft, Zwecke und Empfänger sind oben beschrieben.`,
  ccpaCategoryNames: {
    identifiers: 'Identifikatoren',
    customer_records: 'Informationen im Sinne von Cal. Civ. Code § 1798.80(e) (Kundendaten)',
    commercial: 'kommerzielle Informationen',
    biometric: 'biometrische Informationen',
    internet_activity: 'Informationen über Internet- oder andere elektronische Netzwerkaktivitäten',
    geolocation: 'Geolokalisierungsdaten',
    sensory: 'Audio-, elektronische, visuelle oder ähnliche Informationen',
    professional: 'berufliche oder beschäftigungsbezogene Informationen',
    inferences: 'Schlussfolgerungen zur Profilbildung',
    sensitive: 'sensible personenbezogene Informationen',
  },
  ccpaNoSale: 'Wir verkaufen keine personenbezogenen Informationen im Sinne des CCPA.',
  ccpaNoShare: 'Wir geben keine personenbezogenen Informationen für kontextübergreifende verhaltensbezogene Werbung weiter („sharing“ im Sinne des CCPA).',
  ccpaNoSaleOrShare: 'Wir verkaufen keine personenbezogenen Informationen und geben sie nicht im Sinne des CCPA weiter („sale“ und „sharing“).',
  ccpaLast12Months: 'In den vergangenen 12 Monaten haben wir keine personenbezogenen Informationen verkauft oder weitergegeben.',
  ccpaSensitivePermitted:
    'Sensible personenbezogene Informationen nutzen wir nur zu den nach den CCPA-Vorschriften zulässigen Zwecken (Cal. Code Regs. tit. 11, § 7027(m)); das Recht, ihre Nutzung einzuschränken, besteht daher nicht.',
  ccpaRightsList: {
    know: 'zu erfahren, welche personenbezogenen Informationen wir erheben, nutzen und offenlegen;',
    delete: 'die Löschung der von Ihnen erhobenen personenbezogenen Informationen zu verlangen;',
    correct: 'unrichtige personenbezogene Informationen berichtigen zu lassen;',
    optOut: 'dem Verkauf oder der Weitergabe personenbezogener Informationen zu widersprechen;',
    limit: 'die Nutzung und Offenlegung sensibler personenbezogener Informationen einzuschränken;',
    nonDiscrimination: 'wegen der Ausübung dieser Rechte nicht benachteiligt zu werden.',
  },
  ccpaServiceProvider: (product) =>
    `Für personenbezogene Informationen, die ${product} im Auftrag eines Unternehmens verarbeitet, sind wir dessen Dienstleister („service provider“); bitte richten Sie Anträge zu diesen Informationen an das Unternehmen.`,
};
