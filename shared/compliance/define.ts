/** defineRule: a rule from its description and a function that reports findings. */
import type { CheckContext, Finding, FindingTarget, Rule } from './types';

export type Emit = (target: FindingTarget, message: string, hint: string) => void;

export function defineRule(meta: Omit<Rule, 'check'>, run: (ctx: CheckContext, emit: Emit) => void): Rule {
  return {
    ...meta,
    check(ctx: CheckContext): Finding[] {
      const out: Finding[] = [];
      run(ctx, (target, message, hint) => {
        out.push({ ruleId: meta.id, severity: meta.severity, article: meta.article, message, hint, target });
      });
      return out;
    },
  };
}
