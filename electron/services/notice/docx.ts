/**
 * Word rendering of a notice with the `docx` library: real Title / Heading 1 /
 * Heading 2 styles, numbered-list bullets and tables with a repeated header
 * row, so the document can be restyled and navigated in Word.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { NoticeLanguage } from '../../../shared/model';
import type { Block, NoticeDocument, Run } from '../../../shared/notice';
import { isLink } from '../../../shared/notice/model';
import { LOCALES } from '../../../shared/reference';

/** A run of text: a fallback passage in its own language (`w:lang`), the rest in the document's (the default run style's). */
function textRun(text: string, lang: NoticeLanguage | undefined, o: { bold?: boolean; break?: number }): TextRun {
  return new TextRun({
    text,
    ...(o.bold === true ? { bold: true } : {}),
    ...(o.break !== undefined ? { break: o.break } : {}),
    ...(lang !== undefined ? { language: { value: LOCALES[lang] } } : {}),
  });
}

const ACCENT = '1F4E79';
const BORDER = 'D5DBE2';
/** A4 with 2 cm margins: the text width in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;

function runs(rs: readonly Run[], bold = false): (TextRun | ExternalHyperlink)[] {
  const out: (TextRun | ExternalHyperlink)[] = [];
  for (const r of rs) {
    if (typeof r === 'string' || !isLink(r)) {
      const [text, lang] = typeof r === 'string' ? [r, undefined] : [r.text, r.lang];
      text.split('\n').forEach((part, i) => out.push(part === '' && i > 0 ? new TextRun({ text: '', break: 1 }) : textRun(part, lang, { bold, ...(i > 0 ? { break: 1 } : {}) })));
    } else {
      out.push(new ExternalHyperlink({ link: r.href, children: [new TextRun({ text: r.text, style: 'Hyperlink', bold })] }));
    }
  }
  return out;
}

/** Column widths: no column narrower than its longest word; the rest shared by the amount of text. */
function widths(header: readonly string[], rows: readonly (readonly (readonly Run[])[])[]): number[] {
  const text = (i: number) => [header[i] ?? '', ...rows.map((r) => (r[i] ?? []).map((x) => (typeof x === 'string' ? x : x.text)).join(''))];
  const CHAR = 115;
  const min = header.map((_, i) => (Math.max(...text(i).flatMap((t) => t.split(/\s+/).map((w) => Math.min(w.length, 28)))) + 2) * CHAR);
  const weight = header.map((_, i) => Math.min(Math.max(...text(i).map((t) => t.length)), 80));
  const spare = Math.max(0, TEXT_WIDTH - min.reduce((a, b) => a + b, 0));
  const total = weight.reduce((a, b) => a + b, 0) || 1;
  const scale = Math.min(1, TEXT_WIDTH / min.reduce((a, b) => a + b, 0));
  return min.map((m, i) => Math.floor(m * scale + (spare * (weight[i] ?? 0)) / total));
}

function cell(content: readonly Run[], header: boolean): TableCell {
  return new TableCell({
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } } : {}),
    children: [new Paragraph({ style: 'TableText', children: runs(content, header) })],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runs(b.runs) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(b.text, b.lang, {})] })];
    case 'list':
      return b.items.map((item) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: runs(item) }));
    case 'table': {
      const w = widths(b.header, b.rows);
      const row = (cells: readonly (readonly Run[])[], header: boolean) =>
        new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c) => cell(c, header)) });
      const border = { style: 'single', size: 4, color: BORDER } as const;
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: w,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [row(b.header.map((h) => [h]), true), ...b.rows.map((r) => row(r, false))],
        }),
        new Paragraph({ spacing: { before: 0, after: 60 }, children: [] }),
      ];
    }
  }
}

/** The notice as a Word document object (pack it with `noticeDocxBuffer`). */
export function noticeDocx(doc: NoticeDocument, creator = 'RoPA Desk'): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: doc.dateLine, italics: true, color: '5B6675' })] }),
    ...doc.intro.flatMap(block),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: s.headingLang === undefined ? [textRun(`${s.number}. ${s.heading}`, undefined, {})] : [textRun(`${s.number}. `, undefined, {}), textRun(s.heading, s.headingLang, {})] }));
    children.push(...s.blocks.flatMap(block));
  }
  return new Document({
    creator,
    title: doc.title,
    description: doc.dateLine,
    styles: {
      default: {
        // The document's language on every run (spell-check, hyphenation); fallback passages carry their own.
        // Every line spacing names its rule (auto = a multiple of the font's line height), so a wrapped heading's lines never overlap.
        document: { run: { font: 'Calibri', size: 22, color: '1D2430', language: { value: LOCALES[doc.lang] } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Calibri', size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: 'Calibri', size: 28, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true } },
        heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '2B3645' }, paragraph: { spacing: { before: 200, after: 80, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true } },
        hyperlink: { run: { color: '1A5FB4', underline: { type: 'single' } } },
      },
      paragraphStyles: [{ id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { before: 0, after: 40, line: 260, lineRule: LineRuleType.AUTO } } }],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 }, spacing: { after: 60 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${doc.title} · `, size: 16, color: '5B6675' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '5B6675' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function noticeDocxBuffer(doc: NoticeDocument, creator?: string): Promise<Buffer> {
  return Packer.toBuffer(noticeDocx(doc, creator));
}
