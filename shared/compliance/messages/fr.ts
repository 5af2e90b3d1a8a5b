/**
 * Les textes des contrôles automatiques en français, dans la terminologie du RGPD
 * (responsable du traitement, sous-traitant, base légale, personnes concernées), avec les
 * articles cités à la française (art. 6, par. 1, point f) RGPD) et la typographie française
 * (espace insécable avant « : » et « ; », guillemets « … »).
 */
import type { DpiaTrigger, PlaceField } from './params';
import type { FindingCatalogue } from './types';

const NB = '\u00A0';

const TRIGGER: Readonly<Record<DpiaTrigger, string>> = {
  special: 'des catégories particulières de données ou des données relatives aux infractions',
  monitoring: 'une surveillance systématique',
  location: 'des données de localisation',
  children: 'des données concernant des enfants',
  profiling: 'du profilage ou des décisions automatisées',
  ai: 'l’usage d’une technologie nouvelle (un service d’IA)',
};

const PLACE: Readonly<Record<PlaceField, string>> = {
  legalBasis: 'vérifier la base légale',
  art9: 'vérifier l’exception de l’art. 9, par. 2 RGPD',
  legitimateInterest: 'vérifier les intérêts légitimes',
  purposes: 'vérifier les finalités',
  dataSubjects: 'vérifier les personnes concernées',
  dataCategories: 'vérifier les catégories de données',
  specialCategories: 'vérifier les catégories particulières de données',
  retention: 'vérifier la durée de conservation',
  recipients: 'vérifier les destinataires',
  transfers: 'vérifier les transferts',
  transferSafeguards: 'vérifier les garanties des transferts',
  automated: 'vérifier la prise de décision automatisée',
  source: 'vérifier la source des données',
  dpia: 'vérifier l’AIPD',
  dpiaProgress: 'vérifier l’AIPD',
  lastReviewed: 'vérifier la date de revue',
  role: 'vérifier le rôle',
};

const raw = (s: string) => `«${NB}${s}${NB}»`;

