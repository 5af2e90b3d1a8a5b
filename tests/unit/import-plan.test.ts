import { describe, expect, it } from 'vitest';
import { planSpreadsheetImport, toSavedMapping, type SheetMapping } from '../../shared/import';
import { defaultTaxonomies } from '../../shared/interchange';

const plan = (rows: string[][], name = 'Register') => {
  let n = 0;
  return planSpreadsheetImport({ fileName: 'r.xlsx', grids: [{ name, rows }], mapping: 'auto', organisationId: 'org-1', taxonomies: defaultTaxonomies(), vendors: [], newId: () => `act-${++n}` });
};

describe('planning a spreadsheet import', () => {
  it('continues an activity on rows whose name is left blank, one data category per row, and skips repeated headings', () => {
    const p = plan([
      ['Our register 2026'],
      ['Activity', 'Data', 'Retention', 'Legal basis'],
      ['Payroll', 'Name', '10 years', 'Art. 6(1)(c)'],
      ['', 'Bank details', '10 years', ''],
      ['', 'Tax ID', '6 years', ''],
      ['Activity', 'Data', 'Retention', 'Legal basis'],
      ['Newsletter', 'E-mail', 'Until unsubscribed', 'Consent'],
    ]);
    expect(p.activities.map((a) => a.name)).toEqual(['Payroll', 'Newsletter']);
    expect(p.activities[0]?.dataCategories.map((c) => [c.category, c.retentionMonths])).toEqual([
      ['full_name', 120],
      ['bank_account', 120],
      ['tax_id', 72],
    ]);
    // No purpose column: the purpose is the activity, with its basis.
    expect(p.activities[0]?.purposes).toEqual([{ description: 'Payroll', legalBasis: 'legal_obligation' }]);
    expect(p.activities[1]?.purposes).toEqual([{ description: 'Newsletter', legalBasis: 'consent' }]);
    expect(p.stats).toEqual({ cells: 12, recognised: 12, keptAsText: 0 });
  });

  it('keeps an unknown heading’s text as a note, and a field chosen by the person wins', () => {
    const rows = [
      ['Activity', 'Purpose', 'Legal basis', 'Ticket'],
      ['Support', 'Answer requests', 'Contract', 'JIRA-12'],
    ];
    const auto = plan(rows);
    const ticket = (auto.sheets[0] as SheetMapping).slots.find((s) => s.header === 'Ticket');
    expect(ticket).toMatchObject({ field: 'notes', confidence: 'low' });
    expect(auto.activities[0]?.description).toBe('Imported from r.xlsx, sheet "Register", row 2; kept as written, to place in the record:\n• Ticket (column D, row 2): JIRA-12');
    let n = 0;
    const chosen = planSpreadsheetImport({ fileName: 'r.xlsx', grids: [{ name: 'Register', rows }], mapping: 'auto', overrides: [{ sheet: 'Register', index: 4, field: 'description' }], organisationId: 'org-1', taxonomies: defaultTaxonomies(), vendors: [], newId: () => `act-${++n}` });
    expect(chosen.activities[0]?.description).toBe('JIRA-12');
    expect(toSavedMapping(chosen.sheets as SheetMapping[]).sheets[0]?.columns).toContainEqual({ header: 'Ticket', field: 'description' });
  });
});
