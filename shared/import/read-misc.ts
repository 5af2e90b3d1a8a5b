/** The smaller readers: security measures, recipients, role, yes/no answers, DPIA, dates, parties. */
import type { DpiaStatus, Party, Recipient, RecipientType, SecurityMeasureType, Vendor } from '../model';
import { vendorCatalogue } from '../reference';
import { items, lines, norm, saysNo, saysNone, saysYes } from './text';
import type { Confidence } from './types';

const MEASURE_WORDS: readonly [string, RegExp][] = [
  ['encryption_in_transit', /\btls\b|\bssl\b|https|in transit|transport encryption|transportverschlusselung|chiffrement des flux/],
  ['encryption_at_rest', /at rest|disk encryption|festplattenverschlusselung|encrypted storage|chiffrement des donnees|verschlusselte speicherung/],
  ['pseudonymisation', /pseudonymi[sz]ation|pseudonymisierung|pseudonymisation/],
  ['anonymisation', /anonymi[sz]ation|anonymisierung/],
  ['password_hashing', /password hash|hashed passwords|passwort hash/],
  ['mfa', /\bmfa\b|\b2fa\b|multi factor|two factor|zwei faktor|double authentification|authentification forte/],
  ['rbac', /access control|role based|rbac|permissions|zugriffskontrolle|zugriffsrechte|berechtigungskonzept|berechtigungen|controle (?:d |des )?acces|habilitations|gestion des acces/],
  ['least_privilege', /least privilege|need to know|minimale rechte/],
  ['audit_logging', /logging|audit log|audit trail|protokollierung|tracabilite|journalisation/],
  ['backups', /backups?|datensicherung|sicherungskopien|sauvegardes?/],
  ['penetration_testing', /penetration test|pen test|pentest/],
  ['patch_management', /patch|updates|mises a jour/],
  ['staff_training', /training|awareness|schulung|sensibilisierung|sensibilisation|formation/],
  ['confidentiality_agreements', /confidentiality|nda|vertraulichkeit|verschwiegenheit|confidentialite/],
  ['vendor_assessment', /vendor assessment|processor (?:audit|control)|controle des sous traitants|auftragsverarbeiter kontrolle/],
  ['physical_security', /physical|zutrittskontrolle|zutritt|locked|badge|securite physique|controle d acces physique/],
  ['endpoint_security', /antivirus|anti virus|virenschutz|endpoint|protection des logiciels|firewall|pare feu/],
  ['network_segmentation', /segmentation|vpn|netzwerksegment/],
  ['retention_deletion', /deletion concept|loschkonzept|purge|suppression automatique/],
];

export interface MeasuresRead {
  keys: string[];
  confidence: Confidence;
  unrecognised: string[];
}

/** Security measures named in the text (the whole text is also kept as the record's security notes). */
export function readMeasures(text: string, catalogue: readonly SecurityMeasureType[]): MeasuresRead {
  const known = new Set(catalogue.map((m) => m.key));
  const byLabel = new Map(catalogue.map((m) => [norm(m.label), m.key]));
  const keys: string[] = [];
  const unrecognised: string[] = [];
  for (const item of items(text)) {
    const n = norm(item);
    const found = [byLabel.get(n), ...MEASURE_WORDS.filter(([k, re]) => known.has(k) && re.test(n)).map(([k]) => k)].filter((k): k is string => k !== undefined);
    if (found.length === 0) unrecognised.push(item);
    for (const k of found) if (!keys.includes(k)) keys.push(k);
  }
  return { keys, confidence: unrecognised.length === 0 ? 'high' : keys.length > 0 ? 'medium' : 'low', unrecognised };
}

const TYPE_WORDS: readonly [RecipientType, RegExp][] = [
  ['sub_processor', /sub processor|unterauftragsverarbeiter|sous traitant ulterieur/],
  ['processor', /processor|auftragsverarbeiter|sous traitant|dienstleister|hosting|provider|service provider|prestataire/],
  ['public_authority', /authorit|tax office|hmrc|police|court|finanzamt|behorde|sozialversicherung|krankenkasse|administration|impots|urssaf|tribunal|regulator|aufsicht/],
  ['internal', /internal|intern|department|team|abteilung|buchhaltung|personalabteilung|\bhr\b|service|direction|manager|vorgesetzte/],
  ['joint_controller', /joint controller|gemeinsam verantwortlich|responsable conjoint/],
  ['controller', /controller|bank|insurer|versicherung|auditor|wirtschaftsprufer|steuerberater|lawyer|anwalt|avocat|assureur|banque|expert comptable/],
];

export interface RecipientRead {
  recipients: Recipient[];
  confidence: Confidence;
  /** Recipients whose kind was guessed. */
  guessed: string[];
}

