import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** Ctrl/Cmd+K searches all text of the register, and each result says where it matched. */
test('search finds an address typed a moment ago, retention texts and countries by name, and says where', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Roomify').click();
    await page.getByRole('textbox', { name: 'Address', exact: true }).first().fill('Hafenstraße 12, 20457 Hamburg');
    await ui.saved();

    let results = await ui.search('Hamburg');
    const roomify = results.getByRole('button').filter({ hasText: 'Roomify' }).first();
    await expect(roomify).toContainText('Address: Hafenstraße 12, 20457 Hamburg');
    await page.keyboard.press('Escape');

    results = await ui.search('retention');
    await expect(results.getByTestId('search-match').filter({ hasText: /^Retention: / }).first()).toBeVisible();
    await page.keyboard.press('Escape');

    results = await ui.search('United States');
    const vendor = results.locator('[data-kind="vendor"]').first();
    await expect(vendor).toContainText('Country: United States (US)');
    await vendor.click();
    await expect(ui.title).toBeVisible();
  } finally {
    await close();
    await app.close();
  }
});
