import type { NoticeLanguage } from '../../model';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { Catalogue } from './types';

export type { Catalogue, ListedRight } from './types';
export { LISTED_RIGHTS } from './types';

const CATALOGUES: Readonly<Record<NoticeLanguage, Catalogue>> = { en, de, fr };

/** The template text of the notice in one language. */
export function catalogue(lang: NoticeLanguage): Catalogue {
  return CATALOGUES[lang];
}
