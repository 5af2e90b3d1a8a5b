/**
 * Which Excel layout is written in which language, with nothing else imported, so that the
 * renderer's export dialog reads the same table as the exporter (shared/reports/workbook).
 */
export const XLSX_LAYOUTS = ['native', 'ico', 'cnil', 'dsk'] as const;
export type XlsxLayout = (typeof XLSX_LAYOUTS)[number];

export const REPORT_LANGUAGES = ['en', 'de', 'fr'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The language a layout is written in when it has one of its own (the authority's template); native takes any. */
export const LAYOUT_LANG: Readonly<Record<XlsxLayout, ReportLanguage | undefined>> = { native: undefined, ico: 'en', cnil: 'fr', dsk: 'de' };
