/**
 * "Changes since" in German and French: how a change's trail names fields and list items
 * ("Zwecke › Zweck „Abrechnung“ › Rechtsgrundlage", "Finalités › Finalité « Facturation »
 * ajoutée"), for compliance/diff's DiffWords. English is compliance/diff's own DIFF_WORDS_EN.
 */
import { type BaselineInfo, describeBaseline } from '../../compliance/baseline';
import { DIFF_WORDS_EN, type DiffWords, type ListField } from '../../compliance/diff';
import { countryLabel, vocabularyLabel } from '../../reference';
import { reportCatalogue, reportDate } from './index';
import { fieldLabelIn } from './field-labels';
import { DEVICE_PERMISSIONS, type DevicePermission } from '../../model';
import type { ReportLang } from './types';

const NB = '\u00A0';
const PERMISSIONS: ReadonlySet<string> = new Set(DEVICE_PERMISSIONS);
const isPermission = (s: string): s is DevicePermission => PERMISSIONS.has(s);

/** Each kind of list item by its noun, and whether French agrees "ajouté" in the feminine. */
const ITEM: Readonly<Record<'de' | 'fr', Readonly<Record<ListField, string>>>> = {
  de: {
    purposes: 'Zweck',
    dataCategories: 'Datenkategorie',
    recipients: 'Empfänger',
    transfers: 'Übermittlung nach',
    controllers: 'Verantwortlicher',
    jointControllers: 'Gemeinsam Verantwortlicher',
    permissions: 'Berechtigung',
    storeListings: 'Store-Eintrag',
    customSections: 'Abschnitt',
  },
  fr: {
    purposes: 'Finalité',
    dataCategories: 'Catégorie de données',
    recipients: 'Destinataire',
    transfers: 'Transfert vers',
    controllers: 'Responsable du traitement',
    jointControllers: 'Responsable conjoint',
    permissions: 'Autorisation',
    storeListings: 'Fiche de boutique',
    customSections: 'Section',
  },
};
const FEMININE: ReadonlySet<ListField> = new Set(['purposes', 'dataCategories', 'permissions', 'storeListings', 'customSections']);

const QUOTE = { de: (s: string) => `„${s}“`, fr: (s: string) => `«${NB}${s}${NB}»` } as const;
const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

function words(lang: 'de' | 'fr'): DiffWords {
  const q = (s: string) => QUOTE[lang](shorten(s));
  return {
    field: (key) => fieldLabelIn(key, lang),
    item: (list, name, country) => {
      if (list === 'transfers') {
        const to = lang === 'de' ? `Übermittlung nach ${countryLabel(country ?? '', 'de')}` : `Transfert vers le pays suivant${NB}: ${countryLabel(country ?? '', 'fr')}`;
        return `${to}${name !== '' ? ` (${name})` : ''}`;
      }
      const shown = list === 'permissions' && isPermission(name) ? vocabularyLabel('device_permission', name, lang) : name;
      return `${ITEM[lang][list]} ${q(shown)}`;
    },
    // French agrees the participle with the item: « Finalité … ajoutée », « Destinataire … ajouté ».
    added: (label, list) => `${label} ${lang === 'de' ? 'hinzugefügt' : FEMININE.has(list) ? 'ajoutée' : 'ajouté'}`,
    removed: (label, list) => `${label} ${lang === 'de' ? 'entfernt' : FEMININE.has(list) ? 'supprimée' : 'supprimé'}`,
  };
}

export function changeWords(lang: ReportLang): DiffWords {
  return lang === 'en' ? DIFF_WORDS_EN : words(lang);
}

/** "„Audit 2026“ (gesamter Arbeitsbereich, 22. November 2026)": a baseline as a report in `lang` names it. */
export function describeBaselineIn(b: BaselineInfo, lang: ReportLang): string {
  if (lang === 'en') return describeBaseline(b);
  const scope = b.organisationName ?? (lang === 'de' ? 'gesamter Arbeitsbereich' : 'espace de travail entier');
  return `${QUOTE[lang](b.label)} (${scope}, ${reportDate(reportCatalogue(lang), b.createdAt)})`;
}
