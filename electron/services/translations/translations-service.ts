/**
 * Issue 13: the texts a product's notice uses in one language, and saving their
 * translations: every save (from the editor or an XLIFF file) is one transaction with
 * one change-log entry, validated first, all or nothing; a save that changes nothing
 * writes nothing and logs nothing.
 */
import {
  type NoticeInput,
  type NoticeOverride,
  type TranslatableText,
  type TranslationSaveResult,
  type TranslationsView,
  Translation,
  countTexts,
  generatedSectionText,
  noticeTexts,
  recordUnitId,
  translationLanguages,
} from '../../../shared/notice';
import type { NoticeLanguage } from '../../../shared/model';
import type { StoreReader, StoreWriter, TranslationKey } from '../store/store';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import { readNoticeInput } from '../notice/input';

export const LANGUAGE_NAMES: Readonly<Record<NoticeLanguage, string>> = { en: 'English', de: 'German', fr: 'French' };

/** One text to save: the unit id, the text in the target language, and the source it was translated from. */
export interface TranslationEdit {
  id: string;
  text: string;
  /** The source text the translator saw (an XLIFF file's source); defaults to the source now. */
  sourceThen?: string;
  /** Write even when the text is the one already stored (to mark a stale translation as up to date). */
  confirm?: boolean;
}

function checkLanguage(input: NoticeInput, lang: NoticeLanguage): void {
  const langs = translationLanguages(input.product);
  if (langs.includes(lang)) return;
  const declared = input.product.notice.languages.map((l) => LANGUAGE_NAMES[l]).join(', ');
  throw new WorkspaceError(
    'invalid',
    langs.length === 0
      ? `The notice of "${input.product.name}" is declared only in ${declared || 'English'}: there is nothing to translate. Add a language to its notice settings first.`
      : `The notice of "${input.product.name}" is not declared in ${LANGUAGE_NAMES[lang]}; it can be translated into ${langs.map((l) => LANGUAGE_NAMES[l]).join(' and ')}.`,
  );
}

async function viewIn(r: StoreReader, productRef: string, lang: NoticeLanguage, today: string): Promise<{ input: NoticeInput; view: TranslationsView }> {
  const input = await readNoticeInput(r, productRef);
  checkLanguage(input, lang);
  const texts = noticeTexts(input, lang, today);
  return {
    input,
    view: { productId: input.product.id, productName: input.product.name, lang, languages: translationLanguages(input.product), texts, counts: countTexts(texts) },
  };
}

/** The texts of a product's notice in one language, as the editor and the XLIFF export show them. */
export function productTexts(ws: Workspace, productRef: string, lang: NoticeLanguage): Promise<TranslationsView> {
  return ws.readWith(async (r) => (await viewIn(r, productRef, lang, new Date().toISOString().slice(0, 10))).view);
}

/** Finds a text by its unit id, or by the id of any field it stands for. */
export function findText(texts: readonly TranslatableText[], id: string): TranslatableText | undefined {
  return texts.find((t) => t.id === id) ?? texts.find((t) => t.kind === 'record' && t.fields.some((f) => recordUnitId(f.entityType, f.entityId, f.field) === id));
}

interface Plan {
  put: Translation[];
  remove: TranslationKey[];
  putOverrides: NoticeOverride[];
  removeOverrides: string[];
  filled: number;
  changed: number;
  cleared: number;
  left: number;
  staleOnArrival: number;
}

