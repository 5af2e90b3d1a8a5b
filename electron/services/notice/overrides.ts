/**
 * Per-section overrides of a product's notice: written with the generated text
 * they replace (so that a later change of the records flags them stale), each
 * change in one transaction with its change-log entry.
 */
import { type NoticeOverride, type Translation, generateNotice, generatedSectionText } from '../../../shared/notice';
import type { NoticeLanguage } from '../../../shared/model';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import type { StoreReader } from '../store/store';
import { readNoticeInput } from './input';
import { catalogue } from '../../../shared/notice/i18n';

/** "“Retention” of the German notice": the section by its heading, not its key (change log, editor). */
function sectionInWords(input: Parameters<typeof generateNotice>[0], lang: NoticeLanguage, today: string, sectionKey: string): string {
  const heading = generateNotice({ ...input, overrides: [] }, { lang, today }).document.sections.find((s) => s.key === sectionKey)?.heading ?? sectionKey;
  return `the section "${heading}" of the ${catalogue(lang).languageName} notice`;
}

async function findOverride(r: StoreReader, productId: string, lang: string, sectionKey: string): Promise<NoticeOverride | undefined> {
  return (await r.noticeOverrides(productId)).find((o) => o.lang === lang && o.sectionKey === sectionKey);
}

export interface OverrideRequest {
  /** Product id or name. */
  readonly product: string;
  readonly lang: NoticeLanguage;
  readonly sectionKey: string;
  readonly text: string;
}

/** Replaces one generated section of a product's notice with the user's text. */
export function setNoticeOverride(ws: Workspace, req: OverrideRequest): Promise<NoticeOverride> {
  const text = req.text.trim();
  if (text === '') return Promise.reject(new WorkspaceError('invalid', 'The override text is empty; to go back to the generated text, revert the override instead.'));
  return ws.writeWith(async (w, ctx) => {
    const input = await readNoticeInput(w, req.product);
    const options = { lang: req.lang, today: ctx.now.toISOString().slice(0, 10) };
    const generated = generatedSectionText(input, options, req.sectionKey);
    if (generated === undefined) {
      const keys = generateNotice({ ...input, overrides: [] }, options).document.sections.map((s) => s.key);
      throw new WorkspaceError('invalid', `The notice of "${input.product.name}" has no section "${req.sectionKey}". Its sections are: ${keys.join(', ')}.`);
    }
    const before = await findOverride(w, input.product.id, req.lang, req.sectionKey);
    const after: NoticeOverride = { productId: input.product.id, lang: req.lang, sectionKey: req.sectionKey, text, generatedText: generated, updatedAt: ctx.now.toISOString() };
    await w.putNoticeOverrides([after]);
    await w.logChange(ctx, {
      entityType: 'product',
      entityId: input.product.id,
      action: before === undefined ? 'create' : 'update',
      summary: `Replaced ${sectionInWords(input, req.lang, options.today, req.sectionKey)} of "${input.product.name}" with own text`,
      ...(before !== undefined ? { before } : {}),
      after,
    });
    return after;
  });
}

/** Removes an override, so the generated text shows again. False when there was none. */
export function revertNoticeOverride(ws: Workspace, req: Omit<OverrideRequest, 'text'>): Promise<boolean> {
  return ws.writeWith(async (w, ctx) => {
    const input = await readNoticeInput(w, req.product);
    const before = await findOverride(w, input.product.id, req.lang, req.sectionKey);
    if (before === undefined) return false;
    await w.deleteNoticeOverride(input.product.id, req.lang, req.sectionKey);
    await w.logChange(ctx, {
      entityType: 'product',
      entityId: input.product.id,
      action: 'delete',
      summary: `Reverted ${sectionInWords(input, req.lang, ctx.now.toISOString().slice(0, 10), req.sectionKey)} of "${input.product.name}" to the generated text`,
      before,
    });
    return true;
  });
}

export function listNoticeOverrides(ws: Workspace, productId?: string): Promise<NoticeOverride[]> {
  return ws.readWith((r) => r.noticeOverrides(productId));
}

/** Adds or replaces translations of record text, logged as one change. */
export function saveTranslations(ws: Workspace, translations: readonly Translation[]): Promise<void> {
  return ws.writeWith(async (w, ctx) => {
    await w.putTranslations(translations);
    await w.logChange(ctx, {
      entityType: 'workspace',
      entityId: 'translations',
      action: 'update',
      summary: `Saved ${translations.length} translation${translations.length === 1 ? '' : 's'} of record text`,
      after: translations,
    });
  });
}
