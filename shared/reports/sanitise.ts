/**
 * Export safety for text written into OOXML parts (Word and Excel).
 *
 * XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]:
 * anything else (C0 controls, unpaired surrogates, U+FFFE, U+FFFF) makes the part
 * unreadable, so it is removed. SpreadsheetML also decodes `_xHHHH_` in strings, so a
 * literal `_x0041_` typed by a user would come back as "A": in Excel text the leading
 * underscore is escaped as `_x005F_`, which Excel and exceljs decode back to "_".
 */

export type TextTarget = 'xlsx' | 'docx';

export interface SanitisedText {
  text: string;
  /** Characters removed because XML 1.0 forbids them. */
  removed: number;
  /** `_xHHHH_` sequences escaped so that they survive as typed. */
  escaped: number;
}

// Lone surrogates are matched with lookarounds; paired ones are left alone.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Any character or sequence that `sanitiseText` might change (a superset: paired surrogates too). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/** Cleans one string for the given target and counts what changed. */
export function sanitiseText(input: string, target: TextTarget): SanitisedText {
  let removed = 0;
  let text = input.replace(FORBIDDEN, () => {
    removed++;
    return '';
  });
  let escaped = 0;
  if (target === 'xlsx') {
    text = text.replace(OOXML_ESCAPE, (_m, rest: string) => {
      escaped++;
      return `_x005F_${rest}`;
    });
  }
  return { text, removed, escaped };
}

/** What was changed in one record's text, for the export's warnings. */
export interface SanitiseWarning {
  /** Where, in words: "Controller register, row 12, Description". */
  where: string;
  message: string;
}

/**
 * Collects the changes made while cleaning every string of one export, so that the
 * user is told which record's text was altered (at most `limit` places are listed).
 */
export class TextSanitiser {
  private readonly found: SanitiseWarning[] = [];
  private removedTotal = 0;
  private escapedTotal = 0;
  private places = 0;

  constructor(
    readonly target: TextTarget,
    private readonly limit = 50,
  ) {}

  /** True when `clean` would look further at the text (almost no text does). */
  needsCleaning(value: string): boolean {
    return SUSPECT.test(value);
  }

  clean(value: string, where: () => string): string {
    // Fast path: almost every string is clean.
    if (!this.needsCleaning(value)) return value;
    const r = sanitiseText(value, this.target);
    if (r.removed === 0 && r.escaped === 0) return value;
    this.removedTotal += r.removed;
    this.escapedTotal += r.escaped;
    this.places++;
    if (this.found.length < this.limit) {
      const parts: string[] = [];
      if (r.removed > 0) parts.push(`removed ${r.removed} character${r.removed === 1 ? '' : 's'} that documents cannot hold (control characters or U+FFFE/U+FFFF)`);
      if (r.escaped > 0) parts.push(`kept ${r.escaped} literal "_xHHHH_" sequence${r.escaped === 1 ? '' : 's'} as typed`);
      this.found.push({ where: where(), message: parts.join('; ') });
    }
    return r.text;
  }

  /** One line per place that was changed, plus a total when more were changed than listed. */
  warnings(): string[] {
    const lines = this.found.map((w) => `${w.where}: ${w.message}`);
    if (this.places > this.found.length) lines.push(`… and ${this.places - this.found.length} more places`);
    if (this.removedTotal > 0) {
      lines.push(`In all, ${this.removedTotal} invalid character${this.removedTotal === 1 ? ' was' : 's were'} removed from the export; the workspace itself is unchanged.`);
    }
    return lines;
  }
}

/** Decodes SpreadsheetML `_x005F_` escapes that a reader left in place (used on import). */
export function unescapeOoxml(text: string): string {
  return text.replace(/_x005F_(x[0-9A-Fa-f]{4}_)/g, '_$1');
}
