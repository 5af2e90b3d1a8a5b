/**
 * Everything the app ships, in the reader's language (en, de, fr): the localized reference lookup API.
 *
 * English stays in `resources/reference/*.json`; German and French sit beside it in
 * `resources/reference/i18n/{de,fr}/<file>.json`, keyed by the entry's key (device permissions
 * and statements, which have no English reference file, in `i18n/<name>.json` with all three).
 *
 * - `vocabularyText(kind, key, lang)` → `{ label, description? }` of any shipped vocabulary entry
 *   (kinds: data_category, data_subject, security_measure, legal_basis, art9_condition, right,
 *   transfer_mechanism, derogation, scc_module, device_permission, statement); undefined for an
 *   unknown key. `vocabularyLabel(kind, key, lang)` gives just the label (the key when unknown).
 * - `shippedTaxonomyLabel(kind, entry, lang)`: for a workspace taxonomy entry that still carries the
 *   shipped English label, that label in `lang`; undefined when the user customised it (then the
 *   text is a record text: translate it through the notice's `RecordText`).
 * - `countryLabel(code, lang)`: the country's name from `Intl.DisplayNames` (English reference
 *   name when the runtime has no data).
 * - `formatDateIn(iso, lang)`: a YYYY-MM-DD (or ISO date-time) date in words, `Intl.DateTimeFormat`.
 * - `authorityName(entry, lang)` / `shippedAuthorityFor(contact)`: a supervisory authority under its
 *   own name in its own language (the CNIL's French name, the BfDI's German name; the English name
 *   only in an English text or where its own language is English), with its abbreviation.
 * - `shippedText(english, lang)`: the German or French of a text the app ships as English record text
 *   (the activity templates' purposes, data, retention…; the vendor catalogue's service descriptions),
 *   while a record still carries it unchanged.
 * - `LOCALES`: the BCP 47 locale used for each language.
 *
 * Pure: no Electron, no `node:`, no DOM; JSON files are bundled.
 */
import type { Art9Condition, Derogation, DevicePermission, LegalBasis, NoticeLanguage, NoticeStatement, Right, SccModule, TransferMechanism } from '../model/enums';
import deArt9 from '../../resources/reference/i18n/de/art9-conditions.json';
import deCategories from '../../resources/reference/i18n/de/data-categories.json';
import deSubjects from '../../resources/reference/i18n/de/data-subjects.json';
import deBases from '../../resources/reference/i18n/de/legal-bases.json';
import deRights from '../../resources/reference/i18n/de/rights.json';
import deMeasures from '../../resources/reference/i18n/de/security-measures.json';
import deTransfers from '../../resources/reference/i18n/de/transfer-mechanisms.json';
import frArt9 from '../../resources/reference/i18n/fr/art9-conditions.json';
import frCategories from '../../resources/reference/i18n/fr/data-categories.json';
import frSubjects from '../../resources/reference/i18n/fr/data-subjects.json';
import frBases from '../../resources/reference/i18n/fr/legal-bases.json';
import frRights from '../../resources/reference/i18n/fr/rights.json';
import frMeasures from '../../resources/reference/i18n/fr/security-measures.json';
import frTransfers from '../../resources/reference/i18n/fr/transfer-mechanisms.json';
import permissionsFile from '../../resources/reference/i18n/device-permissions.json';
import statementsFile from '../../resources/reference/i18n/statements.json';
import templatesFile from '../../resources/reference/i18n/templates.json';
import vendorServicesFile from '../../resources/reference/i18n/vendor-services.json';
import { countryName } from './countries';
import {
  art9Conditions,
  dataCategories,
  dataSubjects,
  derogations,
  legalBases,
  rights,
  sccModules,
  securityMeasures,
  supervisoryAuthorities,
  transferMechanisms,
} from './load';
import type { SupervisoryAuthorityEntry } from './types';

export type ReferenceLanguage = NoticeLanguage;
export const REFERENCE_LANGUAGES: readonly ReferenceLanguage[] = ['en', 'de', 'fr'];

/** The BCP 47 locale of each language (dates, country names). */
export const LOCALES: Readonly<Record<ReferenceLanguage, string>> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

export interface VocabularyText {
  readonly label: string;
  readonly description?: string;
}

