/**
 * Data categories and data subjects as people list them: "Name, e-mail, IP
 * address", "Nom, prénom, adresse", "Kontaktdaten (Name, E-Mail)", "Mitarbeiter,
 * Bewerber". Each item becomes a taxonomy key; what is not recognised becomes a
 * custom taxonomy entry with the person's words, never dropped.
 */
import type { DataCategoryType, DataSubjectType } from '../model';
import { andParts, customKey, items, norm, saysNo, saysYes, splitTopLevel } from './text';
import type { Confidence } from './types';

/** Words for the shipped data categories (en, de, fr), tested against the whole normalised item. */
const CATEGORY_WORDS: readonly [string, RegExp][] = [
  ['full_name', /^(?:(?:full |first |last |family |sur|given )?names?|surname|first name and surname|name and surname|vor(?: und zu)?name|nachname|vorname|nom|prenom|nom prenom|nom et prenom|identity|identite|etat civil(?: identite)?(?: donnees d identification)?(?: images)?|identification data|identifikationsdaten|stammdaten)$/],
  ['email_address', /^(?:(?:work |personal |business )?email(?: address(?:es)?)?|email adresse|adresse email|courriel|adresse electronique|mail)$/],
  ['phone_number', /^(?:(?:mobile |telephone |phone |cell )?(?:phone|telephone)(?: numbers?)?|mobile(?: number)?|telefon(?:nummer)?|handynummer|mobilnummer|numero de telephone|telephone)$/],
  ['postal_address', /^(?:(?:postal |home |delivery |billing |post )?address(?:es)?|anschrift|adresse|postanschrift|adresse postale|wohnadresse)$/],
  ['date_of_birth', /^(?:date of birth|dob|birth ?date|birthday|geburtsdatum|date de naissance)$/],
  ['ip_address', /^(?:ip(?: address(?:es)?| adresse)?|adresse ip)$/],
  ['bank_account', /^(?:bank (?:account|details)(?: details)?|iban|bankverbindung|kontodaten|rib|coordonnees bancaires)$/],
  ['payment_card', /^(?:(?:credit |debit |payment )?card(?: details| number)?|kreditkarte(?:ndaten)?|carte bancaire)$/],
  ['salary_payroll', /^(?:salary|salaries|payroll|pay|wages?|gehalt|lohn|lohndaten|gehaltsdaten|salaire|remuneration|paie)$/],
  ['job_title', /^(?:job title|position|role|department|berufsbezeichnung|position im unternehmen|abteilung|fonction|poste)$/],
  ['health_data', /^(?:health(?: data)?|medical (?:data|information|history|records?)|sick (?:notes?|leave)|gesundheitsdaten|krankheitsdaten|donnees de sante|sante)$/],
  ['user_id', /^(?:user ?id|account id|customer id|kundennummer|identifiant|benutzerkennung)$/],
  ['username', /^(?:user ?name|login|benutzername|nom d utilisateur|pseudo)$/],
  ['credentials', /^(?:passwords?|credentials|login credentials|zugangsdaten|passwort|mot de passe)$/],
  ['device_id', /^(?:device ids?|device identifiers?|gerate id|identifiant de l appareil)$/],
  ['cookies', /^(?:cookies?|cookie ids?|tracking|trackers?|traceurs?|internet cookies traceurs|internet)$/],
  ['precise_location', /^(?:gps|location|precise location|geolocation|standort(?:daten)?|geolocalisation|donnees de localisation|localisation)$/],
  ['server_logs', /^(?:logs?|server logs|access logs|log files|protokolldaten|logdaten|journaux|donnees de connexion|connection data|verbindungsdaten)$/],
  ['app_usage', /^(?:usage(?: data)?|nutzungsdaten|donnees d usage|donnees d utilisation|analytics)$/],
  ['transaction_records', /^(?:transactions?|purchase history|orders?|bestellungen|transaktionen|achats|commandes)$/],
  ['invoices', /^(?:invoices?|billing(?: history)?|rechnungen|rechnungsdaten|factures?|facturation)$/],
  ['cv_qualifications', /^(?:cvs?|resumes?|qualifications|lebenslauf|bewerbungsunterlagen|zeugnisse|diplomes)$/],
  ['employment_record', /^(?:employment (?:record|details|history)|personnel file|personalakte|vie professionnelle|dossier du personnel)$/],
  ['working_time', /^(?:working (?:time|hours)|absences?|holidays|arbeitszeit(?:en)?|fehlzeiten|urlaub|temps de travail|conges)$/],
  ['photo_of_person', /^(?:photos?|pictures?|images?|fotos?|lichtbild|photographie)$/],
  ['government_id', /^(?:passport|id card|national id|national insurance number|ni number|ausweis(?:nummer)?|personalausweis|carte d identite|piece d identite|social security number|sozialversicherungsnummer|numero de securite sociale|nir)$/],
  ['tax_id', /^(?:tax id|tax number|steuer ?id|steuernummer|steueridentifikationsnummer|numero fiscal)$/],
  ['signature', /^(?:signatures?|unterschrift)$/],
  ['messages', /^(?:messages?|chat(?: messages)?|nachrichten)$/],
  ['email_correspondence', /^(?:correspondence|emails|e mails|korrespondenz|e mail verkehr|correspondance)$/],
  ['support_tickets', /^(?:support (?:tickets?|requests?)|tickets?|anfragen|demandes)$/],
  ['call_records', /^(?:call (?:recordings?|records?)|gesprachsaufzeichnungen|enregistrements)$/],
  ['cctv_footage', /^(?:cctv(?: footage)?|video(?: surveillance| recordings?)?|videouberwachung|videoaufzeichnungen|videosurveillance|images de videosurveillance)$/],
  ['criminal_convictions', /^(?:criminal (?:records?|convictions?)|fuhrungszeugnis|casier judiciaire|infractions)$/],
  ['racial_ethnic_origin', /^(?:ethnic(?:ity| origin)|racial origin|ethnische herkunft|origine ethnique)$/],
  ['religious_beliefs', /^(?:religion|religious beliefs|konfession|religionszugehorigkeit|religion|convictions religieuses)$/],
  ['trade_union_membership', /^(?:trade union(?: membership)?|gewerkschaft(?:szugehorigkeit)?|appartenance syndicale)$/],
  ['biometric_identification', /^(?:biometrics?|biometric data|fingerprints?|biometrische daten|donnees biometriques)$/],
  ['gender', /^(?:gender|sex|title|geschlecht|anrede|sexe|civilite)$/],
  ['nationality', /^(?:nationality|staatsangehorigkeit|nationalite)$/],
  ['marketing_interactions', /^(?:marketing preferences|newsletter(?: subscriptions?)?|opens? and clicks?(?: data)?|open and click (?:data|rates?)|email engagement|offnungs und klickraten|ouvertures et clics)$/],
  ['consent_records', /^(?:consent records?|consents?|einwilligungen|consentements)$/],
  ['customer_order_ids', /^(?:customer numbers?|order numbers?|contract numbers?|vertragsnummer|auftragsnummer|numero client|numero de commande)$/],
];

