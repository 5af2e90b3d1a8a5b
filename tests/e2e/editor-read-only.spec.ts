import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { harness } from './pages/harness-loader';
import { AppPage } from './pages/app';

/**
 * Issue 12: disabled actions say why (tooltip on hover and keyboard focus, the reason as the
 * accessible description), and a read-only session looks read-only: every control that
 * writes is disabled with the session's reason; no clear × or pill remover looks usable.
 */

async function expectReason(page: Page, button: Locator, reason: string | RegExp): Promise<void> {
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(reason);
  // A keyboard user reaches it and reads the reason (a key press first, so the browser treats the focus as keyboard focus).
  await page.keyboard.press('Shift');
  await button.focus();
  await expect(button).toBeFocused();
  await expect(page.getByRole('tooltip').filter({ hasText: reason })).toBeVisible();
  await button.blur();
}

/** The names of the enabled buttons in a region (what a user could press). */
async function enabledButtons(region: Locator): Promise<string[]> {
  return region.getByRole('button', { disabled: false }).evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()),
  );
}

test('disabled actions of an editable workspace say why, by pointer and keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    // Nothing to undo yet.
    await expectReason(page, page.getByRole('banner').getByRole('button', { name: 'Undo' }), 'Nothing to undo');
    // Hover shows it too.
    await page.getByRole('banner').getByRole('button', { name: 'Redo' }).hover();
    await expect(page.getByRole('tooltip').filter({ hasText: 'Nothing to redo' })).toBeVisible();
    await page.mouse.move(0, 0);

    // The new-record dialog waits for a name.
    await ui.nav('Vendors').click();
    await page.getByRole('button', { name: 'New vendor' }).click();
    const dialog = page.getByRole('dialog', { name: 'New vendor' });
    await expectReason(page, dialog.getByRole('button', { name: 'Create' }), 'Type a name first.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Baselines wait for a label.
    await ui.nav('Baselines').click();
    await expectReason(page, page.getByRole('button', { name: 'Freeze the register' }).first(), 'Type a label for the baseline first.');

    // A section override waits for its text.
    await ui.treeItem('Roomify Smart Camera').click();
    await ui.tab('Preview & export').click();
    await ui.choose(ui.combo('Section'), /^1\. /);
    await ui.field('Text of the section').fill('');
    await expectReason(page, page.getByRole('button', { name: 'Use my text' }), 'Type the section’s text first.');

    // The export dialog waits for the product to export.
    await page.getByRole('banner').getByRole('button', { name: 'Export the register' }).click();
    const exportDialog = page.getByRole('dialog');
    await exportDialog.getByRole('radio', { name: 'One product' }).check();
    await expectReason(page, exportDialog.getByRole('button', { name: 'Choose where to save…' }), 'Choose the organisation or product to export first.');

    // An approved activity is locked until reopened: its row actions say so.
    await page.keyboard.press('Escape');
    await ui.treeItem('Roomify Smart Camera').click();
    await ui.treeItem(/^Cargo measurement/).click();
    await ui.tab('Purposes').click();
    await expectReason(page, page.getByRole('button', { name: 'Add purpose' }), 'This activity is approved: reopen it to change it.');
    await expect(page.locator('.mantine-InputClearButton-root:visible')).toHaveCount(0);

    // In an editable record, clearable pickers do offer their clear button (the read-only test relies on this selector).
    await ui.treeItem('Ledgerly GmbH').click();
    await expect(ui.title).toHaveText('Ledgerly GmbH');
    await expect(page.locator('.mantine-InputClearButton-root:visible').first()).toBeVisible();
  } finally {
    await close();
    await app.close();
  }
});

