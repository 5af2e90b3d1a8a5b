/**
 * German and French for every record text the sample's notices use, so that each sample
 * product's notice reads wholly in German and in French. Kept as a phrase memory (`text`
 * translations: the translation of one English original wherever it appears), written as a
 * privacy lawyer would publish it. Multi-line texts (security notes) are translated line by line.
 */
import type { NoticeLanguage } from '../model';
import type { Translation } from '../notice/schema';
import { REPORT_PHRASES } from './translations-reports';

type Phrase = readonly [en: string, de: string, fr: string];

const SECURITY_LINES: readonly Phrase[] = [
  ['Passwords are stored hashed.', 'Passwörter werden ausschließlich als Hash gespeichert.', 'Les mots de passe sont stockés sous forme hachée.'],
  [
    'HTTPS/TLS for all endpoints and S3-compatible encryption for artifacts.',
    'HTTPS/TLS für alle Endpunkte und S3-kompatible Verschlüsselung der gespeicherten Dateien.',
    'HTTPS/TLS pour tous les points d’accès et chiffrement compatible S3 des fichiers stockés.',
  ],
  [
    'SecureStore token storage, automatic expiration, and refresh-token rotation.',
    'Speicherung der Token im SecureStore des Geräts, automatischer Ablauf und Rotation der Aktualisierungstoken.',
    'Stockage des jetons dans le SecureStore de l’appareil, expiration automatique et rotation des jetons d’actualisation.',
  ],
  [
    'Environment isolation (dev/stage/prod), Sentry monitoring, API audit trails.',
    'Getrennte Umgebungen (Entwicklung, Staging, Produktion), Überwachung mit Sentry, Audit-Protokolle der API.',
    'Environnements séparés (développement, préproduction, production), supervision avec Sentry, journaux d’audit de l’API.',
  ],
  [
    'Role-based access control and mandatory authentication for every API call.',
    'Rollenbasierte Zugriffskontrolle und verpflichtende Authentifizierung bei jedem API-Aufruf.',
    'Contrôle d’accès fondé sur les rôles et authentification obligatoire pour chaque appel à l’API.',
  ],
  [
    'Location is read only while the app is in use, only at trip level, and only where the customer policy enables it.',
    'Der Standort wird nur während der Nutzung der App, nur auf Ebene der Fahrt und nur dort erfasst, wo die Richtlinie des Kunden dies vorsieht.',
    'La localisation n’est lue que pendant l’utilisation de l’application, uniquement au niveau du trajet et seulement lorsque la politique du client l’active.',
  ],
  ['Usage is analysed in aggregate only.', 'Die Nutzung wird nur in aggregierter Form ausgewertet.', 'L’utilisation n’est analysée que sous forme agrégée.'],
  [
    'Only HR and the managing directors can open payroll records; the health-data fields hold periods, never diagnoses.',
    'Nur die Personalabteilung und die Geschäftsführung können Gehaltsunterlagen einsehen; die Felder zu Gesundheitsdaten enthalten Zeiträume, niemals Diagnosen.',
    'Seuls les RH et les gérants peuvent consulter les dossiers de paie ; les champs relatifs à la santé contiennent des périodes, jamais de diagnostics.',
  ],
];

