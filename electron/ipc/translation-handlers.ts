/** Translating the records (issue 13): the translation editor's texts and saves, and XLIFF files through main-side dialogs. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Channel } from '../../shared/ipc';
import { writeFileAtomic } from '../services/files/atomic-write';
import { productTexts, saveProductTranslations } from '../services/translations/translations-service';
import { exportTranslationsXliff, importTranslationsXliff } from '../services/translations/xliff';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type TranslationChannel = Extract<Channel, `translations:${string}`>;

const XLIFF_FILTER = [{ name: 'XLIFF', extensions: ['xlf', 'xliff'] }];
/** Far above any product's texts (each at most 20,000 characters); a larger file is not ours. */
const MAX_XLIFF_BYTES = 50 * 1024 * 1024;

export function translationHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, TranslationChannel> {
  return {
    'translations:list': (r) => productTexts(session.workspace, r.productId, r.lang),
    'translations:save': async (r) => {
      const result = await saveProductTranslations(session.workspace, r.productId, r.lang, r.edits, 'in the translation editor');
      if (result.filled + result.changed + result.cleared > 0) session.emit('changed');
      return result;
    },
    'translations:exportXliff': async (r) => {
      const { xml, view, fileName } = await exportTranslationsXliff(session.workspace, r.productId, r.lang);
      const path = await dialogs.chooseSavePath({ title: `Export the texts of "${view.productName}" for translation`, defaultName: fileName, extensions: XLIFF_FILTER });
      if (path === undefined) return null;
      await writeFileAtomic(path, xml);
      return { path, texts: view.texts.length };
    },
    'translations:importXliff': async (r) => {
      const path = await dialogs.chooseOpenPath({ title: 'Import a translated XLIFF file', extensions: XLIFF_FILTER });
      if (path === undefined) return null;
      if ((await stat(path)).size > MAX_XLIFF_BYTES) throw new WorkspaceError('invalid', 'This file is far larger than any XLIFF file RoPA Desk exports. Nothing was changed.');
      const result = await importTranslationsXliff(session.workspace, r.productId, r.lang, await readFile(path, 'utf8'), basename(path));
      if (result.filled + result.changed + result.cleared > 0) session.emit('changed');
      return { ...result, path };
    },
  };
}
