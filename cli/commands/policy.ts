/** `ropa policy`: a product's privacy notice in Markdown, HTML, Word or text; section overrides. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../../shared/model';
import {
  type NoticeDocument,
  type NoticeInput,
  type NoticeResult,
  generateNotice,
  noticeInputFromDocument,
  renderNoticeHtml,
  renderNoticeMarkdown,
  renderNoticeText,
} from '../../shared/notice';
import { noticeDocxBuffer } from '../../electron/services/notice/docx';
import { revertNoticeOverride, setNoticeOverride } from '../../electron/services/notice/overrides';
import { type NoticeStatusReport, noticeStatus, publishNotice, readPublishedNotice } from '../../electron/services/notice/publish';
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

const isJson = (file: string) => extname(file).toLowerCase() === '.json';

/** The notice input, and for a workspace its publication status (a JSON document has no publications). */
async function readInput(file: string, product: string, ctx: CommandContext, lang: NoticeLanguage, today: string): Promise<{ input: NoticeInput; status?: NoticeStatusReport }> {
  if (isJson(file)) {
    const document = await readJsonDocument(file);
    const input = noticeInputFromDocument(document, product);
    if (input === undefined) throw new CliError(`No product is named "${product}". The products are: ${document.products.map((p) => `"${p.name}"`).join(', ')}.`);
    return { input };
  }
  const status = await withWorkspace(file, ctx, true, (ws) => noticeStatus(ws, product, lang, today));
  return { input: status.input, status };
}

function reportStatus(ctx: CommandContext, status: NoticeStatusReport | undefined, file: string, product: string): void {
  if (status === undefined) return;
  const publish = `ropa policy ${file} --product "${product}" --publish`;
  const latest = status.latest;
  if (status.state === 'unpublished' || latest === undefined) {
    ctx.err.write(`The notice of "${product}" has never been published, so it says "Draft". Publish it when it is ready: ${publish}\n`);
  } else if (status.state === 'changed') {
    const days = status.input.product.notice.changeNoticeDays;
    ctx.err.write(
      `The records have changed since version ${latest.version} was published on ${latest.publishedAt.slice(0, 10)} by ${latest.publishedBy}; this text is a draft. What changed in the text:\n${status.diff ?? ''}\n` +
        (days !== undefined && days > 0 ? `The product announces material changes ${days} days before they take effect.\n` : '') +
        `Publish the new version: ${publish}\n`,
    );
  }
}

