/**
 * Compliance checks of the register: pure functions over a WorkspaceDocument,
 * usable in the renderer, the main process, the CLI and the report builders.
 */
export type { CheckContext, CheckOptions, EntityType, Finding, FindingTarget, Rule, RuleOverride, RuleOverrides, Severity } from './types';
export { SEVERITIES } from './types';
export { RULES } from './rules';
export { atLeast, isSeverity, runChecks } from './run';
export { completeness } from './completeness';
