/** French texts of the role-aware parts of the notice. */
import type { RoleTexts } from './role-types';

export const frRoles: RoleTexts = {
  draft: 'Projet : pas encore publié',
  introProcessor: (org, product) =>
    `Cette politique explique ce que ${product}, fourni par ${org}, fait des données personnelles pour le compte des entreprises qui l’utilisent, et à qui vous adresser pour vos questions sur vos données.`,
  controllerIsSelf: (org) => `${org} est le responsable du traitement des données personnelles décrit dans la présente politique.`,
  providerIsSelf: (org) => `Ce service est fourni par ${org}.`,
  representativeOutside: (org, representative) =>
    `${org} est établi hors de l’Union européenne et a désigné un représentant dans l’Union (art. 27 RGPD), que vous pouvez également contacter au sujet de vos données : ${representative}.`,

  rolesProcessorFor: (org, subjects, heading) =>
    `Pour les données personnelles que nos clients professionnels traitent avec le service${subjects === undefined ? '' : ` (personnes concernées : ${subjects})`}, chaque client est responsable du traitement et ${org} agit en tant que sous-traitant (art. 28 RGPD). La section « ${heading} » décrit ce traitement.`,
  processorOnlyRoles: (org, product) =>
    `${org} fournit ${product} en tant que sous-traitant (art. 28 RGPD) aux entreprises qui l’utilisent. Chacune de ces entreprises est responsable du traitement des données personnelles que ${product} traite pour elle et décide des finalités et des moyens du traitement. La présente politique décrit ce que ${product} fait des données personnelles sur les instructions documentées du responsable du traitement.`,

  onBehalfHeadingOnly: (product) => `Ce que ${product} traite pour le compte des entreprises qui l’utilisent`,
  onBehalfIntro:
    'Nous traitons les données personnelles suivantes pour le compte de nos clients et uniquement sur leurs instructions documentées. Le client, responsable du traitement, décide des finalités et de la base juridique du traitement.',
  onBehalfFor: 'Pour le compte de',
  onBehalfWhose: 'Personnes concernées',
  onBehalfPurposes: 'Ce que nous en faisons, sur instruction du client',
  onBehalfDataHeader: ['Données', 'Durée de conservation'],
  retentionAsInstructed: 'Selon les instructions du client ; supprimées ou restituées à la fin du service pour le client',
  subprocessorsIntro: 'Pour ce traitement, nous faisons appel aux sous-traitants ultérieurs suivants :',
  subprocessorHeader: ['Sous-traitant ultérieur', 'Activité', 'Localisation', 'Garantie pour les transferts hors UE/EEE'],
  withinEea: 'Non nécessaire (au sein de l’UE/EEE)',
  onBehalfRequests: (days) =>
    `Si vos données personnelles sont traitées dans le service pour le compte de l’un de nos clients, ce client est le responsable du traitement : veuillez lui adresser directement vos questions et demandes (par exemple d’accès ou d’effacement). Si une telle demande nous parvient, nous la transmettons au client concerné ${days === undefined ? 'dans les meilleurs délais' : `dans un délai de ${days === 1 ? '1 jour' : `${days} jours`}`} ; le client en décide et vous répond.`,
  processorRights: (product) =>
    `Vos droits au titre du RGPD (accès, rectification, effacement, limitation du traitement, opposition et portabilité) s’exercent auprès du responsable du traitement : l’entreprise qui utilise ${product}. Veuillez adresser vos demandes à cette entreprise ; en tant que sous-traitant, nous l’aidons à y répondre (art. 28, par. 3, point e) RGPD).`,

  recipientGroups: {
    internal: 'Au sein de notre organisation',
    customer: 'Votre organisation (le client professionnel qui vous donne accès au service)',
    processor: 'Prestataires qui traitent des données personnelles pour notre compte et sur nos instructions (sous-traitants, art. 28 RGPD)',
    joint_controller: 'Parties qui décident avec nous des finalités et des moyens (responsables conjoints, art. 26 RGPD)',
    controller: 'Destinataires qui utilisent les données à leurs propres fins, en tant que responsables du traitement distincts',
    public_authority: 'Autorités publiques, lorsque la loi nous oblige à communiquer des données',
  },
  recipientGroupHeader: ['Destinataire', 'Activité', 'Localisation'],
  transfersOnBehalfRef: (heading) =>
    `Les sous-traitants ultérieurs qui traitent des données personnelles hors de l’UE/EEE pour le compte de nos clients, et leurs garanties, sont indiqués sous « ${heading} ».`,
  noControllerTransfers:
    'Nous ne transférons pas les données personnelles dont nous sommes responsables vers des pays situés hors de l’Union européenne et de l’Espace économique européen (UE/EEE).',

  objectionBases: {
    legitimate_interests: 'de nos intérêts légitimes (art. 6, par. 1, point f) RGPD)',
    public_task: 'd’une mission d’intérêt public (art. 6, par. 1, point e) RGPD)',
  },
  objectionIntro: (bases) =>
    `Lorsque nous traitons vos données personnelles sur la base ${bases}, vous avez le droit de vous opposer à tout moment à ce traitement, pour des raisons tenant à votre situation particulière (art. 21, par. 1 RGPD). Cela concerne les finalités suivantes :`,
  objectionEffect:
    'Si vous vous y opposez, nous cessons ce traitement, sauf si nous démontrons des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou si le traitement sert à la constatation, à l’exercice ou à la défense de droits en justice.',
  objectionHow: (email) => (email === undefined ? 'Pour vous opposer, utilisez les coordonnées indiquées sous « Contact ».' : `Pour vous opposer, écrivez à ${email}.`),
  rightsDualScope: (heading) => `Ces droits concernent les données personnelles dont nous sommes responsables. Pour les données que nous traitons pour le compte d’un client, voir « ${heading} ».`,
  withdrawPermissions: (heading) => `Une autorisation accordée sur l’appareil peut être retirée à tout moment dans les réglages décrits sous « ${heading} ».`,

  requirementGroups: {
    statutory: 'Exigé par la loi',
    contractual: 'Nécessaire au contrat conclu avec vous',
    necessary_for_service: 'Nécessaire pour fournir le service',
    optional: 'Facultatif',
  },
  requirementDefault: {
    statutory: 'Sans ces données, nous ne pouvons pas respecter nos obligations légales ni fournir le service.',
    contractual: 'Sans ces données, nous ne pouvons pas conclure ni exécuter le contrat.',
    necessary_for_service: 'Sans ces données, le service ou la fonction concernée ne peut pas être fourni.',
    optional: 'Sans ces données, vous pouvez continuer à utiliser le service ; seule la fonction concernée n’est pas disponible.',
  },

  permissionPlaces: {
    ios: (app) => `sur iOS dans Réglages ▸ ${app}`,
    android: (app) => `sur Android dans Paramètres ▸ Applications ▸ ${app} ▸ Autorisations`,
    web: () => 'dans un navigateur web, dans les paramètres du site',
    desktop: () => 'sur un ordinateur, dans les paramètres de confidentialité du système d’exploitation',
  },
  permissionsWhere: (places) => `Vous pouvez accorder ou retirer une autorisation à tout moment : ${places}.`,
  permissionInApp: (path) => `Vous pouvez aussi la modifier dans l’application sous ${path}.`,

  contactRoutesIntro: 'À qui vous adresser pour vos questions et demandes concernant vos données personnelles :',
  contactEveryoneElse: 'Toute autre personne',
  supportContact: (product, route) => `Pour obtenir de l’aide sur l’utilisation de ${product} (hors questions de données personnelles), contactez notre support : ${route}.`,

  ccpaCategoriesOwn: (categories) =>
    `Nous collectons les catégories d’informations personnelles suivantes, au sens du CCPA (Cal. Civ. Code § 1798.140(v)) : ${categories}. Les sources, finalités et destinataires sont décrits ci-dessus.`,
  ccpaCategoryNames: {
    identifiers: 'identifiants',
    customer_records: 'informations visées au Cal. Civ. Code § 1798.80(e) (dossiers clients)',
    commercial: 'informations commerciales',
    biometric: 'informations biométriques',
    internet_activity: 'informations sur l’activité sur Internet ou d’autres réseaux électroniques',
    geolocation: 'données de géolocalisation',
    sensory: 'informations audio, électroniques, visuelles ou similaires',
    professional: 'informations professionnelles ou liées à l’emploi',
    inferences: 'déductions servant à établir un profil',
    sensitive: 'informations personnelles sensibles',
  },
  ccpaNoSale: 'Nous ne vendons pas d’informations personnelles, au sens du CCPA.',
  ccpaNoShare: 'Nous ne partageons pas d’informations personnelles à des fins de publicité comportementale inter-contextes, au sens du CCPA.',
  ccpaNoSaleOrShare: 'Nous ne vendons ni ne partageons d’informations personnelles, au sens du CCPA.',
  ccpaLast12Months: 'Nous n’avons ni vendu ni partagé d’informations personnelles au cours des 12 derniers mois.',
  ccpaSensitivePermitted:
    'Nous n’utilisons les informations personnelles sensibles qu’aux fins autorisées par la réglementation du CCPA (Cal. Code Regs. tit. 11, § 7027(m)) ; le droit d’en limiter l’utilisation ne s’applique donc pas.',
  ccpaRightsList: {
    know: 'de savoir quelles informations personnelles nous collectons, utilisons et communiquons ;',
    delete: 'de faire supprimer les informations personnelles que nous avons collectées auprès de vous ;',
    correct: 'de faire corriger les informations personnelles inexactes ;',
    optOut: 'de vous opposer à la vente ou au partage d’informations personnelles ;',
    limit: 'de limiter l’utilisation et la communication d’informations personnelles sensibles ;',
    nonDiscrimination: 'de ne pas subir de discrimination pour avoir exercé ces droits.',
  },
  ccpaServiceProvider: (product) =>
    `Pour les informations personnelles que ${product} traite pour le compte d’une entreprise, nous agissons en tant que prestataire de services de cette entreprise ; veuillez lui adresser vos demandes concernant ces informations.`,
};
