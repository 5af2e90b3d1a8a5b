/**
 * Per-section overrides: the user's text replaces a generated section. Each
 * override remembers the generated text it replaced; when the records change
 * that text, the override is reported stale (still shown, never dropped
 * silently), and an override whose section is no longer generated is reported
 * as such.
 */
import type { NoticeLanguage } from '../model';
import type { SectionDraft } from './model';
import { textBlocks } from './model';
import { blocksToText } from './render/text';
import type { NoticeOverride } from './schema';

export interface StaleOverride {
  readonly sectionKey: string;
  readonly lang: NoticeLanguage;
  /** `changed`: the generated text differs from when the override was written; `removed`: the records no longer call for the section. */
  readonly reason: 'changed' | 'removed';
  readonly heading: string | undefined;
  readonly updatedAt: string;
  readonly generatedThen: string;
  readonly generatedNow: string | undefined;
}

export interface OverriddenDraft extends SectionDraft {
  readonly override?: { readonly stale: boolean; readonly updatedAt: string };
}

/** The generated text of a section, as stored with an override and compared later. */
export function sectionText(section: Pick<SectionDraft, 'blocks'>): string {
  return blocksToText(section.blocks);
}

const normalise = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();

export function applyOverrides(
  drafts: readonly SectionDraft[],
  overrides: readonly NoticeOverride[],
  lang: NoticeLanguage,
): { sections: OverriddenDraft[]; stale: StaleOverride[] } {
  const mine = new Map(overrides.filter((o) => o.lang === lang).map((o) => [o.sectionKey, o]));
  const stale: StaleOverride[] = [];
  const sections = drafts.map((d): OverriddenDraft => {
    const o = mine.get(d.key);
    if (o === undefined) return d;
    mine.delete(d.key);
    const now = sectionText(d);
    const isStale = normalise(now) !== normalise(o.generatedText);
    if (isStale) {
      stale.push({ sectionKey: d.key, lang, reason: 'changed', heading: d.heading, updatedAt: o.updatedAt, generatedThen: o.generatedText, generatedNow: now });
    }
    return { key: d.key, heading: d.heading, blocks: textBlocks(o.text), override: { stale: isStale, updatedAt: o.updatedAt } };
  });
  for (const o of mine.values()) {
    stale.push({ sectionKey: o.sectionKey, lang, reason: 'removed', heading: undefined, updatedAt: o.updatedAt, generatedThen: o.generatedText, generatedNow: undefined });
  }
  return { sections, stale };
}

