/**
 * Records → the notice's document model, pure and synchronous: the desktop preview, the
 * CLI and the exports all call this one function.
 */
import { sanitiseNotice } from './sanitise-notice';
import { typesetNotice } from './typography';
import { plainText } from './fallback';
import { formatDay } from '../reference';
import { buildContext, type NoticeContext } from './context';
import type { NoticeInput, NoticeOptions } from './input';
import { type NoticeDocument, type NoticeSection, type SectionDraft, liftHeading, mapNoticeText, paragraph } from './model';
import { type StaleOverride, applyOverrides, sectionText } from './overrides';
import { addonSection, customSections } from './sections/addons';
import { dataSection, requirementSection, retentionSection } from './sections/data';
import { controllerSection, integrationSection, rolesSection, scopeSection } from './sections/identity';
import { automatedSection, childrenSection, permissionsSection, securitySection } from './sections/protection';
import { commitmentsSection, purposesSection } from './sections/purposes';
import { onBehalfSection } from './sections/on-behalf';
import { changesSection, contactSection, objectionSection, rightsSection } from './sections/rights';
import { recipientsSection, transfersSection } from './sections/sharing';
import type { NoticeWarning } from './texts';

export interface NoticeResult {
  readonly document: NoticeDocument;
  /** Gaps the reader would not notice: missing translations, safeguards, retention periods… */
  readonly warnings: readonly NoticeWarning[];
  readonly staleOverrides: readonly StaleOverride[];
}

function drafts(ctx: NoticeContext): SectionDraft[] {
  const all: (SectionDraft | undefined)[] = [
    controllerSection(ctx),
    rolesSection(ctx),
    scopeSection(ctx),
    integrationSection(ctx),
    ...(ctx.processorOnly ? [onBehalfSection(ctx)] : []),
    dataSection(ctx),
    purposesSection(ctx),
    commitmentsSection(ctx),
    recipientsSection(ctx),
    ...customSections(ctx),
    transfersSection(ctx),
    retentionSection(ctx),
    ...(ctx.shape === 'dual' ? [onBehalfSection(ctx)] : []),
    securitySection(ctx),
    objectionSection(ctx),
    rightsSection(ctx),
    requirementSection(ctx),
    automatedSection(ctx),
    permissionsSection(ctx),
    childrenSection(ctx),
    ...ctx.product.notice.jurisdictionAddons.map((a) => addonSection(ctx, a)),
    changesSection(ctx),
    contactSection(ctx),
  ];
  return all.filter((s): s is SectionDraft => s !== undefined && s.blocks.length > 0).map(liftHeading);
}

function formatDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : formatDay(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }), d);
}

/** The notice of one product in one language, with what the user should know about it. */
export function generateNotice(input: NoticeInput, options: NoticeOptions): NoticeResult {
  const warnings: NoticeWarning[] = [];
  const ctx = buildContext(input, options, warnings);
  const { sections, stale } = applyOverrides(drafts(ctx), input.overrides ?? [], options.lang);
  const { cat, product } = ctx;
  const published = options.publishedOn;
  const document: NoticeDocument = {
    lang: options.lang,
    title: cat.title(product.name),
    dateLine: published === undefined ? cat.draft : cat.lastUpdated(formatDate(published.slice(0, 10), cat.locale)),
    intro: [paragraph(ctx.processorOnly ? cat.introProcessor(ctx.orgName, product.name) : cat.intro(ctx.orgName, product.name))],
    sections: sections.map((s, i): NoticeSection => ({ ...s, number: i + 1 })),
  };
  // One sanitiser for every output (issue 14): what no document may hold is removed here, and reported.
  const clean = sanitiseNotice(document);
  // The language's typography (French spacing, German and French quotation marks) over every text,
  // after a guard: no fallback mark the builders did not turn into a run reaches an output.
  const typeset = typesetNotice(mapNoticeText(clean.document, plainText));
  const told = [...warnings, ...clean.warnings].map((w) => (w.message === plainText(w.message) ? w : { ...w, message: plainText(w.message) }));
  return { document: typeset, warnings: told, staleOverrides: stale };
}

/** The generated text of one section (overrides ignored), or undefined when the records do not call for it. */
export function generatedSectionText(input: NoticeInput, options: NoticeOptions, key: string): string | undefined {
  const ctx = buildContext(input, options, []);
  const section = drafts(ctx).find((s) => s.key === key);
  return section === undefined ? undefined : sectionText(section);
}