export const fr: FindingCatalogue = {
  lang: 'fr',
  dataCategoriesRecord: 'Catégories de données',
  rules: {
    'activity-without-purpose': {
      title: 'Traitement sans finalité',
      article: 'art. 30, par. 1, point b) RGPD',
      message: (p, w) => `Le traitement ${w.q(p.activity)} n’a pas de finalité${NB}: le registre doit indiquer pourquoi les données sont traitées.`,
      hint: () => `Ajouter au moins une finalité, par exemple ${raw('Envoyer les factures aux clients')}.`,
    },
    'purpose-without-legal-basis': {
      title: 'Finalité sans base légale',
      article: 'art. 6, par. 1 RGPD',
      message: (p, w) => `La finalité ${w.q(p.purpose)} du traitement ${w.q(p.activity)} n’a pas de base légale.`,
      hint: () =>
        'Choisir la base légale applicable (consentement, contrat, obligation légale, intérêts vitaux, mission d’intérêt public ou intérêts légitimes).',
    },
    'legitimate-interest-undescribed': {
      title: 'Intérêts légitimes non décrits',
      article: 'art. 13, par. 1, point d) RGPD',
      message: (p, w) =>
        `La finalité ${w.q(p.purpose)} du traitement ${w.q(p.activity)} repose sur l’intérêt légitime, mais n’indique pas quel intérêt est poursuivi.`,
      hint: () =>
        `Décrire l’intérêt poursuivi en une phrase (par exemple ${raw('Prévenir la fraude au détriment de nos clients')})${NB}; la politique de confidentialité doit le mentionner.`,
    },
    'consent-without-withdrawal': {
      title: 'Consentement sans moyen de le retirer',
      article: 'art. 7, par. 3 RGPD',
      message: (p, w) =>
        `La finalité ${w.q(p.purpose)} du traitement ${w.q(p.activity)} repose sur le consentement, mais la politique de confidentialité de ${w.q(p.product)} n’indique aucun moyen de le retirer.`,
      hint: (p, w) =>
        `Dans les paramètres de la politique de confidentialité de ${w.q(p.product)}, indiquer une adresse e-mail de contact, un chemin dans l’application ou un formulaire en ligne permettant de retirer son consentement.`,
    },
    'activity-without-data-subjects': {
      title: 'Traitement sans personnes concernées',
      article: 'art. 30, par. 1, point c) RGPD',
      message: (p, w) => `Le traitement ${w.q(p.activity)} n’indique pas les personnes dont il traite les données.`,
      hint: () => 'Ajouter les catégories de personnes concernées, par exemple clients, utilisateurs de l’application ou salariés.',
    },
    'activity-without-data-categories': {
      title: 'Traitement sans catégories de données',
      article: 'art. 30, par. 1, point c) RGPD',
      message: (p, w) => `Le traitement ${w.q(p.activity)} n’indique aucune catégorie de données à caractère personnel.`,
      hint: () => 'Ajouter les données traitées, par exemple nom, adresse e-mail, factures.',
    },
    'category-without-retention': {
      title: 'Catégorie de données sans durée de conservation',
      article: 'art. 30, par. 1, point f) RGPD',
      message: (p, w) => `La catégorie de données ${w.q(p.category)} du traitement ${w.q(p.activity)} n’a pas de durée de conservation.`,
      hint: () => `Indiquer la durée de conservation des données ou les critères qui la déterminent, par exemple ${raw('24 mois après la fin du contrat')}.`,
    },
    'activity-without-security-measures': {
      title: 'Traitement sans mesures de sécurité',
      article: 'art. 30, par. 1, point g) et art. 32 RGPD',
      message: (p, w) => `Le traitement ${w.q(p.activity)} ne décrit aucune mesure de sécurité technique ou organisationnelle.`,
      hint: () => 'Choisir dans le catalogue les mesures qui protègent ces données (chiffrement, contrôle d’accès, sauvegardes…) ou les décrire.',
    },
    'processor-without-controllers': {
      title: 'Traitement en sous-traitance sans ses responsables du traitement',
      article: 'art. 30, par. 2, point a) RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} est effectué en tant que sous-traitant, mais le ou les responsables du traitement pour le compte desquels il est effectué ne sont pas nommés.`,
      hint: () => `Nommer chaque responsable du traitement avec ses coordonnées (ou les décrire, par exemple ${raw('chaque client professionnel')}).`,
    },
    'joint-controller-without-arrangement': {
      title: 'Responsable conjoint sans accord',
      article: 'art. 26, par. 1 RGPD',
      message: (p, w) =>
        p.jointController === undefined
          ? `Le traitement ${w.q(p.activity)} est effectué en responsabilité conjointe, mais l’autre responsable du traitement n’est pas nommé.`
          : `Le traitement ${w.q(p.activity)} est effectué en responsabilité conjointe avec ${w.q(p.jointController)}, mais l’accord entre les responsables conjoints n’est pas décrit.`,
      hint: (p) =>
        p.jointController === undefined
          ? 'Nommer le ou les responsables conjoints et résumer la répartition des obligations prévue par l’accord de l’art. 26 RGPD.'
          : `Résumer les grandes lignes de l’accord de l’art. 26 RGPD${NB}: qui répond aux demandes des personnes concernées, qui les informe, qui est le point de contact.`,
    },
    'special-category-without-art9-condition': {
      title: 'Catégories particulières de données sans exception de l’art. 9 RGPD',
      article: 'art. 9, par. 2 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} porte sur des catégories particulières de données (${p.category}), mais aucune finalité n’indique l’exception de l’art. 9, par. 2 RGPD qui le permet.`,
      hint: () =>
        'Pour la finalité qui nécessite ces données, choisir l’exception de l’art. 9, par. 2 RGPD, par exemple le point a) (consentement explicite) ou le point b) (droit du travail et de la protection sociale).',
    },
    'criminal-data-without-legal-authority': {
      title: 'Données relatives aux infractions sans fondement légal',
      article: 'art. 10 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} porte sur des données relatives aux condamnations pénales et aux infractions (${p.category}) sans finalité fondée sur une obligation légale ou une mission d’intérêt public.`,
      hint: () =>
        `Indiquer le texte qui autorise ce traitement sur une finalité ayant pour base légale ${raw('obligation légale')} ou ${raw('mission d’intérêt public')}, ou cesser de collecter ces données.`,
    },
    'dpo-likely-required': {
      title: 'Désignation d’un délégué à la protection des données probablement obligatoire',
      article: 'art. 37, par. 1 RGPD',
      message: (p, w) => {
        const why =
          p.sensitiveActivity !== undefined
            ? `elle traite des catégories particulières de données ou des données relatives aux infractions (dans ${w.q(p.sensitiveActivity)})`
            : `elle compte ${p.staffCount} salariés`;
        const what = p.dpoRecorded ? 'les coordonnées du délégué à la protection des données ne sont pas renseignées' : 'aucun délégué à la protection des données n’est enregistré';
        return `L’organisation ${w.q(p.organisation)} doit probablement désigner un délégué à la protection des données, car ${why}, mais ${what}.`;
      },
      hint: () =>
        `Enregistrer le délégué à la protection des données avec une adresse e-mail ou un numéro de téléphone (art. 37, par. 7 RGPD)${NB}; si vous avez conclu qu’aucune désignation n’est obligatoire, en noter la raison dans les notes de l’organisation.`,
    },
    'transfer-without-safeguard': {
      title: 'Transfert sans décision d’adéquation ni garanties appropriées',
      article: 'art. 44 et art. 46 RGPD',
      message: (p, w) => {
        const why =
          p.dpf !== undefined
            ? `pour lequel la décision d’adéquation ne couvre que les organisations certifiées au titre du cadre de protection des données UE–États-Unis, et ${p.dpf === 'no-vendor' ? 'aucune fiche de prestataire n’indique de certification' : 'la fiche du prestataire n’indique pas de certification'}`
            : 'qui ne bénéficie d’aucune décision d’adéquation';
        return `Le traitement ${w.q(p.activity)} transfère des données à ${p.recipient ?? 'un destinataire'} (${w.country(p.country)}), ${why}, et aucune garantie n’est enregistrée.`;
      },
      hint: () => 'Enregistrer l’outil de transfert, en général les clauses contractuelles types (avec le module) prévues dans le contrat de sous-traitance.',
    },
    'adequacy-not-available': {
      title: 'Décision d’adéquation invoquée alors qu’il n’y en a pas',
      article: 'art. 45 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} invoque une décision d’adéquation pour le pays suivant${NB}: ${w.country(p.country)}${NB}; or l’UE n’a adopté aucune décision d’adéquation pour ce pays.`,
      hint: () => 'Utiliser un autre outil de transfert, par exemple les clauses contractuelles types, et mettre à jour le transfert.',
    },
    'us-adequacy-without-dpf': {
      title: 'Adéquation États-Unis sans certification DPF',
      article: 'art. 45 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} invoque la décision d’adéquation UE–États-Unis pour ${p.recipient ?? 'le destinataire'}, mais ${p.vendorRecord ? 'la fiche du prestataire n’indique aucune' : 'aucune fiche de prestataire n’indique de'} certification au titre du cadre de protection des données UE–États-Unis.`,
      hint: () =>
        `Vérifier le prestataire sur dataprivacyframework.gov et cocher ${raw('certifié DPF')} sur sa fiche, ou s’appuyer plutôt sur les clauses contractuelles types.`,
    },
    'derogation-for-repetitive-transfer': {
      title: 'Dérogation de l’art. 49 RGPD pour un transfert répétitif',
      article: 'art. 49, par. 1 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} invoque une dérogation de l’art. 49 RGPD pour un transfert régulier vers le pays suivant${NB}: ${w.country(p.country)}${NB}; ces dérogations ne couvrent que des transferts occasionnels.`,
      hint: () => 'Mettre en place des clauses contractuelles types ou une autre garantie appropriée de l’art. 46 RGPD pour ce transfert.',
    },
    'recipient-outside-eea-without-transfer': {
      title: 'Destinataire hors EEE sans transfert enregistré',
      article: 'art. 30, par. 1, point e) RGPD',
      message: (p, w) => {
        const who = p.vendor !== undefined ? `Le prestataire ${w.q(p.vendor)}` : p.recipient !== undefined ? `Le destinataire ${w.q(p.recipient)}` : 'Un destinataire';
        const where = p.countries.length === 1 ? `dans le pays suivant${NB}: ${w.country(p.countries[0] ?? '')}` : `dans les pays suivants${NB}: ${w.and(p.countries.map(w.country))}`;
        return `${who} reçoit des données du traitement ${w.q(p.activity)} ${where}${NB}; aucun transfert vers ${p.countries.length === 1 ? 'ce pays' : 'ces pays'} n’est pourtant enregistré.`;
      },
      hint: () => 'Ajouter le transfert au traitement avec sa garantie (par exemple clauses contractuelles types ou décision d’adéquation), ou corriger le pays du destinataire.',
    },
    'processor-without-dpa': {
      title: 'Sous-traitant sans contrat de sous-traitance signé',
      article: 'art. 28, par. 3 RGPD',
      message: (p, w) =>
        `Le prestataire ${w.q(p.vendor)} traite des données à caractère personnel pour votre compte, mais son contrat de sous-traitance ${p.pending ? 'est toujours en attente' : 'fait défaut'}.`,
      hint: () => 'Signer le contrat de sous-traitance du prestataire (la plupart en proposent un en ligne) et enregistrer sa date et son lien sur la fiche du prestataire.',
    },
    'vendor-unused': {
      title: 'Prestataire utilisé nulle part',
      article: 'art. 30, par. 1, point d) RGPD',
      message: (p, w) => `Le prestataire ${w.q(p.vendor)} n’est destinataire d’aucun traitement.`,
      hint: () => 'Ajouter le prestataire comme destinataire là où il reçoit des données, ou le supprimer si vous n’y avez plus recours.',
    },
    'dpia-likely-required': {
      title: 'Critère d’AIPD probable sans analyse',
      article: 'art. 35, par. 1 et 3 RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} implique ${w.and(p.triggers.map((t) => TRIGGER[t]))}, ce qui exige souvent une analyse d’impact relative à la protection des données, mais ${p.screened ? `l’AIPD est marquée ${raw('non requise')} sans justification` : 'aucune évaluation préalable de la nécessité d’une AIPD n’est enregistrée'}.`,
      hint: () => `Évaluer la nécessité d’une AIPD${NB}: enregistrer l’analyse, ou marquer l’AIPD ${raw('non requise')} en indiquant la raison.`,
    },
    'dpia-required-not-started': {
      title: 'AIPD requise mais non commencée',
      article: 'art. 35, par. 1 RGPD',
      message: (p, w) => `Une analyse d’impact relative à la protection des données est requise pour ${w.q(p.activity)}, mais elle n’a pas été commencée.`,
      hint: () => `Commencer l’AIPD et passer son statut à ${raw('en cours')}${NB}; le traitement ne devrait pas commencer avant qu’elle soit terminée.`,
    },
    'product-without-privacy-contact': {
      title: 'Produit sans contact pour la protection des données',
      article: 'art. 13, par. 1, point a) RGPD',
      message: (p, w) =>
        `Le produit ${w.q(p.product)} n’a pas de contact pour la protection des données${NB}: sa politique de confidentialité ne peut pas indiquer où adresser les questions et les demandes.`,
      hint: () =>
        'Indiquer une adresse e-mail de contact dans les paramètres de la politique de confidentialité du produit, ou une adresse e-mail dédiée à la protection des données sur l’organisation.',
    },
    'minimum-age-below-digital-consent-age': {
      title: 'Âge minimum inférieur à l’âge du consentement numérique',
      article: 'art. 8, par. 1 RGPD',
      message: (p, w) =>
        p.kind === 'no-minimum'
          ? `Le produit ${w.q(p.product)} s’adresse aux enfants mais ne fixe pas d’âge minimum.`
          : `Le produit ${w.q(p.product)} admet des utilisateurs dès ${p.minimumAge}${NB}ans, mais dans le pays suivant${NB}: ${w.country(p.country)}, un enfant ne peut consentir seul qu’à partir de ${p.consentAge}${NB}ans (${p.gdprDefault ? 'âge prévu par défaut à l’art. 8, par. 1 RGPD' : p.law}).`,
      hint: (p) =>
        p.kind === 'no-minimum'
          ? `Fixer l’âge minimum${NB}; en dessous de ${p.consentAge}${NB}ans, le consentement doit être donné ou autorisé par le titulaire de l’autorité parentale (art. 8 RGPD).`
          : `Porter l’âge minimum à ${p.consentAge}${NB}ans, ou recueillir le consentement du titulaire de l’autorité parentale pour les utilisateurs plus jeunes et décrire comment dans la politique de confidentialité.`,
    },
    'stale-notice-override': {
      title: 'Section personnalisée de la politique de confidentialité périmée',
      article: 'art. 12, par. 1 et art. 13 RGPD',
      message: (p, w) =>
        `La section rédigée à la main ${w.q(p.section)} (${w.language(p.lang)}) de la politique de confidentialité de ${w.q(p.product)} est peut-être périmée${NB}: ${p.removed ? 'les fiches du registre ne requièrent plus cette section' : 'les fiches du registre ont changé depuis sa rédaction'}.`,
      hint: () => 'Comparer votre texte à la section nouvellement générée, puis mettre à jour ou supprimer le texte personnalisé.',
    },
    'organisation-without-legal-entity': {
      title: 'Dénomination sociale ou adresse manquante',
      article: 'art. 13, par. 1, point a) et art. 30, par. 1, point a) RGPD',
      message: (p, w) => {
        const what =
          p.noLegalName && p.noAddress ? 'ni dénomination sociale ni adresse postale' : p.noLegalName ? 'pas de dénomination sociale' : 'pas d’adresse postale';
        return `L’organisation ${w.q(p.organisation)} n’a ${what}${NB}; ses politiques de confidentialité en ont besoin pour indiquer qui est responsable et comment le joindre.`;
      },
      hint: () => `Saisir la dénomination sociale telle qu’elle est immatriculée (par exemple ${raw('Exemple SAS')}) et l’adresse postale dans la fiche de l’organisation.`,
    },
    'controller-outside-eea-without-representative': {
      title: 'Responsable du traitement hors UE/EEE sans représentant',
      article: 'art. 27 et art. 13, par. 1, point a) RGPD',
      message: (p, w) =>
        `${w.q(p.organisation)} est établie hors de l’UE/EEE et est responsable du traitement pour ${w.and(p.products.map(w.q))}, ${p.products.length === 1 ? 'proposé' : 'proposés'} à des personnes situées dans l’UE/EEE, mais n’a pas désigné de représentant dans l’Union.`,
      hint: () =>
        `Désigner un représentant dans un État membre de l’UE/EEE où se trouvent les personnes concernées (art. 27 RGPD) et l’enregistrer dans la fiche de l’organisation${NB}; si le produit n’est pas proposé dans l’UE/EEE, l’indiquer dans les paramètres de sa politique de confidentialité.`,
    },
    'published-notice-outdated': {
      title: 'Politique de confidentialité publiée périmée',
      article: 'art. 12, par. 1 et art. 13, par. 3 RGPD',
      message: (p, w) =>
        `Les fiches de ${w.q(p.product)} ont changé depuis la publication, le ${w.date(p.publishedOn)}, de la version ${p.version} de sa politique de confidentialité.`,
      hint: () => 'Vérifier ce qui change dans la politique de confidentialité, annoncer les modifications importantes comme le produit s’y engage et publier la nouvelle version.',
    },
    'review-overdue': {
      title: 'Date de revue dépassée',
      article: 'art. 24, par. 1 RGPD',
      message: (p, w) => `La revue du traitement ${w.q(p.activity)} était prévue le ${w.date(p.due)} et est en retard.`,
      hint: () => 'Revoir le traitement avec son responsable opérationnel, puis l’approuver à nouveau avec une nouvelle date de revue.',
    },
    'approved-without-review-details': {
      title: 'Approuvé sans réviseur ni prochaine date de revue',
      article: 'art. 5, par. 2 RGPD',
      message: (p, w) => {
        const what =
          p.noReviewer && p.noNextReview ? 'ni réviseur ni prochaine date de revue' : p.noReviewer ? 'pas de réviseur' : 'pas de prochaine date de revue';
        return `Le traitement ${w.q(p.activity)} est approuvé mais n’a ${what}.`;
      },
      hint: () => 'L’approuver par le circuit de revue, qui enregistre le réviseur et la prochaine date de revue.',
    },
    'store-label-type-not-in-notice': {
      title: 'L’étiquette de la boutique déclare des données que la politique ne mentionne pas',
      article: 'art. 12, par. 1 et art. 13, par. 1, point c) RGPD',
      message: (p, w) =>
        `Les étiquettes de confidentialité des boutiques pour ${w.q(p.product)} déclarent ${w.and(p.categories.map(w.q))} (${p.storeTypes}), mais sa politique de confidentialité ne ${p.categories.length === 1 ? 'la' : 'les'} mentionne pas.`,
      hint: () =>
        'Mentionner ces données dans la politique de confidentialité (rétablir ou compléter la section rédigée à la main sur les données collectées), ou corriger les fiches si l’application ne les collecte pas.',
    },
    'store-notice-data-not-in-label': {
      title: 'La politique mentionne des données qu’aucune étiquette ne déclare',
      article: 'art. 12, par. 1 et art. 13, par. 1, point c) RGPD',
      message: (p, w) =>
        `La politique de confidentialité de ${w.q(p.product)} mentionne ${w.q(p.category)}, mais aucune étiquette de boutique ne la déclare${NB}: la catégorie de données n’est associée à aucun type de données des boutiques.`,
      hint: () =>
        `Associer la catégorie de données à un type de données Apple et Google Play (ou la marquer comme n’en relevant pas) sous ${raw('Étiquettes des boutiques › Correspondance')}.`,
    },
    'store-no-tracking-but-tracking': {
      title: `${raw('Aucun suivi')} déclaré alors que l’étiquette App Store indique un suivi`,
      article: 'art. 12, par. 1 RGPD',
      message: (p, w) =>
        `La politique de confidentialité de ${w.q(p.product)} déclare ne pas suivre les personnes, mais son étiquette App Store indique que ${w.and(p.types.map(w.q))} ${p.types.length === 1 ? 'est utilisé' : 'sont utilisés'} à des fins de suivi.`,
      hint: () => `Retirer la déclaration ${raw('aucun suivi')}, ou cesser de transmettre ces données aux partenaires publicitaires et corriger les fiches.`,
    },
    'store-precise-location-without-permission': {
      title: 'Localisation précise collectée sans autorisation de localisation',
      article: 'art. 13, par. 1, point c) RGPD',
      message: (p, w) =>
        `${w.q(p.product)} collecte la localisation précise (${w.and(p.categories.map(w.q))}${p.source !== undefined ? `, dans ${w.q(p.source)}` : ''}), mais n’enregistre aucune autorisation de localisation.`,
      hint: () =>
        `Ajouter au produit l’autorisation ${raw('Localisation pendant l’utilisation')} (ou ${raw('toujours')}), avec sa finalité et son caractère facultatif ou non.`,
    },
    'store-location-permission-without-location': {
      title: 'Autorisation de localisation sans données de localisation',
      article: 'art. 5, par. 1, point c) et art. 13, par. 1, point c) RGPD',
      message: (p, w) =>
        `${w.q(p.product)} demande une autorisation de localisation, mais aucun de ses traitements n’enregistre de données de localisation${NB}; ni les étiquettes des boutiques ni la politique de confidentialité ne les déclarent donc.`,
      hint: () => 'Ajouter les données de localisation au traitement qui les utilise, ou retirer l’autorisation si l’application ne s’en sert pas.',
    },
    'store-account-without-in-app-deletion': {
      title: 'Création de compte sans suppression possible dans l’application',
      article: 'art. 17, par. 1 RGPD',
      message: (p, w) =>
        `${w.q(p.product)} propose des comptes utilisateurs${p.source !== undefined ? ` (${w.q(p.source)})` : ''} mais n’indique aucun moyen de supprimer le compte dans l’application, ce qu’Apple exige des applications permettant de créer un compte.`,
      hint: () =>
        `Indiquer dans les paramètres de la politique de confidentialité le chemin de suppression du compte dans l’application (par exemple ${raw('Profil > Compte > Supprimer le compte')}).`,
    },
    'store-encryption-in-transit-not-recorded': {
      title: 'Chiffrement en transit non enregistré',
      article: 'art. 32, par. 1, point a) RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} de l’application ${w.q(p.product)} n’enregistre pas de chiffrement en transit${NB}; la section Sécurité des données de Google Play ne peut donc pas indiquer que les données de l’application sont chiffrées en transit.`,
      hint: () =>
        `Ajouter la mesure de sécurité ${raw('Chiffrement en transit')} si les données transitent par TLS/HTTPS${NB}; à défaut, les chiffrer avant la publication de l’application.`,
    },
    'recipient-without-location': {
      title: 'Destinataire sans localisation',
      article: 'art. 30, par. 1, point d) RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} communique des données à ${p.recipient !== undefined ? w.q(p.recipient) : 'un destinataire'}, mais aucun pays n’est enregistré pour ce destinataire${NB}: le registre ne peut pas indiquer s’il se trouve dans un pays tiers.`,
      hint: (p) =>
        p.vendor ? 'Ajouter le siège et les pays de traitement du prestataire, ou le pays de ce destinataire.' : 'Ajouter le pays dans lequel ce destinataire reçoit les données.',
    },
    'consent-for-employees': {
      title: 'Consentement comme base légale pour les données des salariés',
      article: 'art. 7, par. 4 RGPD',
      message: (p, w) =>
        `La finalité ${w.q(p.purpose)} du traitement ${w.q(p.activity)} repose sur le consentement, alors que les personnes concernées comprennent des salariés ou des candidats, dont le consentement est rarement libre.`,
      hint: () =>
        `Vérifier si le contrat de travail, une obligation légale ou l’intérêt légitime constitue la base légale${NB}; ne conserver le consentement que lorsqu’un refus est sans conséquence pour la personne.`,
    },
    'contract-basis-non-party': {
      title: 'Contrat comme base légale pour des personnes qui n’y sont pas parties',
      article: 'art. 6, par. 1, point b) RGPD',
      message: (p, w) =>
        `La finalité ${w.q(p.purpose)} du traitement ${w.q(p.activity)} repose sur l’exécution du contrat, mais les personnes suivantes ne sont pas parties à un contrat avec vous${NB}: ${w.and(p.who.map((s) => s || 'personnes non parties au contrat'))}.`,
      hint: () =>
        'Pour leurs données, enregistrer la base légale qui leur est applicable (souvent l’intérêt légitime), ou enregistrer le traitement comme effectué en sous-traitance pour le compte du client professionnel.',
    },
    'processor-controller-without-contact': {
      title: 'Responsable d’un traitement en sous-traitance sans coordonnées',
      article: 'art. 30, par. 2, point a) RGPD',
      message: (p, w) =>
        `Le traitement ${w.q(p.activity)} est effectué pour le compte de ${w.q(p.controller)}, mais les coordonnées de ce responsable du traitement ne sont pas enregistrées.`,
      hint: () =>
        `Ajouter les coordonnées${NB}: une adresse, ou le moyen de le joindre (par exemple ${raw('le titulaire du compte désigné dans le contrat client')}).`,
    },
    'imported-text-to-place': {
      title: 'Texte importé pas encore classé',
      article: 'art. 30, par. 1 RGPD',
      message: (p, w) =>
        `Importé${NB}: ${p.field !== undefined ? PLACE[p.field] : 'vérifier où il doit figurer'}. ${w.q(p.activity)} conserve ${raw(p.text)} de la colonne ${raw(p.header)} (colonne ${p.column}, ligne ${p.row}) sous forme de texte.`,
      hint: () => 'Le reporter dans le bon champ du traitement, puis supprimer sa ligne de la description.',
    },
  },
};
