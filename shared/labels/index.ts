/** App-store privacy labels from the register: build, outputs, staleness. */
export * from './types';
export { buildStoreLabels, productsWithApps } from './build';
export { categoryMapping, purposeMapping, type CategoryMapping, type MappingOrigin, type StoreTypeMapping } from './mapping';
export { classifyRecipients, type RecipientClass } from './recipients';
export { APPLE_SECTION_TITLES, FASTLANE_JSON_SCHEMA, appleSections, appleSummary, fastlaneJson, fastlaneUsages, protectionsOf, type AppleSection, type FastlaneUsage } from './apple-json';
export { TemplateError, csvText, documentedCsv, documentedRows, fillTemplate, googleAnswers, type TemplateFill } from './google-csv';
export { MANIFEST_COMMENT, manifestValue, manifestXml } from './manifest';
export { OUTPUT_FILES, STORE_TITLES, answerLines, blockingQuestions, fingerprint, outputText, staleness, type ExportStamp, type Staleness } from './outputs';