const ROOMIFY: readonly Phrase[] = [
  ['Account data', 'Kontodaten', 'Données du compte'],
  [
    'First/last name, work e-mail, password (stored hashed), user role within the company',
    'Vor- und Nachname, berufliche E-Mail-Adresse, Passwort (als Hash gespeichert), Benutzerrolle im Unternehmen',
    'Prénom et nom, adresse e-mail professionnelle, mot de passe (stocké sous forme hachée), rôle de l’utilisateur dans l’entreprise',
  ],
  [
    'Entered by the user, or by the customer administrator who invites the user',
    'von der nutzenden Person selbst eingegeben oder vom Administrator des Kunden, der sie einlädt',
    'saisies par l’utilisateur ou par l’administrateur du client qui l’invite',
  ],
  ['Without an account the app cannot be used.', 'Ohne Konto kann die App nicht genutzt werden.', 'Sans compte, l’application ne peut pas être utilisée.'],
  [
    'For the duration of the customer contract plus up to 12 months post-offboarding.',
    'Für die Dauer des Kundenvertrags und bis zu 12 Monate nach dessen Ende.',
    'Pendant la durée du contrat client, puis jusqu’à 12 mois après sa fin.',
  ],
  ['Company name and identifiers linked to the account', 'Name des Unternehmens und mit dem Konto verknüpfte Kennungen', 'Nom de l’entreprise et identifiants liés au compte'],
  ['The customer organisation that holds the Roomify contract', 'von der Kundenorganisation, die den Vertrag mit Roomify geschlossen hat', 'fournies par l’organisation cliente titulaire du contrat Roomify'],
  ['Accounts exist only within a customer tenant.', 'Konten gibt es nur innerhalb des Mandanten eines Kunden.', 'Les comptes n’existent qu’au sein de l’espace d’un client.'],
  ['Operational data', 'Betriebsdaten', 'Données opérationnelles'],
  [
    'Cargo bay photos, depth maps, 3D masks, and other visuals captured during measurements',
    'Fotos des Laderaums, Tiefenkarten, 3D-Masken und andere bei den Messungen aufgenommene Bilder',
    'Photos de l’espace de chargement, cartes de profondeur, masques 3D et autres images prises lors des mesures',
  ],
  [
    'Captured with the device camera; depth maps and 3D masks are generated by the ML processor',
    'mit der Kamera des Geräts aufgenommen; Tiefenkarten und 3D-Masken erzeugt der ML-Prozessor',
    'prises avec l’appareil photo de l’appareil ; les cartes de profondeur et les masques 3D sont générés par le processeur d’apprentissage automatique',
  ],
  ['No measurement can be made.', 'Es kann keine Messung vorgenommen werden.', 'Aucune mesure ne peut être effectuée.'],
  [
    "According to the customer's policy, 24 months by default before deletion or anonymization.",
    'Nach der Richtlinie des Kunden, standardmäßig 24 Monate bis zur Löschung oder Anonymisierung.',
    'Selon la politique du client ; par défaut 24 mois, puis suppression ou anonymisation.',
  ],
  [
    'Measurement metadata: order IDs, trip IDs, comments, timestamps',
    'Metadaten der Messungen: Auftrags- und Fahrtnummern, Kommentare, Zeitstempel',
    'Métadonnées des mesures : numéros de commande et de trajet, commentaires, horodatages',
  ],
  ['Measurements cannot be linked to orders and trips.', 'Messungen können nicht Aufträgen und Fahrten zugeordnet werden.', 'Les mesures ne peuvent pas être rattachées aux commandes et aux trajets.'],
  ['Technical & log data', 'Technische Daten und Protokolldaten', 'Données techniques et journaux'],
  [
    'Offline queue files stored until synchronization finishes',
    'Offline-Warteschlangendateien, gespeichert bis zum Abschluss der Synchronisierung',
    'Fichiers de la file d’attente hors ligne, conservés jusqu’à la fin de la synchronisation',
  ],
  ['Measurements cannot be taken without a connection.', 'Ohne Verbindung können keine Messungen vorgenommen werden.', 'Aucune mesure ne peut être effectuée sans connexion.'],
  [
    'On the device until synchronization finishes, then removed.',
    'Auf dem Gerät bis zum Abschluss der Synchronisierung, danach entfernt.',
    'Sur l’appareil jusqu’à la fin de la synchronisation, puis supprimés.',
  ],
  [
    'Geolocation and telemetry when the customer enables trip-level location tagging',
    'Standort- und Telemetriedaten, wenn der Kunde die Standortkennzeichnung von Fahrten aktiviert',
    'Géolocalisation et télémétrie lorsque le client active le marquage des trajets par localisation',
  ],
  [
    'Trips are not tagged with a location; all other features keep working.',
    'Fahrten werden nicht mit einem Standort gekennzeichnet; alle übrigen Funktionen bleiben nutzbar.',
    'Les trajets ne sont pas associés à une localisation ; toutes les autres fonctions restent disponibles.',
  ],
  ['6–18 months depending on risk classification.', '6 bis 18 Monate, je nach Risikoeinstufung.', 'De 6 à 18 mois selon la classification des risques.'],
  [
    'Wallet/balance records for internal Roomify transactions (no card data stored)',
    'Guthaben- und Wallet-Daten für interne Roomify-Transaktionen (es werden keine Kartendaten gespeichert)',
    'Données de porte-monnaie et de solde pour les transactions internes à Roomify (aucune donnée de carte n’est conservée)',
  ],
  ['Paid features of the wallet cannot be used.', 'Kostenpflichtige Funktionen der Wallet können nicht genutzt werden.', 'Les fonctions payantes du porte-monnaie ne peuvent pas être utilisées.'],
  [
    'For the duration of the customer contract plus up to 12 months post-offboarding, unless record-keeping obligations require longer.',
    'Für die Dauer des Kundenvertrags und bis zu 12 Monate nach dessen Ende, sofern gesetzliche Aufbewahrungspflichten keine längere Speicherung verlangen.',
    'Pendant la durée du contrat client, puis jusqu’à 12 mois après sa fin, sauf si des obligations légales de conservation imposent une durée plus longue.',
  ],
  [
    'IP address, device model, OS version, locale, and network parameters',
    'IP-Adresse, Gerätemodell, Version des Betriebssystems, Spracheinstellung und Netzwerkparameter',
    'Adresse IP, modèle de l’appareil, version du système d’exploitation, paramètres régionaux et paramètres réseau',
  ],
  ['API audit trails of user activity', 'Audit-Protokolle der API über die Aktivitäten der Nutzer', 'Journaux d’audit de l’API retraçant l’activité des utilisateurs'],
  [
    'Mobile phone number, when SMS notifications are enabled',
    'Mobilfunknummer, wenn SMS-Benachrichtigungen aktiviert sind',
    'Numéro de téléphone mobile, lorsque les notifications par SMS sont activées',
  ],
  ['Alerts are sent by e-mail and in the app only.', 'Benachrichtigungen erfolgen dann nur per E-Mail und in der App.', 'Les alertes sont alors envoyées uniquement par e-mail et dans l’application.'],
  ['Push notification token of the device', 'Push-Token des Geräts', 'Jeton de notification push de l’appareil'],
  [
    'Until the user signs out or the token changes; at the latest with the account data.',
    'Bis zur Abmeldung oder bis sich das Token ändert; spätestens zusammen mit den Kontodaten.',
    'Jusqu’à la déconnexion de l’utilisateur ou au changement de jeton ; au plus tard avec les données du compte.',
  ],
  [
    'App logs, crash reports, and performance metrics (including Crashlytics/Sentry if enabled by the customer)',
    'App-Protokolle, Absturzberichte und Leistungskennzahlen (einschließlich Crashlytics und Sentry, sofern vom Kunden aktiviert)',
    'Journaux de l’application, rapports de plantage et mesures de performance (y compris Crashlytics et Sentry, si le client les active)',
  ],
  ['Support & feedback', 'Support und Feedback', 'Assistance et retours'],
  [
    'Support tickets, attachments, and contact details provided by the user',
    'Supportanfragen, Anhänge und die von der nutzenden Person angegebenen Kontaktdaten',
    'Demandes d’assistance, pièces jointes et coordonnées fournies par l’utilisateur',
  ],
  ['We cannot answer the request.', 'Wir können die Anfrage nicht beantworten.', 'Nous ne pouvons pas répondre à la demande.'],
  [
    'Mobile app and related cloud services (FastAPI backend, ML processor, MinIO storage, etc.) used to capture cargo bays and measure available truck space, with a web admin console for customer administrators.',
    'Mobile App und zugehörige Cloud-Dienste (FastAPI-Backend, ML-Prozessor, MinIO-Speicher usw.), mit denen Laderäume erfasst und der verfügbare Laderaum von Lkw gemessen wird, mit einer Web-Verwaltungskonsole für die Administratoren der Kunden.',
    'Application mobile et services cloud associés (backend FastAPI, processeur d’apprentissage automatique, stockage MinIO, etc.) permettant de photographier les espaces de chargement et de mesurer la place disponible dans les camions, avec une console d’administration web pour les administrateurs des clients.',
  ],
  [
    'Provide core app features: authentication, queued measurements, wallet, dashboards',
    'Bereitstellung der Kernfunktionen der App: Anmeldung, Messungen in der Warteschlange, Wallet, Dashboards',
    'Fournir les fonctions essentielles de l’application : authentification, mesures en file d’attente, porte-monnaie, tableaux de bord',
  ],
  [
    'Run ML processing to generate depth maps and estimate available cargo volume',
    'ML-Verarbeitung zur Erzeugung von Tiefenkarten und zur Schätzung des verfügbaren Ladevolumens',
    'Effectuer un traitement par apprentissage automatique pour générer des cartes de profondeur et estimer le volume de chargement disponible',
  ],
  [
    'Sync data with the Roomify admin console and customer reporting systems',
    'Synchronisierung der Daten mit der Roomify-Verwaltungskonsole und den Berichtssystemen der Kunden',
    'Synchroniser les données avec la console d’administration Roomify et les systèmes de reporting des clients',
  ],
  [
    'Tag trips with geolocation when the customer enables trip-level location tagging (optional feature)',
    'Kennzeichnung von Fahrten mit dem Standort, wenn der Kunde dies aktiviert (optionale Funktion)',
    'Associer une géolocalisation aux trajets lorsque le client active cette fonction (fonction facultative)',
  ],
  [
    'Meet legal obligations such as record keeping and compliance',
    'Erfüllung gesetzlicher Pflichten wie Aufbewahrungs- und Nachweispflichten',
    'Respecter nos obligations légales, notamment de conservation et de conformité',
  ],
  [
    'Ensure security, prevent fraud, and audit user activity',
    'Gewährleistung der Sicherheit, Verhinderung von Betrug und Prüfung der Nutzeraktivitäten',
    'Assurer la sécurité, prévenir la fraude et contrôler l’activité des utilisateurs',
  ],
  [
    'Abuse prevention and platform security: protecting customers, users and the service against fraud, misuse and attacks',
    'Verhinderung von Missbrauch und Sicherheit der Plattform, also der Schutz der Kunden, der Nutzer und des Dienstes vor Betrug, Missbrauch und Angriffen',
    'Prévention des abus et sécurité de la plateforme, à savoir la protection des clients, des utilisateurs et du service contre la fraude, les abus et les attaques',
  ],
  [
    'Respond to regulators or law enforcement when we are legally obliged to respond',
    'Beantwortung von Anfragen der Aufsichts- oder Strafverfolgungsbehörden, soweit wir gesetzlich dazu verpflichtet sind',
    'Répondre aux autorités de régulation ou aux autorités répressives lorsque la loi nous y oblige',
  ],
  [
    'Send operational alerts, incident messages, and service updates',
    'Versand betrieblicher Benachrichtigungen, Störungsmeldungen und Informationen zum Dienst',
    'Envoyer des alertes opérationnelles, des messages d’incident et des informations sur le service',
  ],
  [
    'Analyze aggregated usage to improve reliability and plan new features',
    'Auswertung der aggregierten Nutzung, um die Zuverlässigkeit zu verbessern und neue Funktionen zu planen',
    'Analyser l’utilisation agrégée pour améliorer la fiabilité et planifier de nouvelles fonctions',
  ],
  [
    'Service improvement: keeping the service reliable and planning new features',
    'Verbesserung des Dienstes, also ein zuverlässiger Betrieb und die Planung neuer Funktionen',
    'Amélioration du service, à savoir sa fiabilité et la planification de nouvelles fonctions',
  ],
  [
    'Diagnose crashes and errors through monitoring/logging vendors (e.g., Sentry), strictly for diagnostics',
    'Diagnose von Abstürzen und Fehlern über Anbieter für Überwachung und Protokollierung (z. B. Sentry), ausschließlich zu Diagnosezwecken',
    'Diagnostiquer les plantages et les erreurs au moyen de prestataires de supervision et de journalisation (par exemple Sentry), à des fins de diagnostic uniquement',
  ],
  [
    'Service improvement: keeping the service reliable and planning new features; platform security',
    'Verbesserung des Dienstes, also ein zuverlässiger Betrieb und die Planung neuer Funktionen, sowie die Sicherheit der Plattform',
    'Amélioration du service, à savoir sa fiabilité et la planification de nouvelles fonctions, ainsi que la sécurité de la plateforme',
  ],
  ['Answer support requests and feedback', 'Beantwortung von Supportanfragen und Feedback', 'Répondre aux demandes d’assistance et aux retours'],
  [
    'Roomify hosting infrastructure (PostgreSQL, Redis, MinIO, container hosts secured via TLS and RBAC)',
    'Hosting-Infrastruktur von Roomify (PostgreSQL, Redis, MinIO, Container-Hosts, abgesichert durch TLS und rollenbasierte Zugriffskontrolle)',
    'Infrastructure d’hébergement de Roomify (PostgreSQL, Redis, MinIO, hôtes de conteneurs sécurisés par TLS et contrôle d’accès fondé sur les rôles)',
  ],
  ['Customer administrators', 'Administratoren des Kunden', 'Administrateurs du client'],
  [
    'Customer administrators who manage their tenant’s users, orders, and measurement data',
    'Administratoren des Kunden, die die Nutzer, Aufträge und Messdaten ihres Mandanten verwalten',
    'Administrateurs du client qui gèrent les utilisateurs, les commandes et les données de mesure de leur espace',
  ],
  ['Monitoring/logging strictly for diagnostics', 'Überwachung und Protokollierung, ausschließlich zu Diagnosezwecken', 'Supervision et journalisation, à des fins de diagnostic uniquement'],
  ['Regulators or law enforcement', 'Aufsichts- oder Strafverfolgungsbehörden', 'Autorités de régulation ou autorités répressives'],
  ['When we are legally obliged to respond', 'Soweit wir gesetzlich zur Auskunft verpflichtet sind', 'Lorsque la loi nous oblige à leur répondre'],
  ['Transactional e-mail when notifications are enabled', 'Transaktions-E-Mails, wenn Benachrichtigungen aktiviert sind', 'E-mails transactionnels lorsque les notifications sont activées'],
  ['Transactional SMS when notifications are enabled', 'Transaktions-SMS, wenn Benachrichtigungen aktiviert sind', 'SMS transactionnels lorsque les notifications sont activées'],
  ['Push notifications when notifications are enabled', 'Push-Mitteilungen, wenn Benachrichtigungen aktiviert sind', 'Notifications push lorsque les notifications sont activées'],
  [
    'Crash reporting strictly for diagnostics, if enabled by the customer',
    'Absturzberichte ausschließlich zu Diagnosezwecken, sofern vom Kunden aktiviert',
    'Rapports de plantage à des fins de diagnostic uniquement, si le client les active',
  ],
  ['Geospatial attribution', 'Quellenangabe für Geodaten', 'Sources des données géographiques'],
  [
    'Roomify uses the Natural Earth dataset (public domain) for country boundary data. Source: naturalearthdata.com.',
    'Roomify verwendet für Ländergrenzen den gemeinfreien Datensatz Natural Earth. Quelle: naturalearthdata.com.',
    'Roomify utilise le jeu de données Natural Earth (domaine public) pour les frontières des pays. Source : naturalearthdata.com.',
  ],
  ['Roomify hosts production systems in the EU.', 'Roomify betreibt seine Produktivsysteme in der EU.', 'Roomify héberge ses systèmes de production dans l’UE.'],
  [
    'Signed-in users can start an account deletion request from the Roomify mobile app under Profile > Account Security > Delete account. A public deletion request page is available at https://roomify.tech/delete-account.',
    'Angemeldete Nutzer können die Löschung ihres Kontos in der mobilen App von Roomify unter Profil > Kontosicherheit > Konto löschen beantragen. Eine öffentliche Seite für Löschanträge finden Sie unter https://roomify.tech/delete-account.',
    'Les utilisateurs connectés peuvent demander la suppression de leur compte dans l’application mobile Roomify, sous Profil > Sécurité du compte > Supprimer le compte. Une page publique de demande de suppression est disponible à l’adresse https://roomify.tech/delete-account.',
  ],
  [
    'Used solely to capture and store measurements.',
    'Wird ausschließlich zur Aufnahme und Speicherung von Messungen verwendet.',
    'Utilisée uniquement pour effectuer et enregistrer des mesures.',
  ],
  [
    'Optional, enabled per customer policy to tag trips.',
    'Freiwillig; nach der Richtlinie des Kunden aktiviert, um Fahrten zu kennzeichnen.',
    'Facultative ; activée selon la politique du client pour associer une localisation aux trajets.',
  ],
  [
    'Required for syncing jobs and sending service alerts.',
    'Erforderlich für die Synchronisierung von Aufträgen und den Versand von Benachrichtigungen zum Dienst.',
    'Nécessaire pour synchroniser les missions et envoyer les alertes du service.',
  ],
  ['in the app and on this dedicated hosting page', 'in der App und auf dieser Seite', 'dans l’application et sur la présente page'],
  [
    'Profile > Account Security > Delete account',
    'Profil > Kontosicherheit > Konto löschen',
    'Profil > Sécurité du compte > Supprimer le compte',
  ],
  [
    'The supervisory authority of the EU/EEA member state of your habitual residence, place of work or of the alleged infringement (Art. 77 GDPR)',
    'Die Aufsichtsbehörde des EU/EWR-Mitgliedstaats Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO)',
    'L’autorité de contrôle de l’État membre de l’UE/EEE de votre résidence habituelle, de votre lieu de travail ou du lieu de la violation alléguée (art. 77 RGPD)',
  ],
];

