/**
 * The one sanitiser of every document writer (Word, Excel, HTML, Markdown, text,
 * the command line's output).
 *
 * XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]:
 * anything else (C0 controls, unpaired surrogates, U+FFFE, U+FFFF) makes the part
 * unreadable, so it is removed, from every output alike. So are terminal escape
 * sequences (ESC [ … m and the like, which recolour or rewrite a terminal), C1
 * controls, and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make text read differently from how it is
 * stored ("gnp.exe" shown as "exe.png"); the marks LRM/RLM/ALM stay, as right-to-left
 * text needs them. Every removal is reported.
 *
 * Excel only: SpreadsheetML decodes `_xHHHH_` in strings, so a literal `_x0041_`
 * typed by a user would come back as "A": the leading underscore is escaped as
 * `_x005F_`, which Excel and the import decode back to "_". Text that Excel would
 * take for a formula when the cell is edited (`=`, `+`, `@`, a tab or carriage return
 * first, or `-` followed by anything but a space) gets a leading apostrophe
 * (as csv-guard.ts does for CSV), which the import takes off again. A cell holds at most 32,767
 * characters: longer text is cut, with a note saying so, and reported.
 */
export type TextTarget = 'xlsx' | 'docx' | 'text';

export interface SanitisedText {
  text: string;
  /** Characters removed because XML 1.0 forbids them. */
  removed: number;
  /** `_xHHHH_` sequences escaped so that they survive as typed. */
  escaped: number;
  /** Bidirectional embedding, override and isolate controls removed. */
  bidi: number;
  /** Terminal escape sequences and C1 controls removed. */
  controls: number;
  /** Excel: a leading apostrophe was added so that the text is never taken for a formula. */
  guarded: boolean;
  /** Excel: characters cut beyond what a cell holds. */
  cut: number;
}

/** Excel's limit for the text of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;
const CUT_NOTE = (n: number) => ` [… ${n.toLocaleString('en')} more characters are in RoPA Desk; a spreadsheet cell holds at most ${EXCEL_CELL_LIMIT.toLocaleString('en')}]`;

// Lone surrogates are matched with lookarounds; paired ones are left alone.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPES = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])?|[\u0080-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Any character or sequence that `sanitiseText` might change (a superset: paired surrogates too). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
/** What Excel would take for the start of a formula. */
const FORMULA_START = /^(?:[=+@\t\r]|-(?! |$))/;

/** Cleans one string for the given target and counts what changed. */
export function sanitiseText(input: string, target: TextTarget): SanitisedText {
  const r: SanitisedText = { text: input, removed: 0, escaped: 0, bidi: 0, controls: 0, guarded: false, cut: 0 };
  let text = input;
  if (SUSPECT.test(text)) {
    text = text.replace(ESCAPES, () => {
      r.controls++;
      return '';
    });
    text = text.replace(FORBIDDEN, () => {
      r.removed++;
      return '';
    });
    text = text.replace(BIDI, () => {
      r.bidi++;
      return '';
    });
    if (target === 'xlsx') {
      text = text.replace(OOXML_ESCAPE, (_m, rest: string) => {
        r.escaped++;
        return `_x005F_${rest}`;
      });
    }
  }
  if (target === 'xlsx') {
    if (FORMULA_START.test(text)) {
      text = `'${text}`;
      r.guarded = true;
    }
    if (text.length > EXCEL_CELL_LIMIT) {
      let keep = EXCEL_CELL_LIMIT - CUT_NOTE(text.length).length;
      if (/[\uD800-\uDBFF]/.test(text.charAt(keep - 1))) keep--;
      r.cut = text.length - keep;
      text = text.slice(0, keep) + CUT_NOTE(r.cut);
    }
  }
  r.text = text;
  return r;
}

/** True when Excel would take the text for a formula once the cell is edited (the Excel writer quote-prefixes such a cell). */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The import's side of the formula guard: a leading apostrophe before a formula character is taken off. */
export function unguardCell(text: string): string {
  return text.charAt(0) === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Terminal output (the command line): escape sequences, controls and bidi overrides removed; line breaks and tabs kept. */
export function sanitiseForTerminal(text: string): string {
  return SUSPECT.test(text) ? sanitiseText(text, 'text').text : text;
}

/**
 * Text for a terminal (the command line's output): every control character but tab
 * and line break, every escape, C1 control and bidi control is shown as a visible
 * \\uXXXX instead of being acted on, so that a record cannot recolour, rewrite or
 * reorder what the user reads, and nothing is silently dropped.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g, (c) => (c === '\r' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * JSON text as written by an export: lossless (the document must import back
 * exactly), but bidi and C1 controls written as \\uXXXX escapes so that a terminal or
 * an editor showing the file does not act on them.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u0080-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
    return SUSPECT.test(value) || (this.target === 'xlsx' && (value.length > EXCEL_CELL_LIMIT || FORMULA_START.test(value)));
  }

  clean(value: string, where: () => string): string {
    // Fast path: almost every string is clean (in Excel, also short and not formula-like).
    if (!this.needsCleaning(value)) return value;
    const r = sanitiseText(value, this.target);
    if (r.removed === 0 && r.escaped === 0 && r.bidi === 0 && r.controls === 0 && r.cut === 0) return r.text;
    this.removedTotal += r.removed + r.bidi + r.controls;
    this.escapedTotal += r.escaped;
    this.places++;
    if (this.found.length < this.limit) {
      const parts: string[] = [];
      if (r.removed > 0) parts.push(`removed ${r.removed} character${r.removed === 1 ? '' : 's'} that documents cannot hold (control characters or U+FFFE/U+FFFF)`);
      if (r.bidi > 0) parts.push(`removed ${r.bidi} bidirectional override character${r.bidi === 1 ? '' : 's'} (they make text read differently from how it is stored)`);
      if (r.controls > 0) parts.push(`removed ${r.controls} terminal escape sequence${r.controls === 1 ? '' : 's'} or control character${r.controls === 1 ? '' : 's'}`);
      if (r.escaped > 0) parts.push(`kept ${r.escaped} literal "_xHHHH_" sequence${r.escaped === 1 ? '' : 's'} as typed`);
      if (r.cut > 0) parts.push(`cut ${r.cut.toLocaleString('en')} characters beyond the ${EXCEL_CELL_LIMIT.toLocaleString('en')} a spreadsheet cell holds (the cell says so)`);
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
