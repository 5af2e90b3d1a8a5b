/** exceljs cell values → the text a person sees (formulas: the value Excel saved with them; dates as YYYY-MM-DD). */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (isObject(v)) {
    if (Array.isArray(v.richText)) return v.richText.map((r: unknown) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(v);
}