const LEDGERLY: readonly Phrase[] = [
  [
    'Name, business e-mail, password hash or sign-in link tokens, role and company',
    'Name, geschäftliche E-Mail-Adresse, Passwort-Hash oder Token für Anmeldelinks, Rolle und Unternehmen',
    'Nom, adresse e-mail professionnelle, empreinte du mot de passe ou jetons de lien de connexion, rôle et entreprise',
  ],
  ['Ledgerly cannot be used without an account.', 'Ohne Konto kann Ledgerly nicht genutzt werden.', 'Ledgerly ne peut pas être utilisé sans compte.'],
  [
    'While the account exists; deleted 30 days after the account is closed.',
    'Solange das Konto besteht; Löschung 30 Tage nach Schließung des Kontos.',
    'Tant que le compte existe ; suppression 30 jours après la clôture du compte.',
  ],
  ['Billing data', 'Abrechnungsdaten', 'Données de facturation'],
  [
    'Billing name and address, VAT ID, plan and invoices',
    'Rechnungsname und -anschrift, Umsatzsteuer-Identifikationsnummer, Tarif und Rechnungen',
    'Nom et adresse de facturation, numéro de TVA intracommunautaire, formule et factures',
  ],
  ['No invoice can be issued.', 'Es kann keine Rechnung ausgestellt werden.', 'Aucune facture ne peut être émise.'],
  [
    'Invoices and accounting records: 8 years from the end of the calendar year (§ 147 AO, § 257 HGB).',
    'Rechnungen und Buchungsbelege: 8 Jahre ab dem Ende des Kalenderjahres (§ 147 AO, § 257 HGB).',
    'Factures et pièces comptables : 8 ans à compter de la fin de l’année civile (§ 147 AO, § 257 HGB, droit fiscal et commercial allemand).',
  ],
  [
    'Card or SEPA details, entered with and held by Stripe; Ledgerly keeps only a token and the last four digits',
    'Karten- oder SEPA-Daten, bei Stripe eingegeben und dort gespeichert; Ledgerly speichert nur ein Token und die letzten vier Ziffern',
    'Données de carte ou SEPA, saisies auprès de Stripe et conservées par Stripe ; Ledgerly ne conserve qu’un jeton et les quatre derniers chiffres',
  ],
  ['Support', 'Supportanfragen', 'Demandes d’assistance'],
  ['Chat and ticket history with name and e-mail', 'Chat- und Ticketverlauf mit Name und E-Mail-Adresse', 'Historique des discussions et des tickets, avec nom et adresse e-mail'],
  ['24 months after the conversation is closed.', '24 Monate nach Abschluss der Anfrage.', '24 mois après la clôture de la conversation.'],
  [
    'External data protection officer, Datenschutzkanzlei Example',
    'extern bestellt: die Datenschutzkanzlei Example',
    'le cabinet Datenschutzkanzlei Example, désigné comme délégué externe',
  ],
  [
    'Web SaaS for small businesses: contacts (CRM), quotes and invoicing, with optional AI drafting of texts.',
    'Web-Software (SaaS) für kleine Unternehmen: Kontakte (CRM), Angebote und Rechnungen, mit optionaler KI-Unterstützung beim Verfassen von Texten.',
    'Logiciel en ligne (SaaS) pour les petites entreprises : contacts (CRM), devis et facturation, avec une aide facultative à la rédaction de textes par IA.',
  ],
  [
    'Provide Ledgerly accounts, sign-in and account e-mails',
    'Bereitstellung der Ledgerly-Konten, der Anmeldung und der E-Mails zum Konto',
    'Fournir les comptes Ledgerly, la connexion et les e-mails relatifs au compte',
  ],
  ['Bill Ledgerly subscriptions and collect payments', 'Abrechnung der Ledgerly-Abonnements und Einzug der Zahlungen', 'Facturer les abonnements Ledgerly et encaisser les paiements'],
  [
    'Keep invoices and accounting records as required by German tax and commercial law',
    'Aufbewahrung von Rechnungen und Buchungsbelegen nach deutschem Steuer- und Handelsrecht',
    'Conserver les factures et pièces comptables comme l’exige le droit fiscal et commercial allemand',
  ],
  ['Answer questions from Ledgerly users', 'Beantwortung von Fragen der Ledgerly-Nutzer', 'Répondre aux questions des utilisateurs de Ledgerly'],
  ['Hosting in Germany', 'Hosting in Deutschland', 'Hébergement en Allemagne'],
  ['Account e-mails', 'E-Mails zum Konto', 'E-mails relatifs au compte'],
  ['Payment processing', 'Zahlungsabwicklung', 'Traitement des paiements'],
  ['Support chat and help centre', 'Support-Chat und Hilfe-Center', 'Discussion avec l’assistance et centre d’aide'],
  [
    'Ledgerly hosts all customer data in data centres in Germany.',
    'Ledgerly speichert alle Kundendaten in Rechenzentren in Deutschland.',
    'Ledgerly héberge toutes les données des clients dans des centres de données situés en Allemagne.',
  ],
  ['CRM and invoicing data of business customers', 'CRM- und Rechnungsdaten der Geschäftskunden', 'Données CRM et de facturation des clients professionnels'],
  ['Each business customer (the controller)', 'der jeweilige Geschäftskunde', 'chaque client professionnel (le responsable du traitement)'],
  [
    'Store and process customer records and send invoices on the customer’s documented instructions',
    // After "Was wir damit tun, nach Weisung des Kunden:" / "… sur instruction du client :": the instructions are said once.
    'Speicherung und Verarbeitung der Kundendatensätze sowie Versand von Rechnungen',
    'Conserver et traiter les fiches clients et envoyer les factures',
  ],
  [
    'Contact details of the customer’s own customers and business contacts',
    'Kontaktdaten der Kunden und Geschäftskontakte des Kunden',
    'Coordonnées des propres clients et contacts professionnels du client',
  ],
  [
    'For the term of the customer contract; returned or deleted within 30 days after it ends, as agreed in the DPA.',
    'Für die Laufzeit des Kundenvertrags; nach dessen Ende innerhalb von 30 Tagen zurückgegeben oder gelöscht, wie im Auftragsverarbeitungsvertrag vereinbart.',
    'Pendant la durée du contrat client ; restituées ou supprimées dans les 30 jours suivant sa fin, comme convenu dans le contrat de sous-traitance.',
  ],
  [
    'Quotes, invoices, customer numbers and bank details for payment',
    'Angebote, Rechnungen, Kundennummern und Bankverbindungen für die Zahlung',
    'Devis, factures, numéros de client et coordonnées bancaires pour le paiement',
  ],
  ['Notes the customer writes about its contacts', 'Notizen des Kunden zu seinen Kontakten', 'Notes que le client rédige sur ses contacts'],
  ['AI drafting assistant', 'KI-Schreibassistent', 'Assistant de rédaction par IA'],
  [
    'Draft texts and summaries from customer records, on the customer’s instructions',
    'Entwürfe von Texten und Zusammenfassungen aus den Kundendatensätzen',
    'Rédiger des projets de textes et des résumés à partir des fiches clients',
  ],
  ['The records the user selects for drafting', 'Die Datensätze, die die nutzende Person für den Entwurf auswählt', 'Les fiches que l’utilisateur sélectionne pour la rédaction'],
  [
    'Not kept by Ledgerly after the draft is returned; OpenAI keeps API data up to 30 days for abuse monitoring.',
    'Nach Rückgabe des Entwurfs von Ledgerly nicht gespeichert; OpenAI speichert API-Daten bis zu 30 Tage zur Missbrauchsüberwachung.',
    'Non conservées par Ledgerly une fois le projet restitué ; OpenAI conserve les données de l’API jusqu’à 30 jours pour détecter les abus.',
  ],
  [
    'Sending invoices by e-mail on the customer’s behalf',
    'Versand von Rechnungen per E-Mail im Auftrag des Kunden',
    'Envoi des factures par e-mail pour le compte du client',
  ],
  ['Language model API, no training on the data', 'Sprachmodell-API, kein Training mit den Daten', 'API de modèle de langage, sans entraînement sur les données'],
  [
    'The account owner closes the account under Settings > Account > Close account; all data is deleted 30 days later.',
    'Der Kontoinhaber schließt das Konto unter Einstellungen > Konto > Konto schließen; alle Daten werden 30 Tage später gelöscht.',
    'Le titulaire du compte clôture le compte sous Paramètres > Compte > Clôturer le compte ; toutes les données sont supprimées 30 jours plus tard.',
  ],
  ['Settings > Account > Close account', 'Einstellungen > Konto > Konto schließen', 'Paramètres > Compte > Clôturer le compte'],
  [
    'by e-mail to account owners and on ledgerly.example/privacy',
    'per E-Mail an die Kontoinhaber und auf ledgerly.example/privacy',
    'par e-mail aux titulaires de compte et sur ledgerly.example/privacy',
  ],
  ['Users of a customer’s Ledgerly account', 'Nutzer des Ledgerly-Kontos eines Kunden', 'Utilisateurs du compte Ledgerly d’un client'],
  [
    'the account owner or administrator of your organisation, or privacy@ledgerly.example',
    'der Kontoinhaber oder Administrator Ihrer Organisation oder privacy@ledgerly.example',
    'le titulaire du compte ou l’administrateur de votre organisation, ou privacy@ledgerly.example',
  ],
  ['Customers and contacts of a Ledgerly customer', 'Kunden und Kontakte eines Ledgerly-Kunden', 'Clients et contacts d’un client de Ledgerly'],
  [
    'the business you dealt with, which controls your data in Ledgerly',
    'das Unternehmen, mit dem Sie zu tun hatten und das für Ihre Daten in Ledgerly verantwortlich ist',
    'l’entreprise avec laquelle vous avez été en relation, qui est responsable de vos données dans Ledgerly',
  ],
  [
    'Berlin Commissioner for Data Protection and Freedom of Information (Berliner Beauftragte für Datenschutz und Informationsfreiheit)',
    'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    'Berliner Beauftragte für Datenschutz und Informationsfreiheit (autorité de protection des données de Berlin)',
  ],
];

