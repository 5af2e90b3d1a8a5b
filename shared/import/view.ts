/** What the import-mapping screen shows: the preview in plain, serialisable parts (no file paths). */
import { columnLetter } from './text';
import type { Confidence, ImportField, ImportPreview, SheetLayout } from './types';

export interface RegisterImportView {
  /** Names the file chosen in the main process; the renderer never sees its path. */
  token: string;
  fileName: string;
  organisation: { name: string; created: boolean };
  product?: { name: string; created: boolean };
  sheets: (
    | { sheet: string; skipped: string }
    | { sheet: string; layout: SheetLayout; headerAt: number; role: 'controller' | 'processor'; slots: { index: number; place: string; header: string; field: ImportField; confidence: Confidence; reason: string }[] }
  )[];
  activities: { name: string; role: string; purposes: number; dataCategories: number; recipients: number; transfers: number; dataSubjects: number }[];
  newCategories: string[];
  newSubjects: string[];
  reviews: { activity: string; sheet: string; row: number; column: string; header: string; message: string; text: string }[];
  problems: { sheet: string; row: number; column: string; header: string; message: string }[];
  recognitions: { activity: string; sheet: string; row: number; column: string; readAs: string; confidence: Confidence }[];
  stats: { cells: number; recognised: number; keptAsText: number };
}

export function toImportView(token: string, fileName: string, p: ImportPreview & { organisation: { name: string; created: boolean }; product?: { name: string; created: boolean } }): RegisterImportView {
  return {
    token,
    fileName,
    organisation: { name: p.organisation.name, created: p.organisation.created },
    ...(p.product ? { product: { name: p.product.name, created: p.product.created } } : {}),
    sheets: p.sheets.map((s) =>
      'skipped' in s
        ? { sheet: s.sheet, skipped: s.skipped }
        : {
            sheet: s.sheet,
            layout: s.layout,
            headerAt: s.headerAt,
            role: s.role,
            slots: s.slots.map((x) => ({ index: x.index, place: s.layout === 'table' ? columnLetter(x.index) : String(x.index), header: x.header, field: x.field, confidence: x.confidence, reason: x.reason })),
          },
    ),
    activities: p.activities.map((a) => ({ name: a.name, role: a.role, purposes: a.purposes.length, dataCategories: a.dataCategories.length, recipients: a.recipients.length, transfers: a.transfers.length, dataSubjects: a.dataSubjects.length })),
    newCategories: p.newDataCategories.map((c) => c.label),
    newSubjects: p.newDataSubjects.map((s) => s.label),
    reviews: p.reviews.map((r) => ({ activity: r.activity, sheet: r.sheet, row: r.row, column: r.column, header: r.header, message: r.message, text: r.text })),
    problems: p.problems.map((r) => ({ sheet: r.sheet, row: r.row, column: r.column, header: r.header, message: r.message })),
    recognitions: p.recognitions.map((r) => ({ activity: r.activity, sheet: r.sheet, row: r.row, column: r.column, readAs: r.readAs, confidence: r.confidence })),
    stats: { ...p.stats },
  };
}
