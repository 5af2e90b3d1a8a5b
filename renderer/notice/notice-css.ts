import { NOTICE_CSS } from '../../shared/notice';

/** The notice's own stylesheet, minus its page-level rules (body, :root), for embedding in the app. */
export const EMBEDDED_NOTICE_CSS = [
  ...NOTICE_CSS.split('\n').filter((line) => line.trim().startsWith('.privacy-notice')),
  // the page's text colour is the notice's own (body rules are left out, and a dark app theme would make it light grey on white)
  '.notice-preview .privacy-notice { margin: 0; max-width: none; padding: 1.5rem 2rem; color: #1d2430; }',
  '.notice-preview .privacy-notice section.overridden { border-left: 3px solid #1c7ed6; padding-left: 0.75rem; }',
  '.notice-preview .privacy-notice section.stale { border-left-color: #e8590c; }',
].join('\n');
