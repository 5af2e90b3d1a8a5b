import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeIcoRegister } from '../helpers/registers';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** A privacy officer brings in the ICO register they kept in Excel, moves the notes column into the description, and imports it. */
test('imports an ICO-template register through the mapping screen, with a column changed by the person', async ({ page }) => {
  test.setTimeout(60_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    const file = join(app.dir, 'ico-register.xlsx');
    await writeIcoRegister(file);
    await ui.nav('Import a register').click();
    await expect(page.getByRole('heading', { name: 'Import an existing register' })).toBeVisible();
    await ui.combo('Organisation').fill('Roomify');
    await ui.combo('Product (optional)').fill('Roomify Smart Camera');

    app.dialogAnswers.push(file);
    await page.getByRole('button', { name: 'Choose a spreadsheet…' }).click();
    const preview = page.getByTestId('register-import-preview');
    await expect(preview).toContainText('File: ico-register.xlsx');
    await expect(preview).toContainText('Sheet “Controller”: headings in row 4, controller record (Art. 30(1))');
    await expect(preview).toContainText('Sheet “Processor”: headings in row 1, processor record (Art. 30(2))');
    // Each heading shows the field it is read as, in words, and how sure the reading is.
    const controller = preview.getByRole('table', { name: 'Controller' });
    await expect(ui.combo('Field for “Article 6 lawful basis for processing personal data”', controller)).toHaveValue('Legal basis (Art. 6)');
    await expect(ui.combo('Field for “Notes”', controller)).toHaveValue('Keep as a note');
    await expect(controller.getByRole('row', { name: /Business function/ })).toContainText('Sure');
    await expect(controller.getByRole('row', { name: /Location of personal data/ })).toContainText('Likely');
    await expect(preview).toContainText('Payroll 2 purposes · 5 data categories · 2 data subjects · 2 recipients · 0 transfers');
    await expect(preview).toContainText('Roomify · Roomify Smart Camera');
    await expect(preview).toContainText('imported: kept as a note, check whether it belongs in a field');
    await expect(preview).toContainText('“Review with HR in Q1”');
    await expect(page.getByTestId('register-import-share')).toHaveText(/^\d+ of 47 cells recognised \(\d+%\); \d+ kept as text to review$/);
    for (const [width, scheme] of [[1024, 'light'], [1440, 'dark']] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await ui.screenshot(`register-import-preview-${width}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The person decides the notes column is the description.
    await ui.choose(ui.combo('Field for “Notes”', controller), 'Description');
    await expect(ui.combo('Field for “Notes”', controller)).toHaveValue('Description');
    await expect(preview).not.toContainText('“Review with HR in Q1”');
    await page.getByRole('button', { name: 'Import 4 activities' }).click();
    await expect(page.getByText(/^Imported 4 activities from ico-register\.xlsx; \d+ items to review$/)).toBeVisible();

    const acts = await app.session.workspace.listActivities();
    const payroll = acts.find((a) => a.name === 'Payroll');
    expect(payroll?.description?.startsWith('Review with HR in Q1\nImported from ico-register.xlsx')).toBe(true);
    expect(payroll?.purposes.map((p) => p.legalBasis)).toEqual(['contract', 'legal_obligation']);
    const camera = (await app.session.workspace.listProducts()).find((p) => p.name === 'Roomify Smart Camera');
    expect(acts.filter((a) => a.productId === camera?.id && ['Payroll', 'Send the monthly newsletter'].includes(a.name))).toHaveLength(2);
  } finally {
    await close();
    await app.close();
  }
});
