/**
 * German and French for the record texts of the sample that the reports print beyond what the
 * notices say (issue 13): activity names, descriptions and DPIA notes, the vendors' services, the
 * HR activity (which no notice shows), a processor's controller contact, and the names of systems
 * and roles that are words rather than product names. Phrase memory, as in translations.ts.
 */
type Phrase = readonly [en: string, de: string, fr: string];

const ROOMIFY_ACTIVITIES: readonly Phrase[] = [
  ['Account management and authentication', 'Kontoverwaltung und Authentifizierung', 'Gestion des comptes et authentification'],
  [
    'User accounts of the customer organisation’s staff: sign-in, roles within the company, tenant membership.',
    'Benutzerkonten der Beschäftigten der Kundenorganisation: Anmeldung, Rollen im Unternehmen, Zugehörigkeit zum Mandanten.',
    'Comptes utilisateurs du personnel de l’organisation cliente : connexion, rôles au sein de l’entreprise, rattachement à l’espace client.',
  ],
  [
    'Ordinary business accounts; no special categories, no large-scale monitoring.',
    'Gewöhnliche geschäftliche Benutzerkonten; keine besonderen Kategorien personenbezogener Daten, keine umfangreiche Überwachung.',
    'Comptes professionnels ordinaires ; aucune catégorie particulière de données, aucune surveillance à grande échelle.',
  ],
  ['Cargo measurement capture and offline queue', 'Erfassung der Laderaummessungen und Offline-Warteschlange', 'Capture des mesures de chargement et file d’attente hors ligne'],
  [
    'Users capture cargo bays with the camera; measurements are queued on the device and uploaded when a connection is available.',
    'Die Nutzenden erfassen Laderäume mit der Kamera; die Messungen werden auf dem Gerät zwischengespeichert und hochgeladen, sobald eine Verbindung besteht.',
    'Les utilisateurs photographient les espaces de chargement avec l’appareil photo ; les mesures sont mises en file d’attente sur l’appareil et envoyées dès qu’une connexion est disponible.',
  ],
  [
    'Images show cargo bays, not people; no special categories and no monitoring of individuals.',
    'Die Bilder zeigen Laderäume, keine Personen; keine besonderen Kategorien personenbezogener Daten und keine Überwachung einzelner Personen.',
    'Les images montrent des espaces de chargement, et non des personnes ; aucune catégorie particulière de données et aucune surveillance de personnes.',
  ],
  ['ML processing of cargo measurements', 'ML-Verarbeitung der Laderaummessungen', 'Traitement des mesures de chargement par apprentissage automatique'],
  [
    'The ML processor turns captured photos into depth maps and 3D masks and estimates the available cargo volume.',
    'Der ML-Prozessor erzeugt aus den aufgenommenen Fotos Tiefenkarten und 3D-Masken und schätzt das verfügbare Ladevolumen.',
    'Le processeur d’apprentissage automatique transforme les photos prises en cartes de profondeur et en masques 3D et estime le volume de chargement disponible.',
  ],
  [
    'The model estimates the volume of cargo space; it makes no decisions about people and does not identify them.',
    'Das Modell schätzt das Volumen des Laderaums; es trifft keine Entscheidungen über Personen und identifiziert sie nicht.',
    'Le modèle estime le volume de l’espace de chargement ; il ne prend aucune décision concernant des personnes et ne les identifie pas.',
  ],
  ['Sync with the admin console and customer reporting', 'Synchronisierung mit der Verwaltungskonsole und dem Berichtswesen des Kunden', 'Synchronisation avec la console d’administration et le reporting du client'],
  [
    'Measurements, orders and users are synchronised to the Roomify admin console, dashboards and the customer’s reporting systems.',
    'Messungen, Aufträge und Benutzer werden mit der Roomify-Verwaltungskonsole, den Dashboards und den Berichtssystemen des Kunden synchronisiert.',
    'Les mesures, les commandes et les utilisateurs sont synchronisés avec la console d’administration Roomify, les tableaux de bord et les systèmes de reporting du client.',
  ],
  [
    'Reporting to the customer on its own operations; no new risks for users.',
    'Berichte an den Kunden über seinen eigenen Betrieb; keine neuen Risiken für die Nutzenden.',
    'Reporting au client sur ses propres opérations ; aucun risque nouveau pour les utilisateurs.',
  ],
  ['Trip-level location tagging (optional)', 'Standortzuordnung auf Ebene der Fahrt (optional)', 'Géolocalisation au niveau du trajet (facultative)'],
  [
    'When the customer enables it, the app tags trips with the device location while a measurement is taken.',
    'Hat der Kunde die Funktion aktiviert, versieht die App Fahrten während einer Messung mit dem Standort des Geräts.',
    'Lorsque le client l’active, l’application associe aux trajets la localisation de l’appareil pendant la prise d’une mesure.',
  ],
  [
    'Location of drivers could allow monitoring of employees; assessed, mitigated by opt-in consent and trip-level granularity.',
    'Der Standort von Fahrerinnen und Fahrern könnte eine Überwachung von Beschäftigten ermöglichen; geprüft und gemindert durch eine vorherige Einwilligung (Opt-in) und die Erfassung nur auf Ebene der Fahrt.',
    'La localisation des conducteurs pourrait permettre une surveillance des salariés ; risque évalué et atténué par un consentement préalable (opt-in) et une collecte limitée au niveau du trajet.',
  ],
  ['Wallet and internal transactions', 'Guthabenkonto und interne Transaktionen', 'Portefeuille et transactions internes'],
  [
    'Balance and transaction records for internal Roomify transactions; no card data is stored.',
    'Guthaben- und Transaktionsaufzeichnungen für interne Roomify-Transaktionen; Kartendaten werden nicht gespeichert.',
    'Relevés de solde et de transactions pour les transactions internes à Roomify ; aucune donnée de carte n’est stockée.',
  ],
  ['Internal balance records of business users.', 'Interne Guthabenaufzeichnungen geschäftlicher Nutzer.', 'Relevés internes de solde d’utilisateurs professionnels.'],
  ['Security, fraud prevention and audit', 'Sicherheit, Betrugsprävention und Prüfpfade', 'Sécurité, prévention de la fraude et audit'],
  [
    'API audit trails, abuse detection and responses to authorities.',
    'Audit-Protokolle der API, Erkennung von Missbrauch und Beantwortung behördlicher Anfragen.',
    'Journaux d’audit de l’API, détection des abus et réponses aux demandes des autorités.',
  ],
  [
    'Security logs of business users, kept for a limited time; no profiling.',
    'Sicherheitsprotokolle geschäftlicher Nutzer, für begrenzte Zeit gespeichert; kein Profiling.',
    'Journaux de sécurité d’utilisateurs professionnels, conservés pendant une durée limitée ; aucun profilage.',
  ],
  [
    'Standard Contractual Clauses (Commission Decision (EU) 2021/914, module 2: controller to processor) in the data processing agreement.',
    'Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914 der Kommission, Modul 2: Verantwortlicher an Auftragsverarbeiter) im Auftragsverarbeitungsvertrag.',
    'Clauses contractuelles types (décision d’exécution (UE) 2021/914 de la Commission, module 2 : de responsable du traitement à sous-traitant) dans le contrat de sous-traitance.',
  ],
  ['Operational notifications', 'Betriebliche Benachrichtigungen', 'Notifications opérationnelles'],
  [
    'Operational alerts, incident messages and service updates by push, e-mail and SMS.',
    'Betriebliche Warnungen, Störungsmeldungen und Informationen zum Dienst per Push-Nachricht, E-Mail und SMS.',
    'Alertes opérationnelles, messages d’incident et informations sur le service par notification push, e-mail et SMS.',
  ],
  ['Service messages to business users.', 'Dienstmitteilungen an geschäftliche Nutzer.', 'Messages de service adressés à des utilisateurs professionnels.'],
  ['Usage analytics', 'Nutzungsanalyse', 'Analyse d’utilisation'],
  [
    'Aggregated usage and performance figures to improve reliability and plan new features.',
    'Aggregierte Nutzungs- und Leistungskennzahlen, um die Zuverlässigkeit zu verbessern und neue Funktionen zu planen.',
    'Indicateurs agrégés d’utilisation et de performance, pour améliorer la fiabilité et planifier de nouvelles fonctionnalités.',
  ],
  ['Aggregated technical figures; no profiling of individuals.', 'Aggregierte technische Kennzahlen; kein Profiling einzelner Personen.', 'Indicateurs techniques agrégés ; aucun profilage de personnes.'],
  ['Crash reporting and logs', 'Absturzberichte und Protokolle', 'Rapports de plantage et journaux'],
  [
    'App logs, crash reports and performance metrics, through Sentry and Crashlytics where the customer enables them.',
    'App-Protokolle, Absturzberichte und Leistungsmesswerte, über Sentry und Crashlytics, soweit der Kunde sie aktiviert.',
    'Journaux de l’application, rapports de plantage et mesures de performance, via Sentry et Crashlytics lorsque le client les active.',
  ],
  ['Technical diagnostics without profiling.', 'Technische Fehleranalyse ohne Profiling.', 'Diagnostic technique sans profilage.'],
  ['Support and feedback', 'Support und Feedback', 'Assistance et retours'],
  [
    'Support tickets and feedback from users, answered by Roomify support.',
    'Supportanfragen und Rückmeldungen der Nutzenden, beantwortet vom Roomify-Support.',
    'Demandes d’assistance et retours des utilisateurs, traités par l’assistance Roomify.',
  ],
  ['Support correspondence with business users.', 'Support-Korrespondenz mit geschäftlichen Nutzern.', 'Échanges d’assistance avec des utilisateurs professionnels.'],
  ['Offline queue files', 'Dateien der Offline-Warteschlange', 'Fichiers de la file d’attente hors ligne'],
];

