import { expect, test } from '@playwright/test';
import { harness } from './pages/harness-loader';
import { AppPage } from './pages/app';

/** Issue 12 (nothing typed is lost): the register reloading (a save elsewhere, a colleague's change) keeps what the New activity dialog holds. */
test('the name typed in the New activity dialog survives a reload of the register', async ({ page }) => {
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await page.getByRole('main').getByRole('button', { name: 'New activity from template' }).click();
    const dialog = page.getByRole('dialog', { name: 'New processing activity' });
    await dialog.getByRole('radio', { name: 'Blank activity' }).click();
    await ui.choose(dialog.getByRole('combobox', { name: 'Organisation' }), 'Roomify');
    await dialog.getByLabel('Name (optional)').fill('Newsletter sign-up');
    // The register changes meanwhile (here: the event every save sends).
    await page.evaluate(() => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit('workspace:changed', null));
    await page.waitForTimeout(500);
    await expect(dialog.getByLabel('Name (optional)')).toHaveValue('Newsletter sign-up');
    await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Roomify');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(ui.title).toHaveText('Newsletter sign-up');
  } finally {
    await close();
    await app.close();
  }
});
