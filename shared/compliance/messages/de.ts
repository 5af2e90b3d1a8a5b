/**
 * Die Texte der automatischen Prüfungen auf Deutsch, in der Terminologie der DSGVO
 * (Verantwortlicher, Auftragsverarbeiter, Rechtsgrundlage, betroffene Personen) und mit
 * Artikelangaben in deutscher Zitierweise (Art. 6 Abs. 1 lit. f DSGVO).
 */
import type { DpiaTrigger, PlaceField } from './params';
import type { FindingCatalogue } from './types';

const TRIGGER: Readonly<Record<DpiaTrigger, string>> = {
  special: 'besondere Kategorien personenbezogener Daten oder Daten über Straftaten',
  monitoring: 'eine systematische Überwachung',
  location: 'Standortdaten',
  children: 'Daten von Kindern',
  profiling: 'Profiling oder automatisierte Entscheidungen',
  ai: 'den Einsatz neuer Technologien (einen KI-Dienst)',
};

const PLACE: Readonly<Record<PlaceField, string>> = {
  legalBasis: 'Rechtsgrundlage prüfen',
  art9: 'Ausnahme nach Art. 9 Abs. 2 DSGVO prüfen',
  legitimateInterest: 'berechtigte Interessen prüfen',
  purposes: 'Zwecke prüfen',
  dataSubjects: 'betroffene Personen prüfen',
  dataCategories: 'Datenkategorien prüfen',
  specialCategories: 'besondere Kategorien personenbezogener Daten prüfen',
  retention: 'Speicherdauer prüfen',
  recipients: 'Empfänger prüfen',
  transfers: 'Drittlandübermittlungen prüfen',
  transferSafeguards: 'Garantien der Übermittlung prüfen',
  automated: 'automatisierte Entscheidungsfindung prüfen',
  source: 'Herkunft der Daten prüfen',
  dpia: 'Datenschutz-Folgenabschätzung prüfen',
  dpiaProgress: 'Datenschutz-Folgenabschätzung prüfen',
  lastReviewed: 'Prüfdatum prüfen',
  role: 'Rolle prüfen',
};

const raw = (s: string) => `„${s}“`;

