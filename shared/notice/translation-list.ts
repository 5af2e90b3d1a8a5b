/**
 * Issue 13: every translatable text one product's notice uses in one language, each
 * with where it is used, its source text, the current translation and a status.
 *
 * The list is derived from the notice generation itself: the notice is generated in the
 * target language with a listener on its record texts (`RecordText`), so it holds exactly
 * the texts that notice reads, never a hand-kept list. The user's own wording of a section
 * in the source language (an override) is a text too: its translation is the override of
 * the same section in the target language.
 */
import type { NoticeLanguage } from '../model';
import { shippedText } from '../reference';
import { generateNotice } from './generate';
import type { NoticeInput } from './input';
import type { Translation, TranslationEntityType } from './schema';
import type { RecordTextUse } from './texts';
import { asLabel, placeDescriber } from './text-places';

export type TranslationStatus = 'missing' | 'stale' | 'done';
export const TRANSLATION_STATUSES: readonly TranslationStatus[] = ['missing', 'stale', 'done'];

/** The language the records are written in. */
export const RECORD_SOURCE_LANG: NoticeLanguage = 'en';

interface TextBase {
  /** Stable unit id naming the record field ("activity:act-support:purposes.0.description") or the section ("section:rights"). */
  readonly id: string;
  /** Where the notice uses it, in words. */
  readonly where: string;
  readonly source: string;
  /** The text in the target language, if there is one. */
  readonly translation?: string;
  /** Stale: the source as it was when the translation was written. */
  readonly sourceThen?: string;
  readonly status: TranslationStatus;
}

/** One record field that holds a text. */
export interface RecordField {
  readonly entityType: Exclude<TranslationEntityType, 'text'>;
  readonly entityId: string;
  readonly field: string;
}

/**
 * One source text of the records, with every field of this notice that holds it (the same
 * description shared by several data rows is translated once, and saved to each field).
 */
export interface RecordTextItem extends TextBase {
  readonly kind: 'record';
  readonly fields: readonly RecordField[];
  /** Where each field is used, in words (`where` is the first). */
  readonly places: readonly string[];
  /** Where the translation comes from: the fields' own, or the same text translated elsewhere (phrase memory). */
  /** Where the translation comes from: the field's own, the same text translated elsewhere, or the app's text for a template it ships. */
  readonly via?: 'field' | 'phrase' | 'app';
}

export interface SectionTextItem extends TextBase {
  readonly kind: 'section';
  readonly sectionKey: string;
}

export type TranslatableText = RecordTextItem | SectionTextItem;

export interface TranslationCounts {
  readonly total: number;
  readonly missing: number;
  readonly stale: number;
  readonly done: number;
}

export const recordUnitId = (entityType: string, entityId: string, field: string) => `${entityType}:${entityId}:${field}`;
export const sectionUnitId = (sectionKey: string) => `section:${sectionKey}`;

const fieldKey = (t: Pick<Translation, 'entityType' | 'entityId' | 'field'>) => `${t.entityType}\u0000${t.entityId}\u0000${t.field}`;

/** The target languages of a product's notice: those it declares, other than the records' own. */
export function translationLanguages(product: NoticeInput['product']): NoticeLanguage[] {
  return product.notice.languages.filter((l) => l !== RECORD_SOURCE_LANG);
}

