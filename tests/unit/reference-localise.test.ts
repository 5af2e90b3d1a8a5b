/** Every shipped vocabulary entry in en, de and fr; countries, dates and authorities in the reader's language. */
import { describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS, NOTICE_STATEMENTS } from '../../shared/model/enums';
import { generateNotice, noticeInputFromDocument, renderNoticeText } from '../../shared/notice';
import { buildSampleDocument } from '../../shared/sample';
import { ACTIVITY_TEMPLATES, activityFromTemplate } from '../../shared/templates';
import {
  REFERENCE_LANGUAGES,
  VOCABULARY_KINDS,
  authorityName,
  countryLabel,
  formatDateIn,
  shippedAuthorityFor,
  shippedTaxonomyLabel,
  shippedText,
  shippedTexts,
  supervisoryAuthority,
  vendorCatalogue,
  vocabularyKeys,
  vocabularyLabel,
  vocabularyText,
} from '../../shared/reference';

/** The kinds whose English entries carry a description, so that de and fr must too. */
const DESCRIBED = new Set(['data_category', 'data_subject', 'security_measure', 'legal_basis', 'art9_condition', 'right', 'transfer_mechanism', 'derogation']);

describe('every shipped vocabulary in en, de and fr', () => {
  for (const kind of VOCABULARY_KINDS) {
    it(`${kind}: the same keys in every language, each with a label (and a description where English has one)`, () => {
      const keys = vocabularyKeys(kind, 'en');
      expect(keys.length).toBeGreaterThan(0);
      for (const lang of REFERENCE_LANGUAGES) {
        expect([...vocabularyKeys(kind, lang)].sort(), `${kind} in ${lang}`).toEqual([...keys].sort());
        for (const key of keys) {
          const t = vocabularyText(kind, key as never, lang);
          expect(t?.label.trim(), `${kind} ${key} ${lang}`).toBeTruthy();
          if (DESCRIBED.has(kind)) expect(t?.description?.trim(), `${kind} ${key} ${lang} description`).toBeTruthy();
        }
      }
    });

    it(`${kind}: German and French differ from English (nothing left untranslated by copy)`, () => {
      // Names that are the same word in the other language, as dictionaries give them.
      const same = new Set(['Bluetooth', 'Photos', 'Microphone', 'Contacts', 'Notifications', 'Signature', 'Nationalité', 'Messages', 'Patients', 'Prospects', 'Pseudonymisation', 'Sauvegardes', 'Documents et fichiers']);
      for (const key of vocabularyKeys(kind, 'en')) {
        const en = vocabularyText(kind, key as never, 'en');
        for (const lang of ['de', 'fr'] as const) {
          const t = vocabularyText(kind, key as never, lang);
          if (en === undefined || t === undefined || same.has(t.label)) continue;
          expect(t.label, `${kind} ${key} ${lang}`).not.toBe(en.label);
          if (en.description !== undefined) expect(t.description, `${kind} ${key} ${lang}`).not.toBe(en.description);
        }
      }
    });
  }

  it('uses curly apostrophes and no straight quotes in any label or description', () => {
    for (const kind of VOCABULARY_KINDS) {
      for (const lang of REFERENCE_LANGUAGES) {
        for (const key of vocabularyKeys(kind, lang)) {
          const t = vocabularyText(kind, key as never, lang);
          expect(`${t?.label ?? ''} ${t?.description ?? ''}`, `${kind} ${key} ${lang}`).not.toMatch(/['"]/);
        }
      }
    }
  });

  it('covers every device permission and statement the model knows', () => {
    expect([...vocabularyKeys('device_permission', 'fr')].sort()).toEqual([...DEVICE_PERMISSIONS].sort());
    expect([...vocabularyKeys('statement', 'de')].sort()).toEqual([...NOTICE_STATEMENTS].sort());
  });

  it('speaks GDPR terminology: Verantwortlicher and Auftragsverarbeiter, responsable du traitement and sous-traitant', () => {
    expect(vocabularyLabel('scc_module', 2, 'de')).toBe('Modul 2: Übermittlung von Verantwortlichen an Auftragsverarbeiter');
    expect(vocabularyLabel('scc_module', 2, 'fr')).toBe('Module 2 : transfert de responsable du traitement à sous-traitant');
    expect(vocabularyLabel('right', 'erasure', 'de')).toBe('Recht auf Löschung');
    expect(vocabularyLabel('right', 'erasure', 'fr')).toBe('Droit à l’effacement');
    expect(vocabularyLabel('data_category', 'email_address', 'de')).toBe('E-Mail-Adresse');
    expect(vocabularyLabel('security_measure', 'encryption_in_transit', 'fr')).toBe('Chiffrement des communications (TLS)');
  });

  it('gives the key back for a key that is not shipped', () => {
    expect(vocabularyText('data_category', 'offline_queue_files', 'de')).toBeUndefined();
    expect(vocabularyLabel('data_category', 'offline_queue_files', 'de')).toBe('offline_queue_files');
  });
});

describe('a workspace taxonomy entry', () => {
  it('gets the shipped translation while it carries the shipped English label', () => {
    expect(shippedTaxonomyLabel('data_category', { key: 'email_address', label: 'E-mail address' }, 'fr')).toBe('Adresse e-mail');
    expect(shippedTaxonomyLabel('data_subject', { key: 'customer_end_users', label: "Customers' end users" }, 'de')).toBe('Endnutzer unserer Kunden');
  });

  it('gets nothing once customised (its label is then a record text to translate)', () => {
    expect(shippedTaxonomyLabel('data_category', { key: 'email_address', label: 'Work e-mail' }, 'fr')).toBeUndefined();
    expect(shippedTaxonomyLabel('data_category', { key: 'my_own', label: 'My own' }, 'fr')).toBeUndefined();
  });
});

describe('countries, dates and authorities', () => {
  it('names countries from Intl in the reader’s language', () => {
    expect(countryLabel('DE', 'de')).toBe('Deutschland');
    expect(countryLabel('US', 'fr')).toBe('États-Unis');
    expect(countryLabel('GB', 'en')).toBe('United Kingdom');
  });

  it('writes dates in words', () => {
    expect(formatDateIn('2026-12-01', 'de')).toBe('1. Dezember 2026');
    expect(formatDateIn('2026-12-01T10:00:00Z', 'fr')).toBe('1er décembre 2026');
    expect(formatDateIn('2026-12-21', 'fr')).toBe('21 décembre 2026');
    expect(formatDateIn('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('names an authority by its own name in its own language, without a leading article', () => {
    const cnil = supervisoryAuthority('FR');
    const bfdi = supervisoryAuthority('DE');
    const berlin = supervisoryAuthority('DE', 'Berlin');
    if (cnil === undefined || bfdi === undefined || berlin === undefined) throw new Error('reference data lacks FR/DE authorities');
    expect(authorityName(cnil, 'fr')).toBe('Commission nationale de l’informatique et des libertés (CNIL)');
    expect(authorityName(cnil, 'de')).toBe('Commission nationale de l’informatique et des libertés (CNIL)');
    expect(authorityName(bfdi, 'de')).toBe('Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)');
    expect(authorityName(berlin, 'fr')).toBe('Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)');
    expect(authorityName(cnil, 'en')).toBe('French Data Protection Authority (CNIL)');
    const be = supervisoryAuthority('BE');
    if (be === undefined) throw new Error('no BE authority');
    expect(authorityName(be, 'fr')).toBe('Autorité de protection des données (APD)');
  });

  it('recognises a recorded authority by its address or its names', () => {
    expect(shippedAuthorityFor({ url: 'https://www.cnil.fr/' })?.abbreviation).toBe('CNIL');
    expect(shippedAuthorityFor({ name: 'Berlin Commissioner for Data Protection and Freedom of Information (Berliner Beauftragte für Datenschutz und Informationsfreiheit)' })?.region).toBe('Berlin');
    expect(shippedAuthorityFor({ name: 'Our friendly regulator' })).toBeUndefined();
  });
});

describe('the activity templates’ and vendor catalogue’s texts', () => {
  const texts = ACTIVITY_TEMPLATES.flatMap((t) => [
    t.name,
    t.description,
    ...t.purposes.flatMap((p) => [p.description, p.legitimateInterest]),
    ...t.dataCategories.flatMap((c) => [c.detail, c.retention, c.sourceDetail, c.consequence]),
    ...t.systems,
  ]).filter((x): x is string => x !== undefined && x.trim() !== '');

  it('each have German and French', () => {
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) {
      expect(shippedText(t, 'de'), t).toBeTruthy();
      expect(shippedText(t, 'fr'), t).toBeTruthy();
    }
    const services = vendorCatalogue.map((v) => v.service);
    for (const t of services) {
      expect(shippedText(t, 'de'), t).toBeTruthy();
      expect(shippedText(t, 'fr'), t).toBeTruthy();
    }
    expect(shippedTexts().length).toBe(new Set([...texts, ...services]).size);
  });

  it('translate a notice of an activity made from a template, untouched', () => {
    const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
    const base = noticeInputFromDocument(doc, 'Ledgerly');
    if (base === undefined) throw new Error('no Ledgerly');
    const template = ACTIVITY_TEMPLATES.find((t) => t.key === 'account_management');
    if (template === undefined) throw new Error('no template');
    const activity = activityFromTemplate(template, { id: 'act-t', organisationId: base.organisation.id, productId: base.product.id });
    const result = generateNotice({ ...base, activities: [activity] }, { lang: 'fr', today: '2026-03-15' });
    const text = renderNoticeText(result.document);
    expect(text).toContain('Créer et gérer les comptes utilisateurs et authentifier les utilisateurs');
    expect(text).toContain('Pendant toute la durée du compte\u00A0; suppression dans les 30 jours suivant la suppression du compte');
    expect(result.warnings.filter((w) => w.code === 'missing_translation' && w.untranslated?.entityId === 'act-t')).toEqual([]);
  });
});
