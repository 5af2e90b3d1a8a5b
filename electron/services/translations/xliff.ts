/**
 * Issue 13: a product's notice texts as XLIFF 1.2, the file translation tools read (one
 * `<file>` per product and language, one `<trans-unit>` per text: its source, the current
 * translation as target, where it is used as a note). Reading a file back checks that it is
 * XLIFF 1.2, was exported for this product and language, and names only texts the notice
 * uses; otherwise it is refused whole and nothing changes.
 */
import { SaxesParser } from 'saxes';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs, { type XliffJs, type XliffUnit } from 'xliff/xliff12ToJs';
import type { NoticeLanguage } from '../../../shared/model';
import { WorkspaceError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import type { TranslationSaveResult, TranslationsView } from '../../../shared/notice';
import { LANGUAGE_NAMES, type TranslationEdit, findText, productTexts, saveProductTranslations } from './translations-service';

/** The `original` of the file element: names the product the texts belong to. */
const FILE_PREFIX = 'ropa-desk:product:';

function noteOf(t: TranslationsView['texts'][number]): string {
  const places = t.kind === 'record' ? t.places : [t.where];
  const more = places.length > 6 ? `; and ${places.length - 6} more places` : '';
  // The places are labels ("The purpose …"); in the note's sentence they go on in lower case (each begins with a plain word).
  const where = `Where it is used: ${places.slice(0, 6).map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('; ')}${more}`;
  const stale = t.status === 'stale' ? ` The source text changed since this translation was written; it was: "${t.sourceThen ?? ''}".` : '';
  return `${where}.${stale}`;
}

/** The XLIFF 1.2 document of a product's texts in one language. */
export function buildXliff(view: TranslationsView): string {
  const units: Record<string, XliffUnit> = {};
  for (const t of view.texts) {
    units[t.id] = { source: t.source, ...(t.translation !== undefined ? { target: t.translation } : {}), note: noteOf(t) };
  }
  const js: XliffJs = { sourceLanguage: 'en', targetLanguage: view.lang, resources: { [`${FILE_PREFIX}${view.productId}`]: units } };
  let out = '';
  jsToXliff12(js, { indent: '  ', xmlLangAttr: false }, (err, res) => {
    if (err) throw err;
    out = res;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}

export interface XliffFile {
  productId: string;
  sourceLang: string;
  targetLang: string;
  units: { id: string; source: string; target: string | undefined }[];
}

const refuse = (message: string, details: string[] = []) => new WorkspaceError('invalid', `${message} Nothing was changed.`, details);

function plain(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  return undefined;
}

/** The first well-formedness error of an XML text (xml-js reads a cut-off file without complaint), or undefined. */
function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let first: string | undefined;
  parser.on('error', (e) => {
    first ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    first ??= e instanceof Error ? e.message : String(e);
  }
  return first;
}

/** Reads an XLIFF 1.2 file exported by RoPA Desk; throws a WorkspaceError naming what is wrong. */
export function readXliff(xml: string): XliffFile {
  if (!/<xliff[\s>]/.test(xml)) throw refuse('This file is not an XLIFF file.');
  let failure = xmlError(xml);
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']([^"']+)["']/.exec(xml)?.[1];
  if (failure === undefined && version !== undefined && version !== '1.2') throw refuse(`This is an XLIFF ${version} file; RoPA Desk reads the XLIFF 1.2 files it exports.`);
  let js: XliffJs | undefined;
  if (failure === undefined) {
    try {
      const r = xliff12ToJs(xml, { inlineAsString: true }, (err, res) => {
        if (err) failure = err.message;
        else js = res;
      });
      if (r instanceof Error) failure = r.message;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
  }
  if (js === undefined || failure !== undefined) throw refuse(`This XLIFF file is damaged and cannot be read${failure === undefined ? '' : ` (${failure.split('\n')[0]})`}.`);
  const files = Object.entries(js.resources);
  if (files.length !== 1) throw refuse(`This XLIFF file holds ${files.length} files; RoPA Desk exports one product in one language per file.`);
  const [original, units] = files[0] as [string, Record<string, XliffUnit>];
  if (!original.startsWith(FILE_PREFIX)) throw refuse(`This XLIFF file was not exported from RoPA Desk (its file is "${original}"). Export the texts of the product, and translate that file.`);
  const problems: string[] = [];
  const list: XliffFile['units'] = [];
  for (const [id, u] of Object.entries(units)) {
    if (u.groupUnits !== undefined) {
      problems.push(`Unit "${id}" is a group; RoPA Desk files have none.`);
      continue;
    }
    const source = plain(u.source);
    const target = plain(u.target);
    if (source === undefined) problems.push(`Unit "${id}" has no plain source text.`);
    else if (u.target !== undefined && target === undefined) problems.push(`The target of unit "${id}" holds markup; only plain text can be imported.`);
    else list.push({ id, source, target });
  }
  if (problems.length > 0) throw refuse('This XLIFF file is damaged.', problems);
  return { productId: original.slice(FILE_PREFIX.length), sourceLang: js.sourceLanguage ?? '', targetLang: js.targetLanguage ?? '', units: list };
}

const baseLang = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

export async function exportTranslationsXliff(ws: Workspace, productRef: string, lang: NoticeLanguage): Promise<{ xml: string; view: TranslationsView; fileName: string }> {
  const view = await productTexts(ws, productRef, lang);
  const safe = view.productName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'product';
  return { xml: buildXliff(view), view, fileName: `${safe}.${lang}.xlf` };
}

/** Imports a translated XLIFF file: all of it or nothing; how many texts it filled, changed and left. */
export async function importTranslationsXliff(ws: Workspace, productRef: string, lang: NoticeLanguage, xml: string, fileLabel: string): Promise<TranslationSaveResult> {
  const file = readXliff(xml);
  const view = await productTexts(ws, productRef, lang);
  if (file.productId !== view.productId) {
    const other = (await ws.readWith((r) => r.products())).find((p) => p.id === file.productId);
    throw refuse(`This XLIFF file holds the texts of ${other === undefined ? 'a product that is not in this workspace' : `"${other.name}"`}, not of "${view.productName}".`);
  }
  if (baseLang(file.sourceLang) !== 'en') throw refuse(`This XLIFF file translates from "${file.sourceLang}"; the records are written in English.`);
  if (baseLang(file.targetLang) !== lang) {
    const named = LANGUAGE_NAMES[baseLang(file.targetLang) as NoticeLanguage] ?? (file.targetLang || 'no language');
    throw refuse(`This XLIFF file is a translation into ${named}, not into ${LANGUAGE_NAMES[lang]}.`);
  }
  const unknown = file.units.filter((u) => findText(view.texts, u.id) === undefined).map((u) => `Unit "${u.id}" ("${u.source.slice(0, 60)}") is no longer used by the notice.`);
  if (unknown.length > 0) throw refuse(`This XLIFF file names ${unknown.length} text${unknown.length === 1 ? '' : 's'} the ${LANGUAGE_NAMES[lang]} notice of "${view.productName}" no longer uses; export the texts again.`, unknown);
  // An empty or absent target leaves the text as it is: a file never clears a translation.
  const edits: TranslationEdit[] = file.units.filter((u) => u.target !== undefined && u.target.trim() !== '').map((u) => ({ id: u.id, text: u.target as string, sourceThen: u.source }));
  const result = await saveProductTranslations(ws, view.productId, lang, edits, `from ${fileLabel}`);
  return { ...result, left: result.left + (file.units.length - edits.length) };
}