const SHOPIFY: readonly Phrase[] = [
  [
    'Shopify app that creates Ledgerly invoices for the orders of a Shopify shop.',
    'Shopify-App, die für die Bestellungen eines Shopify-Shops Rechnungen in Ledgerly erstellt.',
    'Application Shopify qui crée dans Ledgerly les factures des commandes d’une boutique Shopify.',
  ],
  ['OAuth access tokens and shop metadata', 'OAuth-Zugriffstoken und Metadaten des Shops', 'Jetons d’accès OAuth et métadonnées de la boutique'],
  [
    'orders and customer records, read live through the Shopify API and never stored',
    // Inside "… wird nur bei Bedarf live abgerufen und nicht gespeichert: …": the sentence already says so.
    'Bestellungen und Kundendatensätze, abgerufen über die Shopify-API',
    'commandes et fiches clients, via l’API Shopify',
  ],
  ['Shopify', 'Shopify', 'Shopify'],
  [
    'Each Shopify merchant that installs the app (the controller)',
    'jeder Shopify-Händler, der die App installiert',
    'chaque marchand Shopify qui installe l’application (le responsable du traitement)',
  ],
  [
    'Create invoices for the merchant’s Shopify orders on the merchant’s instructions',
    'Erstellung von Rechnungen für die Shopify-Bestellungen des Händlers',
    'Créer les factures des commandes Shopify du marchand',
  ],
  ['Issued by Shopify when the merchant installs the app', 'von Shopify ausgestellt, wenn der Händler die App installiert', 'émis par Shopify lorsque le marchand installe l’application'],
  [
    'Until the app is uninstalled; deleted when Shopify sends the shop/redact request (48 hours after uninstall).',
    'Bis zur Deinstallation der App; gelöscht, sobald Shopify die Anfrage „shop/redact“ sendet (48 Stunden nach der Deinstallation).',
    'Jusqu’à la désinstallation de l’application ; supprimés dès que Shopify envoie la demande « shop/redact » (48 heures après la désinstallation).',
  ],
  [
    'Orders and customer records, read live through the Shopify API and never stored',
    'Bestellungen und Kundendatensätze, live über die Shopify-API gelesen und nie gespeichert',
    'Commandes et fiches clients, lues en direct via l’API Shopify et jamais conservées',
  ],
  ['Shopify Admin API of the merchant’s shop', 'Shopify-Admin-API des Shops des Händlers', 'API d’administration Shopify de la boutique du marchand'],
  ['Not stored: read live for each request only.', 'Nicht gespeichert; nur bei jeder Anfrage live abgerufen.', 'Non conservées ; lues en direct, à chaque requête uniquement.'],
  ['Ledgerly hosts the app and its data in Germany.', 'Ledgerly betreibt die App und speichert ihre Daten in Deutschland.', 'Ledgerly héberge l’application et ses données en Allemagne.'],
  ['on the app listing and by e-mail to the shop owner', 'auf der Seite der App im Shopify App Store und per E-Mail an den Shop-Inhaber', 'sur la fiche de l’application et par e-mail au propriétaire de la boutique'],
  [
    'Uninstalling the app from the Shopify admin deletes the access token and shop metadata within 48 hours.',
    'Wird die App in der Shopify-Verwaltung deinstalliert, werden das Zugriffstoken und die Metadaten des Shops innerhalb von 48 Stunden gelöscht.',
    'La désinstallation de l’application depuis l’administration Shopify supprime le jeton d’accès et les métadonnées de la boutique sous 48 heures.',
  ],
];

