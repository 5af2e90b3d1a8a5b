/**
 * Compliance checks of the register: pure functions over a WorkspaceDocument,
 * usable in the renderer, the main process, the CLI and the report builders.
 */
export type { CheckContext, CheckOptions, EntityType, Finding, FindingTarget, Rule, RuleOverride, RuleOverrides, Severity } from './types';
export { SEVERITIES } from './types';
export { RULES } from './rules';
export { atLeast, isSeverity, runChecks } from './run';
export { completeness, activityCompleteness, productCompleteness, organisationCompleteness } from './completeness';
export { digitalConsentAge, DIGITAL_CONSENT_AGE_VERSION, type DigitalConsentAge } from './digital-consent-age';
export { REVIEW_FIELDS, REOPENED_NOTE, applyReviewRule, contentChanged } from './review-rule';
export { addMonths, isoDay } from './dates';
export { WORKSPACE_SCOPE, organisationScope, scopeDocument, scopeOrganisation, type BaselineScope } from './scope';
export {
  describeFieldChange,
  describeValue,
  diffDocuments,
  diffRecord,
  fieldLabel,
  type DiffEntityType,
  type DocumentDiff,
  type FieldChange,
  type RecordChange,
  type RecordChangeKind,
} from './diff';
export { groupFindings, type FindingGroup } from './group';
export { describeBaseline, type Baseline, type BaselineInfo } from './baseline';
export { formatDiffText, formatFindingsText, severityCounts } from './text';
// issue 11 (notice roles): the latest publication of each notice, for the published-notice check
export { withNoticePublications, type DocumentWithPublications, type PublishedNoticeSummary } from './rules/notice-identity';
export { diffInWords, fieldValueInWords, namesOfDocuments, type WordedDocumentDiff, type WordedFieldChange } from './diff-words';