export const VOCABULARY_KINDS = [
  'data_category',
  'data_subject',
  'security_measure',
  'legal_basis',
  'art9_condition',
  'right',
  'transfer_mechanism',
  'derogation',
  'scc_module',
  'device_permission',
  'statement',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** The key type of each vocabulary (open string for the taxonomies, whose workspaces add keys). */
export interface VocabularyKeys {
  data_category: string;
  data_subject: string;
  security_measure: string;
  legal_basis: LegalBasis;
  art9_condition: Art9Condition;
  right: Right;
  transfer_mechanism: TransferMechanism;
  derogation: Derogation;
  scc_module: SccModule;
  device_permission: DevicePermission;
  statement: NoticeStatement;
}

type TextMap = ReadonlyMap<string, VocabularyText>;

interface TranslatedFile {
  readonly entries: Readonly<Record<string, { readonly label: string; readonly description?: string }>>;
}

function fromFile(file: TranslatedFile): TextMap {
  return new Map(Object.entries(file.entries).map(([k, v]) => [k, v.description === undefined ? { label: v.label } : { label: v.label, description: v.description }]));
}

function english(entries: readonly { readonly key: string; readonly label: string; readonly description?: string }[]): TextMap {
  return new Map(entries.map((e) => [e.key, e.description === undefined ? { label: e.label } : { label: e.label, description: e.description }]));
}

function byLanguage(file: { readonly entries: Readonly<Record<string, Readonly<Record<ReferenceLanguage, string>>>> }, lang: ReferenceLanguage): TextMap {
  return new Map(Object.entries(file.entries).map(([k, v]) => [k, { label: v[lang] }]));
}

const sccEnglish: TextMap = new Map(sccModules.map((m) => [String(m.module), { label: m.label }]));

const TEXTS: Readonly<Record<ReferenceLanguage, Readonly<Record<VocabularyKind, TextMap>>>> = {
  en: {
    data_category: english(dataCategories),
    data_subject: english(dataSubjects),
    security_measure: english(securityMeasures),
    legal_basis: english(legalBases),
    art9_condition: english(art9Conditions),
    right: english(rights),
    transfer_mechanism: english(transferMechanisms),
    derogation: english(derogations),
    scc_module: sccEnglish,
    device_permission: byLanguage(permissionsFile, 'en'),
    statement: byLanguage(statementsFile, 'en'),
  },
  de: {
    data_category: fromFile(deCategories),
    data_subject: fromFile(deSubjects),
    security_measure: fromFile(deMeasures),
    legal_basis: fromFile(deBases),
    art9_condition: fromFile(deArt9),
    right: fromFile(deRights),
    transfer_mechanism: fromFile(deTransfers),
    derogation: fromFile({ entries: deTransfers.derogations }),
    scc_module: fromFile({ entries: deTransfers.sccModules }),
    device_permission: byLanguage(permissionsFile, 'de'),
    statement: byLanguage(statementsFile, 'de'),
  },
  fr: {
    data_category: fromFile(frCategories),
    data_subject: fromFile(frSubjects),
    security_measure: fromFile(frMeasures),
    legal_basis: fromFile(frBases),
    art9_condition: fromFile(frArt9),
    right: fromFile(frRights),
    transfer_mechanism: fromFile(frTransfers),
    derogation: fromFile({ entries: frTransfers.derogations }),
    scc_module: fromFile({ entries: frTransfers.sccModules }),
    device_permission: byLanguage(permissionsFile, 'fr'),
    statement: byLanguage(statementsFile, 'fr'),
  },
};

/** Label and description of a shipped vocabulary entry in `lang`; undefined when the key is not shipped. */
export function vocabularyText<K extends VocabularyKind>(kind: K, key: VocabularyKeys[K], lang: ReferenceLanguage): VocabularyText | undefined {
  return TEXTS[lang][kind].get(String(key));
}

/** The label of a shipped vocabulary entry in `lang` (English when a translation were missing; the key when not shipped). */
export function vocabularyLabel<K extends VocabularyKind>(kind: K, key: VocabularyKeys[K], lang: ReferenceLanguage): string {
  return vocabularyText(kind, key, lang)?.label ?? vocabularyText(kind, key, 'en')?.label ?? String(key);
}

/** Every key of a vocabulary in one language (for tests and translation lists). */
export function vocabularyKeys(kind: VocabularyKind, lang: ReferenceLanguage): readonly string[] {
  return [...TEXTS[lang][kind].keys()];
}

const templateTexts: ReadonlyMap<string, Readonly<Record<'de' | 'fr', string>>> = new Map([
  ...Object.entries(templatesFile.entries),
  ...Object.entries(vendorServicesFile.entries),
]);

/** The shipped German or French of an English text the app ships (activity templates, the vendor catalogue's services); undefined for any other text. */
export function shippedText(english: string, lang: ReferenceLanguage): string | undefined {
  if (lang === 'en') return undefined;
  return templateTexts.get(english.trim())?.[lang];
}

/** Every English text the app ships with a translation (activity templates, vendor services). */
export function shippedTexts(): readonly string[] {
  return [...templateTexts.keys()];
}

/** Straight and curly apostrophes and quotes compare equal, as do runs of white space and case. */
function comparable(s: string): string {
  return s.normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The shipped translation of a workspace taxonomy entry's label, when the entry still carries the
 * shipped English label (not customised); undefined for a customised or a workspace-only entry.
 */
export function shippedTaxonomyLabel(
  kind: 'data_category' | 'data_subject' | 'security_measure',
  entry: { readonly key: string; readonly label: string },
  lang: ReferenceLanguage,
): string | undefined {
  const shipped = vocabularyText(kind, entry.key, 'en');
  if (shipped === undefined || comparable(shipped.label) !== comparable(entry.label)) return undefined;
  return vocabularyText(kind, entry.key, lang)?.label;
}

const regionNames = new Map<ReferenceLanguage, Intl.DisplayNames | undefined>();

/** The country's name in `lang` from `Intl.DisplayNames` (the English reference name when the runtime has none). */
export function countryLabel(code: string, lang: ReferenceLanguage): string {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(lang, undefined);
    }
  }
  let name: string | undefined;
  try {
    name = regionNames.get(lang)?.of(code.toUpperCase());
  } catch {
    name = undefined;
  }
  return name ?? countryName(code);
}