const ROOMIFY_VENDORS: readonly Phrase[] = [
  [
    'Hosting of the Roomify production systems: PostgreSQL, Redis, MinIO object storage and container hosts',
    'Hosting der Roomify-Produktivsysteme: PostgreSQL, Redis, MinIO-Objektspeicher und Container-Hosts',
    'Hébergement des systèmes de production de Roomify : PostgreSQL, Redis, stockage objet MinIO et hôtes de conteneurs',
  ],
  [
    'Error tracking and performance monitoring of the app and the FastAPI backend, strictly for diagnostics',
    'Fehlererfassung und Leistungsüberwachung der App und des FastAPI-Backends, ausschließlich zur Fehleranalyse',
    'Suivi des erreurs et des performances de l’application et du backend FastAPI, uniquement à des fins de diagnostic',
  ],
  ['Crash reporting of the mobile app, when enabled by the customer', 'Absturzberichte der mobilen App, sofern vom Kunden aktiviert', 'Rapports de plantage de l’application mobile, lorsque le client les active'],
  [
    'Delivery of push notifications (service alerts, job status) to the app',
    'Zustellung von Push-Benachrichtigungen (Dienstwarnungen, Auftragsstatus) an die App',
    'Envoi de notifications push (alertes de service, état des missions) à l’application',
  ],
  [
    'Transactional e-mail: operational alerts, incident messages and service updates',
    'Transaktionale E-Mails: betriebliche Warnungen, Störungsmeldungen und Informationen zum Dienst',
    'E-mails transactionnels : alertes opérationnelles, messages d’incident et informations sur le service',
  ],
  ['Transactional SMS when SMS notifications are enabled', 'Transaktionale SMS, sofern SMS-Benachrichtigungen aktiviert sind', 'SMS transactionnels lorsque les notifications par SMS sont activées'],
];

