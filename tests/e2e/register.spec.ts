import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';
import type { AppHarness } from './harness';

let app: AppHarness;
let path: string;
let ui: AppPage;
let closeServer: () => Promise<void>;

test.beforeEach(async ({ page }) => {
  app = await harness.startApp({ sample: false });
  path = join(app.dir, 'Acme register.ropa');
  await app.session.create(path);
  ({ ui, close: closeServer } = await AppPage.open(page, app));
});

test.afterEach(async () => {
  await closeServer();
  await app.close();
});

test('a privacy officer records an organisation, a product and an activity, undoes, reopens and finds it', async ({ page }) => {
  // Organisation, with an invalid e-mail first: the problem shows next to the field and nothing is saved.
  await page.getByRole('button', { name: 'New organisation' }).first().click();
  await page.getByRole('dialog').getByLabel('Name').fill('Acme Health GmbH');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Acme Health GmbH');
  const privacyEmail = ui.field('Privacy e-mail');
  await privacyEmail.fill('privacy-at-acme');
  await expect(page.getByText('Enter an e-mail address, such as privacy@example.com.')).toBeVisible();
  await expect(privacyEmail).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.saveStatus).toHaveText('Saved, except 1 draft field');
  const [org] = await app.session.workspace.listOrganisations();
  expect(org?.privacyEmail).toBeUndefined();
  await privacyEmail.fill('privacy@acme.example');
  await ui.saved();
  await expect.poll(async () => (await app.session.workspace.listOrganisations())[0]?.privacyEmail).toBe('privacy@acme.example');
  await ui.choose(ui.combo('Pick a supervisory authority'), /Federal Commissioner for Data Protection/, 'Federal Commissioner');
  await ui.saved();

  // Product of the organisation.
  await page.getByRole('button', { name: 'New product' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Acme Care App');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Acme Care App');

  // A vendor from the catalogue: Supabase comes with its country and role.
  await ui.nav('Vendors').click();
  await page.getByRole('button', { name: 'Add from catalogue' }).click();
  await page.getByLabel('Search the catalogue').fill('supa');
  await expect(page.getByRole('button', { name: 'Add Supabase' })).toBeVisible();
  await ui.screenshot('vendor-catalogue');
  await page.getByRole('button', { name: 'Add Supabase' }).click();
  await expect(ui.title).toHaveText('Supabase');
  await expect(ui.combo('Headquarters')).toHaveValue('United States — no adequacy for this recipient (not DPF-certified)');
  await expect(ui.combo('Role')).toHaveValue('Processor');

  // An activity from a template, in a few clicks.
  await ui.treeItem('Acme Care App').click();
  await page.getByRole('button', { name: 'New activity' }).first().click();
  const modal = page.getByRole('dialog', { name: 'New processing activity' });
  await modal.getByRole('radio', { name: 'Customer support' }).click();
  await modal.getByLabel('Name (optional)').fill('Patient support');
  await modal.getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Patient support');
  await ui.screenshot('activity-general');

  // Purposes: legitimate interests needs the interest in words.
  await ui.tab('Purposes').click();
  await page.getByRole('button', { name: 'Add purpose' }).click();
  const second = page.getByTestId('purpose-1');
  await second.getByRole('textbox', { name: 'Purpose' }).fill('Send appointment reminders');
  await expect(second.getByText('Choose the legal basis for this purpose (Art. 6(1)).')).toBeVisible();
  await ui.choose(second.getByRole('combobox', { name: 'Legal basis (Art. 6)', exact: true }), /^Legitimate interests/);
  await expect(second.getByText('Describe the legitimate interest pursued (Art. 13(1)(d)).')).toBeVisible();
  await second.getByLabel('Legitimate interest pursued').fill('Patients keep their appointments');
  await ui.saved();

  // Data: a special category needs an Art. 9 condition on a purpose.
  await ui.tab('Data').click();
  await page.getByRole('button', { name: 'Add data category' }).click();
  const health = page.getByTestId('category-3');
  await ui.choose(health.getByRole('combobox', { name: 'Category', exact: true }), /^Health data/, 'Health');
  await expect(health.getByText('Special-category data is processed: name the Art. 9(2) condition on a purpose.')).toBeVisible();
  await health.getByLabel('Detail').fill('Appointment type');
  await health.getByLabel('Retention', { exact: true }).fill('12 months after the appointment');
  await ui.screenshot('activity-data');
  await ui.tab('Purposes').click();
  await ui.choose(second.getByRole('combobox', { name: 'Art. 9(2) condition', exact: true }), /^\(h\) Health or social care/);
  await expect(page.getByText('Special-category data is processed', { exact: false })).toHaveCount(0);
  await ui.screenshot('activity-purposes');

  // Recipient from the workspace vendors, and a transfer to a country without adequacy.
  await ui.tab('Recipients & transfers').click();
  await page.getByRole('button', { name: 'Add recipient' }).click();
  await ui.choose(page.getByTestId('recipient-0').getByRole('combobox', { name: 'Vendor', exact: true }), 'Supabase', 'Supa');
  await expect(page.getByTestId('recipient-0').getByRole('combobox', { name: 'Type', exact: true })).toHaveValue('Processor');
  await page.getByRole('button', { name: 'Add transfer' }).click();
  const transfer = page.getByTestId('transfer-0');
  await ui.choose(transfer.getByRole('combobox', { name: 'Country', exact: true }), 'India — no adequacy', 'India');
  await expect(transfer.getByText('No adequacy for India: choose a transfer mechanism (Art. 46) or a derogation (Art. 49).')).toBeVisible();
  await ui.choose(transfer.getByRole('combobox', { name: 'Recipient vendor', exact: true }), 'Supabase', 'Supa');
  // The vendor records its transfer tool and SCC module: the transfer takes them as its default (issue 12).
  await expect(transfer.getByRole('combobox', { name: 'Mechanism', exact: true })).toHaveValue('Standard contractual clauses (Commission)');
  await expect(transfer.getByRole('combobox', { name: 'SCC module', exact: true })).toHaveValue('Module 2: controller to processor');
  await expect(transfer.getByText('Choose the SCC module.')).toHaveCount(0);
  await ui.saved();
  await ui.screenshot('activity-recipients');

  const stored = async () => {
    const [summary] = (await app.session.workspace.listActivitySummaries()).filter((a) => a.name === 'Patient support');
    return summary ? app.session.workspace.getActivity(summary.id) : undefined;
  };
  await expect.poll(async () => (await stored())?.transfers[0]?.sccModule).toBe(2);
  const saved = await stored();
  expect(saved?.purposes[1]).toEqual({ description: 'Send appointment reminders', legalBasis: 'legitimate_interests', legitimateInterest: 'Patients keep their appointments', art9Condition: 'h' });
  expect(saved?.dataCategories.map((c) => c.category)).toContain('health_data');
  expect(saved?.recipients[0]?.vendorId).toMatch(/^ven-/);
  expect(saved?.transfers[0]).toMatchObject({ country: 'IN', mechanism: 'scc', sccModule: 2 });

  // Undo and redo from the keyboard, outside a text field.
  await ui.title.click();
  await page.keyboard.press('Control+Z');
  await expect(transfer.getByRole('combobox', { name: 'SCC module', exact: true })).toHaveValue('');
  await expect.poll(async () => (await stored())?.transfers[0]?.sccModule).toBeUndefined();
  await page.keyboard.press('Control+Shift+Z');
  await expect(transfer.getByRole('combobox', { name: 'SCC module', exact: true })).toHaveValue('Module 2: controller to processor');
  await expect.poll(async () => (await stored())?.transfers[0]?.sccModule).toBe(2);

  // Close and reopen the workspace: everything is still there.
  await app.session.close();
  await app.session.open(path);
  await ui.nav('Dashboard').click();
  await expect(ui.treeItem('Acme Health GmbH')).toBeVisible();
  const results = await ui.search('patient supp');
  await expect(results.getByText('Patient support')).toBeVisible();
  await ui.screenshot('search');
  await results.getByText('Patient support').click();
  await expect(ui.title).toHaveText('Patient support');
  await ui.tab('Recipients & transfers').click();
  await expect(page.getByTestId('transfer-0').getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('India — no adequacy');
  await expect(page.getByTestId('transfer-0').getByRole('combobox', { name: 'SCC module', exact: true })).toHaveValue('Module 2: controller to processor');
  const reopened = await stored();
  expect(reopened?.purposes[1]?.legitimateInterest).toBe('Patients keep their appointments');
  expect((await app.session.workspace.listOrganisations())[0]).toMatchObject({ name: 'Acme Health GmbH', privacyEmail: 'privacy@acme.example' });
  expect((await app.session.workspace.listProducts())[0]?.name).toBe('Acme Care App');

  // The change log lists the edits.
  await ui.nav('Change log').click();
  await expect(page.getByRole('table', { name: 'Change log' })).toContainText('Patient support');
  await ui.screenshot('change-log');
});
