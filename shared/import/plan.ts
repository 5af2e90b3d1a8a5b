/**
 * A whole workbook → the preview of what an import would create: the mapping of
 * every sheet, the activities, new taxonomy entries, problems (which stop the
 * import), review items and recognitions, and the share of cells recognised.
 * Pure: the caller reads the file and writes the result.
 */
import type { DataCategoryType, DataSubjectType, ProcessingActivity, SecurityMeasureType, Vendor } from '../model';
import { ProcessingActivity as ActivitySchema } from '../model';
import { type Built, buildActivity } from './build';
import { applySavedMapping, proposeSheetMapping } from './layout';
import { categoryReader, subjectReader } from './read-categories';
import { groupRows } from './records';
import { norm } from './text';
import type { ImportPreview, ImportProblem, SavedMapping, SheetGrid, SheetMapping } from './types';

export interface PlanInput {
  fileName: string;
  grids: readonly SheetGrid[];
  /** "auto" proposes a mapping from the headings; a saved mapping overrides it heading by heading. */
  mapping: 'auto' | SavedMapping;
  /** Field changes the person made in the preview, per sheet and 1-based slot index. */
  overrides?: readonly { sheet: string; index: number; field: SheetMapping['slots'][number]['field'] }[];
  organisationId: string;
  productId?: string;
  taxonomies: { dataCategories: readonly DataCategoryType[]; dataSubjects: readonly DataSubjectType[]; securityMeasures: readonly SecurityMeasureType[] };
  vendors: readonly Vendor[];
  newId: () => string;
}

export function planSpreadsheetImport(input: PlanInput): ImportPreview {
  const categories = categoryReader(input.taxonomies.dataCategories);
  const subjects = subjectReader(input.taxonomies.dataSubjects);
  const preview: ImportPreview = {
    sheets: [],
    activities: [],
    newDataCategories: [],
    newDataSubjects: [],
    problems: [],
    reviews: [],
    recognitions: [],
    stats: { cells: 0, recognised: 0, keptAsText: 0 },
  };
  const byName = new Map<string, ProcessingActivity>();
  const builtFor = new Map<ProcessingActivity, Built[]>();
  for (const grid of input.grids) {
    let m = proposeSheetMapping(grid);
    if ('skipped' in m) {
      preview.sheets.push(m);
      continue;
    }
    if (input.mapping !== 'auto') m = applySavedMapping(m, input.mapping);
    const changes = (input.overrides ?? []).filter((o) => o.sheet === grid.name);
    if (changes.length > 0) {
      m = {
        ...m,
        slots: m.slots.map((s) => {
          const o = changes.find((x) => x.index === s.index);
          return o === undefined ? s : { ...s, field: o.field, confidence: 'high', reason: 'chosen in the preview' };
        }),
      };
    }
    preview.sheets.push(m);
    for (const group of groupRows(grid, m)) {
      const built = buildActivity(group, {
        fileName: input.fileName,
        organisationId: input.organisationId,
        ...(input.productId !== undefined ? { productId: input.productId } : {}),
        role: m.role,
        vendors: input.vendors,
        measures: input.taxonomies.securityMeasures,
        categories,
        subjects,
        newId: input.newId,
      });
      preview.problems.push(...built.problems);
      preview.reviews.push(...built.reviews);
      preview.recognitions.push(...built.recognitions);
      for (const [cell, status] of built.status) {
        if (cell.copy) continue;
        preview.stats.cells++;
        if (status === 'recognised') preview.stats.recognised++;
        else preview.stats.keptAsText++;
      }
      for (const cell of group.cells) if (!cell.copy && !built.status.has(cell)) preview.stats.cells++;
      // The same activity on several sheets (the CNIL list of activities and its sheet) is one record.
      const key = norm(built.activity.name);
      const same = byName.get(key);
      if (same === undefined) {
        byName.set(key, built.activity);
        builtFor.set(built.activity, [built]);
        preview.activities.push(built.activity);
      } else {
        mergeInto(same, built.activity);
        builtFor.get(same)?.push(built);
      }
    }
  }
  preview.newDataCategories = categories.added;
  preview.newDataSubjects = subjects.added;
  for (const a of preview.activities) checkActivity(a, builtFor.get(a) ?? [], preview.problems);
  return preview;
}

/** Lists are joined without repeats; a field already set keeps its value, another value goes to the description. */
function mergeInto(a: ProcessingActivity, b: ProcessingActivity): void {
  const add = <T>(list: T[], more: readonly T[], same: (x: T, y: T) => boolean) => {
    for (const m of more) if (!list.some((x) => same(x, m))) list.push(m);
  };
  const eq = <T>(x: T, y: T) => JSON.stringify(x) === JSON.stringify(y);
  add(a.purposes, b.purposes, eq);
  add(a.dataSubjects, b.dataSubjects, eq);
  add(a.dataCategories, b.dataCategories, (x, y) => x.category === y.category);
  add(a.recipients, b.recipients, eq);
  add(a.transfers, b.transfers, eq);
  add(a.securityMeasures, b.securityMeasures, eq);
  add(a.systems, b.systems, eq);
  add(a.controllers, b.controllers, eq);
  add(a.jointControllers, b.jointControllers, eq);
  if (b.securityNotes !== undefined && b.securityNotes !== a.securityNotes) a.securityNotes = [a.securityNotes, b.securityNotes].filter(Boolean).join('\n').slice(0, 4000);
  if (b.description !== undefined && b.description !== a.description) a.description = [a.description, b.description].filter(Boolean).join('\n');
  if (a.owner === undefined && b.owner !== undefined) a.owner = b.owner;
  if (b.automatedDecisions.exists) a.automatedDecisions = b.automatedDecisions;
  if (a.dpia.status === 'not_assessed') a.dpia = b.dpia;
  if (a.lastReviewed === undefined && b.lastReviewed !== undefined) a.lastReviewed = b.lastReviewed;
}

/** The record must be valid as the workspace will check it; any problem names the sheet and row it came from. */
function checkActivity(a: ProcessingActivity, built: readonly Built[], out: ImportProblem[]): void {
  const parsed = ActivitySchema.safeParse(a);
  if (parsed.success) return;
  const cell = built[0]?.recognitions[0] ?? built[0]?.reviews[0];
  // An over-long description is already reported by buildActivity, with where the text came from.
  for (const issue of parsed.error.issues.filter((i) => !(i.path.length === 1 && i.path[0] === 'description' && built.some((b) => b.problems.length > 0)))) {
    out.push({
      sheet: cell?.sheet ?? '',
      row: cell?.row ?? 0,
      column: cell?.column ?? '',
      header: cell?.header ?? '',
      message: `activity "${a.name}": ${issue.path.join('.')}: ${issue.message}`,
    });
  }
}