/** Words for the shipped data-subject categories. */
const SUBJECT_WORDS: readonly [string, RegExp][] = [
  ['employees', /^(?:employees?|staff|workers?|personnel|mitarbeiter(?:innen)?|mitarbeitende|beschaftigte|arbeitnehmer|salaries|employes|agents|personnel)$/],
  ['former_employees', /^(?:former (?:employees|staff)|ehemalige mitarbeiter|anciens salaries)$/],
  ['job_applicants', /^(?:(?:job )?applicants?|candidates?|bewerber(?:innen)?|candidats?)$/],
  ['customers', /^(?:customers?|clients?|kunden|kundinnen und kunden|clientele)$/],
  ['prospects', /^(?:prospects?|leads?|interessenten|prospects)$/],
  ['website_visitors', /^(?:website visitors?|visitors to (?:the|our) website|site visitors|webseitenbesucher|websitebesucher|visiteurs du site)$/],
  ['newsletter_subscribers', /^(?:newsletter subscribers?|subscribers?|abonnenten|newsletter abonnenten|abonnes)$/],
  ['supplier_contacts', /^(?:suppliers?|supplier contacts|vendors? contacts?|lieferanten|fournisseurs)$/],
  ['business_contacts', /^(?:business contacts?|geschaftspartner|ansprechpartner|partenaires|contacts professionnels)$/],
  ['contractors', /^(?:contractors?|freelancers?|freie mitarbeiter|prestataires|freelances?)$/],
  ['app_users', /^(?:(?:app )?users?|nutzer(?:innen)?|benutzer|utilisateurs?)$/],
  ['children', /^(?:children|minors|kinder|minderjahrige|enfants|mineurs)$/],
  ['patients', /^(?:patients?|patienten)$/],
  ['premises_visitors', /^(?:visitors?|besucher|visiteurs)$/],
  ['relatives', /^(?:relatives|family members|emergency contacts|angehorige|familienangehorige|proches)$/],
  ['shareholders', /^(?:shareholders?|board members|aktionare|gesellschafter|actionnaires)$/],
  ['support_requesters', /^(?:support requesters?|people contacting support)$/],
  ['event_attendees', /^(?:event attendees|attendees|participants|teilnehmer)$/],
];