const LEDGERLY_ACTIVITIES: readonly Phrase[] = [
  ['User accounts and sign-in', 'Benutzerkonten und Anmeldung', 'Comptes utilisateurs et connexion'],
  ['Business accounts only.', 'Ausschließlich geschäftliche Benutzerkonten.', 'Comptes professionnels uniquement.'],
  ['Subscription billing', 'Abrechnung der Abonnements', 'Facturation des abonnements'],
  ['Standard billing.', 'Gewöhnliche Abrechnung.', 'Facturation courante.'],
  [
    'Stripe, Inc. is certified under the EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795).',
    'Stripe, Inc. ist nach dem EU-US Data Privacy Framework zertifiziert (Durchführungsbeschluss (EU) 2023/1795 der Kommission).',
    'Stripe, Inc. est certifiée au titre du cadre de protection des données UE–États-Unis (décision d’exécution (UE) 2023/1795 de la Commission).',
  ],
  ['Customer support chat', 'Kundensupport per Chat', 'Assistance client par messagerie instantanée'],
  ['Support correspondence.', 'Support-Korrespondenz.', 'Échanges d’assistance.'],
  [
    'Contacts, quotes and invoices that business customers keep in Ledgerly about their own customers.',
    'Kontakte, Angebote und Rechnungen, die Geschäftskunden in Ledgerly über ihre eigenen Kunden führen.',
    'Contacts, devis et factures que les clients professionnels gèrent dans Ledgerly au sujet de leurs propres clients.',
  ],
  [
    'Processor: the DPIA is the controller’s duty; Ledgerly assists under Art. 28(3)(f).',
    'Auftragsverarbeitung: Die DSFA obliegt dem Verantwortlichen; Ledgerly unterstützt ihn nach Art. 28 Abs. 3 lit. f DSGVO.',
    'Sous-traitance : l’AIPD incombe au responsable du traitement ; Ledgerly l’assiste conformément à l’art. 28, par. 3, point f) RGPD.',
  ],
  [
    'The account owner named in the customer’s order form and data processing agreement',
    'der im Bestellformular und im Auftragsverarbeitungsvertrag des Kunden benannte Kontoinhaber',
    'le titulaire du compte désigné dans le bon de commande et le contrat de sous-traitance du client',
  ],
  [
    'Drafts invoice texts and summarises customer records with a large language model, on request of the user.',
    'Entwirft auf Anforderung der Nutzenden Rechnungstexte und fasst Kundendatensätze mit einem großen Sprachmodell zusammen.',
    'Rédige, à la demande de l’utilisateur, des textes de factures et résume des fiches clients à l’aide d’un grand modèle de langage.',
  ],
  ['Shopify order invoicing', 'Rechnungsstellung für Shopify-Bestellungen', 'Facturation des commandes Shopify'],
  [
    'Creates invoices for a merchant’s Shopify orders; orders and customers are read live through the Shopify API.',
    'Erstellt Rechnungen zu den Shopify-Bestellungen eines Händlers; Bestellungen und Kunden werden live über die Shopify-API abgerufen.',
    'Crée les factures des commandes Shopify d’un marchand ; les commandes et les clients sont lus en direct via l’API Shopify.',
  ],
  [
    'Processor; no data stored beyond the token and shop metadata.',
    'Auftragsverarbeitung; außer dem Zugriffstoken und den Metadaten des Shops werden keine Daten gespeichert.',
    'Sous-traitance ; aucune donnée n’est stockée au-delà du jeton et des métadonnées de la boutique.',
  ],
];

