/** Standalone HTML of a notice (embedded CSS, ready to host), and the fragment the app's preview shows. */
import type { NoticeLanguage } from '../../model';
import { type Block, type NoticeDocument, type NoticeSection, type Run, isLink } from '../model';
import { NOTICE_CSS } from './html-style';

export { NOTICE_CSS };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text in another language than the notice's, in an element carrying its own language. */
const marked = (s: string, lang: NoticeLanguage | undefined): string => (lang === undefined ? esc(s) : `<span lang="${lang}">${esc(s)}</span>`);

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => (typeof r === 'string' ? esc(r) : isLink(r) ? `<a href="${esc(r.href)}">${esc(r.text)}</a>` : marked(r.text, r.lang)))
    .join('')
    .replace(/\n/g, '<br>');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'subheading':
      return b.lang === undefined ? `<h3>${esc(b.text)}</h3>` : `<h3 lang="${b.lang}">${esc(b.text)}</h3>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `  <li>${runs(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return [
        '<table>',
        `  <thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
        '  <tbody>',
        ...b.rows.map((row) => `    <tr>${row.map((c) => `<td>${runs(c)}</td>`).join('')}</tr>`),
        '  </tbody>',
        '</table>',
      ].join('\n');
  }
}

export interface HtmlOptions {
  /** Mark overridden and stale sections with classes (for the app's preview, not for publishing). */
  readonly markOverrides?: boolean;
}

function section(s: NoticeSection, options: HtmlOptions): string {
  const classes = options.markOverrides && s.override ? ` class="overridden${s.override.stale ? ' stale' : ''}"` : '';
  return [`<section id="${esc(s.key.replace(/[^A-Za-z0-9_-]/g, '-'))}"${classes}>`, `<h2>${s.number}. ${marked(s.heading, s.headingLang)}</h2>`, ...s.blocks.map(block), '</section>'].join('\n');
}

/** The notice as an `<article>`, without page chrome: for embedding (style it with NOTICE_CSS). */
export function renderNoticeHtmlBody(doc: NoticeDocument, options: HtmlOptions = {}): string {
  return [
    `<article class="privacy-notice" lang="${doc.lang}">`,
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="updated">${esc(doc.dateLine)}</p>`,
    '</header>',
    ...doc.intro.map(block),
    ...doc.sections.map((s) => section(s, options)),
    '</article>',
  ].join('\n');
}

/** A complete HTML page. */
export function renderNoticeHtml(doc: NoticeDocument, options: HtmlOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
${NOTICE_CSS}
</style>
</head>
<body>
${renderNoticeHtmlBody(doc, options)}
</body>
</html>
`;
}
