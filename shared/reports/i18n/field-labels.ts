/**
 * The record fields by name in German and French, for what a report says about a field:
 * the findings' "Field" column and the "Changes since" trail ("Zwecke › Zweck „Abrechnung“ ›
 * Rechtsgrundlage"). English keeps compliance/diff-labels' names (the app's screens show them).
 * Keyed by every field key of the record schemas; a schema field without a label fails the
 * catalogue test (tests/unit/report-field-labels.test.ts).
 */
import { fieldLabel } from '../../compliance/diff-labels';
import type { ReportLang } from './types';

export const FIELD_KEYS = [
  'address', 'arrangement', 'art9Condition', 'audience', 'audiences', 'automatedDecisions', 'body', 'catalogueKey', 'category',
  'ccpaNoSaleOrSharingLast12Months', 'ccpaSensitiveBeyondPermittedPurposes', 'certifications', 'changeChannels', 'changeNoticeDays',
  'consequence', 'contact', 'contactEmail', 'contactRoutes', 'controllers', 'country', 'createdAt', 'customSections', 'customStatements',
  'dataCategories', 'dataSubjects', 'date', 'deletionSteps', 'derogation', 'description', 'detail', 'directMarketing', 'documentUrl', 'dpa',
  'dpfCertified', 'dpia', 'dpo', 'email', 'endAction', 'exists', 'headquarters', 'hostPlatform', 'hostingCountries', 'hostingStatement',
  'id', 'inAppPath', 'integration', 'jointControllers', 'jurisdictionAddons', 'languages', 'lastReviewed', 'lastUpdated', 'leadAuthority',
  'legalBasis', 'legalName', 'legitimateInterest', 'link', 'liveReadData', 'logic', 'mechanism', 'minimumAge', 'name', 'nextReviewDue',
  'notes', 'notice', 'noticeGroup', 'offeredInEea', 'optional', 'organisationId', 'owner', 'permission', 'permissions', 'phone',
  'platforms', 'privacyEmail', 'privacyUrl', 'processingCountries', 'productId', 'profiling', 'purpose', 'purposes', 'reason',
  'recipientName', 'recipients', 'registrationNumber', 'repetitive', 'representative', 'requestForwardDays', 'requirement', 'retention',
  'retentionMonths', 'reviewer', 'role', 'route', 'safeguards', 'sccModule', 'securityMeasures', 'securityNotes', 'service',
  'significance', 'source', 'sourceDetail', 'staffCount', 'statements', 'status', 'store', 'storeListings', 'storePurpose', 'storedData',
  'supportEmail', 'supportUrl', 'systems', 'text', 'title', 'transferMechanism', 'transfers', 'type', 'updatedAt', 'url', 'vendorId',
  'webFormUrl', 'website',
  // paths the checks point at beyond the record schemas
  'sections', 'storeTypes',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

const de: Readonly<Record<FieldKey, string>> = {
  address: 'Anschrift', arrangement: 'Vereinbarung', art9Condition: 'Ausnahme nach Art. 9 DSGVO', audience: 'Zielgruppe', audiences: 'Zielgruppen',
  automatedDecisions: 'Automatisierte Entscheidungen', body: 'Text', catalogueKey: 'Katalogeintrag', category: 'Kategorie',
  ccpaNoSaleOrSharingLast12Months: 'CCPA: kein Verkauf und keine Weitergabe in den letzten 12 Monaten',
  ccpaSensitiveBeyondPermittedPurposes: 'CCPA: sensible Daten über die erlaubten Zwecke hinaus', certifications: 'Zertifizierungen',
  changeChannels: 'Wege der Änderungsmitteilung', changeNoticeDays: 'Ankündigungsfrist für Änderungen (Tage)', consequence: 'Folgen der Nichtbereitstellung',
  contact: 'Kontakt', contactEmail: 'Kontakt-E-Mail', contactRoutes: 'Kontaktwege', controllers: 'Verantwortliche', country: 'Land',
  createdAt: 'Angelegt am', customSections: 'Eigene Abschnitte', customStatements: 'Eigene Erklärungen', dataCategories: 'Datenkategorien',
  dataSubjects: 'Betroffene Personen', date: 'Datum', deletionSteps: 'Schritte zur Löschung', derogation: 'Ausnahme nach Art. 49 DSGVO',
  description: 'Beschreibung', detail: 'Einzelheiten', directMarketing: 'Direktwerbung', documentUrl: 'Dokument der Garantien', dpa: 'AV-Vertrag',
  dpfCertified: 'DPF-zertifiziert', dpia: 'DSFA', dpo: 'Datenschutzbeauftragter', email: 'E-Mail', endAction: 'Nach Fristablauf', exists: 'Vorhanden',
  headquarters: 'Hauptsitz', hostPlatform: 'Host-Plattform', hostingCountries: 'Hosting-Länder', hostingStatement: 'Angabe zum Hosting', id: 'Kennung',
  inAppPath: 'Pfad in der App', integration: 'Integration', jointControllers: 'Gemeinsam Verantwortliche', jurisdictionAddons: 'Zusätze für andere Rechtsordnungen',
  languages: 'Sprachen', lastReviewed: 'Zuletzt geprüft', lastUpdated: 'Zuletzt aktualisiert', leadAuthority: 'Federführende Aufsichtsbehörde',
  legalBasis: 'Rechtsgrundlage', legalName: 'Firma', legitimateInterest: 'Berechtigtes Interesse', link: 'Link', liveReadData: 'Live gelesene Daten',
  logic: 'Involvierte Logik', mechanism: 'Übermittlungsgrundlage', minimumAge: 'Mindestalter', name: 'Name', nextReviewDue: 'Nächste Prüfung fällig',
  notes: 'Anmerkungen', notice: 'Einstellungen der Datenschutzerklärung', noticeGroup: 'Gruppe in der Datenschutzerklärung', offeredInEea: 'Im EWR angeboten',
  optional: 'Freiwillig', organisationId: 'Organisation', owner: 'Zuständig', permission: 'Berechtigung', permissions: 'Geräteberechtigungen', phone: 'Telefon',
  platforms: 'Plattformen', privacyEmail: 'Datenschutz-E-Mail', privacyUrl: 'Adresse der Datenschutzerklärung', processingCountries: 'Verarbeitungsländer',
  productId: 'Produkt', profiling: 'Profiling', purpose: 'Zweck', purposes: 'Zwecke', reason: 'Begründung', recipientName: 'Empfänger',
  recipients: 'Empfänger', registrationNumber: 'Registernummer', repetitive: 'Wiederholt', representative: 'Vertreter in der EU',
  requestForwardDays: 'Weiterleitung von Anfragen (Tage)', requirement: 'Pflicht zur Bereitstellung', retention: 'Speicherdauer',
  retentionMonths: 'Speicherdauer (Monate)', reviewer: 'Prüfer', role: 'Rolle', route: 'Weg', safeguards: 'Garantien', sccModule: 'SCC-Modul',
  securityMeasures: 'Technische und organisatorische Maßnahmen', securityNotes: 'Anmerkungen zur Sicherheit', service: 'Leistung',
  significance: 'Tragweite', source: 'Herkunft', sourceDetail: 'Herkunft im Einzelnen', staffCount: 'Beschäftigte', statements: 'Erklärungen',
  status: 'Status', store: 'Store', storeListings: 'Store-Einträge', storePurpose: 'Zweck laut Store', storedData: 'Gespeicherte Daten',
  supportEmail: 'Support-E-Mail', supportUrl: 'Support-Adresse', systems: 'Systeme', text: 'Text', title: 'Titel',
  transferMechanism: 'Übermittlungsgrundlage', transfers: 'Drittlandübermittlungen', type: 'Art', updatedAt: 'Geändert am', url: 'Adresse',
  vendorId: 'Dienstleister', webFormUrl: 'Webformular', website: 'Website', sections: 'Abschnitte', storeTypes: 'Datentypen der Stores',
};

const fr: Readonly<Record<FieldKey, string>> = {
  address: 'Adresse', arrangement: 'Accord', art9Condition: 'Exception de l’art. 9 RGPD', audience: 'Public', audiences: 'Publics',
  automatedDecisions: 'Décisions automatisées', body: 'Texte', catalogueKey: 'Entrée du catalogue', category: 'Catégorie',
  ccpaNoSaleOrSharingLast12Months: 'CCPA\u00A0: ni vente ni partage au cours des 12 derniers mois',
  ccpaSensitiveBeyondPermittedPurposes: 'CCPA\u00A0: données sensibles au-delà des finalités autorisées', certifications: 'Certifications',
  changeChannels: 'Moyens d’annonce des modifications', changeNoticeDays: 'Préavis des modifications (jours)', consequence: 'Conséquences de la non-fourniture',
  contact: 'Contact', contactEmail: 'E-mail de contact', contactRoutes: 'Moyens de contact', controllers: 'Responsables du traitement', country: 'Pays',
  createdAt: 'Créé le', customSections: 'Sections personnalisées', customStatements: 'Déclarations personnalisées', dataCategories: 'Catégories de données',
  dataSubjects: 'Personnes concernées', date: 'Date', deletionSteps: 'Étapes de suppression', derogation: 'Dérogation de l’art. 49 RGPD',
  description: 'Description', detail: 'Précisions', directMarketing: 'Prospection', documentUrl: 'Document des garanties', dpa: 'Contrat de sous-traitance',
  dpfCertified: 'Certifié DPF', dpia: 'AIPD', dpo: 'Délégué à la protection des données', email: 'E-mail', endAction: 'À l’échéance', exists: 'Existe',
  headquarters: 'Siège', hostPlatform: 'Plateforme hôte', hostingCountries: 'Pays d’hébergement', hostingStatement: 'Mention sur l’hébergement', id: 'Identifiant',
  inAppPath: 'Chemin dans l’application', integration: 'Intégration', jointControllers: 'Responsables conjoints', jurisdictionAddons: 'Compléments pour d’autres juridictions',
  languages: 'Langues', lastReviewed: 'Dernière revue', lastUpdated: 'Dernière mise à jour', leadAuthority: 'Autorité de contrôle chef de file',
  legalBasis: 'Base légale', legalName: 'Dénomination sociale', legitimateInterest: 'Intérêt légitime', link: 'Lien', liveReadData: 'Données lues en direct',
  logic: 'Logique sous-jacente', mechanism: 'Outil de transfert', minimumAge: 'Âge minimum', name: 'Nom', nextReviewDue: 'Prochaine revue prévue',
  notes: 'Notes', notice: 'Paramètres de la politique de confidentialité', noticeGroup: 'Groupe dans la politique de confidentialité', offeredInEea: 'Proposé dans l’EEE',
  optional: 'Facultatif', organisationId: 'Organisation', owner: 'Responsable opérationnel', permission: 'Autorisation', permissions: 'Autorisations de l’appareil',
  phone: 'Téléphone', platforms: 'Plateformes', privacyEmail: 'E-mail protection des données', privacyUrl: 'Adresse de la politique de confidentialité',
  processingCountries: 'Pays de traitement', productId: 'Produit', profiling: 'Profilage', purpose: 'Finalité', purposes: 'Finalités', reason: 'Justification',
  recipientName: 'Destinataire', recipients: 'Destinataires', registrationNumber: 'Numéro d’immatriculation', repetitive: 'Répétitif',
  representative: 'Représentant dans l’UE', requestForwardDays: 'Transmission des demandes (jours)', requirement: 'Caractère obligatoire',
  retention: 'Durée de conservation', retentionMonths: 'Durée de conservation (mois)', reviewer: 'Réviseur', role: 'Rôle', route: 'Moyen',
  safeguards: 'Garanties', sccModule: 'Module des CCT', securityMeasures: 'Mesures de sécurité', securityNotes: 'Notes sur la sécurité', service: 'Service',
  significance: 'Importance', source: 'Source', sourceDetail: 'Précisions sur la source', staffCount: 'Effectif', statements: 'Déclarations',
  status: 'Statut', store: 'Boutique', storeListings: 'Fiches des boutiques', storePurpose: 'Finalité selon la boutique', storedData: 'Données stockées',
  supportEmail: 'E-mail d’assistance', supportUrl: 'Adresse de l’assistance', systems: 'Systèmes', text: 'Texte', title: 'Titre',
  transferMechanism: 'Outil de transfert', transfers: 'Transferts hors UE', type: 'Type', updatedAt: 'Modifié le', url: 'Adresse', vendorId: 'Prestataire',
  webFormUrl: 'Formulaire en ligne', website: 'Site web', sections: 'Sections', storeTypes: 'Types de données des boutiques',
};

const BY_LANG: Readonly<Record<'de' | 'fr', Readonly<Record<string, string>>>> = { de, fr };

/** A record field by name in the report's language; undefined in German or French for a key that is not a field (a section or category key in a path). */
export function knownFieldLabel(key: string, lang: ReportLang): string | undefined {
  return lang === 'en' ? fieldLabel(key) : BY_LANG[lang][key];
}

/** A field by name in the report's language (English names the unknown by splitting its camel case). */
export function fieldLabelIn(key: string, lang: ReportLang): string {
  return knownFieldLabel(key, lang) ?? fieldLabel(key);
}

/** "dataCategories[7].retention" → "Datenkategorien › Speicherdauer"; in German and French, keys that name no field are left out. */
export function pathLabelIn(path: string, lang: ReportLang): string {
  const parts = path.split('.').map((p) => p.replace(/\[\d+\]/g, ''));
  if (lang === 'en') return parts.map((p) => fieldLabel(p)).join(' › ');
  return parts
    .map((p) => knownFieldLabel(p, lang))
    .filter((x): x is string => x !== undefined)
    .join(' › ');
}
