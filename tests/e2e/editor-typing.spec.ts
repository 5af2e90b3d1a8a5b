import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';
import type { AppHarness } from './harness';

/** Nothing typed is lost: pickers take what was typed, invalid fields are kept as drafts beside saved valid ones. */
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

const org = async () => (await app.session.workspace.listOrganisations())[0];

async function newOrganisation(page: import('@playwright/test').Page, ui: AppPage, name: string) {
  await page.getByRole('button', { name: 'New organisation' }).first().click();
  await page.getByRole('dialog').getByLabel('Name').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText(name, { timeout: 15_000 });
}

test('a searchable picker takes the match on Enter, the only match on leaving, and keeps unmatched text with a message', async ({ page }) => {
  await newOrganisation(page, ui, 'Acme GmbH');
  const country = page.getByRole('region', { name: 'Identity' }).getByRole('combobox', { name: 'Country', exact: true });

  // "Germ" + Enter picks Germany.
  await country.click();
  await country.fill('Germ');
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('Germany');
  await expect.poll(async () => (await org())?.country).toBe('DE');

  // Leaving the field with text that stands for one country takes it.
  await country.click();
  await country.fill('austri');
  await page.keyboard.press('Tab');
  await expect(country).toHaveValue('Austria');
  await expect.poll(async () => (await org())?.country).toBe('AT');

  // Text that matches nothing stays in the field, with a message; the stored country is unchanged.
  await country.click();
  await country.fill('Atlantis');
  await page.keyboard.press('Tab');
  await expect(country).toHaveValue('Atlantis');
  await expect(page.getByText('“Atlantis” matches nothing in the list: pick an entry, or clear the text.')).toBeVisible();
  expect((await org())?.country).toBe('AT');

  // Text that matches several countries also stays, and says so.
  await country.click();
  await country.fill('land');
  await page.keyboard.press('Tab');
  await expect(country).toHaveValue('land');
  await expect(page.getByText('“land” matches several entries: pick one from the list.')).toBeVisible();
  await ui.screenshot('editor-picker-unmatched');
});

test('a multi-select adds the match on Enter and on leaving the field', async ({ page }) => {
  const o = await app.session.workspace.saveOrganisation({ id: 'org-acme', name: 'Acme GmbH' });
  const act = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: o.id, name: 'Support desk' });
  await ui.treeItem('Acme GmbH').click();
  await page.getByRole('treeitem', { name: 'Without product' }).click();
  await ui.treeItem('Support desk').click();
  await ui.tab('Data').click();
  const subjects = page.getByRole('region', { name: 'Data subjects' }).getByRole('combobox');
  const before = (await app.session.workspace.getActivity(act.id))?.dataSubjects ?? [];
  expect(before).not.toContain('employees');

  await subjects.click();
  await subjects.fill('Employees');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Data subjects' }).getByText('Employees', { exact: true })).toBeVisible();
  await expect.poll(async () => (await app.session.workspace.getActivity(act.id))?.dataSubjects).toContain('employees');

  await subjects.fill('job appl');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Data subjects' }).getByText('Job applicants', { exact: true })).toBeVisible();
  await expect.poll(async () => (await app.session.workspace.getActivity(act.id))?.dataSubjects).toContain('job_applicants');

  // A new empty row is not an error until something is typed into it.
  await page.getByRole('button', { name: 'Add data category' }).click();
  await expect(page.getByTestId('draft-banner')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an invalid field beside valid ones: the valid ones are saved, the invalid one survives leaving, a reload and a restart', async ({ page }) => {
  await newOrganisation(page, ui, 'Acme GmbH');
  const identity = () => page.getByRole('region', { name: 'Identity' });
  ui.field = (label: string | RegExp) => identity().getByLabel(label, { exact: typeof label === 'string' });
  await ui.field('Website').fill('acme.example');
  await ui.field('Address').fill('Hauptstraße 1, 10115 Berlin');
  await ui.field('Staff count').fill('40');

  // The address and the staff count are saved; the website is not, and says why.
  await expect.poll(async () => (await org())?.address).toBe('Hauptstraße 1, 10115 Berlin');
  await expect.poll(async () => (await org())?.staffCount).toBe(40);
  expect((await org())?.website).toBeUndefined();
  await expect(page.getByText('Enter a web address starting with https:// (or http://).')).toBeVisible();
  await expect(ui.saveStatus).toHaveText('Saved, except 1 draft field');
  await expect(page.getByTestId('draft-banner')).toContainText('Saved, except 1 field kept as a draft: fix the marked field.');
  await expect(ui.treeItem('Acme GmbH').getByTestId('tree-draft')).toBeVisible();
  await ui.screenshot('editor-field-draft');

  // Leave the record and come back.
  await ui.nav('Vendors').click();
  await ui.treeItem('Acme GmbH').click();
  await expect(ui.field('Website')).toHaveValue('acme.example');

  // Reload the page.
  await page.reload();
  await ui.treeItem('Acme GmbH').click();
  await expect(ui.field('Website')).toHaveValue('acme.example');
  await expect(ui.field('Website')).toHaveAttribute('aria-invalid', 'true');
  // Its problem is shown again beside it, and the valid fields typed after it are the saved ones.
  await expect(page.getByText('Enter a web address starting with https:// (or http://).')).toBeVisible();
  await expect(page.getByTestId('draft-banner')).toContainText('Saved, except 1 field kept as a draft: fix the marked field.');
  await expect(ui.field('Address')).toHaveValue('Hauptstraße 1, 10115 Berlin');
  await expect(ui.field('Staff count')).toHaveValue('40');

  // Restart: close the workspace, open the file again, reload the window.
  await app.session.close();
  await app.session.open(path);
  await page.reload();
  await expect(ui.treeItem('Acme GmbH').getByTestId('tree-draft')).toBeVisible();
  await ui.treeItem('Acme GmbH').click();
  await expect(ui.field('Website')).toHaveValue('acme.example');

  // Fixing it saves it and the draft is gone.
  await ui.field('Website').fill('https://acme.example');
  await ui.saved();
  await expect.poll(async () => (await org())?.website).toBe('https://acme.example');
  await expect(ui.treeItem('Acme GmbH').getByTestId('tree-draft')).toHaveCount(0);
  await expect(page.getByTestId('draft-banner')).toHaveCount(0);
  await page.reload();
  await ui.treeItem('Acme GmbH').click();
  await expect(ui.field('Website')).toHaveValue('https://acme.example');
});
