/**
 * Passages of a notice printed in another language than the notice's own (record texts with no
 * translation), carried by structure so that renderers mark each with its language — `<span
 * lang="en">` in HTML, `w:lang` on the run in Word — however short it is, and nothing else.
 *
 * The localiser (`RecordText`) returns such a text wrapped in two private-use characters that name
 * its language, so the mark survives whatever sentence a section builder puts it in. The notice
 * model's builders (`paragraph`, `list`, `table`, `subheading`, a section's heading) turn the
 * marks into runs `{ text, lang }`: no mark reaches a renderer, a warning or a stored text
 * (`generateNotice` strips any left, as a guard).
 */
import type { NoticeLanguage } from '../model';

const OPEN: Readonly<Record<NoticeLanguage, string>> = { en: '\uE000', de: '\uE001', fr: '\uE002' };
const CLOSE = '\uE00F';
const LANG_OF = new Map<string, NoticeLanguage>(Object.entries(OPEN).map(([lang, c]) => [c, lang as NoticeLanguage]));
const MARKS = /[\uE000-\uE002\uE00F]/g;

/**
 * A text in another language, marked as such. Each line is marked on its own, and a line's list
 * bullet, surrounding spaces and final full stop stay outside the mark, so that the builders'
 * `split('\n')`, `replace(/\.$/, '')` and bullet stripping work on it as on plain text.
 */
export function markFallback(text: string, lang: NoticeLanguage): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^([\s\-*•]*)(.*?)([\s.]*)$/su.exec(line);
      const [, before = '', core = '', after = ''] = m ?? [];
      return core === '' ? line : `${before}${OPEN[lang]}${core}${CLOSE}${after}`;
    })
    .join('\n');
}

export interface Segment {
  readonly text: string;
  /** Set when the segment is a fallback passage in this language. */
  readonly lang?: NoticeLanguage;
}

/** A text cut at its marks into the notice's own language and fallback passages. */
export function splitFallback(text: string): Segment[] {
  if (!/[\uE000-\uE002\uE00F]/.test(text)) return [{ text }];
  const out: Segment[] = [];
  let lang: NoticeLanguage | undefined;
  let buf = '';
  const flush = () => {
    if (buf !== '') out.push(lang === undefined ? { text: buf } : { text: buf, lang });
    buf = '';
  };
  for (const c of text) {
    const open = LANG_OF.get(c);
    if (open !== undefined) {
      flush();
      lang = open;
    } else if (c === CLOSE) {
      flush();
      lang = undefined;
    } else buf += c;
  }
  flush();
  return out;
}

/** The text without marks. */
export function plainText(text: string): string {
  return text.replace(MARKS, '');
}

/** A whole text's language when all of it is one fallback passage (a heading), else undefined; and its plain text. */
export function wholeFallback(text: string): { text: string; lang?: NoticeLanguage } {
  const parts = splitFallback(text);
  const only = parts[0];
  if (parts.length === 1 && only !== undefined && only.lang !== undefined) return { text: only.text, lang: only.lang };
  return { text: plainText(text) };
}
