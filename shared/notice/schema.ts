/**
 * The notice's own records in the interchange document: translations of
 * record text and per-section overrides.
 */
import { z } from 'zod';
import { Id, IsoDateTime, NOTICE_LANGUAGES, oneOf, requiredText, text } from '../model';

/**
 * What a translation belongs to. `text` is a phrase memory: the translation of
 * one original text wherever it appears (entityId "*", field = the original).
 */
export const TRANSLATION_ENTITY_TYPES = [
  'organisation',
  'product',
  'activity',
  'vendor',
  'data_category',
  'data_subject',
  'security_measure',
  'text',
] as const;
export type TranslationEntityType = (typeof TRANSLATION_ENTITY_TYPES)[number];

/** The text of one record field in one notice language, e.g. activity "act-1", field "purposes.0.description", "de". */
export const Translation = z.strictObject({
  entityType: oneOf(TRANSLATION_ENTITY_TYPES),
  entityId: requiredText(200),
  /** Path of the field in the record ("notice.deletionSteps", "dataCategories.2.detail"), or the original text for `text`. */
  field: requiredText(4000),
  lang: oneOf(NOTICE_LANGUAGES),
  text: requiredText(20_000),
  /** Issue 13: the source text as it was when this translation was written; a later difference makes it stale. Absent in older documents (never stale). */
  sourceText: text(20_000).optional(),
});
export type Translation = z.infer<typeof Translation>;

export const SectionKeyText = z.string().regex(/^[a-z0-9_]+(:[A-Za-z0-9_.:-]+)?$/, {
  error: 'must be a notice section key such as "rights" or "custom:geospatial-attribution"',
});

/** A user's text replacing one generated section, with the generated text it replaced. */
export const NoticeOverride = z.strictObject({
  productId: Id,
  lang: oneOf(NOTICE_LANGUAGES),
  sectionKey: SectionKeyText,
  text: requiredText(50_000),
  /** The section as generated when the override was written: a later difference makes the override stale. */
  generatedText: text(200_000),
  updatedAt: IsoDateTime,
});
export type NoticeOverride = z.infer<typeof NoticeOverride>;
