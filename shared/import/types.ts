/** The shapes of a spreadsheet import: what the file readers hand over, the mapping, and the preview. */
import type { DataCategoryType, DataSubjectType, ProcessingActivity } from '../model';

/** One sheet as text: `rows[r][c]` (0-based), '' for an empty cell; a merged range repeats its first cell's text. */
export interface SheetGrid {
  name: string;
  rows: string[][];
  /** "r,c" (0-based) of cells that only repeat a merged range's first cell: not counted twice. */
  mergedCopies?: readonly string[];
}

/** Where a column's (or, in a form, a row's) text goes. */
export const IMPORT_FIELDS = [
  'name',
  'description',
  'purposes',
  'legalBasis',
  'art9',
  'legitimateInterest',
  'role',
  'controllers',
  'jointControllers',
  'dataSubjects',
  'dataCategories',
  'specialCategories',
  'retention',
  'recipients',
  'transfers',
  'transferSafeguards',
  'security',
  'automated',
  'source',
  'systems',
  'dpia',
  'dpiaProgress',
  'dpiaLink',
  'owner',
  'lastReviewed',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How sure a recognition is: `high` a known heading or an article reference, `medium` a synonym or a word, `low` a guess to check. */
export type Confidence = 'high' | 'medium' | 'low';

/** A heading and where its text goes. `index` is the 1-based column (table) or row (form). */
export interface MappedSlot {
  index: number;
  header: string;
  field: ImportField;
  confidence: Confidence;
  /** What the heading was recognised as, e.g. "ICO: Article 6 lawful basis". */
  reason: string;
}

export type SheetLayout = 'table' | 'form';

export interface SheetMapping {
  sheet: string;
  layout: SheetLayout;
  /** 1-based row of the headings (table) or 1-based column of the labels (form). */
  headerAt: number;
  slots: MappedSlot[];
  /** Controller (Art. 30(1)) or processor (Art. 30(2)) record, from the sheet's name or headings. */
  role: 'controller' | 'processor';
}

/** A mapping saved for the next file of the same shape: headings → fields, per sheet name. */
export interface SavedMapping {
  format: 'ropa-desk-import-mapping';
  version: 1;
  sheets: { sheet: string; layout: SheetLayout; headerAt: number; role: 'controller' | 'processor'; columns: { header: string; field: ImportField }[] }[];
}

/** A place in the file, for messages: sheet, 1-based row, column letter and heading. */
export interface CellRef {
  sheet: string;
  row: number;
  column: string;
  header: string;
}

/** Something that stops the import. */
export interface ImportProblem extends CellRef {
  message: string;
}

/** Something imported that a person should look at: kept as text on the record, never dropped. */
export interface ImportReview extends CellRef {
  activity: string;
  field: ImportField;
  /** "imported: check the legal basis" */
  message: string;
  text: string;
}

/** What a cell was read as, and how sure. */
export interface Recognition extends CellRef {
  activity: string;
  field: ImportField;
  text: string;
  readAs: string;
  confidence: Confidence;
}

export interface ImportStats {
  /** Non-empty cells under mapped headings (merged copies counted once). */
  cells: number;
  /** Cells whose whole text went into record fields as recognised values. */
  recognised: number;
  /** Cells kept (all or partly) as text to review. */
  keptAsText: number;
}

export interface ImportPreview {
  sheets: (SheetMapping | { sheet: string; skipped: string })[];
  activities: ProcessingActivity[];
  newDataCategories: DataCategoryType[];
  newDataSubjects: DataSubjectType[];
  problems: ImportProblem[];
  reviews: ImportReview[];
  recognitions: Recognition[];
  stats: ImportStats;
}