const LEDGERLY_VENDORS: readonly Phrase[] = [
  [
    'Hosting of the Ledgerly application servers, databases and backups in Germany',
    'Hosting der Anwendungsserver, Datenbanken und Datensicherungen von Ledgerly in Deutschland',
    'Hébergement des serveurs d’application, des bases de données et des sauvegardes de Ledgerly en Allemagne',
  ],
  [
    'AI drafting of invoice texts and summaries of customer records (API, no training on the data)',
    'KI-gestützte Entwürfe von Rechnungstexten und Zusammenfassungen von Kundendatensätzen (API, kein Training mit den Daten)',
    'Rédaction assistée par IA de textes de factures et de résumés de fiches clients (API, sans entraînement sur les données)',
  ],
  [
    'Payment of Ledgerly subscriptions (card and SEPA direct debit); independent controller',
    'Zahlung der Ledgerly-Abonnements (Karte und SEPA-Lastschrift); eigenständiger Verantwortlicher',
    'Paiement des abonnements Ledgerly (carte et prélèvement SEPA) ; responsable du traitement distinct',
  ],
  [
    'Transactional e-mail: sign-in links, account notices and invoices sent on behalf of customers',
    'Transaktionale E-Mails: Anmeldelinks, Kontomitteilungen und im Auftrag der Kunden versandte Rechnungen',
    'E-mails transactionnels : liens de connexion, avis relatifs au compte et factures envoyées pour le compte des clients',
  ],
  ['In-app support chat and help centre for Ledgerly users', 'Support-Chat in der App und Hilfe-Center für Ledgerly-Nutzer', 'Messagerie d’assistance intégrée et centre d’aide pour les utilisateurs de Ledgerly'],
  [
    'Payroll accounting software and data centre used by Ledgerly and its tax adviser',
    'Software für die Lohnabrechnung und Rechenzentrum, die Ledgerly und seine Steuerberatung nutzen',
    'Logiciel de paie et centre de données utilisés par Ledgerly et son expert-comptable',
  ],
];