export interface ItemRead {
  key: string;
  /** The person's words when they differ from the label. */
  text: string;
  custom: boolean;
  confidence: Confidence;
  /** Heading written around the items: "Contact details (name, e-mail)". */
  group?: string;
}

interface Taxonomy {
  key: string;
  label: string;
}

class Recogniser<T extends Taxonomy> {
  private readonly byLabel = new Map<string, string>();
  readonly added: T[] = [];
  private readonly keys: Set<string>;
  constructor(
    entries: readonly T[],
    private readonly words: readonly [string, RegExp][],
    private readonly makeCustom: (key: string, label: string, special: boolean) => T,
  ) {
    this.keys = new Set(entries.map((e) => e.key));
    for (const e of entries) {
      this.labels.set(e.key, e.label);
      this.byLabel.set(norm(e.label), e.key);
      this.byLabel.set(norm(e.key), e.key);
    }
  }

  private readonly labels = new Map<string, string>();

  /** The label of a key (shipped or added). */
  label(key: string): string {
    return this.labels.get(key) ?? key;
  }

  /** A known key for one item, or undefined. */
  known(term: string): { key: string; confidence: Confidence } | undefined {
    const n = norm(term);
    const label = this.byLabel.get(n);
    if (label !== undefined) return { key: label, confidence: 'high' };
    const w = this.words.find(([key, re]) => this.keys.has(key) && re.test(n));
    return w === undefined ? undefined : { key: w[0], confidence: 'medium' };
  }

  /** A custom entry for an item nothing recognised (one per distinct wording). */
  custom(term: string, special = false): string {
    const label = term.trim().slice(0, 200);
    const existing = this.byLabel.get(norm(label));
    if (existing !== undefined) return existing;
    const key = customKey(label, this.keys);
    this.keys.add(key);
    this.byLabel.set(norm(label), key);
    this.labels.set(key, label);
    this.added.push(this.makeCustom(key, label, special));
    return key;
  }

  /** Every item of a list cell; `special` marks custom entries as Art. 9 data (a "sensitive data" column). */
  read(text: string, special = false): ItemRead[] {
    const out: ItemRead[] = [];
    for (const line of splitTopLevel(text, /^(?:\r?\n)+/)) {
      // Checklist lines written in cells joined by " | ": "Location data | No" means not processed.
      const parts = line.split(' | ').map((p) => p.trim());
      if (parts.length > 1 && parts.slice(1).some(saysNo)) continue;
      const kept = parts.filter((p, i) => !(i > 0 && saysYes(p))).join(', ');
      for (const item of items(kept)) out.push(...this.readItem(item, special));
    }
    return out;
  }

  private readItem(item: string, special: boolean): ItemRead[] {
    if (saysYes(item) || saysNo(item)) return [];
    const whole = this.known(item);
    if (whole !== undefined) return [{ key: whole.key, text: item, custom: false, confidence: whole.confidence }];
    // "Name and address": split at "and" only when every part is recognised ("open and click data" stays whole).
    const parts = andParts(item);
    if (parts.length > 1) {
      const known = parts.map((p) => this.known(p));
      if (known.every((k) => k !== undefined)) return parts.map((p, i) => ({ key: known[i]?.key ?? '', text: p, custom: false, confidence: 'medium' as Confidence }));
    }
    const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(item);
    if (paren) {
      const outer = (paren[1] ?? '').trim();
      const inner = items(paren[2] ?? '').flatMap((i) => this.readItem(i, special));
      const outerKnown = outer === '' ? undefined : this.known(outer);
      if (outerKnown !== undefined) return [{ key: outerKnown.key, text: item, custom: false, confidence: outerKnown.confidence }];
      return inner.map((i) => (outer === '' ? i : { ...i, group: outer }));
    }
    return [{ key: this.custom(item, special), text: item, custom: true, confidence: 'low' }];
  }
}

export function categoryReader(entries: readonly DataCategoryType[]): Recogniser<DataCategoryType> {
  return new Recogniser(entries, CATEGORY_WORDS, (key, label, special) => ({
    key,
    label,
    group: special ? 'special' : 'other',
    special,
    criminal: false,
    description: 'Added by a spreadsheet import: check the group and whether it is a special category.',
  }));
}

export function subjectReader(entries: readonly DataSubjectType[]): Recogniser<DataSubjectType> {
  return new Recogniser(entries, SUBJECT_WORDS, (key, label) => ({ key, label, description: 'Added by a spreadsheet import.' }));
}

export type { Recogniser };
