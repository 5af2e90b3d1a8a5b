/**
 * CSV/formula injection guard (OWASP): a cell whose text starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is prefixed with a single quote, so that a
 * spreadsheet opening the CSV shows it as text instead of running it.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function guardCsvCell(value: string): string {
  return value.length > 0 && TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** One CSV field: guarded, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const guarded = guardCsvCell(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
