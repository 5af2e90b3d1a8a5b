import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/**
 * A German company previews its notice in German (issue 13): only the product's declared languages
 * are offered, the notice reads wholly in German with the authority under its German name, and
 * nothing is left to check; the French preview of a product that declares French reads in French.
 */
test('the notice preview offers the declared languages and shows the sample wholly translated', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Ledgerly').first().click();
    await ui.tab('Preview & export').click();
    const preview = page.getByTestId('notice-preview');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Privacy Notice: Ledgerly');
    // Ledgerly declares English and German: French is not offered.
    await expect(page.locator('label', { hasText: /^German$/ })).toBeVisible();
    await expect(page.locator('label', { hasText: /^French$/ })).toHaveCount(0);

    await page.locator('label', { hasText: /^German$/ }).click();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Datenschutzerklärung: Ledgerly');
    await expect(preview).toContainText('Für uns zuständige Aufsichtsbehörde: Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)');
    await expect(preview).toContainText('Abrechnung der Ledgerly-Abonnements und Einzug der Zahlungen');
    await expect(preview).toContainText('Transportverschlüsselung (TLS)');
    await expect(preview.locator('[lang="de"]').first()).toBeVisible();
    // Nothing is left untranslated; the one thing to check is the sample's deliberate gap (no retention for notes).
    await expect(page.getByText('1 thing to check in this notice')).toBeVisible();
    await expect(page.getByText(/Not yet translated/)).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1024, 1440]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await ui.screenshot(`notice-languages-ledgerly-de-${scheme}-${width}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await ui.treeItem('Roomify Smart Camera').click();
    await ui.tab('Preview & export').click();
    await page.locator('label', { hasText: /^French$/ }).click();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Politique de confidentialité\u00A0: Roomify Smart Camera');
    await expect(preview).toContainText('Fournir les fonctions essentielles de l’application');
    await expect(page.getByText(/things? to check in this notice/)).toHaveCount(0);
    await ui.screenshot('notice-languages-roomify-fr');
  } finally {
    await close();
    await app.close();
  }
});
