/** The stylesheet of the HTML notice: readable, printable, no external resources. */
export const NOTICE_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f7f9; color: #1d2430; font: 16px/1.6 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
.privacy-notice { max-width: 52rem; margin: 2.5rem auto; padding: 2.5rem 3rem 3rem; background: #fff; border: 1px solid #e1e5ea; border-radius: 6px; }
.privacy-notice header { border-bottom: 2px solid #1f4e79; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
.privacy-notice h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.35rem; color: #1f4e79; }
.privacy-notice .updated { margin: 0; color: #5b6675; font-size: 0.95rem; }
.privacy-notice h2 { font-size: 1.3rem; color: #1f4e79; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #e1e5ea; }
.privacy-notice h3 { font-size: 1.05rem; margin: 1.3rem 0 0.4rem; color: #2b3645; }
.privacy-notice p { margin: 0.6rem 0; }
.privacy-notice ul { margin: 0.4rem 0 0.8rem; padding-left: 1.4rem; }
.privacy-notice li { margin: 0.25rem 0; }
.privacy-notice a { color: #1a5fb4; overflow-wrap: anywhere; }
.privacy-notice table { width: 100%; border-collapse: collapse; margin: 0.8rem 0 1rem; font-size: 0.93rem; }
.privacy-notice th, .privacy-notice td { text-align: left; vertical-align: top; padding: 0.5rem 0.65rem; border: 1px solid #d5dbe2; }
.privacy-notice th { background: #eef2f7; font-weight: 600; }
.privacy-notice tbody tr:nth-child(even) td { background: #fafbfc; }
.privacy-notice section.overridden { border-left: 3px solid #8fb3d9; padding-left: 0.8rem; }
.privacy-notice section.stale { border-left-color: #d9822b; }
@media (max-width: 40rem) { .privacy-notice { margin: 0; padding: 1.25rem; border: 0; border-radius: 0; } }
@media print { body { background: #fff; } .privacy-notice { margin: 0; padding: 0; border: 0; max-width: none; } .privacy-notice h2 { break-after: avoid; } .privacy-notice tr { break-inside: avoid; } }
`.trim();
