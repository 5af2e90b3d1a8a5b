import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** Keyboard: Ctrl+K from inside a field, Enter submits the New activity dialog, a delete confirmation focuses Cancel. */
test('Ctrl+K works while typing, Enter creates an activity, Delete asks with Cancel focused', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Roomify').click();
    await page.getByRole('textbox', { name: 'Legal name', exact: true }).click();
    await page.keyboard.press('Control+K');
    await expect(page.getByPlaceholder('Search names, purposes, vendors, countries…')).toBeFocused();
    await page.keyboard.press('Escape');

    await ui.nav('Dashboard').click();
    await page.getByRole('button', { name: 'New activity from template' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New processing activity' });
    await dialog.getByRole('radio', { name: 'Customer support' }).click();
    await dialog.getByLabel('Name (optional)').fill('Hotline');
    await page.keyboard.press('Enter');
    await expect(ui.title).toHaveText('Hotline', { timeout: 15_000 });

    await page.getByRole('button', { name: 'Delete activity' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Hotline?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirm).toHaveCount(0);
    await expect(ui.title).toHaveText('Hotline');
    // Escape closes the confirmation too, and deletes nothing.
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(ui.title).toHaveText('Hotline');
  } finally {
    await close();
    await app.close();
  }
});