/** Recipients by name; a vendor of the workspace is matched by name, the kind from words or the column heading. */
export function readRecipients(text: string, vendors: readonly Vendor[], columnType: RecipientType | undefined): RecipientRead {
  const out: RecipientRead = { recipients: [], confidence: 'high', guessed: [] };
  if (saysNone(text)) return out;
  const byName = new Map(vendors.map((v) => [norm(v.name), v]));
  const catalogue = new Map(vendorCatalogue.map((v) => [norm(v.name), v]));
  for (const item of items(text)) {
    const n = norm(item);
    const head = norm(item.split(/\s[–—-]\s|\(|:/)[0] ?? '');
    const vendor = byName.get(n) ?? byName.get(head);
    if (vendor !== undefined) {
      const type: RecipientType = vendor.role === 'controller' ? 'controller' : vendor.role === 'joint_controller' ? 'joint_controller' : vendor.role === 'sub_processor' ? 'sub_processor' : 'processor';
      const r: Recipient = { vendorId: vendor.id, type, name: item.slice(0, 200) };
      if (vendor.headquarters !== undefined) r.country = vendor.headquarters;
      out.recipients.push(r);
      continue;
    }
    // A well-known service (the vendor catalogue): its usual role and headquarters.
    const known = catalogue.get(n) ?? catalogue.get(head);
    if (known !== undefined) {
      const type: RecipientType = known.role === 'controller' ? 'controller' : known.role === 'joint_controller' ? 'joint_controller' : known.role === 'sub_processor' ? 'sub_processor' : 'processor';
      out.recipients.push({ name: item.slice(0, 200), type, ...(known.headquarters !== undefined ? { country: known.headquarters } : {}) });
      if (out.confidence === 'high') out.confidence = 'medium';
      continue;
    }
    const byWord = TYPE_WORDS.find(([, re]) => re.test(n))?.[0];
    const type = byWord ?? columnType;
    if (type === undefined) {
      out.guessed.push(item);
      out.confidence = 'low';
    } else if (byWord === undefined && out.confidence === 'high') out.confidence = 'medium';
    out.recipients.push({ name: item.slice(0, 200), type: type ?? 'controller' });
  }
  return out;
}

/** Parties (controllers, joint controllers): one per line, "Name, contact". */
export function readParties(text: string): Party[] {
  if (saysNone(text)) return [];
  return lines(text).map((line) => {
    const [name, ...rest] = line.split(/\s*[,;–—]\s*|\s+-\s+/);
    const contact = rest.join(', ').trim();
    return { name: (name ?? line).trim().slice(0, 200), ...(contact !== '' ? { contact: contact.slice(0, 500) } : {}) };
  });
}

export function readRole(text: string): 'controller' | 'processor' | 'joint_controller' | undefined {
  const n = norm(text);
  if (/joint|gemeinsam|conjoint/.test(n)) return 'joint_controller';
  if (/processor|auftragsverarbeiter|sous traitant/.test(n)) return 'processor';
  if (/controller|verantwortlich|responsable/.test(n)) return 'controller';
  return undefined;
}

export interface YesNoRead {
  answer?: boolean;
  /** Words beyond the yes or no. */
  detail: string;
}

/** "No", "Yes – credit scoring by …", "Nein", "Oui : profilage marketing". */
export function readYesNo(text: string): YesNoRead {
  const [first = ''] = text.trim().split(/\s*[:–—,.(]\s*|\s+-\s+|\s+/);
  const detail = text.trim().slice(first.length).replace(/^[\s:–—,.()-]+/, '').replace(/\)$/, '').trim();
  if (saysYes(first)) return { answer: true, detail };
  if (saysNo(first) || saysNone(text)) return { answer: false, detail };
  return { detail: text.trim() };
}

/** DPIA from "required?" and "progress" cells. */
export function readDpia(required: string, progress: string): { status: DpiaStatus; confidence: Confidence } | undefined {
  const p = norm(progress);
  if (/complete|done|abgeschlossen|fertig|termine|realise/.test(p)) return { status: 'completed', confidence: 'high' };
  if (/progress|ongoing|in arbeit|laufend|en cours|started|begonnen/.test(p)) return { status: 'in_progress', confidence: 'high' };
  if (/not (?:yet )?(?:assessed|screened)|nicht gepruft|non evalue/.test(norm(required) + ' ' + p)) return { status: 'not_assessed', confidence: 'high' };
  const r = readYesNo(required);
  if (r.answer === true) return { status: 'required', confidence: 'high' };
  if (r.answer === false) return { status: 'not_required', confidence: 'high' };
  if (/not required|nicht erforderlich|non requis|not needed/.test(norm(required))) return { status: 'not_required', confidence: 'high' };
  return undefined;
}

/** A date as YYYY-MM-DD from "2025-03-01", "01/03/2025", "1.3.2025" (day first, as written in the UK, Germany and France). */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}
