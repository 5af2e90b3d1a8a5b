// What the editor saves when part of what was typed is invalid: valid fields go to the
// record, refused values become field drafts, untouched new rows are neither.
import { describe, expect, it } from 'vitest';
import { Organisation, ProcessingActivity } from '../../shared/model';
import { overlayDrafts, recordNewRows, splitDraft, untouchedRows } from '../../renderer/forms/split-draft';
import { collectProblems } from '../../renderer/forms/problems';
import { ACTIVITY_TEMPLATES, activityFromTemplate } from '../../shared/templates';

const blankActivity = (): ProcessingActivity => ({ ...activityFromTemplate(ACTIVITY_TEMPLATES[0]!, { id: 'a1', organisationId: 'org-a' }, 'Support'), dataCategories: [] });
const org: Organisation = { id: 'org-a', name: 'Acme GmbH' };

describe('splitDraft', () => {
  it('saves the valid fields and keeps the invalid one as a draft with its problem', () => {
    const typed = { ...org, website: 'acme.example', address: 'Hauptstraße 1', staffCount: 40 };
    const split = splitDraft(Organisation, typed, org, new Set());
    expect(split.record).toEqual({ ...org, address: 'Hauptstraße 1', staffCount: 40 });
    expect(split.drafts).toEqual([{ path: 'website', value: 'acme.example', message: 'Must be a web address starting with https:// or http://.' }]);
  });

  it('puts a refused field back to its stored value', () => {
    const stored = { ...org, website: 'https://acme.example' };
    const split = splitDraft(Organisation, { ...stored, website: 'acme' }, stored, new Set());
    expect(split.record?.website).toBe('https://acme.example');
    expect(overlayDrafts(split.record!, split.drafts).website).toBe('acme');
  });

  it('leaves a refused new row out of the record whole and keeps it as a draft row', () => {
    const stored = blankActivity();
    const typed = { ...stored, name: 'Support desk', dataCategories: [{ category: '', source: 'data_subject' as const, requirement: 'necessary_for_service' as const, detail: 'Ticket text' }] };
    const split = splitDraft(ProcessingActivity, typed, stored, new Set());
    expect(split.record?.name).toBe('Support desk');
    expect(split.record?.dataCategories).toEqual([]);
    expect(split.drafts.map((d) => d.path)).toEqual(['dataCategories.0']);
    expect(overlayDrafts(split.record!, split.drafts).dataCategories[0]?.detail).toBe('Ticket text');
  });

  it('does not treat a row nobody typed into as an error, nor save it', () => {
    const stored = blankActivity();
    const created = new Map<string, string>();
    const next = { ...stored, dataCategories: [{ category: '', source: 'data_subject' as const, requirement: 'necessary_for_service' as const }] };
    recordNewRows(stored, next, '', created);
    const untouched = untouchedRows(next, created);
    expect([...untouched]).toEqual(['dataCategories.0']);
    expect(collectProblems(ProcessingActivity, next, [], untouched).blocking).toBe(false);
    expect(splitDraft(ProcessingActivity, next, stored, untouched)).toEqual({ record: stored, drafts: [] });
    // Typing into it makes it a row like any other.
    const typed = { ...next, dataCategories: [{ ...next.dataCategories[0]!, detail: 'x' }] };
    expect(untouchedRows(typed, created).size).toBe(0);
    expect(collectProblems(ProcessingActivity, typed, [], new Set()).blocking).toBe(true);
  });
});
