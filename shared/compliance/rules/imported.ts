/** Text a spreadsheet import could not place (issue 17): raised until a person has placed it. */
import { matchHeading } from '../../import/headings';
import { readKeptLines } from '../../import/kept-text';
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

const WHAT: Readonly<Record<string, string>> = {
  legalBasis: 'check the legal basis',
  art9: 'check the Art. 9 condition',
  legitimateInterest: 'check the legitimate interests',
  purposes: 'check the purposes',
  dataSubjects: 'check the data subjects',
  dataCategories: 'check the data categories',
  specialCategories: 'check the special categories of data',
  retention: 'check the retention',
  recipients: 'check the recipients',
  transfers: 'check the transfers',
  transferSafeguards: 'check the transfer safeguards',
  automated: 'check automated decision-making',
  source: 'check the source of the data',
  dpia: 'check the DPIA',
  dpiaProgress: 'check the DPIA',
  lastReviewed: 'check the review date',
  role: 'check the role',
};

export const importedTextToPlace = defineRule(
  {
    id: 'imported-text-to-place',
    severity: 'warning',
    article: 'Art. 30(1)',
    title: 'Imported text not yet placed',
    description: 'Text a spreadsheet import kept in an activity’s description, because it could not put it in a field, has been moved to the right field.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      for (const line of readKeptLines(a.description)) {
        const field = matchHeading(line.header)?.field;
        const what = (field !== undefined ? WHAT[field] : undefined) ?? 'check where it belongs';
        emit(
          activityTarget(a, 'description'),
          `Imported: ${what}. ${q(a.name)} keeps “${line.text.replace(/\s+/g, ' ').slice(0, 160)}” from the column “${line.header}” (column ${line.column}, row ${line.row}) as text.`,
          'Put it in the right field of the activity, then delete its line from the description.',
        );
      }
    }
  },
);

export const IMPORTED_RULES = [importedTextToPlace];
