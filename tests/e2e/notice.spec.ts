import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** A privacy officer previews a product's notice, follows a records change, overrides a section and exports. */
test('the notice preview follows the records, switches language, flags a stale override and exports to Word', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Roomify Smart Camera').click();
    await ui.tab('Preview & export').click();
    const preview = page.getByTestId('notice-preview');
    await expect(preview).toContainText('privacy@roomify.tech');
    await expect(preview).toContainText('Profile > Account Security > Delete account');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Privacy Notice: Roomify Smart Camera');
    await ui.screenshot('notice-preview-en');

    // German template text.
    await page.locator('label', { hasText: /^German$/ }).click();
    await expect(preview.getByRole('heading', { level: 1 })).toContainText('Datenschutz');
    await ui.screenshot('notice-preview-de');
    await page.locator('label', { hasText: /^English$/ }).click();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Privacy Notice: Roomify Smart Camera');

    // Replace the contact section with own text: the preview shows it.
    const contact = await app.handlers['notice:preview']({ productId: 'prod-roomify-app', lang: 'en' });
    const section = contact.sections.find((s) => s.text.includes('privacy@roomify.tech') && s.text.includes('Roomify'));
    if (!section) throw new Error('a section names the contact address');
    await ui.choose(ui.combo('Section'), new RegExp(`^${section.number}\\. `));
    await ui.field('Text of the section').fill('Write to privacy@roomify.tech, or ask your tenant administrator.');
    await page.getByRole('button', { name: 'Use my text' }).click();
    await expect(preview).toContainText('or ask your tenant administrator');
    await expect(page.getByTestId('stale-overrides')).toHaveCount(0);

    // The records change under the override: it is flagged, not silently kept or dropped.
    const org = (await app.session.workspace.listOrganisations()).find((o) => o.name === 'Roomify');
    if (!org) throw new Error('Roomify');
    await app.session.save('organisation', { ...org, name: 'Roomify Technologies GmbH' });
    const stale = page.getByTestId('stale-overrides');
    await expect(stale).toContainText('The records changed since you replaced');
    // …with the text the records give now, next to the user's own.
    await expect(stale.getByTestId('stale-generated-now')).toContainText('Roomify Technologies GmbH');
    await expect(preview).toContainText('or ask your tenant administrator');
    await ui.screenshot('notice-preview-stale');
    await expect(ui.combo('Section')).toHaveValue(/Own text, out of date/);

    // Export through the (stub) save dialog.
    const out = join(app.dir, 'roomify-notice.docx');
    app.dialogAnswers.push(out);
    await page.getByRole('button', { name: 'Export the notice' }).click();
    await page.getByRole('menuitem', { name: 'Word (.docx)' }).click();
    await expect(page.getByText(`Notice saved to ${out}`)).toBeVisible();
    expect(existsSync(out)).toBe(true);

    // Back to the generated text: the flag and the own text go.
    await stale.getByRole('button', { name: /^Back to generated text/ }).click();
    await expect(page.getByTestId('stale-overrides')).toHaveCount(0);
    await expect(preview).not.toContainText('or ask your tenant administrator');
    await expect(preview).toContainText('Roomify Technologies GmbH');
  } finally {
    await close();
    await app.close();
  }
});