export const de: FindingCatalogue = {
  lang: 'de',
  dataCategoriesRecord: 'Datenkategorien',
  rules: {
    'activity-without-purpose': {
      title: 'Verarbeitungstätigkeit ohne Zweck',
      article: 'Art. 30 Abs. 1 lit. b DSGVO',
      message: (p, w) => `Für die Verarbeitungstätigkeit ${w.q(p.activity)} ist kein Zweck angegeben; das Verzeichnis muss angeben, wozu die Daten verarbeitet werden.`,
      hint: () => 'Mindestens einen Zweck erfassen, z. B. „Rechnungen an Kunden versenden“.',
    },
    'purpose-without-legal-basis': {
      title: 'Zweck ohne Rechtsgrundlage',
      article: 'Art. 6 Abs. 1 DSGVO',
      message: (p, w) => `Für den Zweck ${w.q(p.purpose)} der Verarbeitungstätigkeit ${w.q(p.activity)} ist keine Rechtsgrundlage angegeben.`,
      hint: () =>
        'Die zutreffende Rechtsgrundlage wählen (Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen).',
    },
    'legitimate-interest-undescribed': {
      title: 'Berechtigte Interessen nicht beschrieben',
      article: 'Art. 13 Abs. 1 lit. d DSGVO',
      message: (p, w) =>
        `Der Zweck ${w.q(p.purpose)} der Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich auf berechtigte Interessen, nennt aber nicht, welches Interesse verfolgt wird.`,
      hint: () =>
        'Das verfolgte Interesse in einem Satz beschreiben (z. B. „Schutz unserer Kunden vor Betrug“); die Datenschutzerklärung muss es nennen.',
    },
    'consent-without-withdrawal': {
      title: 'Einwilligung ohne Widerrufsmöglichkeit',
      article: 'Art. 7 Abs. 3 DSGVO',
      message: (p, w) =>
        `Der Zweck ${w.q(p.purpose)} der Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich auf eine Einwilligung, die Datenschutzerklärung von ${w.q(p.product)} nennt aber keinen Weg, sie zu widerrufen.`,
      hint: (p, w) =>
        `In den Einstellungen der Datenschutzerklärung von ${w.q(p.product)} eine Kontakt-E-Mail-Adresse, einen Pfad in der App oder ein Webformular angeben, über das die Einwilligung widerrufen werden kann.`,
    },
    'activity-without-data-subjects': {
      title: 'Verarbeitungstätigkeit ohne betroffene Personen',
      article: 'Art. 30 Abs. 1 lit. c DSGVO',
      message: (p, w) => `Für die Verarbeitungstätigkeit ${w.q(p.activity)} ist nicht angegeben, wessen Daten verarbeitet werden.`,
      hint: () => 'Die Kategorien betroffener Personen erfassen, z. B. Kunden, App-Nutzer oder Beschäftigte.',
    },
    'activity-without-data-categories': {
      title: 'Verarbeitungstätigkeit ohne Datenkategorien',
      article: 'Art. 30 Abs. 1 lit. c DSGVO',
      message: (p, w) => `Für die Verarbeitungstätigkeit ${w.q(p.activity)} sind keine Kategorien personenbezogener Daten angegeben.`,
      hint: () => 'Die verarbeiteten Daten erfassen, z. B. Name, E-Mail-Adresse, Rechnungen.',
    },
    'category-without-retention': {
      title: 'Datenkategorie ohne Speicherdauer',
      article: 'Art. 30 Abs. 1 lit. f DSGVO',
      message: (p, w) => `Für die Datenkategorie ${w.q(p.category)} der Verarbeitungstätigkeit ${w.q(p.activity)} ist keine Löschfrist angegeben.`,
      hint: () => 'Angeben, wie lange die Daten gespeichert werden, oder die Kriterien für die Festlegung, z. B. „24 Monate nach Vertragsende“.',
    },
    'activity-without-security-measures': {
      title: 'Verarbeitungstätigkeit ohne technische und organisatorische Maßnahmen',
      article: 'Art. 30 Abs. 1 lit. g, Art. 32 DSGVO',
      message: (p, w) => `Für die Verarbeitungstätigkeit ${w.q(p.activity)} sind keine technischen und organisatorischen Maßnahmen beschrieben.`,
      hint: () => 'Die Maßnahmen, die diese Daten schützen, aus dem Katalog wählen (Verschlüsselung, Zugriffskontrolle, Datensicherung …) oder beschreiben.',
    },
    'processor-without-controllers': {
      title: 'Auftragsverarbeitung ohne Angabe der Verantwortlichen',
      article: 'Art. 30 Abs. 2 lit. a DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} wird als Auftragsverarbeiter ausgeführt, der oder die Verantwortlichen, in deren Auftrag verarbeitet wird, sind aber nicht genannt.`,
      hint: () => 'Jeden Verantwortlichen mit Kontaktdaten nennen (oder als Gruppe beschreiben, z. B. „jeder Geschäftskunde“).',
    },
    'joint-controller-without-arrangement': {
      title: 'Gemeinsam Verantwortlicher ohne Vereinbarung',
      article: 'Art. 26 Abs. 1 DSGVO',
      message: (p, w) =>
        p.jointController === undefined
          ? `Die Verarbeitungstätigkeit ${w.q(p.activity)} erfolgt in gemeinsamer Verantwortlichkeit, der andere Verantwortliche ist aber nicht genannt.`
          : `Die Verarbeitungstätigkeit ${w.q(p.activity)} erfolgt in gemeinsamer Verantwortlichkeit mit ${w.q(p.jointController)}, die Vereinbarung zwischen den Verantwortlichen ist aber nicht beschrieben.`,
      hint: (p) =>
        p.jointController === undefined
          ? 'Den oder die gemeinsam Verantwortlichen nennen und zusammenfassen, wer nach der Vereinbarung gemäß Art. 26 DSGVO welche Pflichten erfüllt.'
          : 'Das Wesentliche der Vereinbarung nach Art. 26 DSGVO zusammenfassen: wer Anfragen betroffener Personen beantwortet, wer die Informationen bereitstellt, wer Anlaufstelle ist.',
    },
    'special-category-without-art9-condition': {
      title: 'Besondere Kategorien personenbezogener Daten ohne Ausnahme nach Art. 9 DSGVO',
      article: 'Art. 9 Abs. 2 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} verarbeitet besondere Kategorien personenbezogener Daten (${p.category}), aber kein Zweck nennt die Ausnahme nach Art. 9 Abs. 2 DSGVO, die dies erlaubt.`,
      hint: () =>
        'Für den Zweck, der diese Daten benötigt, die Ausnahme nach Art. 9 Abs. 2 DSGVO wählen, z. B. lit. a (ausdrückliche Einwilligung) oder lit. b (Arbeitsrecht und Recht der sozialen Sicherheit).',
    },
    'criminal-data-without-legal-authority': {
      title: 'Daten über Straftaten ohne Rechtsgrundlage im Unions- oder mitgliedstaatlichen Recht',
      article: 'Art. 10 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} verarbeitet Daten über strafrechtliche Verurteilungen und Straftaten (${p.category}), ohne dass ein Zweck auf einer rechtlichen Verpflichtung oder einer öffentlichen Aufgabe beruht.`,
      hint: () =>
        'Für einen Zweck mit der Rechtsgrundlage „rechtliche Verpflichtung“ oder „öffentliche Aufgabe“ die Vorschrift nennen, die diese Verarbeitung erlaubt, oder die Erhebung dieser Daten einstellen.',
    },
    'dpo-likely-required': {
      title: 'Benennung eines Datenschutzbeauftragten voraussichtlich erforderlich',
      article: 'Art. 37 Abs. 1 DSGVO',
      message: (p, w) => {
        const why =
          p.sensitiveActivity !== undefined
            ? `sie besondere Kategorien personenbezogener Daten oder Daten über Straftaten verarbeitet (in ${w.q(p.sensitiveActivity)})`
            : `sie ${p.staffCount} Beschäftigte hat`;
        const what = p.dpoRecorded ? 'für den Datenschutzbeauftragten sind keine Kontaktdaten erfasst' : 'es ist kein Datenschutzbeauftragter erfasst';
        return `Die Organisation ${w.q(p.organisation)} muss voraussichtlich einen Datenschutzbeauftragten benennen, weil ${why}; ${what}.`;
      },
      hint: () =>
        'Den Datenschutzbeauftragten mit E-Mail-Adresse oder Telefonnummer erfassen (Art. 37 Abs. 7 DSGVO); wurde festgestellt, dass keiner zu benennen ist, die Begründung in den Anmerkungen der Organisation festhalten.',
    },
    'transfer-without-safeguard': {
      title: 'Drittlandübermittlung ohne Angemessenheitsbeschluss oder geeignete Garantien',
      article: 'Art. 44, 46 DSGVO',
      message: (p, w) => {
        const why =
          p.dpf !== undefined
            ? `für das der Angemessenheitsbeschluss nur nach dem EU-US-Datenschutzrahmen zertifizierte Organisationen erfasst, und ${p.dpf === 'no-vendor' ? 'kein Dienstleistereintrag weist eine Zertifizierung aus' : 'der Dienstleistereintrag weist keine Zertifizierung aus'}`
            : 'für das kein Angemessenheitsbeschluss besteht';
        return `Die Verarbeitungstätigkeit ${w.q(p.activity)} übermittelt Daten an ${p.recipient ?? 'einen Empfänger'} im Drittland ${w.country(p.country)}, ${why}; geeignete Garantien sind nicht angegeben.`;
      },
      hint: () => 'Das Übermittlungsinstrument erfassen, in der Regel die Standardvertragsklauseln (mit dem Modul) im Auftragsverarbeitungsvertrag.',
    },
    'adequacy-not-available': {
      title: 'Angemessenheitsbeschluss angegeben, obwohl keiner besteht',
      article: 'Art. 45 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich für das Drittland ${w.country(p.country)} auf einen Angemessenheitsbeschluss, die EU hat für dieses Land aber keinen erlassen.`,
      hint: () => 'Ein anderes Übermittlungsinstrument wählen, etwa die Standardvertragsklauseln, und die Übermittlung anpassen.',
    },
    'us-adequacy-without-dpf': {
      title: 'US-Angemessenheitsbeschluss ohne DPF-Zertifizierung',
      article: 'Art. 45 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich für ${p.recipient ?? 'den Empfänger'} auf den Angemessenheitsbeschluss für die USA, ${p.vendorRecord ? 'der Dienstleistereintrag weist aber keine' : 'aber kein Dienstleistereintrag weist eine'} Zertifizierung nach dem EU-US-Datenschutzrahmen aus.`,
      hint: () =>
        'Den Dienstleister auf dataprivacyframework.gov prüfen und beim Dienstleister „DPF-zertifiziert“ ankreuzen, oder stattdessen die Standardvertragsklauseln zugrunde legen.',
    },
    'derogation-for-repetitive-transfer': {
      title: 'Ausnahme nach Art. 49 DSGVO für eine wiederholte Übermittlung',
      article: 'Art. 49 Abs. 1 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} stützt eine regelmäßige Übermittlung in das Drittland ${w.country(p.country)} auf eine Ausnahme nach Art. 49 DSGVO; diese Ausnahmen gelten nur für gelegentliche Übermittlungen.`,
      hint: () => 'Für diese Übermittlung Standardvertragsklauseln oder eine andere geeignete Garantie nach Art. 46 DSGVO vorsehen.',
    },
    'recipient-outside-eea-without-transfer': {
      title: 'Empfänger außerhalb des EWR ohne erfasste Drittlandübermittlung',
      article: 'Art. 30 Abs. 1 lit. e DSGVO',
      message: (p, w) => {
        const who = p.vendor !== undefined ? `Der Dienstleister ${w.q(p.vendor)}` : p.recipient !== undefined ? `Der Empfänger ${w.q(p.recipient)}` : 'Ein Empfänger';
        return `${who} erhält Daten aus ${w.q(p.activity)} ${p.countries.length === 1 ? 'im Drittland' : 'in den Drittländern'} ${w.and(p.countries.map(w.country))}, eine Übermittlung in ${p.countries.length === 1 ? 'dieses Land' : 'diese Länder'} ist aber nicht erfasst.`;
      },
      hint: () => 'Die Übermittlung mit ihrer Garantie (z. B. Standardvertragsklauseln oder Angemessenheitsbeschluss) bei der Verarbeitungstätigkeit erfassen oder das Land des Empfängers berichtigen.',
    },
    'processor-without-dpa': {
      title: 'Auftragsverarbeiter ohne unterzeichneten Auftragsverarbeitungsvertrag',
      article: 'Art. 28 Abs. 3 DSGVO',
      message: (p, w) =>
        `Der Dienstleister ${w.q(p.vendor)} verarbeitet personenbezogene Daten in Ihrem Auftrag, der Auftragsverarbeitungsvertrag ${p.pending ? 'ist aber noch nicht abgeschlossen' : 'fehlt aber'}.`,
      hint: () => 'Den Auftragsverarbeitungsvertrag des Dienstleisters abschließen (die meisten bieten ihn online an) und Datum und Link beim Dienstleister erfassen.',
    },
    'vendor-unused': {
      title: 'Dienstleister ohne Verwendung',
      article: 'Art. 30 Abs. 1 lit. d DSGVO',
      message: (p, w) => `Der Dienstleister ${w.q(p.vendor)} ist bei keiner Verarbeitungstätigkeit als Empfänger angegeben.`,
      hint: () => 'Den Dienstleister dort als Empfänger erfassen, wo er Daten erhält, oder ihn löschen, wenn er nicht mehr eingesetzt wird.',
    },
    'dpia-likely-required': {
      title: 'Voraussichtlich DSFA-pflichtig ohne Bewertung',
      article: 'Art. 35 Abs. 1, 3 DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} umfasst ${w.and(p.triggers.map((t) => TRIGGER[t]))}, was häufig eine Datenschutz-Folgenabschätzung erfordert; ${p.screened ? 'sie ist aber ohne Begründung als „nicht erforderlich“ markiert' : 'eine Schwellwertanalyse ist aber nicht erfasst'}.`,
      hint: () => 'Die Erforderlichkeit einer DSFA prüfen: die Bewertung erfassen oder die Tätigkeit mit Begründung als „nicht erforderlich“ markieren.',
    },
    'dpia-required-not-started': {
      title: 'DSFA erforderlich, aber nicht begonnen',
      article: 'Art. 35 Abs. 1 DSGVO',
      message: (p, w) => `Für ${w.q(p.activity)} ist eine Datenschutz-Folgenabschätzung erforderlich, sie wurde aber noch nicht begonnen.`,
      hint: () => 'Die DSFA beginnen und ihren Status auf „in Bearbeitung“ setzen; die Verarbeitung sollte erst nach ihrem Abschluss beginnen.',
    },
    'product-without-privacy-contact': {
      title: 'Produkt ohne Kontakt für Datenschutzfragen',
      article: 'Art. 13 Abs. 1 lit. a DSGVO',
      message: (p, w) =>
        `Für das Produkt ${w.q(p.product)} ist kein Kontakt für Datenschutzfragen angegeben; seine Datenschutzerklärung kann nicht sagen, wohin Fragen und Anträge zu richten sind.`,
      hint: () => 'In den Einstellungen der Datenschutzerklärung eine Kontakt-E-Mail-Adresse angeben oder bei der Organisation eine Datenschutz-E-Mail-Adresse.',
    },
    'minimum-age-below-digital-consent-age': {
      title: 'Mindestalter unter dem Alter der digitalen Einwilligung',
      article: 'Art. 8 Abs. 1 DSGVO',
      message: (p, w) =>
        p.kind === 'no-minimum'
          ? `Das Produkt ${w.q(p.product)} richtet sich an Kinder, legt aber kein Mindestalter fest.`
          : `Das Produkt ${w.q(p.product)} lässt Nutzer ab ${p.minimumAge} Jahren zu, im EWR-Staat ${w.country(p.country)} können Kinder aber erst ab ${p.consentAge} Jahren selbst einwilligen (${p.gdprDefault ? 'Regelalter nach Art. 8 Abs. 1 DSGVO' : p.law}).`,
      hint: (p) =>
        p.kind === 'no-minimum'
          ? `Das Mindestalter festlegen; unter ${p.consentAge} Jahren muss die Einwilligung durch die Eltern oder mit deren Zustimmung erteilt werden (Art. 8 DSGVO).`
          : `Das Mindestalter auf ${p.consentAge} Jahre anheben oder für jüngere Nutzer die Einwilligung der Eltern einholen und in der Datenschutzerklärung beschreiben, wie.`,
    },
    'stale-notice-override': {
      title: 'Veralteter selbst verfasster Abschnitt der Datenschutzerklärung',
      article: 'Art. 12 Abs. 1, Art. 13 DSGVO',
      message: (p, w) =>
        `Der selbst verfasste Abschnitt ${w.q(p.section)} (${w.language(p.lang)}) der Datenschutzerklärung von ${w.q(p.product)} ist möglicherweise veraltet: ${p.removed ? 'die Einträge im Verzeichnis erfordern diesen Abschnitt nicht mehr' : 'die Einträge im Verzeichnis haben sich geändert, seit er verfasst wurde'}.`,
      hint: () => 'Den eigenen Text mit dem neu erzeugten Abschnitt vergleichen und ihn dann anpassen oder entfernen.',
    },
    'organisation-without-legal-entity': {
      title: 'Firma oder Anschrift fehlt',
      article: 'Art. 13 Abs. 1 lit. a, Art. 30 Abs. 1 lit. a DSGVO',
      message: (p, w) => {
        const missing = [p.noLegalName ? 'keine Firma (vollständiger Name des Rechtsträgers)' : undefined, p.noAddress ? 'keine Postanschrift' : undefined].filter(
          (x): x is string => x !== undefined,
        );
        return `Für die Organisation ${w.q(p.organisation)} ist ${missing.join(' und ')} erfasst; ihre Datenschutzerklärungen brauchen diese Angaben, um den Verantwortlichen und seine Erreichbarkeit zu nennen.`;
      },
      hint: () => 'Die Firma des Rechtsträgers wie im Register eingetragen (z. B. „Beispiel GmbH“) und seine Postanschrift bei der Organisation erfassen.',
    },
    'controller-outside-eea-without-representative': {
      title: 'Verantwortlicher außerhalb der EU/des EWR ohne Vertreter',
      article: 'Art. 27, Art. 13 Abs. 1 lit. a DSGVO',
      message: (p, w) =>
        `${w.q(p.organisation)} ist außerhalb der EU/des EWR niedergelassen und Verantwortlicher für ${w.and(p.products.map(w.q))}, ${p.products.length === 1 ? 'das' : 'die'} Personen in der EU/im EWR angeboten ${p.products.length === 1 ? 'wird' : 'werden'}, hat aber keinen Vertreter in der Union benannt.`,
      hint: () =>
        'Einen Vertreter in einem Mitgliedstaat der EU/des EWR benennen, in dem sich die betroffenen Personen befinden (Art. 27 DSGVO), und bei der Organisation erfassen; wird das Produkt nicht in der EU/im EWR angeboten, dies in den Einstellungen der Datenschutzerklärung angeben.',
    },
    'published-notice-outdated': {
      title: 'Veröffentlichte Datenschutzerklärung veraltet',
      article: 'Art. 12 Abs. 1, Art. 13 Abs. 3 DSGVO',
      message: (p, w) =>
        `Die Einträge von ${w.q(p.product)} im Verzeichnis haben sich geändert, seit Version ${p.version} seiner Datenschutzerklärung am ${w.date(p.publishedOn)} veröffentlicht wurde.`,
      hint: () => 'Prüfen, was sich in der Datenschutzerklärung ändert, wesentliche Änderungen wie zugesagt ankündigen und die neue Version veröffentlichen.',
    },
    'review-overdue': {
      title: 'Prüftermin überschritten',
      article: 'Art. 24 Abs. 1 DSGVO',
      message: (p, w) => `Die Überprüfung von ${w.q(p.activity)} war am ${w.date(p.due)} fällig und ist überfällig.`,
      hint: () => 'Die Verarbeitungstätigkeit mit der zuständigen Person überprüfen und sie dann mit einem neuen Prüftermin erneut freigeben.',
    },
    'approved-without-review-details': {
      title: 'Freigegeben ohne Prüfer oder nächsten Prüftermin',
      article: 'Art. 5 Abs. 2 DSGVO',
      message: (p, w) => {
        const missing = [p.noReviewer ? 'kein Prüfer' : '', p.noNextReview ? 'kein nächster Prüftermin' : ''].filter((s) => s !== '');
        return `Die Verarbeitungstätigkeit ${w.q(p.activity)} ist freigegeben, es ist aber ${missing.join(' und ')} erfasst.`;
      },
      hint: () => 'Die Freigabe über den Prüfablauf erteilen, der den Prüfer und den nächsten Prüftermin festhält.',
    },
    'store-label-type-not-in-notice': {
      title: 'Store-Angabe nennt Daten, die die Datenschutzerklärung nicht erwähnt',
      article: 'Art. 12 Abs. 1, Art. 13 Abs. 1 lit. c DSGVO',
      message: (p, w) =>
        `Die Store-Angaben von ${w.q(p.product)} nennen ${w.and(p.categories.map(w.q))} (${p.storeTypes}), die Datenschutzerklärung erwähnt sie aber nicht.`,
      hint: () =>
        'Die Daten in der Datenschutzerklärung nennen (den selbst verfassten Abschnitt über die erhobenen Daten zurücksetzen oder ergänzen) oder die Einträge berichtigen, wenn die App sie nicht erhebt.',
    },
    'store-notice-data-not-in-label': {
      title: 'Datenschutzerklärung nennt Daten, die keine Store-Angabe enthält',
      article: 'Art. 12 Abs. 1, Art. 13 Abs. 1 lit. c DSGVO',
      message: (p, w) =>
        `Die Datenschutzerklärung von ${w.q(p.product)} nennt ${w.q(p.category)}, keine Store-Angabe enthält diese Daten aber: Die Datenkategorie ist keinem Datentyp der Stores zugeordnet.`,
      hint: () =>
        'Die Datenkategorie unter „Store-Angaben › Zuordnung“ einem Datentyp von Apple und von Google Play zuordnen (oder als kein Store-Datentyp kennzeichnen).',
    },
    'store-no-tracking-but-tracking': {
      title: '„Kein Tracking“ erklärt, obwohl die App-Store-Angabe Tracking ausweist',
      article: 'Art. 12 Abs. 1 DSGVO',
      message: (p, w) =>
        `Die Datenschutzerklärung von ${w.q(p.product)} erklärt, dass kein Tracking stattfindet, die App-Store-Angabe weist aber ${w.and(p.types.map(w.q))} als zum Tracking verwendet aus.`,
      hint: () => 'Die Erklärung „kein Tracking“ entfernen oder die Weitergabe der Daten an Werbepartner beenden und die Einträge berichtigen.',
    },
    'store-precise-location-without-permission': {
      title: 'Genauer Standort ohne Standortberechtigung erhoben',
      article: 'Art. 13 Abs. 1 lit. c DSGVO',
      message: (p, w) =>
        `${w.q(p.product)} erhebt den genauen Standort (${w.and(p.categories.map(w.q))}${p.source !== undefined ? `, in ${w.q(p.source)}` : ''}), erfasst aber keine Standortberechtigung.`,
      hint: () => 'Die Berechtigung „Standort bei Verwendung der App“ (oder „immer“) mit ihrem Zweck und der Angabe, ob sie freiwillig ist, beim Produkt erfassen.',
    },
    'store-location-permission-without-location': {
      title: 'Standortberechtigung ohne Standortdaten',
      article: 'Art. 5 Abs. 1 lit. c, Art. 13 Abs. 1 lit. c DSGVO',
      message: (p, w) =>
        `${w.q(p.product)} fragt eine Standortberechtigung ab, keine seiner Verarbeitungstätigkeiten erfasst aber Standortdaten; weder die Store-Angaben noch die Datenschutzerklärung nennen sie daher.`,
      hint: () => 'Die Standortdaten bei der Verarbeitungstätigkeit erfassen, die sie nutzt, oder die Berechtigung entfernen, wenn die App sie nicht benötigt.',
    },
    'store-account-without-in-app-deletion': {
      title: 'Kontoerstellung ohne Löschmöglichkeit in der App',
      article: 'Art. 17 Abs. 1 DSGVO',
      message: (p, w) =>
        `${w.q(p.product)} bietet Nutzerkonten an${p.source !== undefined ? ` (${w.q(p.source)})` : ''}, erfasst aber keinen Weg, das Konto in der App zu löschen; Apple verlangt ihn von Apps, in denen Konten erstellt werden können.`,
      hint: () => 'Den Pfad zur Kontolöschung in der App (z. B. „Profil > Konto > Konto löschen“) in den Einstellungen der Datenschutzerklärung angeben.',
    },
    'store-encryption-in-transit-not-recorded': {
      title: 'Transportverschlüsselung nicht erfasst',
      article: 'Art. 32 Abs. 1 lit. a DSGVO',
      message: (p, w) =>
        `Für ${w.q(p.activity)} der App ${w.q(p.product)} ist keine Transportverschlüsselung erfasst; die Angaben zur Datensicherheit bei Google Play können daher nicht bestätigen, dass die Daten der App bei der Übertragung verschlüsselt werden.`,
      hint: () => 'Die Maßnahme „Transportverschlüsselung“ erfassen, wenn die Daten über TLS/HTTPS übertragen werden; andernfalls die Übertragung verschlüsseln, bevor die App veröffentlicht wird.',
    },
    'recipient-without-location': {
      title: 'Empfänger ohne Standort',
      article: 'Art. 30 Abs. 1 lit. d DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} übermittelt Daten an ${p.recipient !== undefined ? w.q(p.recipient) : 'einen Empfänger'}, für den kein Land erfasst ist; das Verzeichnis kann nicht angeben, ob er sich in einem Drittland befindet.`,
      hint: (p) =>
        p.vendor ? 'Hauptsitz und Verarbeitungsländer des Dienstleisters erfassen oder das Land bei diesem Empfänger angeben.' : 'Das Land angeben, in dem dieser Empfänger die Daten erhält.',
    },
    'consent-for-employees': {
      title: 'Einwilligung als Rechtsgrundlage für Beschäftigtendaten',
      article: 'Art. 7 Abs. 4 DSGVO',
      message: (p, w) =>
        `Der Zweck ${w.q(p.purpose)} der Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich auf eine Einwilligung, zu den betroffenen Personen gehören aber Beschäftigte oder Bewerber, deren Einwilligung selten freiwillig erteilt wird.`,
      hint: () =>
        'Prüfen, ob der Arbeitsvertrag, eine rechtliche Verpflichtung oder berechtigte Interessen die Rechtsgrundlage bilden; die Einwilligung nur dort beibehalten, wo eine Verweigerung für die Person ohne Folgen bleibt.',
    },
    'contract-basis-non-party': {
      title: 'Vertrag als Rechtsgrundlage für Personen, die nicht Vertragspartei sind',
      article: 'Art. 6 Abs. 1 lit. b DSGVO',
      message: (p, w) =>
        `Der Zweck ${w.q(p.purpose)} der Verarbeitungstätigkeit ${w.q(p.activity)} stützt sich auf die Vertragserfüllung, ${w.and(p.who.map((s) => s || 'Personen, die nicht Vertragspartei sind'))} sind aber nicht Partei eines Vertrags mit Ihnen.`,
      hint: () =>
        'Für deren Daten die zutreffende Rechtsgrundlage erfassen (oft berechtigte Interessen) oder die Tätigkeit als Auftragsverarbeitung für den Geschäftskunden erfassen.',
    },
    'processor-controller-without-contact': {
      title: 'Verantwortlicher einer Auftragsverarbeitung ohne Kontaktdaten',
      article: 'Art. 30 Abs. 2 lit. a DSGVO',
      message: (p, w) =>
        `Die Verarbeitungstätigkeit ${w.q(p.activity)} erfolgt im Auftrag von ${w.q(p.controller)}, es ist aber nicht erfasst, wie dieser Verantwortliche zu erreichen ist.`,
      hint: () => 'Die Kontaktdaten ergänzen: eine Anschrift oder den Weg, auf dem er zu erreichen ist (z. B. „der im Kundenvertrag benannte Kontoinhaber“).',
    },
    'imported-text-to-place': {
      title: 'Importierter Text noch nicht zugeordnet',
      article: 'Art. 30 Abs. 1 DSGVO',
      message: (p, w) =>
        `Importiert: ${p.field !== undefined ? PLACE[p.field] : 'Zuordnung prüfen'}. ${w.q(p.activity)} enthält ${raw(p.text)} aus der Spalte ${raw(p.header)} (Spalte ${p.column}, Zeile ${p.row}) als Text.`,
      hint: () => 'Den Text in das richtige Feld der Verarbeitungstätigkeit übernehmen und dann seine Zeile aus der Beschreibung löschen.',
    },
  },
};