function parseVersion(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--version must be a version number such as 1 or 2, not "${raw}"`);
  return n;
}

async function publish(ctx: CommandContext, file: string, product: string): Promise<number> {
  if (isJson(file)) throw usageError('--publish needs a workspace file (.ropa): a JSON document cannot keep published versions');
  const p = await withWorkspace(file, ctx, false, (ws) => publishNotice(ws, product));
  const langs = Object.keys(p.documents).join(', ');
  ctx.out.write(`Published version ${p.version} of the notice of "${product}" on ${p.publishedAt.slice(0, 10)} by ${p.publishedBy} (${langs}).\n`);
  return 0;
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

async function render(document: NoticeDocument, fmt: Format): Promise<string | Buffer> {
  switch (fmt) {
    case 'md':
      return renderNoticeMarkdown(document);
    case 'html':
      return renderNoticeHtml(document);
    case 'txt':
      return renderNoticeText(document);
    case 'docx':
      return noticeDocxBuffer(document);
  }
}

async function emit(ctx: CommandContext, body: string | Buffer, out: string | undefined, what: string): Promise<void> {
  if (out === undefined) ctx.out.write(body);
  else {
    await writeFileAtomic(out, body);
    ctx.err.write(`Wrote ${what} to ${out}.\n`);
  }
}

/**
 * Honest status of a translated notice: every text that fell back to the records' language was
 * named by its warning; this says how many, and whether that fails the command (exit 1) or was
 * accepted with --allow-fallback. A language the product does not declare is named too.
 */
function reportFallback(ctx: CommandContext, result: NoticeResult, input: NoticeInput, lang: NoticeLanguage, allow: boolean): boolean {
  const declared = input.product.notice.languages;
  if (declared.length > 0 && !declared.includes(lang)) {
    ctx.err.write(`note: "${input.product.name}" does not declare ${LANGUAGE_NAMES[lang]} among its notice languages (${declared.map((l) => LANGUAGE_NAMES[l]).join(', ')}).\n`);
  }
  const untranslated = result.warnings.filter((w) => w.code === 'missing_translation');
  if (untranslated.length === 0) return false;
  const n = untranslated.length === 1 ? '1 text' : `${untranslated.length} texts`;
  const source = LANGUAGE_NAMES[untranslated[0]?.untranslated?.lang ?? 'en'];
  if (allow) {
    ctx.err.write(`The ${LANGUAGE_NAMES[lang]} notice of "${input.product.name}" shows ${n} in ${source} (listed above); accepted with --allow-fallback.\n`);
    return false;
  }
  ctx.err.write(
    `The ${LANGUAGE_NAMES[lang]} notice of "${input.product.name}" is not wholly in ${LANGUAGE_NAMES[lang]}: ${n} fell back to ${source} (listed above). ` +
      `Translate them, or accept the fallback with --allow-fallback.\n`,
  );
  return true;
}

/** A published version exactly as it was frozen (the latest, or --version N). */
async function published(ctx: CommandContext, file: string, product: string, lang: NoticeLanguage, fmt: Format, out: string | undefined): Promise<number> {
  if (isJson(file)) throw usageError('--published needs a workspace file (.ropa): a JSON document keeps no published versions');
  const version = parseVersion(str(ctx, 'version'));
  const { input, publication, all } = await withWorkspace(file, ctx, true, (ws) => readPublishedNotice(ws, product, version));
  const name = input.product.name;
  if (publication === undefined) {
    throw new CliError(
      all.length === 0
        ? `The notice of "${name}" has never been published.`
        : `The notice of "${name}" has no version ${version ?? ''}; its versions are ${all.map((p) => `${p.version} (${p.publishedAt.slice(0, 10)}, ${p.publishedBy})`).join(', ')}.`,
    );
  }
  const document = publication.documents[lang];
  if (document === undefined) throw new CliError(`Version ${publication.version} of the notice of "${name}" was published in ${Object.keys(publication.documents).join(', ')}, not in ${LANGUAGE_NAMES[lang]}.`);
  await emit(ctx, await render(document, fmt), out, `version ${publication.version} of the ${LANGUAGE_NAMES[lang]} notice of "${name}", published on ${publication.publishedAt.slice(0, 10)} by ${publication.publishedBy}`);
  return 0;
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
    usage:
      'policy FILE --product NAME [--lang en|de|fr [--allow-fallback]] [--format md|html|docx|txt] [--out F] [--override SECTION --text-file F | --revert SECTION | --publish | --published [--version N]]',
    summary:
      'the privacy notice of a product (stdout without --out; docx needs --out); exits 1 when a text of the --lang notice fell back to the records\' language (each named on stderr) unless --allow-fallback; --override/--revert replace a section with own text or undo it; --publish freezes the next version (dated, with your --as name); --published prints a published version',
    options: {
      product: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      override: { type: 'string' },
      'text-file': { type: 'string' },
      revert: { type: 'string' },
      publish: { type: 'boolean' },
      published: { type: 'boolean' },
      version: { type: 'string' },
      'allow-fallback': { type: 'boolean' },
    },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const product = str(ctx, 'product');
      if (product === undefined || product.trim() === '') throw usageError('--product NAME is required (a product name or id)');
      const lang = language(ctx);
      if (str(ctx, 'override') !== undefined || str(ctx, 'revert') !== undefined) return overrideOrRevert(ctx, file, product, lang);
      if (ctx.values['publish'] === true) return publish(ctx, file, product);
      const fmt = format(ctx);
      const out = str(ctx, 'out');
      if (fmt === 'docx' && out === undefined) throw usageError('--format docx writes a Word file: give --out FILE.docx');
      if (ctx.values['published'] === true) return published(ctx, file, product, lang, fmt, out);
      const today = new Date().toISOString().slice(0, 10);
      const { input, status } = await readInput(file, product, ctx, lang, today);
      const result = generateNotice(input, { lang, today, ...(status?.publishedOn !== undefined ? { publishedOn: status.publishedOn } : {}) });
      await emit(ctx, await render(result.document, fmt), out, `the ${LANGUAGE_NAMES[lang]} notice of "${input.product.name}" (${result.document.sections.length} sections)`);
      reportFindings(ctx, result, file, input.product.name);
      reportStatus(ctx, status, file, input.product.name);
      const fallback = reportFallback(ctx, result, input, lang, ctx.values['allow-fallback'] === true);
      return result.staleOverrides.length > 0 || fallback ? 1 : 0;
    },
  },
};
