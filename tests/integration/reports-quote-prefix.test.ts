/**
 * Text that Excel would take for a formula once edited (a telephone number "+49 …", a hostile
 * "=cmd|…") is written as a text cell with the quote-prefix style (issue 13): the cell shows the
 * text as typed, without an apostrophe, its style says quotePrefix="1", and it is never a formula.
 */
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../shared/interchange';
import { buildSampleDocument } from '../../shared/sample';
import { loadXlsx, unzip } from '../helpers/reports-files';
import { xlsxBuffer } from '../helpers/reports-text';

const PHONE = '+49 30 1234567';
const HOSTILE = "=cmd|' /C calc'!A0";

/** The sheet's XML part by its tab name (workbook.xml → rels → part). */
function sheetXml(parts: Map<string, Buffer>, name: string): string {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = rid ? new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${name}`);
  return parts.get(`xl/${target.replace(/^\/?xl\//, '')}`)?.toString('utf8') ?? '';
}

/** The `xf` elements of cellXfs, in order (a cell's s="N" is the N-th). */
function cellXfs(parts: Map<string, Buffer>): string[] {
  const styles = parts.get('xl/styles.xml')?.toString('utf8') ?? '';
  const block = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...block.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
}

function withHostileText(): WorkspaceDocument {
  const doc = buildSampleDocument();
  const org = doc.organisations[0];
  const activity = doc.activities.find((a) => a.organisationId === org?.id && a.role !== 'processor');
  if (!org || !activity) throw new Error('sample');
  org.phone = PHONE;
  activity.description = HOSTILE;
  return doc;
}

describe('formula-like text in the Excel register', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: a telephone number shows "+49 …" without an apostrophe, and "=cmd…" stays text: quote-prefixed cells, no formula`, async () => {
      const doc = withHostileText();
      const buffer = await xlsxBuffer(doc, { kind: 'workspace' }, { lang });
      const wb = await loadXlsx(buffer);
      const parts = await unzip(buffer);
      const xfs = cellXfs(parts);
      const found: Record<string, string> = {};
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === PHONE || cell.value === HOSTILE) found[`${ws.name}!${cell.address}`] = String(cell.value);
            expect(String(cell.value)).not.toBe(`'${PHONE}`);
            expect(String(cell.value)).not.toBe(`'${HOSTILE}`);
          }),
        );
      }
      expect(Object.values(found)).toContain(PHONE);
      expect(Object.values(found)).toContain(HOSTILE);
      for (const where of Object.keys(found)) {
        const [sheet = '', address = ''] = where.split('!');
        const xml = sheetXml(parts, sheet);
        const c = new RegExp(`<c r="${address}"([^>]*)>([\\s\\S]*?)</c>`).exec(xml);
        expect(c, where).not.toBeNull();
        expect(c?.[2]).not.toMatch(/<f[ >]/);
        expect(c?.[1]).toMatch(/t="(s|inlineStr|str)"/);
        const s = Number(/ s="(\d+)"/.exec(c?.[1] ?? '')?.[1]);
        expect(xfs[s], where).toMatch(/quotePrefix="1"/);
      }
      expect([...parts.keys()].some((k) => k.includes('calcChain'))).toBe(false);
    });
  }
});
