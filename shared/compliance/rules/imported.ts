/** Text a spreadsheet import could not place (issue 17): raised until a person has placed it. */
import { matchHeading } from '../../import/headings';
import { readKeptLines } from '../../import/kept-text';
import { defineRule } from '../define';
import { PLACE_FIELDS, type PlaceField } from '../messages';
import { activityTarget } from '../targets';

const PLACEABLE: ReadonlySet<string> = new Set(PLACE_FIELDS);
/** The field a kept line's column heading names, when the catalogues have words for it. */
const placeField = (field: string | undefined): PlaceField | undefined => (field !== undefined && PLACEABLE.has(field) ? (field as PlaceField) : undefined);

export const importedTextToPlace = defineRule(
  {
    id: 'imported-text-to-place',
    severity: 'warning',
    description: 'Text a spreadsheet import kept in an activity’s description, because it could not put it in a field, has been moved to the right field.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      for (const line of readKeptLines(a.description)) {
        emit(activityTarget(a, 'description'), { activity: a.name, field: placeField(matchHeading(line.header)?.field), text: line.text.replace(/\s+/g, ' ').slice(0, 160), header: line.header, column: line.column, row: line.row });
      }
    }
  },
);

export const IMPORTED_RULES = [importedTextToPlace];
