/**
 * Property: an output scoped to one organisation (or one of its products) holds no
 * name or id of another organisation's records. Random workspaces of 2–3
 * organisations, with activities of every role that are kept, changed, removed or
 * added since a baseline; every scoped output is generated and read back as text
 * (all XML parts of the xlsx/docx, document properties included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { renderNoticeText } from '../../shared/notice/render/text';
import { changesBetween } from '../../shared/reports/changes';
import { reportFindings, scopedCheck } from '../../shared/reports/findings';
import { type ReportScope, selectScope } from '../../shared/reports/scope';
import { formatFindingsText } from '../../shared/compliance';
import { type RandomWorkspace, markersOf, randomWorkspace } from '../helpers/reports-shapes';
import { docxBuffer, officeText, xlsxBuffer } from '../helpers/reports-text';

const NOW = new Date('2026-11-22T09:00:00Z');

/** Every scoped output of `scope` as text: Excel (both layouts), Word, changes since, findings, the notice of a product. */
async function outputs(w: RandomWorkspace, scope: ReportScope): Promise<Record<string, string>> {
  const changesSince = changesBetween({ document: w.before, scope: 'workspace', label: '“Audit” (whole workspace, 2026-11-01)' }, w.now, scope);
  const reg = selectScope(w.now, scope);
  const findings = reportFindings(reg, NOW);
  const out: Record<string, string> = {
    native: await officeText(await xlsxBuffer(w.now, scope, { changesSince })),
    ico: await officeText(await xlsxBuffer(w.now, scope, { layout: 'ico', changesSince })),
    word: await officeText(await docxBuffer(w.now, scope, { changesSince })),
    changes: JSON.stringify(changesSince),
    findings: JSON.stringify(findings),
  };
  const check = scopedCheck(w.now, scope, '2026-11-22');
  out.check = formatFindingsText(check.doc, check.findings, 'info');
  if (scope.kind === 'product') {
    const input = noticeInputFromDocument(w.now, scope.productId);
    if (input) out.notice = renderNoticeText(generateNotice(input, { lang: 'en', today: '2026-11-22' }).document);
  }
  return out;
}

describe('scoped outputs never cross the organisation boundary', () => {
  it('no name or id of another organisation appears in any output of one organisation or product', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkspace, async (w) => {
        const scopes: { scope: ReportScope; organisationId: string }[] = [
          ...w.now.organisations.map((o) => ({ scope: { kind: 'organisation', organisationId: o.id } as const, organisationId: o.id })),
          ...w.now.products.map((p) => ({ scope: { kind: 'product', productId: p.id } as const, organisationId: p.organisationId })),
        ];
        for (const { scope, organisationId } of scopes) {
          const foreign = w.now.organisations.filter((o) => o.id !== organisationId).flatMap((o) => markersOf(w, o.id));
          const own = markersOf(w, organisationId);
          const texts = await outputs(w, scope);
          for (const [what, text] of Object.entries(texts)) {
            const leaked = foreign.filter((m) => text.includes(m));
            expect(leaked, `${what} of ${JSON.stringify(scope)}`).toEqual([]);
          }
          // The outputs are not empty: the organisation's own records are there.
          if (scope.kind === 'organisation') {
            const name = w.now.organisations.find((o) => o.id === organisationId)?.name ?? '';
            expect(texts.native).toContain(name);
            expect(texts.word).toContain(name);
            expect(own.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
