import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** Walks the main screens of the sample workspace, light and dark, and saves a screenshot of each. */
test('the main screens of the sample workspace, in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await expect(page).toHaveTitle(/RoPA Desk/);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Findings' })).toBeVisible();
    await ui.screenshot('dashboard');

    await ui.treeItem('Roomify Smart Camera').click();
    await ui.tab('Privacy notice').click();
    await expect(ui.field('Contact e-mail for privacy requests')).not.toHaveValue('');
    await ui.screenshot('product-notice');
    await ui.tab('Device permissions').click();
    await expect(page.getByRole('combobox', { name: 'Permission' }).first()).toBeVisible();
    await ui.screenshot('product-permissions');

    await ui.treeItem(/^Cargo measurement/).click();
    for (const [tab, name] of [
      ['General', 'general'],
      ['Purposes', 'purposes'],
      ['Data', 'data'],
      ['Recipients & transfers', 'recipients'],
      ['Security', 'security'],
      ['DPIA & automated decisions', 'dpia'],
      ['Systems', 'systems'],
    ] as const) {
      await ui.tab(tab).click();
      await expect(ui.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await ui.screenshot(`sample-activity-${name}`);
    }

    await ui.treeItem('Roomify').click();
    await expect(ui.title).toHaveText('Roomify');
    await ui.screenshot('organisation');
    await ui.nav('Vendors').click();
    await expect(page.getByRole('table', { name: 'Vendors' })).toBeVisible();
    await ui.screenshot('vendors');
    await ui.nav('Taxonomies').click();
    await expect(page.getByRole('table', { name: 'Data categories' })).toContainText('Health data');
    await ui.screenshot('taxonomies');
    await ui.nav('Device permissions').click();
    await expect(page.getByRole('table', { name: 'Device permissions' })).toContainText('Camera');
    await ui.screenshot('permissions');
    await ui.nav('Change log').click();
    await ui.combo('Record type').click();
    await page.getByRole('option', { name: 'Workspace' }).click();
    await expect(page.getByRole('table', { name: 'Change log' })).toContainText('Imported');
    await ui.screenshot('change-log-filtered');

    await page.emulateMedia({ colorScheme: 'dark' });
    await ui.nav('Dashboard').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await ui.screenshot('dashboard-dark');
    await ui.treeItem(/^Cargo measurement/).click();
    await ui.tab('Purposes').click();
    await ui.screenshot('activity-dark');
  } finally {
    await close();
    await app.close();
  }
});