/** The HR activity: German payroll law, so German terms stay where they are the legal ones (ELStAM, eAU, § 41 EStG). */
const LEDGERLY_PAYROLL: readonly Phrase[] = [
  ['Employee payroll', 'Lohn- und Gehaltsabrechnung der Beschäftigten', 'Paie des salariés'],
  [
    'Monthly payroll of Ledgerly staff, prepared with DATEV, with wage-tax and social-security reporting.',
    'Monatliche Lohn- und Gehaltsabrechnung der Beschäftigten von Ledgerly mit DATEV, einschließlich der Meldungen zur Lohnsteuer und Sozialversicherung.',
    'Paie mensuelle du personnel de Ledgerly, établie avec DATEV, avec les déclarations d’impôt sur les salaires et de sécurité sociale.',
  ],
  [
    'Pay salaries and administer the employment relationship',
    'Zahlung der Gehälter und Durchführung des Beschäftigungsverhältnisses',
    'Verser les salaires et gérer la relation de travail',
  ],
  [
    'Withhold and report wage tax, church tax and social-security contributions',
    'Einbehaltung und Meldung von Lohnsteuer, Kirchensteuer und Sozialversicherungsbeiträgen',
    'Retenir et déclarer l’impôt sur les salaires (Lohnsteuer), l’impôt d’Église (Kirchensteuer) et les cotisations de sécurité sociale',
  ],
  [
    'Record sick leave and pay wages during illness (continued remuneration)',
    'Erfassung von Arbeitsunfähigkeitszeiten und Entgeltfortzahlung im Krankheitsfall',
    'Enregistrer les arrêts maladie et maintenir la rémunération pendant la maladie',
  ],
  [
    'Name, address, date of birth, tax ID, social-security number and bank account',
    'Name, Anschrift, Geburtsdatum, Steuer-Identifikationsnummer, Sozialversicherungsnummer und Bankverbindung',
    'Nom, adresse, date de naissance, numéro d’identification fiscale, numéro de sécurité sociale et coordonnées bancaires',
  ],
  [
    'Salary cannot be paid correctly; wage tax is charged at the highest class.',
    'Das Gehalt kann nicht korrekt abgerechnet werden; die Lohnsteuer wird nach der ungünstigsten Steuerklasse erhoben.',
    'Le salaire ne peut pas être calculé correctement ; l’impôt sur les salaires est prélevé selon la classe la plus élevée.',
  ],
  [
    'Payroll account until the end of the sixth calendar year after the last entry (§ 41 EStG); payroll vouchers 8 years (§ 147 AO).',
    'Lohnkonto bis zum Ablauf des sechsten Kalenderjahres nach der letzten Eintragung (§ 41 EStG); Lohnbelege 8 Jahre (§ 147 AO).',
    'Compte de paie jusqu’à la fin de la sixième année civile suivant la dernière inscription (§ 41 EStG) ; pièces justificatives de paie 8 ans (§ 147 AO).',
  ],
  ['Salary, bonuses, tax class, working time and absences', 'Gehalt, Prämien, Steuerklasse, Arbeitszeit und Fehlzeiten', 'Salaire, primes, classe d’imposition, temps de travail et absences'],
  [
    'Church-tax denomination, as reported by the tax authority (ELStAM)',
    'Religionszugehörigkeit für die Kirchensteuer, wie von der Finanzverwaltung übermittelt (ELStAM)',
    'Appartenance confessionnelle aux fins de l’impôt d’Église, telle que communiquée par l’administration fiscale (ELStAM)',
  ],
  ['Federal Central Tax Office (ELStAM retrieval)', 'Bundeszentralamt für Steuern (ELStAM-Abruf)', 'Office fédéral central des impôts (Bundeszentralamt für Steuern, consultation ELStAM)'],
  [
    'Periods of incapacity for work from electronic sick notes (eAU), without diagnoses',
    'Zeiten der Arbeitsunfähigkeit aus der elektronischen Arbeitsunfähigkeitsbescheinigung (eAU), ohne Diagnosen',
    'Périodes d’incapacité de travail issues des arrêts de travail électroniques (eAU), sans diagnostic',
  ],
  ['Statutory health insurance fund (eAU retrieval)', 'Gesetzliche Krankenkasse (eAU-Abruf)', 'Caisse légale d’assurance maladie (consultation eAU)'],
  ['Continued pay during illness cannot be calculated.', 'Die Entgeltfortzahlung im Krankheitsfall kann nicht berechnet werden.', 'Le maintien de la rémunération pendant la maladie ne peut pas être calculé.'],
  [
    'Until the end of the calendar year after the sick leave, unless needed for a pending claim.',
    'Bis zum Ende des auf die Arbeitsunfähigkeit folgenden Kalenderjahres, sofern sie nicht für einen anhängigen Anspruch benötigt werden.',
    'Jusqu’à la fin de l’année civile suivant l’arrêt maladie, sauf si elles sont nécessaires à une demande en cours.',
  ],
  ['Payroll accounting', 'Lohn- und Gehaltsabrechnung', 'Établissement de la paie'],
  ['Tax office (Finanzamt)', 'Finanzamt', 'Administration fiscale (Finanzamt)'],
  ['Wage-tax returns and certificates', 'Lohnsteuer-Anmeldungen und Lohnsteuerbescheinigungen', 'Déclarations et attestations d’impôt sur les salaires'],
  ['Health insurance funds and social-security institutions', 'Krankenkassen und Sozialversicherungsträger', 'Caisses d’assurance maladie et organismes de sécurité sociale'],
  ['Social-security reports; sick-note retrieval', 'Meldungen zur Sozialversicherung; Abruf der Arbeitsunfähigkeitsbescheinigungen', 'Déclarations sociales ; consultation des arrêts de travail'],
  ['Ledgerly’s bank', 'Hausbank von Ledgerly', 'Banque de Ledgerly'],
  ['Salary transfers', 'Gehaltsüberweisungen', 'Virements des salaires'],
  [
    'Statutory payroll for 120 staff; special categories limited to church-tax attribute and sick-leave periods.',
    'Gesetzlich vorgeschriebene Lohnabrechnung für 120 Beschäftigte; besondere Kategorien beschränkt auf das Kirchensteuermerkmal und Zeiten der Arbeitsunfähigkeit.',
    'Paie obligatoire pour 120 salariés ; catégories particulières limitées à l’attribut d’impôt d’Église et aux périodes d’arrêt maladie.',
  ],
];