test('a read-only session: every control that writes is disabled with the reason, reading and export stay open', async ({ page }) => {
  test.setTimeout(150_000);
  const app = await harness.startApp();
  const path = join(app.dir, 'sample.ropa');
  await app.session.close();
  await writeFile(`${path}.lock`, JSON.stringify({ pid: 4242, host: 'other-laptop', actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
  await app.session.open(path);
  const reason = app.session.workspace.readOnlyReason ?? '';
  expect(reason).toContain('other-laptop');
  const { ui, close } = await AppPage.open(page, app);
  try {
    await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
    // The same organisation as in the editable test: no clear × on its pickers.
    await ui.treeItem('Ledgerly GmbH').click();
    await expect(ui.title).toHaveText('Ledgerly GmbH');
    await expect(page.getByRole('combobox', { name: 'Pick a supervisory authority' })).toBeDisabled();
    await expect(page.locator('.mantine-InputClearButton-root:visible')).toHaveCount(0);
    await ui.nav('Dashboard').click();
    await expectReason(page, page.getByRole('main').getByRole('button', { name: 'New activity from template' }), reason);

    // An activity: no clear ×, no pill remover, add/remove rows disabled with the reason.
    await ui.treeItem('Roomify Smart Camera').click();
    await ui.treeItem(/^Cargo measurement/).click();
    await expect(page.getByTestId('read-only-notice')).toContainText(reason);
    await ui.tab('Purposes').click();
    await expect(page.getByRole('combobox', { name: 'Legal basis' }).first()).toBeDisabled();
    await expect(page.locator('.mantine-InputClearButton-root:visible')).toHaveCount(0);
    await expectReason(page, page.getByRole('button', { name: 'Add purpose' }), reason);
    await expectReason(page, page.getByRole('button', { name: 'Remove row 1' }), reason);
    await ui.tab('Data').click();
    await expect(page.locator('.mantine-Pill-remove:visible')).toHaveCount(0);
    await expect(page.locator('.mantine-InputClearButton-root:visible')).toHaveCount(0);
    await ui.tab('Recipients & transfers').click();
    await expect(page.locator('.mantine-InputClearButton-root:visible')).toHaveCount(0);
    const tabs = page.getByRole('tabpanel');
    expect(await enabledButtons(tabs)).toEqual([]);

    // A product's notice preview: publish, own text and revert are refused; languages and export stay.
    await ui.treeItem('Roomify Smart Camera').click();
    await expectReason(page, page.getByRole('button', { name: 'New activity', exact: true }), reason);
    await expectReason(page, page.getByRole('button', { name: 'Delete product' }), reason);
    await ui.tab('Preview & export').click();
    await expect(page.getByTestId('notice-preview')).toBeVisible();
    await expectReason(page, page.getByTestId('notice-publication').getByRole('button', { name: /^Publish/ }), reason);
    await ui.choose(ui.combo('Section'), /^1\. /);
    await expect(ui.field('Text of the section')).toBeDisabled();
    await expectReason(page, page.getByRole('button', { name: 'Use my text' }), reason);
    const panel = page.getByRole('tabpanel');
    expect((await enabledButtons(panel)).filter((n) => !/^(English|German|French|Export|Export this version|Export the notice|\d+ texts? not yet translated|All texts translated)$/.test(n))).toEqual([]);

    // Translations: reading and export for a translator stay; import and typing are refused.
    await ui.tab('Details').click();
    await page.getByRole('button', { name: 'Translations' }).click();
    await expectReason(page, page.getByRole('button', { name: 'Import a translated file' }), reason);
    await expect(page.getByRole('button', { name: 'Export for a translator (XLIFF)' })).toBeEnabled();
    await expect(page.getByRole('textbox').first()).toBeDisabled();

    // Vendors and baselines.
    await ui.nav('Vendors').click();
    await expectReason(page, page.getByRole('button', { name: 'Add from catalogue' }), reason);
    await expectReason(page, page.getByRole('button', { name: 'New vendor' }), reason);
    await ui.nav('Baselines').click();
    await ui.field('Label').fill('Audit');
    await expectReason(page, page.getByRole('button', { name: 'Freeze the register' }).first(), reason);
    await ui.screenshot('editor-read-only-baselines');
  } finally {
    await close();
    await app.close();
  }
});
