import { existsSync, readFileSync } from 'node:fs';
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

/** A privacy officer publishes a notice, sees that the records changed since, reads what changed and publishes the next version. */
test('publishing a notice: draft, version 1, records change with a readable diff, version 2', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Ledgerly').first().click();
    await ui.tab('Privacy notice').click();
    // the contact routes and the support contact recorded for the sample are in the editor
    await expect(page.getByLabel('Support e-mail (not for privacy requests)')).toHaveValue('support@ledgerly.example');
    await expect(page.getByLabel('Who (e.g. “Staff of a customer”)').first()).toHaveValue('Users of a customer’s Ledgerly account');
    await page.getByText('Where people turn').scrollIntoViewIfNeeded();
    await ui.screenshot('notice-settings-routes');
    await ui.tab('Preview & export').click();
    const preview = page.getByTestId('notice-preview');
    const status = page.getByTestId('notice-publication');
    await expect(preview).toContainText('Draft: not yet published');
    await expect(status).toContainText('Not published yet');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await expect(page.getByText('Published version 1 of the notice.')).toBeVisible();
    await expect(status).toContainText(/Version 1 published on \d{4}-\d{2}-\d{2} by .+: the records have not changed since/);
    await expect(preview).toContainText('Last updated:');
    await expect(preview).not.toContainText('Draft: not yet published');
    await expect(preview).toContainText('Processing on behalf of our customers');

    const product = (await app.session.workspace.listProducts()).find((p) => p.name === 'Ledgerly');
    if (!product) throw new Error('Ledgerly');
    await app.session.save('product', { ...product, notice: { ...product.notice, changeNoticeDays: 14 } });
    await expect(status).toContainText(/The records have changed since version 1 was published/);
    const diff = page.getByLabel('Changes since the last published version');
    await expect(diff).toContainText('Changed: Changes to this notice');
    await expect(diff).toContainText('Added: We may update this notice');
    await expect(diff).toContainText('at least 14 days before they take effect.');
    await expect(status).toContainText('The product announces material changes 14 days before they take effect.');
    await expect(preview).toContainText('Draft: not yet published');
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await ui.screenshot(`notice-publish-changed-${width}-light`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
      await ui.screenshot(`notice-publish-changed-${width}-dark`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect(status).toContainText(/Version 2 published on/);

    // Version 1 is kept and exported as it was frozen (30 days, before the change).
    await ui.choose(ui.combo('Published versions'), /^Version 1, /);
    const out = join(app.dir, 'ledgerly-v1.txt');
    app.dialogAnswers.push(out);
    await page.getByRole('button', { name: 'Export this version' }).click();
    await page.getByRole('menuitem', { name: 'Plain text (.txt)' }).click();
    await expect(page.getByText(`Notice saved to ${out}`)).toBeVisible();
    const v1 = readFileSync(out, 'utf8');
    expect(v1).toContain('Last updated: ');
    expect(v1).toContain('at least 30 days before they take effect');
    expect(v1).not.toContain('at least 14 days');
    await ui.screenshot('notice-publish-versions');
    // the one gap of the records, said in the singular, with what the notice says instead
    await expect(page.getByText('1 thing to check in this notice')).toBeVisible();
    await expect(page.getByText('the notice says "As the customer instructs; deleted or returned when the service for the customer ends"')).toBeVisible();
  } finally {
    await close();
    await app.close();
  }
});