/** A date (YYYY-MM-DD or ISO date-time) in words in `lang` ("1 December 2026", "1. Dezember 2026", "1er décembre 2026"). */
export function formatDateIn(iso: string, lang: ReferenceLanguage, style: 'long' | 'medium' = 'long'): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : formatDay(new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: style, timeZone: 'UTC' }), d);
}

/**
 * A day formatted by Intl, except that French writes the first day of a month as an ordinal,
 * "1er décembre 2026", which Intl does not ("1 décembre 2026"): the day part of the formatted
 * parts, never any other "1". Every other day and language is as Intl writes it.
 */
export function formatDay(format: Intl.DateTimeFormat, d: Date): string {
  if (!format.resolvedOptions().locale.startsWith('fr')) return format.format(d);
  return format
    .formatToParts(d)
    .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/**
 * Each authority's name per language where it has one of its own in that language (multilingual
 * states), else its `localName` (its own language), else the English name. The German article that
 * some official names carry ("Die Bundesbeauftragte …") is left out, so the name stands in any sentence.
 */
const OWN_NAMES: Readonly<Record<string, Partial<Record<ReferenceLanguage, string>>>> = {
  BE: { fr: 'Autorité de protection des données', de: 'Datenschutzbehörde' },
  CH: { de: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter', fr: 'Préposé fédéral à la protection des données et à la transparence' },
  LU: { fr: 'Commission nationale pour la protection des données', de: 'Nationale Kommission für den Datenschutz' },
};
const OWN_ABBREVIATIONS: Readonly<Record<string, Partial<Record<ReferenceLanguage, string>>>> = {
  BE: { fr: 'APD', de: 'DSB' },
  CH: { de: 'EDÖB', fr: 'PFPDT', en: 'FDPIC' },
};

function withoutArticle(name: string): string {
  return name.replace(/^(Die|Der|Das)\s+/, '');
}

/**
 * A supervisory authority under its own name in its own language: in a German or French text the
 * authority's own name (the CNIL as « Commission nationale de l’informatique et des libertés », the
 * Berlin authority as „Berliner Beauftragte für Datenschutz und Informationsfreiheit“, the Irish DPC in
 * English); in an English text the English name. The abbreviation follows in brackets.
 */
export function authorityName(entry: SupervisoryAuthorityEntry, lang: ReferenceLanguage): string {
  const key = entry.region === undefined ? entry.country : `${entry.country}:${entry.region}`;
  const own = OWN_NAMES[key]?.[lang];
  const local = entry.localName?.replace(/\s*\([^)]*\)\s*$/, '');
  const base = lang === 'en' ? entry.name : (own ?? (local !== undefined ? withoutArticle(local) : entry.name));
  const abbreviation = OWN_ABBREVIATIONS[key]?.[lang] ?? entry.abbreviation;
  return (abbreviation === undefined || base.includes(`(${abbreviation})`) ? base : `${base} (${abbreviation})`).replace(/'/g, '’');
}

/**
 * The shipped authority a recorded contact names: by its web address, or by its English, own or
 * combined "English (own)" name, or its abbreviation; undefined when it names none.
 */
export function shippedAuthorityFor(contact: { readonly name?: string; readonly url?: string; readonly country?: string }): SupervisoryAuthorityEntry | undefined {
  const host = (u: string | undefined) => (u === undefined ? undefined : u.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/.*$/, '').toLowerCase());
  const name = contact.name === undefined ? undefined : comparable(contact.name);
  const url = host(contact.url);
  return supervisoryAuthorities.find((a) => {
    if (contact.country !== undefined && a.country !== contact.country) return false;
    if (url !== undefined && host(a.url) === url) return true;
    if (name === undefined) return false;
    const names = [a.name, a.localName, a.abbreviation, a.localName === undefined ? undefined : `${a.name} (${a.localName})`];
    return names.some((n) => n !== undefined && comparable(n) === name);
  });
}
