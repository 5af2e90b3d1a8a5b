/** French template text of the privacy notice (politique de confidentialité). */
import { frRoles } from './roles-fr';
import { frMarketing } from './marketing-fr';
import { devicePermissionLabels, statementTexts } from './shipped';
import type { Catalogue } from './types';

/** "a, b et c"; "; " between items that hold commas, so that each stays one item. */
const listOf = (items: readonly string[]): string => {
  if (items.length <= 2) return items.join(' et ');
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(sep)} et ${items[items.length - 1] ?? ''}`;
};

export const fr: Catalogue = {
  ...frRoles,
  ...frMarketing,
  lang: 'fr',
  locale: 'fr-FR',
  languageName: 'French',
  title: (product) => `Politique de confidentialité : ${product}`,
  lastUpdated: (date) => `Dernière mise à jour : ${date}`,
  intro: (org, product) =>
    `La présente politique explique comment ${org} collecte, utilise, partage et protège les données personnelles lorsque vous utilisez ${product}, et quels droits vous confère le règlement général sur la protection des données (RGPD).`,
  headings: {
    controller: 'Responsable du traitement et coordonnées',
    roles: 'Qui est responsable de quelles données',
    scope: 'Champ d’application',
    integration: 'Minimisation des données',
    on_behalf: 'Traitement pour le compte de nos clients',
    data: 'Données personnelles que nous collectons',
    purposes: 'Finalités et bases juridiques',
    commitments: 'Nos engagements',
    recipients: 'Destinataires des données personnelles',
    transfers: 'Hébergement et transferts internationaux',
    retention: 'Durée de conservation',
    security: 'Comment nous protégeons les données personnelles',
    objection: 'Votre droit d’opposition',
    rights: 'Vos droits',
    requirement: 'Caractère obligatoire de la fourniture des données',
    automated: 'Prise de décision automatisée',
    permissions: 'Autorisations de l’appareil',
    children: 'Enfants',
    ccpa: 'Informations pour les résidents de Californie',
    uk_gdpr: 'Informations pour les personnes au Royaume-Uni',
    swiss_fadp: 'Informations pour les personnes en Suisse',
    changes: 'Modifications de la présente politique',
    contact: 'Nous contacter',
  },
  list: listOf,

  providerHeading: 'Fournisseur et coordonnées',
  providerIs: (org, product) => `${product} est fourni par ${org}.`,
  controllerIs: (org, product) => `Le responsable du traitement des données personnelles en lien avec ${product} est ${org}.`,
  contactLines: { address: 'Adresse', email: 'E-mail', phone: 'Téléphone', website: 'Site web', registration: 'Immatriculation' },
  dpo: (name) => `Notre délégué à la protection des données est ${name}.`,
  dpoContact: 'Vous pouvez contacter le délégué à la protection des données à l’adresse',
  representative: (name) => `Notre représentant dans l’Union européenne (art. 27 RGPD) est ${name}.`,
  jointControllers: 'Nous sommes responsables conjoints (art. 26 RGPD) avec les parties suivantes ; les grandes lignes de l’accord sont indiquées pour chacune :',
  rolesController: (org, data) => `${org} est responsable du traitement des données des personnes qui utilisent le service : ${data}.`,

  scopeProduct: (product, description) => `La présente politique s’applique à ${product}${description ? ` (${description})` : ''}.`,
  scopePlatforms: (platforms) => `Elle couvre les versions pour ${platforms}.`,
  scopeStores: 'L’application est distribuée par :',
  platforms: { ios: 'iOS', android: 'Android', web: 'le web', desktop: 'ordinateurs de bureau', api: 'notre API', integration: 'plateformes tierces (intégration)', other: 'autres plateformes' },
  stores: { app_store: 'Apple App Store', google_play: 'Google Play', microsoft_store: 'Microsoft Store', chrome_web_store: 'Chrome Web Store', marketplace: 'Place de marché d’applications', other: 'Autre boutique' },
  integrationInstalled: (product, host) => `${product} s’installe dans ${host} et travaille avec les données qui y sont conservées.`,
  integrationStores: (stored) => `Seuls les éléments suivants sont conservés : ${stored}.`,
  integrationLive: (live) => `Les éléments suivants sont lus en direct, uniquement lorsque nécessaire, et ne sont pas conservés : ${live}.`,

  dataIntro: (product) => `Lorsque vous utilisez ${product}, nous collectons les données personnelles suivantes :`,
  otherData: 'Autres données',
  source: (source) => `Source : ${source}.`,
  sources: {
    data_subject: 'fournies par vous',
    device: 'collectées depuis votre appareil',
    generated: 'générées par le service',
    customer: 'fournies par l’organisation qui vous donne accès au service',
    third_party: 'obtenues auprès de tiers',
    publicly_available: 'sources accessibles au public',
  },
  specialData: (labels) => `Elles comprennent des catégories particulières de données personnelles (art. 9 RGPD) : ${labels}.`,
  art9: {
    a: 'consentement explicite (art. 9, par. 2, point a) RGPD)',
    b: 'obligations en matière de droit du travail et de la sécurité sociale (art. 9, par. 2, point b) RGPD)',
    c: 'intérêts vitaux (art. 9, par. 2, point c) RGPD)',
    d: 'activités d’un organisme à but non lucratif (art. 9, par. 2, point d) RGPD)',
    e: 'données manifestement rendues publiques par vous (art. 9, par. 2, point e) RGPD)',
    f: 'droits en justice (art. 9, par. 2, point f) RGPD)',
    g: 'intérêt public important (art. 9, par. 2, point g) RGPD)',
    h: 'santé ou protection sociale (art. 9, par. 2, point h) RGPD)',
    i: 'santé publique (art. 9, par. 2, point i) RGPD)',
    j: 'archives, recherche ou statistiques (art. 9, par. 2, point j) RGPD)',
  },

  purposesIntro: 'Nous traitons les données personnelles pour les finalités suivantes, chacune sur la base juridique indiquée :',
  purposeHeader: ['Finalité', 'Base juridique'],
  legalBases: {
    consent: 'Votre consentement (art. 6, par. 1, point a) RGPD)',
    contract: 'Exécution d’un contrat (art. 6, par. 1, point b) RGPD)',
    legal_obligation: 'Respect d’une obligation légale (art. 6, par. 1, point c) RGPD)',
    vital_interests: 'Sauvegarde des intérêts vitaux (art. 6, par. 1, point d) RGPD)',
    public_task: 'Exécution d’une mission d’intérêt public (art. 6, par. 1, point e) RGPD)',
    legitimate_interests: 'Intérêts légitimes (art. 6, par. 1, point f) RGPD)',
  },
  legitimateInterest: (interest) => `Notre intérêt légitime : ${interest}`,
  art9Basis: (condition) => `Pour les catégories particulières de données : ${condition}`,
  statements: statementTexts('fr'),

  recipientsIntro: 'Nous ne communiquons les données personnelles que dans la mesure nécessaire aux finalités ci-dessus, aux destinataires suivants :',
  recipientHeader: ['Destinataire', 'Rôle', 'Activité', 'Localisation'],
  recipientTypes: {
    processor: 'Sous-traitant',
    sub_processor: 'Sous-traitant ultérieur',
    controller: 'Responsable du traitement indépendant',
    joint_controller: 'Responsable conjoint',
    internal: 'Interne',
    customer: 'Votre organisation',
    public_authority: 'Autorité publique',
  },
  hostedIn: (product, countries) =>
    countries.length === 1 ? `Nous hébergeons ${product} dans le pays suivant : ${countries[0] ?? ''}.` : `Nous hébergeons ${product} dans les pays suivants : ${listOf(countries)}.`,
  noTransfers: 'Nous ne transférons pas de données personnelles vers des pays situés hors de l’Union européenne et de l’Espace économique européen (UE/EEE).',
  transfersIntro:
    'Certains destinataires traitent des données personnelles hors de l’UE/EEE. Chacun de ces transferts repose sur l’un des fondements prévus au chapitre V du RGPD :',
  transferHeader: ['Destinataire', 'Pays', 'Fondement du transfert'],
  mechanisms: {
    adequacy: 'Décision d’adéquation de la Commission européenne (art. 45 RGPD)',
    scc: 'Clauses contractuelles types adoptées par la Commission européenne (art. 46, par. 2, point c) RGPD)',
    bcr: 'Règles d’entreprise contraignantes (art. 47 RGPD)',
    public_authority_instrument: 'Instrument juridiquement contraignant entre autorités publiques (art. 46, par. 2, point a) RGPD)',
    sa_scc: 'Clauses types de protection des données adoptées par une autorité de contrôle (art. 46, par. 2, point d) RGPD)',
    code_of_conduct: 'Code de conduite approuvé (art. 46, par. 2, point e) RGPD)',
    certification: 'Mécanisme de certification approuvé (art. 46, par. 2, point f) RGPD)',
    ad_hoc_clauses: 'Clauses contractuelles autorisées par une autorité de contrôle (art. 46, par. 3, point a) RGPD)',
    administrative_arrangement: 'Arrangement administratif entre autorités publiques (art. 46, par. 3, point b) RGPD)',
    derogation: 'Dérogation pour une situation particulière (art. 49 RGPD)',
  },
  sccModule: (module) => `décision d’exécution (UE) 2021/914 de la Commission, module ${module}`,
  dpf: 'cadre de protection des données UE–États-Unis (Data Privacy Framework)',
  copyAt: (url) => `Copie : ${url}`,
  copyOnRequest: (email) => `Vous pouvez obtenir une copie des garanties sur demande à ${email}.`,
  copyGeneric: 'Vous pouvez obtenir une copie des garanties sur simple demande.',

  retentionIntro: 'Nous conservons les données personnelles uniquement pendant la durée nécessaire aux finalités pour lesquelles elles ont été collectées :',
  retentionHeader: ['Données', 'Durée de conservation'],
  months: (n) => `${n} mois`,

  securityIntro: 'Nous protégeons les données personnelles par des mesures techniques et organisationnelles adaptées au risque (art. 32 RGPD), notamment :',

  rightsIntro: 'Le RGPD vous confère les droits suivants, dans les conditions prévues par la loi :',
  rights: {
    access: 'Accès (art. 15 RGPD) : savoir si nous traitons vos données et en obtenir une copie.',
    rectification: 'Rectification (art. 16 RGPD) : faire corriger les données inexactes et compléter les données incomplètes.',
    erasure: 'Effacement (art. 17 RGPD) : faire supprimer vos données lorsqu’aucune obligation légale n’impose leur conservation.',
    restriction: 'Limitation (art. 18 RGPD) : faire limiter le traitement de vos données.',
    portability: 'Portabilité (art. 20 RGPD) : recevoir les données que vous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou les faire transmettre à un autre responsable du traitement.',
    automated_decisions: 'Décisions automatisées (art. 22 RGPD) : ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, obtenir une intervention humaine et contester la décision.',
    withdraw_consent: 'Retrait du consentement (art. 7, par. 3 RGPD) : retirer votre consentement à tout moment, sans remettre en cause la licéité du traitement effectué avant ce retrait.',
  },
  exerciseIntro: 'Comment exercer vos droits :',
  exerciseEmail: (email) => `Par e-mail à ${email}.`,
  exerciseInApp: (path) => `Dans l’application, sous ${path}.`,
  exerciseWebForm: (url) => `Au moyen de notre formulaire de demande : ${url}.`,
  withdrawConsent: 'Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment, pour l’avenir, de la même manière que vous l’avez donné ou en nous écrivant ; le traitement effectué avant le retrait reste licite.',
  complaintGeneric:
    'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de l’UE/EEE de votre résidence habituelle, de votre lieu de travail ou du lieu de la violation alléguée (art. 77 RGPD).',
  complaintAuthority: (authority) => `Autorité de contrôle dont nous relevons : ${authority}.`,
  responseTime: 'Nous répondons aux demandes dans les meilleurs délais et au plus tard dans un délai d’un mois (art. 12, par. 3 RGPD).',

  requirementIntro: 'Pour chaque type de données, nous indiquons si vous êtes tenu de les fournir et les conséquences d’un défaut de fourniture (art. 13, par. 2, point e) RGPD) :',
  requirements: {
    statutory: 'exigée par la loi',
    contractual: 'exigée par le contrat',
    necessary_for_service: 'nécessaire à la fourniture du service',
    optional: 'facultative',
  },
  automatedNone:
    'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire (art. 22 RGPD).',
  automatedExists: (activity) => `${activity} comporte des décisions fondées exclusivement sur un traitement automatisé.`,
  automatedLogic: (logic) => `Logique sous-jacente : ${logic}`,
  automatedSignificance: (s) => `Importance et conséquences envisagées : ${s}`,
  permissionsIntro: 'L’application demande les autorisations suivantes sur l’appareil.',
  permissionHeader: ['Autorisation', 'Plateformes', 'Finalité', 'Obligatoire ou facultative'],
  permissions: devicePermissionLabels('fr'),
  optional: 'Facultative',
  required: 'Obligatoire',
  minimumAge: (product, age) => `${product} n’est pas destiné aux personnes de moins de ${age} ans et nous ne collectons pas sciemment leurs données personnelles.`,
  childrenAudience: (product) =>
    `${product} peut être utilisé par des enfants. Lorsque le consentement est la base juridique, nous recueillons celui du titulaire de la responsabilité parentale pour les enfants n’ayant pas atteint l’âge fixé par le droit de leur pays (art. 8 RGPD).`,

  ccpaIntro: 'La présente section s’applique aux résidents de Californie au titre du California Consumer Privacy Act, modifié par le California Privacy Rights Act (CCPA/CPRA).',
  ccpaRightsIntro: 'En vertu du CCPA, vous avez le droit de :',
  ccpaExercise: (email) => `Pour exercer ces droits, écrivez à ${email}. Nous vérifierons votre demande avant d’y répondre ; vous pouvez agir par l’intermédiaire d’un mandataire autorisé.`,
  ukIntro: 'Si vous vous trouvez au Royaume-Uni, le UK GDPR et le Data Protection Act 2018 s’appliquent et vous confèrent les droits décrits ci-dessus.',
  ukComplaint: 'Vous pouvez introduire une réclamation auprès de l’Information Commissioner’s Office (ICO), https://ico.org.uk.',
  swissIntro: 'Si vous vous trouvez en Suisse, la loi fédérale sur la protection des données (LPD) s’applique et vous confère les droits décrits ci-dessus.',
  swissComplaint: 'Vous pouvez introduire une réclamation auprès du Préposé fédéral à la protection des données et à la transparence (PFPDT), https://www.edoeb.admin.ch.',

  changesIntro: (product) => `Nous pouvons modifier la présente politique pour tenir compte de l’évolution de ${product} ou de la loi.`,
  changesChannels: (channels) => `Nous annonçons les modifications : ${channels}.`,
  changesDays: (days) => `Nous annonçons les modifications importantes au moins ${days} jours avant leur entrée en vigueur.`,
  contactQuestions: (email) => `Pour toute question sur la présente politique ou sur vos données personnelles, écrivez-nous à ${email}.`,
  contactAdministrator: 'Si votre compte est géré par votre organisation, vous pouvez aussi contacter son administrateur.',
};
