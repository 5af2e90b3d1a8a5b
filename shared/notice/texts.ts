/**
 * Record text in the notice's language: a translation of the field, else a
 * translation of the same original text, else the original with a warning.
 */
import type { NoticeLanguage } from '../model';
import { shippedText } from '../reference';
import { markFallback } from './fallback';
import type { Translation, TranslationEntityType } from './schema';

export interface NoticeWarning {
  readonly code: 'missing_translation' | 'missing_safeguard' | 'missing_retention' | 'missing_legal_basis' | 'missing_contact' | 'text_cleaned';
  readonly message: string;
  /** For `missing_translation`: the text that fell back to the records' language, and where it sits (in words). */
  readonly untranslated?: UntranslatedText;
}

/** A record text the notice printed in the records' language because no translation exists. */
export interface UntranslatedText {
  readonly entityType: Exclude<TranslationEntityType, 'text'>;
  readonly entityId: string;
  readonly field: string;
  /** The text as printed (the original). */
  readonly original: string;
  /** Where it sits, in words: "the purpose “Support” in “Customer support”". */
  readonly place: string;
  /** The language it was printed in. */
  readonly lang: NoticeLanguage;
}

/** Where a text sits, in words (text-places.ts). */
export type DescribePlace = (entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string) => string;

/** A record text the notice asked for (issue 13: the translation editor lists exactly these). */
export interface RecordTextUse {
  readonly entityType: Exclude<TranslationEntityType, 'text'>;
  readonly entityId: string;
  readonly field: string;
  readonly original: string;
}

const LANGUAGE_NAMES: Readonly<Record<NoticeLanguage, string>> = { en: 'English', de: 'German', fr: 'French' };

export class RecordText {
  private readonly byField = new Map<string, string>();
  private readonly byOriginal = new Map<string, string>();
  private readonly missing = new Set<string>();

  constructor(
    private readonly lang: NoticeLanguage,
    private readonly sourceLang: NoticeLanguage,
    translations: readonly Translation[],
    private readonly warnings: NoticeWarning[],
    private readonly describe: DescribePlace = () => 'a text of the records',
    /** Told of every non-empty record text the notice uses, in whatever language (issue 13). */
    private readonly onUse?: (use: RecordTextUse) => void,
  ) {
    for (const t of translations) {
      if (t.lang !== lang) continue;
      if (t.entityType === 'text') this.byOriginal.set(t.field, t.text);
      else this.byField.set(`${t.entityType}\u0000${t.entityId}\u0000${t.field}`, t.text);
    }
  }

  /** Whether the notice is in the language the records are written in (nothing to translate). */
  get isSourceLanguage(): boolean {
    return this.lang === this.sourceLang;
  }

  /** The text of `field` of a record in the notice's language. */
  get(entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string): string {
    if (original.trim() === '') return original;
    this.onUse?.({ entityType, entityId, field, original });
    if (this.lang === this.sourceLang) return original;
    // The workspace's own translation first; then the app's, for a text still as a template shipped it.
    const hit = this.byField.get(`${entityType}\u0000${entityId}\u0000${field}`) ?? this.byOriginal.get(original) ?? (this.sourceLang === 'en' ? shippedText(original, this.lang) : undefined);
    if (hit !== undefined) return hit;
    if (!this.missing.has(original)) {
      this.missing.add(original);
      const excerpt = original.replace(/\s+/g, ' ').trim();
      const shown = excerpt.length > 80 ? `${excerpt.slice(0, 77)}…` : excerpt;
      const place = this.describe(entityType, entityId, field, original);
      const quoted = place.includes(`“${shown}”`) || place.includes(`“${excerpt.slice(0, 57)}…”`);
      this.warnings.push({
        code: 'missing_translation',
        message: `Not yet translated into ${LANGUAGE_NAMES[this.lang]}: ${place}${quoted ? '' : ` (“${shown}”)`}. The notice shows the ${LANGUAGE_NAMES[this.sourceLang]} text.`,
        untranslated: { entityType, entityId, field, original, place, lang: this.sourceLang },
      });
    }
    // The text travels with its language: the model's builders make it a run of its own (fallback.ts).
    return markFallback(original, this.sourceLang);
  }

  /** Like `get`, for optional fields. */
  opt(entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string | undefined): string | undefined {
    return original === undefined || original.trim() === '' ? undefined : this.get(entityType, entityId, field, original);
  }
}