function plan(input: NoticeInput, view: TranslationsView, edits: readonly TranslationEdit[], now: Date): Plan {
  const p: Plan = { put: [], remove: [], putOverrides: [], removeOverrides: [], filled: 0, changed: 0, cleared: 0, left: 0, staleOnArrival: 0 };
  const problems: string[] = [];
  const seen = new Set<string>();
  const own = new Set((input.translations ?? []).filter((t) => t.lang === view.lang).map((t) => `${t.entityType}\u0000${t.entityId}\u0000${t.field}`));
  for (const e of edits) {
    const item = findText(view.texts, e.id);
    if (item === undefined) {
      problems.push(`No text "${e.id}" is used by the ${LANGUAGE_NAMES[view.lang]} notice of "${view.productName}".`);
      continue;
    }
    if (seen.has(item.id)) {
      problems.push(`The text "${item.where}" is given twice.`);
      continue;
    }
    seen.add(item.id);
    const blank = e.text.trim() === '';
    if (!blank && e.text.length > 20_000) {
      problems.push(`The text for "${item.where}" is longer than 20,000 characters.`);
      continue;
    }
    if (blank) {
      if (item.kind === 'record') {
        const keys = item.fields.filter((f) => own.has(`${f.entityType}\u0000${f.entityId}\u0000${f.field}`)).map((f) => ({ ...f, lang: view.lang }));
        if (keys.length === 0) p.left += 1;
        else {
          p.remove.push(...keys);
          p.cleared += 1;
        }
      } else if (item.translation !== undefined) {
        p.removeOverrides.push(item.sectionKey);
        p.cleared += 1;
      } else p.left += 1;
      continue;
    }
    if (e.text === item.translation && e.confirm !== true) {
      p.left += 1;
      continue;
    }
    const sourceThen = e.sourceThen ?? item.source;
    if (sourceThen !== item.source) p.staleOnArrival += 1;
    if (item.translation === undefined) p.filled += 1;
    else p.changed += 1;
    if (item.kind === 'record') {
      for (const f of item.fields) p.put.push({ ...f, lang: view.lang, text: e.text, sourceText: sourceThen });
    } else {
      const options = { lang: view.lang, today: now.toISOString().slice(0, 10) };
      p.putOverrides.push({
        productId: input.product.id,
        lang: view.lang,
        sectionKey: item.sectionKey,
        text: e.text.trim(),
        generatedText: generatedSectionText(input, options, item.sectionKey) ?? '',
        updatedAt: now.toISOString(),
      });
    }
  }
  for (const [i, t] of p.put.entries()) {
    const r = Translation.safeParse(t);
    if (!r.success) problems.push(`Text ${i + 1}: ${r.error.issues.map((x) => x.message).join('; ')}`);
  }
  if (problems.length > 0) throw new WorkspaceError('invalid', `The translations were not saved; nothing was changed.`, problems);
  return p;
}

async function write(w: StoreWriter, input: NoticeInput, lang: NoticeLanguage, p: Plan): Promise<void> {
  await w.deleteTranslations(p.remove);
  await w.putTranslations(p.put);
  for (const key of p.removeOverrides) await w.deleteNoticeOverride(input.product.id, lang, key);
  await w.putNoticeOverrides(p.putOverrides);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Saves translations of a product's notice texts in one language: one transaction, one change-log entry (none when nothing changed). */
export function saveProductTranslations(
  ws: Workspace,
  productRef: string,
  lang: NoticeLanguage,
  edits: readonly TranslationEdit[],
  from: string,
): Promise<TranslationSaveResult> {
  return ws.writeWith(async (w, ctx) => {
    const { input, view } = await viewIn(w, productRef, lang, ctx.now.toISOString().slice(0, 10));
    const p = plan(input, view, edits, ctx.now);
    const touched = p.filled + p.changed + p.cleared;
    if (touched > 0) {
      const before = (input.translations ?? []).filter(
        (t) => t.lang === lang && (p.put.some((x) => x.entityType === t.entityType && x.entityId === t.entityId && x.field === t.field) || p.remove.some((x) => x.entityType === t.entityType && x.entityId === t.entityId && x.field === t.field)),
      );
      await write(w, input, lang, p);
      const parts = [p.filled > 0 ? `${p.filled} filled` : '', p.changed > 0 ? `${p.changed} changed` : '', p.cleared > 0 ? `${p.cleared} cleared` : ''].filter((x) => x !== '');
      await w.logChange(ctx, {
        entityType: 'product',
        entityId: input.product.id,
        action: 'update',
        summary: `Translated ${plural(touched, 'text')} of the notice of "${input.product.name}" into ${LANGUAGE_NAMES[lang]} ${from} (${parts.join(', ')})`,
        before: { translations: before, overrides: (input.overrides ?? []).filter((o) => o.lang === lang && [...p.removeOverrides, ...p.putOverrides.map((x) => x.sectionKey)].includes(o.sectionKey)) },
        after: { translations: p.put, overrides: p.putOverrides, removed: { translations: p.remove, overrides: p.removeOverrides } },
      });
    }
    const after = touched > 0 ? await readNoticeInput(w, input.product.id) : input;
    const counts = countTexts(noticeTexts(after, lang, ctx.now.toISOString().slice(0, 10)));
    return { filled: p.filled, changed: p.changed, cleared: p.cleared, left: p.left, staleOnArrival: p.staleOnArrival, counts };
  });
}
