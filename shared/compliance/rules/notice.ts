/** Notice overrides that no longer match what the records generate (Art. 12(1), 13). */
import { generateNotice, noticeInputFromDocument } from '../../notice';
import { defineRule } from '../define';
import { productTarget } from '../targets';

export const staleNoticeOverride = defineRule(
  {
    id: 'stale-notice-override',
    severity: 'warning',
    description:
      'A notice section the user rewrote by hand still matches the section the records generate; when the records change, the override may tell people something outdated.',
  },
  (ctx, emit) => {
    const overrides = ctx.doc.noticeOverrides ?? [];
    if (overrides.length === 0) return;
    for (const p of ctx.doc.products) {
      const langs = [...new Set(overrides.filter((o) => o.productId === p.id).map((o) => o.lang))];
      if (langs.length === 0) continue;
      const input = noticeInputFromDocument(ctx.doc, p.id);
      if (input === undefined) continue;
      for (const lang of langs) {
        for (const s of generateNotice(input, { lang, today: ctx.today }).staleOverrides) {
          emit(productTarget(p, `notice.sections.${s.sectionKey}.${lang}`), { product: p.name, section: s.heading ?? s.sectionKey, lang, removed: s.reason === 'removed' });
        }
      }
    }
  },
);

export const NOTICE_RULES = [staleNoticeOverride];
