import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** A consultant exports one product's Excel register and a Word report, then re-imports the workbook unchanged. */
test('exports the Excel register of a product and the Word report, and an unchanged workbook imports as no change', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    const xlsx = join(app.dir, 'roomify-register.xlsx');
    app.dialogAnswers.push(xlsx);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the register' });
    await dialog.getByLabel('One product').check();
    await ui.choose(ui.combo('Product', dialog), 'Roomify Smart Camera');
    await expect(dialog.getByLabel('Columns of the controller register')).toBeVisible();
    await ui.screenshot('export-dialog');
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(page.getByText(`Saved to ${xlsx}`)).toBeVisible();
    expect(existsSync(xlsx)).toBe(true);
    await expect(dialog).toBeHidden();

    const docx = join(app.dir, 'report.docx');
    app.dialogAnswers.push(docx);
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByLabel('Word report (.docx)').check();
    await dialog.getByLabel('Whole workspace').check();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(page.getByText(`Saved to ${docx}`)).toBeVisible();
    expect(existsSync(docx)).toBe(true);
    await expect(dialog).toBeHidden();

    // File ▸ Export as JSON (the native menu's command) opens the same dialog on the JSON format.
    const json = join(app.dir, 'register.json');
    app.dialogAnswers.push(json);
    await page.evaluate(() => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit('menu:command', 'export-json'));
    await expect(dialog.getByLabel('Workspace document (.json)')).toBeChecked();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(page.getByText(`Saved to ${json}`)).toBeVisible();
    expect(existsSync(json)).toBe(true);
    await expect(dialog).toBeHidden();

    app.dialogAnswers.push(xlsx);
    await page.getByRole('button', { name: 'Import edited Excel register…' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('0 to add, 0 to change, 0 to remove');
    await expect(preview).toContainText('The workbook matches the register: nothing to import.');
    await expect(preview).toContainText(xlsx);
    await expect(page.getByRole('button', { name: 'Apply these changes' })).toBeDisabled();
    await ui.screenshot('import-preview');
  } finally {
    await close();
    await app.close();
  }
});

/** The copy for the supervisory authority: a Word report without the internal open findings. */
test('exports the authority copy of the Word report from the export dialog', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    const docx = join(app.dir, 'authority.docx');
    app.dialogAnswers.push(docx);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the register' });
    await dialog.getByLabel('Word report (.docx)').check();
    const authority = dialog.getByLabel('Copy for the supervisory authority');
    await expect(authority).not.toBeChecked();
    await authority.check();
    await expect(dialog.getByText('Leaves out the internal open findings')).toBeVisible();
    for (const [width, scheme] of [[1024, 'light'], [1440, 'dark']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await ui.screenshot(`export-dialog-authority-${width}-${scheme}`);
    }
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(page.getByText(`Saved to ${docx}`)).toBeVisible();
    const { readFile } = await import('node:fs/promises');
    const { unzip } = await import('../helpers/reports-files');
    const xml = (await unzip(await readFile(docx))).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Account management and authentication');
    expect(xml).not.toContain('Open findings');
  } finally {
    await close();
    await app.close();
  }
});
