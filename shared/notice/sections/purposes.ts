/** Purposes with their legal bases, and the statements the product makes about its use of data. */
import type { NoticeContext } from '../context';
import { type SectionDraft, list, paragraph, table } from '../model';

export function purposesSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt } = ctx;
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const a of ctx.main) {
    a.purposes.forEach((p, i) => {
      const description = rt.get('activity', a.id, `purposes.${i}.description`, p.description);
      const basis: string[] = [];
      if (p.legalBasis !== undefined) {
        basis.push(cat.legalBases[p.legalBasis]);
        const interest = rt.opt('activity', a.id, `purposes.${i}.legitimateInterest`, p.legitimateInterest);
        if (p.legalBasis === 'legitimate_interests' && interest !== undefined) basis.push(cat.legitimateInterest(interest));
      } else {
        ctx.warnings.push({ code: 'missing_legal_basis', message: `The purpose "${p.description}" of "${a.name}" has no legal basis; the notice states none for it.` });
      }
      if (p.art9Condition !== undefined) basis.push(cat.art9Basis(cat.art9[p.art9Condition]));
      const row = [description, basis.join('\n')];
      const key = row.join('\u0000');
      if (!seen.has(key)) rows.push(row);
      seen.add(key);
    });
  }
  if (rows.length === 0) return undefined;
  return { key: 'purposes', heading: cat.headings.purposes, blocks: [paragraph(cat.purposesIntro), table(cat.purposeHeader, rows)] };
}

/** The built-in statements the product makes, then its own ones (translatable like any record text). */
export function commitmentsSection(ctx: NoticeContext): SectionDraft | undefined {
  const { cat, rt, product } = ctx;
  const own = (product.notice.customStatements ?? []).map((s) => rt.get('product', product.id, `notice.customStatements.${s.id}.text`, s.text));
  const texts = [...product.notice.statements.map((s) => cat.statements[s]), ...own];
  if (texts.length === 0) return undefined;
  return { key: 'commitments', heading: cat.headings.commitments, blocks: [texts.length === 1 ? paragraph(texts[0] ?? '') : list(texts)] };
}
