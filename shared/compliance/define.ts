/**
 * defineRule: a rule from its description and a function that reports findings with their
 * parameters. The sentences come from the catalogues (messages/): the rule's title and
 * article from the English one, each finding's sentence, fix and article in the language
 * the check runs in (English unless a report asks for German or French).
 */
import { type FindingParams, type RuleId, findingSentences, ruleText } from './messages';
import type { CheckContext, Finding, FindingTarget, Rule, Severity } from './types';

export type Emit<K extends RuleId> = (target: FindingTarget, params: FindingParams[K]) => void;

export interface RuleMeta<K extends RuleId> {
  id: K;
  severity: Severity;
  /** What the rule checks, in one or two sentences (English; shown in the app). */
  description: string;
}

export function defineRule<K extends RuleId>(meta: RuleMeta<K>, run: (ctx: CheckContext, emit: Emit<K>) => void): Rule {
  const en = ruleText('en', meta.id);
  return {
    ...meta,
    title: en.title,
    article: en.article,
    check(ctx: CheckContext): Finding[] {
      const out: Finding[] = [];
      const lang = ctx.lang;
      const article = ruleText(lang, meta.id).article;
      run(ctx, (target, params) => {
        const { message, hint } = findingSentences(lang, meta.id, params);
        out.push({ ruleId: meta.id, severity: meta.severity, article, message, hint, target });
      });
      return out;
    },
  };
}
