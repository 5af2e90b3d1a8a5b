/** The privacy-notice generator: records → document model → Markdown, HTML, text (Word: electron/services/notice). */
export { generateNotice, generatedSectionText, type NoticeResult } from './generate';
export { findProduct, noticeInputFromDocument, type NoticeInput, type NoticeOptions } from './input';
export { SECTION_KEYS, linkify, runsText, textBlocks } from './model';
export type { Block, NoticeDocument, NoticeSection, Run, SectionKey, TemplateSectionKey } from './model';
export { sectionText, type StaleOverride } from './overrides';
export { NoticeOverride, Translation, TRANSLATION_ENTITY_TYPES, type TranslationEntityType } from './schema';
export type { NoticeWarning, UntranslatedText } from './texts';
export { catalogue } from './i18n';
export { renderNoticeMarkdown } from './render/markdown';
export { NOTICE_CSS, renderNoticeHtml, renderNoticeHtmlBody } from './render/html';
export { blocksToText, renderNoticeText } from './render/text';
export {
  ENGLISH_CHANGE_LABELS,
  noticeFingerprint,
  noticeTextDiff,
  publicationStatus,
  type NoticePublication,
  type NoticePublicationStore,
  type PublicationState,
  type PublicationStatus,
  type TextChangeLabels,
} from './publication';
// Issue 13: the texts a notice uses, for translating the records.
export {
  RECORD_SOURCE_LANG,
  TRANSLATION_STATUSES,
  countTexts,
  noticeTexts,
  recordUnitId,
  sectionUnitId,
  translationLanguages,
  type RecordField,
  type RecordTextItem,
  type SectionTextItem,
  type TranslatableText,
  type TranslationCounts,
  type TranslationSaveResult,
  type TranslationStatus,
  type TranslationsView,
} from './translation-list';
export { whereUsed } from './text-places';
