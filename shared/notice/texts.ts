/**
 * Record text in the notice's language: a translation of the field, else a
 * translation of the same original text, else the original with a warning.
 */
import type { NoticeLanguage } from '../model';
import type { Translation, TranslationEntityType } from './schema';

export interface NoticeWarning {
  readonly code: 'missing_translation' | 'missing_safeguard' | 'missing_retention' | 'missing_legal_basis' | 'missing_contact' | 'text_cleaned';
  readonly message: string;
}

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
    /** Told of every non-empty record text the notice uses, in whatever language (issue 13). */
    private readonly onUse?: (use: RecordTextUse) => void,
  ) {
    for (const t of translations) {
      if (t.lang !== lang) continue;
      if (t.entityType === 'text') this.byOriginal.set(t.field, t.text);
      else this.byField.set(`${t.entityType}\u0000${t.entityId}\u0000${t.field}`, t.text);
    }
  }

  /** The text of `field` of a record in the notice's language. */
  get(entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string): string {
    if (original.trim() === '') return original;
    this.onUse?.({ entityType, entityId, field, original });
    if (this.lang === this.sourceLang) return original;
    const hit = this.byField.get(`${entityType}\u0000${entityId}\u0000${field}`) ?? this.byOriginal.get(original);
    if (hit !== undefined) return hit;
    if (!this.missing.has(original)) {
      this.missing.add(original);
      const excerpt = original.length > 80 ? `${original.slice(0, 77)}…` : original;
      this.warnings.push({
        code: 'missing_translation',
        message: `No ${LANGUAGE_NAMES[this.lang]} text for "${excerpt}" (${entityType.replace('_', ' ')} ${entityId}, ${field}); the ${LANGUAGE_NAMES[this.sourceLang]} original is used.`,
      });
    }
    return original;
  }

  /** Like `get`, for optional fields. */
  opt(entityType: Exclude<TranslationEntityType, 'text'>, entityId: string, field: string, original: string | undefined): string | undefined {
    return original === undefined || original.trim() === '' ? undefined : this.get(entityType, entityId, field, original);
  }
}
