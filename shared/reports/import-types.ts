/** What the Excel import works on and reports: plain cell grids in, a change plan and problems out. */
import type { ProcessingActivity } from '../model';

/** A cell as read from the workbook: formulas already replaced by their saved value (see the parser). */
export type ReadCell = string | number | boolean | null;

export interface ReadSheet {
  name: string;
  /** rows[0] is row 1 of the sheet; each row's cells from column A. */
  rows: ReadCell[][];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  /** Cells that held a formula: reported, and only their saved value is used. */
  formulas: { sheet: string; row: number; column: string }[];
}

/** A problem at a place in the workbook, e.g. Controller register, row 7, column "Status". */
export interface ImportProblem {
  sheet: string;
  row?: number;
  column?: string;
  message: string;
}

export function formatImportProblem(p: ImportProblem): string {
  const at = [p.sheet, p.row !== undefined ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : ''].filter(Boolean).join(', ');
  return `${at}: ${p.message}`;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ActivityChange {
  before: ProcessingActivity;
  after: ProcessingActivity;
  fields: FieldChange[];
}

export interface ImportPlan {
  added: ProcessingActivity[];
  changed: ActivityChange[];
  removed: ProcessingActivity[];
  problems: ImportProblem[];
  /** Things the user should know that do not stop the import (formulas, ignored sheets). */
  notes: string[];
}

export const isEmptyPlan = (p: ImportPlan) => p.added.length === 0 && p.changed.length === 0 && p.removed.length === 0;

/** The plan in words, for the preview and the CLI. */
export function describePlan(p: ImportPlan, max = 200): string[] {
  const out: string[] = [];
  for (const a of p.added.slice(0, max)) out.push(`+ add "${a.name}"`);
  for (const c of p.changed.slice(0, max)) {
    out.push(`~ change "${c.before.name}":`);
    for (const f of c.fields) out.push(`    ${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`);
  }
  for (const a of p.removed.slice(0, max)) out.push(`- remove "${a.name}"`);
  out.push(`${p.added.length} to add, ${p.changed.length} to change, ${p.removed.length} to remove.`);
  return out;
}
