/** Standalone HTML of a notice (embedded CSS, ready to host), and the fragment the app's preview shows. */
import { type NoticeFallback, segments } from '../fallback';
import type { Block, NoticeDocument, NoticeSection, Run } from '../model';
import { NOTICE_CSS } from './html-style';

export { NOTICE_CSS };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with any fallback passage wrapped in an element carrying its own language. */
function marked(s: string, fb: NoticeFallback | undefined): string {
  return segments(s, fb)
    .map((x) => (x.lang === undefined ? esc(x.text) : `<span lang="${x.lang}">${esc(x.text)}</span>`))
    .join('');
}

function runs(rs: readonly Run[], fb: NoticeFallback | undefined): string {
  return rs
    .map((r) => (typeof r === 'string' ? marked(r, fb) : `<a href="${esc(r.href)}">${esc(r.text)}</a>`))
    .join('')
    .replace(/\n/g, '<br>');
}

function block(b: Block, fb: NoticeFallback | undefined): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${runs(b.runs, fb)}</p>`;
    case 'subheading':
      return `<h3>${marked(b.text, fb)}</h3>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `  <li>${runs(i, fb)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return [
        '<table>',
        `  <thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
        '  <tbody>',
        ...b.rows.map((row) => `    <tr>${row.map((c) => `<td>${runs(c, fb)}</td>`).join('')}</tr>`),
        '  </tbody>',
        '</table>',
      ].join('\n');
  }
}

export interface HtmlOptions {
  /** Mark overridden and stale sections with classes (for the app's preview, not for publishing). */
  readonly markOverrides?: boolean;
}

function section(s: NoticeSection, options: HtmlOptions, fb: NoticeFallback | undefined): string {
  const classes = options.markOverrides && s.override ? ` class="overridden${s.override.stale ? ' stale' : ''}"` : '';
  return [`<section id="${esc(s.key.replace(/[^A-Za-z0-9_-]/g, '-'))}"${classes}>`, `<h2>${s.number}. ${marked(s.heading, fb)}</h2>`, ...s.blocks.map((b) => block(b, fb)), '</section>'].join('\n');
}

/** The notice as an `<article>`, without page chrome: for embedding (style it with NOTICE_CSS). */
export function renderNoticeHtmlBody(doc: NoticeDocument, options: HtmlOptions = {}): string {
  return [
    `<article class="privacy-notice" lang="${doc.lang}">`,
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="updated">${esc(doc.dateLine)}</p>`,
    '</header>',
    ...doc.intro.map((b) => block(b, doc.fallback)),
    ...doc.sections.map((s) => section(s, options, doc.fallback)),
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
