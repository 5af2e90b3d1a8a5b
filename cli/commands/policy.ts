/** `ropa policy`: a product's privacy notice in Markdown, HTML, Word or text; section overrides. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../../shared/model';
import {
  type NoticeInput,
  type NoticeResult,
  generateNotice,
  noticeInputFromDocument,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
} from '../../shared/notice';
import { noticeDocxBuffer } from '../../electron/services/notice/docx';
import { loadNoticeInput } from '../../electron/services/notice/input';
import { revertNoticeOverride, setNoticeOverride } from '../../electron/services/notice/overrides';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type Command, type CommandContext, args, readJsonDocument, str, withWorkspace } from './command';

const FORMATS = ['md', 'html', 'docx', 'txt'] as const;
type Format = (typeof FORMATS)[number];
const LANGUAGE_NAMES: Record<NoticeLanguage, string> = { en: 'English', de: 'German', fr: 'French' };

function language(ctx: CommandContext): NoticeLanguage {
  const lang = str(ctx, 'lang') ?? 'en';
  const found = NOTICE_LANGUAGES.find((l) => l === lang);
  if (found === undefined) throw usageError(`unknown --lang "${lang}" (choose ${NOTICE_LANGUAGES.join(', ')})`);
  return found;
}

function format(ctx: CommandContext): Format {
  const out = str(ctx, 'out');
  const fromOut = out === undefined ? undefined : extname(out).slice(1).toLowerCase().replace(/^(markdown)$/, 'md').replace(/^(htm)$/, 'html').replace(/^(text)$/, 'txt');
  const raw = str(ctx, 'format') ?? (FORMATS.find((f) => f === fromOut) ?? 'md');
  const found = FORMATS.find((f) => f === raw);
  if (found === undefined) throw usageError(`unknown --format "${raw}" (choose ${FORMATS.join(', ')})`);
  return found;
}

async function readInput(file: string, product: string, ctx: CommandContext): Promise<NoticeInput> {
  if (extname(file).toLowerCase() === '.json') {
    const document = await readJsonDocument(file);
    const input = noticeInputFromDocument(document, product);
    if (input === undefined) throw new CliError(`No product is named "${product}". The products are: ${document.products.map((p) => `"${p.name}"`).join(', ')}.`);
    return input;
  }
  return withWorkspace(file, ctx, true, (ws) => loadNoticeInput(ws, product));
}

function reportFindings(ctx: CommandContext, result: NoticeResult, file: string, product: string): void {
  for (const w of result.warnings) ctx.err.write(`warning: ${w.message}\n`);
  for (const s of result.staleOverrides) {
    const day = s.updatedAt.slice(0, 10);
    const revert = `ropa policy ${file} --product "${product}" --lang ${s.lang} --revert ${s.sectionKey}`;
    ctx.err.write(
      s.reason === 'changed'
        ? `stale override: section "${s.sectionKey}" (${s.heading ?? ''}) was written on ${day}, and the records have changed its generated text since. Review your text, or go back to the generated one: ${revert}\n`
        : `stale override: section "${s.sectionKey}", written on ${day}, is no longer part of the notice because the records no longer call for it; it is not shown. Remove it: ${revert}\n`,
    );
  }
}

async function render(result: NoticeResult, fmt: Format): Promise<string | Buffer> {
  switch (fmt) {
    case 'md':
      return renderNoticeMarkdown(result.document);
    case 'html':
      return renderNoticeHtml(result.document);
    case 'txt':
      return renderNoticeText(result.document);
    case 'docx':
      return noticeDocxBuffer(result.document);
  }
}

async function overrideOrRevert(ctx: CommandContext, file: string, product: string, lang: NoticeLanguage): Promise<number> {
  const revert = str(ctx, 'revert');
  if (revert !== undefined) {
    const removed = await withWorkspace(file, ctx, false, (ws) => revertNoticeOverride(ws, { product, lang, sectionKey: revert }));
    if (!removed) throw new CliError(`the ${LANGUAGE_NAMES[lang]} notice of "${product}" has no override for section "${revert}"`);
    ctx.out.write(`Section "${revert}" of the ${LANGUAGE_NAMES[lang]} notice of "${product}" is generated from the records again.\n`);
    return 0;
  }
  const section = str(ctx, 'override') ?? '';
  const textFile = str(ctx, 'text-file');
  if (textFile === undefined) throw usageError('--override needs --text-file FILE with the text of the section');
  let text: string;
  try {
    text = await readFile(textFile, 'utf8');
  } catch {
    throw new CliError(`cannot read "${textFile}"`);
  }
  await withWorkspace(file, ctx, false, (ws) => setNoticeOverride(ws, { product, lang, sectionKey: section, text }));
  ctx.out.write(`Section "${section}" of the ${LANGUAGE_NAMES[lang]} notice of "${product}" now shows your text from ${textFile}.\n`);
  return 0;
}

export const policyCommands: Record<string, Command> = {
  policy: {
    usage: 'policy FILE --product NAME [--lang en|de|fr] [--format md|html|docx|txt] [--out F] [--override SECTION --text-file F | --revert SECTION]',
    summary: 'the privacy notice of a product (stdout without --out; docx needs --out); --override/--revert replace a section with own text or undo it',
    options: {
      product: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      override: { type: 'string' },
      'text-file': { type: 'string' },
      revert: { type: 'string' },
    },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const product = str(ctx, 'product');
      if (product === undefined || product.trim() === '') throw usageError('--product NAME is required (a product name or id)');
      const lang = language(ctx);
      if (str(ctx, 'override') !== undefined || str(ctx, 'revert') !== undefined) return overrideOrRevert(ctx, file, product, lang);
      const fmt = format(ctx);
      const out = str(ctx, 'out');
      if (fmt === 'docx' && out === undefined) throw usageError('--format docx writes a Word file: give --out FILE.docx');
      const input = await readInput(file, product, ctx);
      const result = generateNotice(input, { lang, today: new Date().toISOString().slice(0, 10) });
      const body = await render(result, fmt);
      if (out === undefined) ctx.out.write(body);
      else {
        await writeFileAtomic(out, body);
        ctx.err.write(`Wrote the ${LANGUAGE_NAMES[lang]} notice of "${input.product.name}" (${result.document.sections.length} sections) to ${out}.\n`);
      }
      reportFindings(ctx, result, file, input.product.name);
      return result.staleOverrides.length > 0 ? 1 : 0;
    },
  },
};
