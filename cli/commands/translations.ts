/** `ropa translations export|import`: a product's notice texts in one language as XLIFF 1.2, for a translator (issue 13). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../../shared/model';
import type { TranslationCounts } from '../../shared/notice';
import { exportTranslationsXliff, importTranslationsXliff } from '../../electron/services/translations/xliff';
import { LANGUAGE_NAMES } from '../../electron/services/translations/translations-service';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type Command, plural, str, withWorkspace } from './command';

const counted = (c: TranslationCounts) => `${c.missing} missing, ${c.stale} stale, ${c.done} done`;

export const translationCommands: Record<string, Command> = {
  translations: {
    usage: 'translations export|import WORKSPACE FILE --product NAME --lang de|fr',
    summary:
      "a product's notice texts in one language as XLIFF 1.2 for a translator (export: source, current translation, where each is used); import a translated file back, all or nothing",
    options: { product: { type: 'string' }, lang: { type: 'string' } },
    async run(ctx) {
      const [sub, workspace, file, extra] = ctx.positionals;
      if (sub !== 'export' && sub !== 'import') throw usageError(sub === undefined ? 'missing export or import' : `unknown translations command "${sub}" (use export or import)`);
      if (workspace === undefined) throw usageError('missing WORKSPACE');
      if (file === undefined) throw usageError('missing FILE');
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
      const product = str(ctx, 'product');
      if (product === undefined) throw usageError('--product NAME is required');
      const lang = str(ctx, 'lang');
      if (lang === undefined || lang === 'en' || !(NOTICE_LANGUAGES as readonly string[]).includes(lang)) throw usageError('--lang must be de or fr (the records are written in English)');
      const language = lang as NoticeLanguage;
      if (sub === 'export') {
        return withWorkspace(workspace, ctx, true, async (ws) => {
          const { xml, view } = await exportTranslationsXliff(ws, product, language);
          await writeFileAtomic(file, xml);
          ctx.out.write(`Wrote ${plural(view.texts.length, 'text')} of "${view.productName}" for ${LANGUAGE_NAMES[language]} (${counted(view.counts)}) to ${file}.\n`);
          return 0;
        });
      }
      let xml: string;
      try {
        xml = await readFile(file, 'utf8');
      } catch {
        throw new CliError(`cannot read "${file}"`);
      }
      return withWorkspace(workspace, ctx, false, async (ws) => {
        const r = await importTranslationsXliff(ws, product, language, xml, basename(file));
        ctx.out.write(`Imported ${file}: ${r.filled} filled, ${r.changed} changed, ${r.cleared} cleared, ${r.left} left as they were.\n`);
        if (r.staleOnArrival > 0) ctx.out.write(`${plural(r.staleOnArrival, 'text was', 'texts were')} translated from an older source text and ${r.staleOnArrival === 1 ? 'is' : 'are'} marked stale.\n`);
        ctx.out.write(`${LANGUAGE_NAMES[language]} texts now: ${counted(r.counts)}.\n`);
        return 0;
      });
    },
  },
};
