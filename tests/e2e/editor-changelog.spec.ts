import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/** The change log an auditor can read: one entry per sitting, fields old → new in words, click opens, filters, Excel. */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

test('many autosaves of one activity are one entry listing each field old → new; it opens the record, filters and exports', async ({ page }) => {
  test.setTimeout(120_000);
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.treeItem('Chat support').click();
  await expect(ui.title).toHaveText('Chat support', { timeout: 15_000 });
  await ui.tab('General').click();

  // Typing with pauses: each pause autosaves.
  const owner = page.getByRole('textbox', { name: 'Owner', exact: true });
  for (const text of ['Sup', 'Support', 'Support lead']) {
    await owner.fill(text);
    await ui.saved();
  }
  await ui.choose(ui.combo('Our role'), 'Processor');
  await ui.saved();
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Answering support chats.');
  await ui.saved();

  await ui.nav('Change log').click();
  const entries = page.getByTestId('change-entry').filter({ hasText: 'Chat support' });
  await expect(entries).toHaveCount(2); // created, then one coalesced edit
  const edit = entries.filter({ hasText: 'Changed processing activity "Chat support"' });
  await expect(edit).toHaveCount(1);
  const fields = edit.getByTestId('change-fields');
  await expect(fields).toContainText('Role: Controller → Processor');
  await expect(fields).toContainText('Owner: (empty) → Support lead');
  await expect(fields).toContainText('Description:');
  await expect(fields).not.toContainText('controller →');
  // The sitting's intermediate autosaves are not listed: only the first before and the last after.
  await expect(fields).not.toContainText('Sup →');
  await expect(fields.locator('li').filter({ hasText: /^Owner:/ })).toHaveText(['Owner: (empty) → Support lead']);
  await ui.screenshot('editor-change-log');

  // Filters: by record, by person (no entries for someone else), by day.
  await ui.choose(ui.combo('Record'), 'Chat support', 'Chat supp');
  await expect(page.getByTestId('change-entry')).toHaveCount(2);
  await ui.choose(ui.combo('Who'), 'E2E Tester');
  await expect(page.getByTestId('change-entry')).toHaveCount(2);
  await page.getByLabel('From', { exact: true }).fill('2000-01-01');
  await page.getByLabel('To', { exact: true }).fill('2000-01-02');
  await expect(page.getByTestId('changes-empty')).toHaveText('No changes match these filters.');
  await page.getByLabel('To', { exact: true }).fill('');
  await expect(page.getByTestId('change-entry')).toHaveCount(2);

  // Export to Excel: one row per field changed, in words.
  const target = join(app.dir, 'changes.xlsx');
  app.dialogAnswers.push(target);
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  await expect(page.getByText(`Change log saved to ${target}`)).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  const rows = wb.getWorksheet('Change log')?.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1).map(String) : [])) ?? [];
  expect(rows.some((r) => r[3] === 'Chat support' && r[6] === 'Role' && r[7] === 'Controller' && r[8] === 'Processor')).toBe(true);
  expect(rows.some((r) => r[6] === 'Owner' && r[8] === 'Support lead')).toBe(true);

  // A click opens the record.
  await edit.click();
  await expect(ui.title).toHaveText('Chat support');
  expect((await app.session.workspace.changes({ entityId: created.id })).length).toBe(2);
});

test('the filters by person, record and date narrow the log, and the Excel export holds only what is shown', async ({ page }) => {
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
  await app.handlers['activity:save']({ activity: { ...created, owner: 'Support lead' } });
  // A colleague at their own desk edits the same activity, and a vendor.
  await app.handlers['prefs:set']({ displayName: 'Rita Reviewer' });
  const mine = await app.session.workspace.getActivity(created.id);
  if (!mine) throw new Error('activity missing');
  await app.handlers['activity:save']({ activity: { ...mine, description: 'Answering chats in two languages.' } });
  const [vendor] = (await app.handlers['workspace:overview']({}))?.vendors ?? [];
  if (!vendor) throw new Error('no vendor');
  await app.handlers['vendor:save']({ vendor: { ...vendor, notes: 'Checked by Rita' } });
  await app.handlers['prefs:set']({ displayName: 'E2E Tester' });

  await page.reload();
  await ui.nav('Change log').click();
  const entries = page.getByTestId('change-entry');

  // By person: Rita's two entries, none of mine.
  await ui.choose(ui.combo('Who'), 'Rita Reviewer');
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Rita Reviewer' })).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Description: ' })).toHaveCount(1);

  // By person and record: Rita's edit of “Chat support” only.
  await ui.choose(ui.combo('Record'), 'Chat support', 'Chat supp');
  await expect(entries).toHaveCount(1);
  await expect(entries.first().getByTestId('change-fields')).toContainText('Description: Answering support requests by e-mail, chat or ticket. → Answering chats in two languages.');

  // By date: today's entries are within today, none before it.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(today);
  await page.getByLabel('To', { exact: true }).fill(today);
  await expect(entries).toHaveCount(1);
  await page.getByLabel('To', { exact: true }).fill('2000-01-02');
  await expect(page.getByTestId('changes-empty')).toHaveText('No changes match these filters.');
  await page.getByLabel('To', { exact: true }).fill(today);
  await expect(entries).toHaveCount(1);

  // The export holds what the filters show: Rita's change of “Chat support”, field by field.
  const target = join(app.dir, 'ritas-changes.xlsx');
  app.dialogAnswers.push(target);
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  await expect(page.getByText(`Change log saved to ${target}`)).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(target);
  const rows = wb.getWorksheet('Change log')?.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1).map(String) : [])) ?? [];
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r[1] === 'Rita Reviewer' && r[3] === 'Chat support')).toBe(true);
  expect(rows.some((r) => r[6] === 'Description' && r[8] === 'Answering chats in two languages.')).toBe(true);

  // Clearing the person shows mine again.
  await ui.choose(ui.combo('Who'), 'E2E Tester');
  await expect(entries.filter({ hasText: 'Owner: (empty) → Support lead' })).toHaveCount(1);
});