/** Every translatable text the product's notice uses in `lang`, in the order the notice first uses it. */
export function noticeTexts(input: NoticeInput, lang: NoticeLanguage, today = '2000-01-01'): TranslatableText[] {
  const sourceLang = RECORD_SOURCE_LANG;
  const uses = new Map<string, RecordTextUse>();
  const target = generateNotice(input, {
    lang,
    today,
    sourceLang,
    onRecordText: (u) => {
      const key = fieldKey(u);
      if (!uses.has(key)) uses.set(key, u);
    },
  });
  const mine = (input.translations ?? []).filter((t) => t.lang === lang);
  const byField = new Map(mine.filter((t) => t.entityType !== 'text').map((t) => [fieldKey(t), t]));
  const byOriginal = new Map(mine.filter((t) => t.entityType === 'text').map((t) => [t.field, t]));

  const describe = placeDescriber(input);
  const groups = new Map<string, RecordTextUse[]>();
  for (const u of uses.values()) groups.set(u.original, [...(groups.get(u.original) ?? []), u]);
  const records = [...groups.entries()].map(([source, members]): RecordTextItem => {
    const first = members[0] as RecordTextUse;
    const fields = members.map((u): RecordField => ({ entityType: u.entityType, entityId: u.entityId, field: u.field }));
    const places = members.map((u) => asLabel(describe(u.entityType, u.entityId, u.field, u.original)));
    const extra = places.length > 1 ? ` (and ${places.length - 1} other place${places.length > 2 ? 's' : ''})` : '';
    const base = { kind: 'record' as const, id: recordUnitId(first.entityType, first.entityId, first.field), fields, places, where: `${places[0] ?? ''}${extra}`, source };
    const own = members.map((u) => byField.get(fieldKey(u)));
    const phrase = byOriginal.get(source);
    const found = own.find((t) => t !== undefined);
    // As RecordText: a text still as the app's template shipped it is translated by the app.
    const shipped = phrase === undefined ? shippedText(source, lang) : undefined;
    if (found === undefined && shipped !== undefined) return { ...base, translation: shipped, via: 'app', status: 'done' };
    const translation = found?.text ?? phrase?.text;
    if (translation === undefined) return { ...base, status: 'missing' };
    const via = found !== undefined ? ('field' as const) : ('phrase' as const);
    // A field without its own translation and no phrase memory falls back to the source: still missing there.
    if (phrase === undefined && own.some((t) => t === undefined)) return { ...base, translation, via, status: 'missing' };
    const stale = own.find((t) => t?.sourceText !== undefined && t.sourceText !== source);
    if (stale !== undefined) return { ...base, translation, via, status: 'stale', ...(stale.sourceText !== undefined ? { sourceThen: stale.sourceText } : {}) };
    return { ...base, translation, via, status: 'done' };
  });

  // The user's own wording of a section in the source language, where the target notice has that section.
  const present = new Set<string>(target.document.sections.map((s) => s.key));
  const overrides = input.overrides ?? [];
  const own = overrides.filter((o) => o.lang === sourceLang && present.has(o.sectionKey));
  const sourceHeadings = own.length === 0 ? new Map<string, string>() : new Map(generateNotice(input, { lang: sourceLang, today }).document.sections.map((s) => [s.key, s.heading]));
  const sections = own.map((o): SectionTextItem => {
    const t = overrides.find((x) => x.lang === lang && x.sectionKey === o.sectionKey);
    const heading = sourceHeadings.get(o.sectionKey) ?? o.sectionKey;
    const base = { kind: 'section' as const, id: sectionUnitId(o.sectionKey), sectionKey: o.sectionKey, where: `Your own wording of the section “${heading}”`, source: o.text };
    if (t === undefined) return { ...base, status: 'missing' };
    const stale = t.updatedAt < o.updatedAt;
    return { ...base, translation: t.text, status: stale ? 'stale' : 'done' };
  });
  return [...records, ...sections];
}

export function countTexts(texts: readonly TranslatableText[]): TranslationCounts {
  const n = (s: TranslationStatus) => texts.filter((t) => t.status === s).length;
  return { total: texts.length, missing: n('missing'), stale: n('stale'), done: n('done') };
}

/** The texts of one product's notice in one language, as the editor and the XLIFF export show them. */
export interface TranslationsView {
  productId: string;
  productName: string;
  lang: NoticeLanguage;
  /** The product's notice languages that can be translated into (declared, other than the records' own). */
  languages: NoticeLanguage[];
  texts: TranslatableText[];
  counts: TranslationCounts;
}

/** What a save of translations did (from the editor or an XLIFF file). */
export interface TranslationSaveResult {
  filled: number;
  changed: number;
  cleared: number;
  left: number;
  /** Saved from a source that has changed since: marked stale at once. */
  staleOnArrival: number;
  counts: TranslationCounts;
}

