/** Notice overrides that no longer match what the records generate (Art. 12(1), 13). */
import { generateNotice, noticeInputFromDocument } from '../../notice';
import { defineRule } from '../define';
import { productTarget, q } from '../targets';

export const staleNoticeOverride = defineRule(
  {
    id: 'stale-notice-override',
    severity: 'warning',
    article: 'Art. 12(1), 13',
    title: 'Stale notice override',
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
          const section = s.heading !== undefined ? q(s.heading) : q(s.sectionKey);
          const why = s.reason === 'removed' ? 'the records no longer call for that section' : 'the records have changed since it was written';
          emit(
            productTarget(p, `notice.sections.${s.sectionKey}.${lang}`),
            `The hand-written section ${section} (${lang}) of the notice of ${q(p.name)} may be out of date: ${why}.`,
            'Compare your text with the newly generated section, then update the override or remove it.',
          );
        }
      }
    }
  },
);

export const NOTICE_RULES = [staleNoticeOverride];
