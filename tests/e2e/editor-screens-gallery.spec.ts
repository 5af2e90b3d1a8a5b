import { writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { harness } from './pages/harness-loader';
import { AppPage } from './pages/app';

/**
 * Issue 12: every screen, light and dark, at 1024×700 (the smallest supported window) and
 * 1440×900, saved to test-results/screens/<width>-<scheme>/ to be looked at (not compared
 * pixel by pixel). Each step still asserts that its screen is the one shown.
 */

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

function shooter(page: Page, width: number, scheme: string) {
  const dir = `test-results/screens/${width}-${scheme}`;
  let n = 0;
  return async (name: string) => {
    await mkdir(dir, { recursive: true });
    n += 1;
    await page.screenshot({ path: `${dir}/${String(n).padStart(2, '0')}-${name}.png`, animations: 'disabled' });
  };
}

for (const size of SIZES)
  for (const scheme of SCHEMES) {
    test(`every screen of the sample, ${scheme}, ${size.width} px`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = shooter(page, size.width, scheme);
      const app = await harness.startApp();
      const { ui, close } = await AppPage.open(page, app);
      try {
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        await expect(page.getByTestId('sample-banner')).toBeVisible();
        await shot('sample-dashboard');
        await page.getByRole('button', { name: 'Check the register' }).click();
        await expect(page.getByRole('table', { name: 'Findings' })).toBeVisible();
        await page.getByRole('table', { name: 'Findings' }).scrollIntoViewIfNeeded();
        await shot('checks');

        await ui.treeItem('Roomify').click();
        await expect(ui.title).toHaveText('Roomify');
        await shot('organisation');

        await ui.treeItem('Roomify Smart Camera').click();
        await expect(ui.title).toHaveText('Roomify Smart Camera');
        await shot('product-details');
        for (const [tab, name] of [
          ['Privacy notice', 'product-notice-settings'],
          ['Device permissions', 'product-permissions'],
          ['Findings', 'product-findings'],
        ] as const) {
          await ui.tab(tab).click();
          await expect(ui.tab(tab)).toHaveAttribute('aria-selected', 'true');
          await shot(name);
        }
        await ui.tab('Preview & export').click();
        await expect(page.getByTestId('notice-preview')).toBeVisible();
        await shot('notice-preview-en');
        for (const [lang, name] of [
          ['German', 'de'],
          ['French', 'fr'],
        ] as const) {
          const option = page.locator('label', { hasText: new RegExp(`^${lang}$`) });
          if ((await option.count()) === 0) continue;
          await option.click();
          await expect(page.getByTestId('notice-preview')).toBeVisible();
          await page.waitForTimeout(300);
          await shot(`notice-preview-${name}`);
        }

        await ui.tab('Details').click();
        await page.getByRole('button', { name: 'Translations' }).click();
        await expect(page.getByTestId('translation-counts')).toBeVisible();
        await shot('translations');

        await ui.treeItem('Roomify Smart Camera').click();
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
          await shot(`activity-${name}`);
        }

        await ui.nav('Vendors').click();
        await expect(page.getByRole('table', { name: 'Vendors' })).toBeVisible();
        await shot('vendors');
        await page.getByRole('table', { name: 'Vendors' }).getByRole('link').first().click();
        await expect(ui.title).not.toHaveText('');
        await shot('vendor');
        await ui.nav('Taxonomies').click();
        await shot('taxonomies');
        await ui.nav('Security measures').click();
        await shot('measures');
        await ui.nav('Device permissions').click();
        await shot('permissions');
        await ui.nav('Change log').click();
        await expect(page.getByRole('table', { name: 'Change log' })).toBeVisible();
        await shot('change-log');
        await ui.nav('Baselines').click();
        await ui.field('Label').fill('Audit 2026');
        await page.getByRole('button', { name: 'Freeze the register' }).first().click();
        await expect(page.getByRole('table', { name: 'Baselines' })).toContainText('Audit 2026');
        await shot('baselines');
        await ui.nav('Store labels').click();
        await shot('store-labels');
        await ui.nav('Import a register').click();
        await shot('import-register');

        await page.getByRole('banner').getByRole('button', { name: 'Export the register' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot('export-dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        await page.evaluate(() => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit('menu:command', 'connect-server'));
        await expect(page.getByRole('dialog', { name: 'Connect to team workspace' })).toBeVisible();
        await shot('connect-dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        const results = await ui.search('Hamburg');
        await expect(results).toContainText('Hamburg');
        await shot('search');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('zzzz');
        await expect(page.getByTestId('empty-search')).toBeVisible();
        await shot('search-nothing');
        await page.keyboard.press('Escape');
      } finally {
        await close();
        await app.close();
      }
    });

    test(`welcome, an empty register and a read-only session, ${scheme}, ${size.width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = shooter(page, size.width, `${scheme}-first-run`);
      const app = await harness.startApp({ sample: false });
      const server = await harness.serveRenderer();
      await harness.connectPage(page, app);
      try {
        await page.goto(server.url);
        await expect(page.getByTestId('welcome')).toBeVisible({ timeout: 15_000 });
        await shot('welcome');
        app.dialogAnswers.push(join(app.dir, 'Acme'));
        await page.getByTestId('welcome').getByRole('button', { name: 'New workspace…' }).click();
        await expect(page.getByTestId('empty-register')).toBeVisible();
        await shot('empty-register');
        await page.getByTestId('empty-tree').getByRole('button', { name: 'New organisation' }).click();
        await page.getByRole('dialog').getByLabel('Name').fill('Acme Cloud Services Deutschland GmbH');
        await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
        const ui = new AppPage(page);
        await expect(ui.title).toHaveText('Acme Cloud Services Deutschland GmbH');
        await page.getByTestId('empty-products').getByRole('button', { name: 'New product' }).click();
        await page.getByRole('dialog').getByLabel('Name').fill('Acme Field Service');
        await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
        await expect(ui.title).toHaveText('Acme Field Service');
        await page.getByTestId('empty-product-activities').getByRole('button', { name: 'Add its first activity' }).click();
        const dialog = page.getByRole('dialog', { name: 'New processing activity' });
        await dialog.getByRole('radio', { name: 'Blank activity' }).click();
        await dialog.getByLabel('Name (optional)').fill('Customer support by e-mail, phone and in-app chat for business customers');
        await shot('new-activity-dialog');
        await dialog.getByRole('button', { name: 'Create' }).click();
        await expect(ui.title).toHaveText('Customer support by e-mail, phone and in-app chat for business customers');
        await shot('empty-activity-general');
        await ui.tab('Recipients & transfers').click();
        await shot('empty-activity-recipients');
        await page.getByTestId('empty-recipients').getByRole('button', { name: 'Add recipient' }).click();
        await page.getByTestId('empty-transfers').getByRole('button', { name: 'Add transfer' }).click();
        await shot('activity-recipients-rows');
      } finally {
        await server.close();
        await app.close();
      }

      const ro = await harness.startApp();
      const path = join(ro.dir, 'sample.ropa');
      await ro.session.close();
      await writeFile(`${path}.lock`, JSON.stringify({ pid: 4242, host: 'other-laptop', actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
      await ro.session.open(path);
      // A page of its own: the first page's bridge is bound to the first app.
      const roPage = await page.context().newPage();
      await roPage.setViewportSize(size);
      await roPage.emulateMedia({ colorScheme: scheme });
      const roShot = shooter(roPage, size.width, `${scheme}-read-only`);
      const opened = await AppPage.open(roPage, ro);
      try {
        const ui = opened.ui;
        await expect(roPage.getByText('Read-only', { exact: true })).toBeVisible();
        await ui.treeItem('Roomify Smart Camera').click();
        await ui.treeItem(/^Cargo measurement/).click();
        await ui.tab('Purposes').click();
        await roShot('read-only-activity');
        await ui.treeItem('Roomify Smart Camera').click();
        await ui.tab('Preview & export').click();
        await expect(roPage.getByTestId('notice-preview')).toBeVisible();
        await roShot('read-only-notice-preview');
      } finally {
        await opened.close();
        await ro.close();
      }
    });
  }