// The reports print more of the records than the notices do (names, descriptions, DPIA notes, the HR activity).
const PHRASES: readonly Phrase[] = [...ROOMIFY, ...LEDGERLY, ...SHOPIFY, ...SECURITY_LINES, ...REPORT_PHRASES];

/** Where one field reads differently from the same text elsewhere (inside a sentence rather than as a list item). */
const FIELDS: readonly (readonly [entityType: Translation['entityType'], entityId: string, field: string, de: string, fr: string])[] = [
  ['product', 'prod-ledgerly-shopify', 'integration.storedData', 'OAuth-Zugriffstoken und Metadaten des Shops', 'jetons d’accès OAuth et métadonnées de la boutique'],
];

/** The security notes of the sample's activities, whole, as the notice looks them up. */
function securityNoteTexts(notes: readonly string[]): Phrase[] {
  const byLine = new Map(SECURITY_LINES.map((p) => [p[0], p]));
  return notes
    .filter((n) => n.includes('\n'))
    .map((n) => {
      const lines = n.split('\n').map((l) => byLine.get(l));
      if (lines.some((l) => l === undefined)) throw new Error(`sample translations: a line of the security notes "${n}" has no translation`);
      const ok = lines as Phrase[];
      return [n, ok.map((l) => l[1]).join('\n'), ok.map((l) => l[2]).join('\n')] as const;
    });
}

/** The German and French translations of the sample's record texts (phrase memory), for the given multi-line security notes. */
export function sampleTranslations(securityNotes: readonly string[]): Translation[] {
  const all = [...PHRASES, ...securityNoteTexts([...new Set(securityNotes)])];
  const out: Translation[] = [];
  const seen = new Set<string>();
  for (const [en, de, fr] of all) {
    if (seen.has(en)) continue;
    seen.add(en);
    for (const [lang, text] of [['de', de], ['fr', fr]] as const satisfies readonly (readonly [NoticeLanguage, string])[]) {
      out.push({ entityType: 'text', entityId: '*', field: en, lang, text });
    }
  }
  for (const [entityType, entityId, field, de, fr] of FIELDS) {
    out.push({ entityType, entityId, field, lang: 'de', text: de }, { entityType, entityId, field, lang: 'fr', text: fr });
  }
  return out;
}