/**
 * Names of systems and roles that are words (a report prints them as recorded when no translation
 * is given; product names such as "PostgreSQL" or "Sentry" stay as they are).
 */
const NAMES: readonly Phrase[] = [
  ['Roomify Smart Camera app (iOS, Android)', 'App Roomify Smart Camera (iOS, Android)', 'Application Roomify Smart Camera (iOS, Android)'],
  ['FastAPI backend', 'FastAPI-Backend', 'Backend FastAPI'],
  ['Offline queue on the device', 'Offline-Warteschlange auf dem Gerät', 'File d’attente hors ligne sur l’appareil'],
  ['Customer reporting systems (via API)', 'Berichtssysteme des Kunden (über API)', 'Systèmes de reporting du client (via API)'],
  ['HR file share', 'Dateiablage der Personalabteilung', 'Partage de fichiers des RH'],
  ['Roomify support inbox', 'Support-Postfach von Roomify', 'Boîte de réception de l’assistance Roomify'],
  ['ML processor', 'ML-Prozessor', 'Processeur d’apprentissage automatique'],
  ['MinIO object storage', 'MinIO-Objektspeicher', 'Stockage objet MinIO'],
  ['Roomify admin console (web)', 'Roomify-Verwaltungskonsole (Web)', 'Console d’administration Roomify (web)'],
  ['Ledgerly web app', 'Ledgerly-Webanwendung', 'Application web Ledgerly'],
  ['Ledgerly billing service', 'Abrechnungsdienst von Ledgerly', 'Service de facturation de Ledgerly'],
  ['Ledgerly Shopify app', 'Shopify-App von Ledgerly', 'Application Shopify de Ledgerly'],
  ['Head of Customer Success', 'Leitung Customer Success', 'responsable de la réussite client'],
  ['Head of Finance', 'Leitung Finanzen', 'responsable financier'],
  ['Head of Integrations', 'Leitung Integrationen', 'responsable des intégrations'],
  ['Head of ML', 'Leitung Machine Learning', 'responsable de l’apprentissage automatique'],
  ['Head of Mobile', 'Leitung Mobile-Entwicklung', 'responsable du développement mobile'],
  ['Head of Operations', 'Leitung Betrieb', 'responsable des opérations'],
  ['Head of People', 'Leitung Personal', 'responsable des ressources humaines'],
  ['Head of Product', 'Leitung Produkt', 'responsable produit'],
  ['Head of Support', 'Leitung Support', 'responsable de l’assistance'],
  ['Security lead', 'Leitung IT-Sicherheit', 'responsable de la sécurité'],
  ['VP Engineering', 'Leitung Entwicklung', 'directeur de l’ingénierie'],
  ['Privacy officer', 'Datenschutzkoordination', 'référent protection des données'],
  ['DPO', 'Datenschutzbeauftragter', 'délégué à la protection des données'],
];

export const REPORT_PHRASES: readonly Phrase[] = [...ROOMIFY_ACTIVITIES, ...ROOMIFY_VENDORS, ...LEDGERLY_ACTIVITIES, ...LEDGERLY_VENDORS, ...LEDGERLY_PAYROLL, ...NAMES];
