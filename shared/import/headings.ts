/**
 * Headings → fields, in English, German and French. The UK ICO controller and
 * processor documentation templates, the CNIL model register (one sheet per
 * activity, labels in the first column) and the DSK model forms (Verzeichnis von
 * Verarbeitungstätigkeiten, Verantwortlicher / Auftragsverarbeiter) are known by
 * their wording (see shared/reference/gdpr-reference.md); home-made registers by
 * synonyms. The first rule that matches wins, so specific wordings come first.
 */
import type { Confidence, ImportField } from './types';
import { norm } from './text';

interface Rule {
  field: ImportField;
  test: RegExp;
  confidence: Confidence;
  reason: string;
}

const r = (field: ImportField, test: RegExp, confidence: Confidence, reason: string): Rule => ({ field, test, confidence, reason });

/** Tested against `norm(heading)`: lower case, no accents, "e-mail" → "email", punctuation as spaces. */
const RULES: readonly Rule[] = [
  // UK ICO controller template, column for column (links and breach columns are kept as notes).
  r('owner', /^business function$/, 'high', 'ICO: business function'),
  r('jointControllers', /joint controller|responsable(?:s)? conjoint|co responsable|gemeinsam verantwortlich/, 'high', 'ICO: joint controller'),
  r('notes', /^link to (?:contract with processor|record of legitimate interests|record of consent|record of personal data breach)/, 'high', 'ICO: link kept as a note'),
  r('transferSafeguards', /safeguards for exceptional transfers/, 'high', 'ICO: safeguards for exceptional transfers'),
  r('transfers', /names? of third countr/, 'high', 'ICO: third countries'),
  r('art9', /article 9|art 9|special category data|besondere(?:n)? kategorien? .*rechtsgrundlage/, 'high', 'Art. 9 condition'),
  r('legalBasis', /article 6|art 6\b|lawful basis|legal basis|rechtsgrundlage|base (?:legale|juridique)|fondement (?:juridique|legal)/, 'high', 'Art. 6 lawful basis'),
  r('legitimateInterest', /legitimate interests? (?:for|pursued)|berechtigte(?:s|n)? interesse|interets? legitimes?/, 'high', 'legitimate interests'),
  r('notes', /^rights available|^personal data breach|^datenschutzverletzung|^date de creation|datum der einfuhrung/, 'high', 'kept as a note'),
  r('automated', /automated decision|automatisierte(?:n)? entscheidung|profiling|decision automatisee|profilage/, 'high', 'automated decision-making'),
  r('source', /source of (?:the )?personal data|^source|herkunft der daten|datenquelle|^origine des donnees/, 'high', 'source of the data'),
  r('dpiaLink', /link to (?:data protection impact assessment|dpia)/, 'high', 'ICO: link to DPIA'),
  r('dpiaProgress', /(?:data protection impact assessment|dpia) progress|stand der dsfa/, 'high', 'ICO: DPIA progress'),
  r('dpia', /data protection impact assessment|\bdpia\b|datenschutz folgenabschatzung|\bdsfa\b|analyse d impact|\baipd\b/, 'high', 'DPIA'),
  r('systems', /location of personal data|logiciels?|applicatifs?|eingesetzte (?:software|systeme|it)|it systeme?|speicherort|^systems?$|^tools?$|^software$|^applications?$/, 'medium', 'systems and locations'),
  // Processor records (ICO processor sheet, DSK Auftragsverarbeiter form).
  r('controllers', /(?:name and contact details of (?:the |each )?controller)|^controllers?$|auftraggeber|^client s?$|responsable(?:s)? de traitement pour le compte|on behalf of/, 'high', 'processor record: the controller'),
  r('purposes', /categories of processing|kategorien von verarbeitungen|categories de traitements? effectues?/, 'high', 'processor record: categories of processing'),
  // Names of the activity.
  r('name', /^(?:processing )?activit(?:y|ies)(?: name)?$|^name of (?:the )?(?:processing|activity)|^process(?: name)?$|bezeichnung der verarbeitung|^verarbeitungstatigkeit(?:en)?$|^name der verarbeitung|^(?:nom|intitule)(?: du traitement| de l activite| sigle)?$|^activite(?:s)?(?: de traitement)?$|^traitement$|^nom sigle$/, 'high', 'activity name'),
  r('purposes', /purpose|zweck|finalite|objectif|^why$|^warum$|^pourquoi$/, 'high', 'purposes'),
  r('role', /^role$|controller processor|^rolle$|verantwortlicher oder auftragsverarbeiter|responsable ou sous traitant/, 'medium', 'role'),
  r('retention', /retention|erasure|time limits?|loschfrist|fristen fur die loschung|speicherdauer|aufbewahrung|duree(?:s)? de conservation|conservation|keep for|kept for|storage period|how long/, 'high', 'retention'),
  r('specialCategories', /sensitive data|donnees sensibles|special categor|besondere kategorien|sensible daten/, 'high', 'special categories'),
  r('dataSubjects', /categories of (?:individuals|data subjects)|data subjects?|individuals|betroffene|personnes concernees|^whose data|^who$/, 'high', 'data subjects'),
  r('transfers', /third countr|transfers?|drittland|ubermittlung|transferts?|hors (?:de l )?ue|outside the (?:eu|eea|uk)|international|^countr(?:y|ies)$|^land$|^pays$/, 'high', 'transfers'),
  r('transferSafeguards', /safeguards?|garantien|garanties/, 'medium', 'transfer safeguards'),
  r('recipients', /recipients?|empfanger|destinataires?|shared with|third parties|vendors?|processors?|sub processors?|sous traitants?|organismes externes|auftragsverarbeiter/, 'high', 'recipients'),
  r('security', /security|technical and organisational|technische und organisatorische|\btoms?\b|mesures de securite|securite|sicherheit/, 'high', 'security measures'),
  r('dataCategories', /^what data|^which data|data held|information held|^welche daten|^quelles donnees|categories of personal data|personal data|datenkategorien|kategorien personenbezogener daten|datenarten|^daten$|categories de donnees|donnees (?:collectees|traitees|concernees)|^data(?: categories| types| items| collected)?$/, 'high', 'data categories'),
  r('description', /^description|^beschreibung|^details?$/, 'medium', 'description'),
  r('owner', /^owner|responsible|verantwortliche fachabteilung|fachabteilung|abteilung|department|^team$|ansprechpartner|service responsable|^service$|direction/, 'medium', 'owner'),
  r('lastReviewed', /last review|reviewed|mise a jour|letzte (?:pr[uü]fung|anderung|aktualisierung)|stand$|updated/, 'medium', 'last reviewed'),
  r('notes', /notes?|comments?|remarks?|bemerkung|anmerkung|kommentar|notizen|remarques?|commentaires?|observations?/, 'high', 'notes'),
];

export interface HeadingMatch {
  field: ImportField;
  confidence: Confidence;
  reason: string;
}

/** What a heading most likely is; undefined when it is not a heading we know (its text is then kept as a note). */
export function matchHeading(heading: string): HeadingMatch | undefined {
  const n = norm(heading);
  if (n === '') return undefined;
  for (const rule of RULES) if (rule.test.test(n)) return { field: rule.field, confidence: rule.confidence, reason: rule.reason };
  return undefined;
}

/** A recipient column whose heading names the kind of recipient ("Sous-traitants", "Interne Empfänger"). */
export function recipientTypeFromHeading(heading: string): 'processor' | 'internal' | undefined {
  const n = norm(heading);
  if (/processor|sous traitant|auftragsverarbeiter/.test(n)) return 'processor';
  if (/intern/.test(n)) return 'internal';
  return undefined;
}

/** A sheet that is a processor's record (Art. 30(2)) by its name. */
export const processorSheet = (sheetName: string) => /processor|auftragsverarbeit|sous traitant|art 30 2|30 abs 2/.test(norm(sheetName));
