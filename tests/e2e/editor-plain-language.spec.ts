import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** The sample's activities are approved: reopen one for changes, as a person would, with a reason. */
async function reopen(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Change this activity…' }).click();
  const dialog = page.getByRole('dialog', { name: `Change “${name}”?` });
  await dialog.getByLabel('Why it goes back to draft').fill('Checking the help texts');
  await dialog.getByRole('button', { name: 'Reopen for changes' }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('Draft');
}

/** Legal fields explain themselves and appear only where they apply; transfers follow the vendor. */
test('help under legal fields, Art. 9 and Art. 27 only where they apply, legal bases described', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    // Ledgerly GmbH is established in Germany: no Art. 27 representative.
    await ui.treeItem('Ledgerly GmbH').click();
    await expect(page.getByTestId('representative-not-needed')).toHaveText(/No representative is needed: the organisation is established in the EU\/EEA/);
    await expect(page.getByRole('region', { name: 'Representative in the Union (Art. 27)' })).toHaveCount(0);
    // Roomify records no country: the section stays, with what it is for.
    await ui.treeItem('Roomify').click();
    await expect(page.getByRole('region', { name: 'Representative in the Union (Art. 27)' })).toContainText('Needed only when the organisation is established outside the EU/EEA');

    await ui.treeItem('Roomify Smart Camera').click();
    await ui.treeItem('Support and feedback').click();
    await reopen(page, 'Support and feedback');
    await ui.tab('Purposes').click();
    const basis = ui.combo('Legal basis (Art. 6)').first();
    await expect(basis).toHaveAccessibleDescription(/Why the law allows this processing/);
    await expect(ui.combo('Art. 9(2) condition')).toHaveCount(0);
    await basis.click();
    await expect(page.getByRole('option', { name: /Contract — Art\. 6\(1\)\(b\)/ })).toContainText('We need the data to provide a service the person has signed up for');
    await page.keyboard.press('Escape');

    // Payroll holds health data: the Art. 9 condition is asked for.
    await ui.treeItem('Without product').click();
    await ui.treeItem('Employee payroll').click();
    await ui.tab('Purposes').click();
    await expect(ui.combo('Art. 9(2) condition').first()).toBeVisible();
  } finally {
    await close();
    await app.close();
  }
});

test('a transfer to a vendor takes its recorded tool and module, and the picker and the hint agree on US adequacy', async ({ page }) => {
  test.setTimeout(90_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Roomify Smart Camera').click();
    await ui.treeItem('Support and feedback').click();
    await reopen(page, 'Support and feedback');
    await ui.tab('Recipients & transfers').click();
    await page.getByRole('button', { name: 'Add transfer' }).click();
    const row = page.getByTestId('transfer-0');
    const country = ui.combo('Country', row);
    await expect(country).toHaveValue('United States — adequacy only for DPF-certified recipients');

    // Postmark: SCC module 2 recorded on the vendor, not DPF-certified.
    await ui.choose(ui.combo('Recipient vendor', row), 'Postmark', 'Postm');
    await expect(ui.combo('Mechanism', row)).toHaveValue('Standard contractual clauses (Commission)');
    await expect(ui.combo('SCC module', row)).toHaveValue('Module 2: controller to processor');
    await expect(country).toHaveValue('United States — no adequacy for this recipient (not DPF-certified)');
    await ui.saved();

    // Without the tool, the hint says the same as the picker.
    await ui.combo('Mechanism', row).locator('xpath=..').locator('button').click(); // the clear button (aria-hidden in Mantine)
    await expect(ui.combo('Mechanism', row)).toHaveValue('');
    await expect(row.getByText('No adequacy for this recipient in United States: the EU–US adequacy decision covers only organisations certified under the Data Privacy Framework, and Postmark is not recorded as certified.', { exact: false })).toBeVisible();

    // Stripe is DPF-certified.
    await ui.choose(ui.combo('Recipient vendor', row), 'Stripe', 'Strip');
    await expect(country).toHaveValue('United States — adequacy (recipient DPF-certified)');
    await expect(row.getByText('No adequacy for this recipient')).toHaveCount(0);
  } finally {
    await close();
    await app.close();
  }
});
