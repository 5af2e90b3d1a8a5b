import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { harness } from './pages/harness-loader';
import { AppPage } from './pages/app';

/**
 * Issue 12, empty states: a fresh, empty workspace walked screen by screen. Every empty list
 * says in words what belongs there and offers the action that adds the first one; the action
 * works (the list gets its first row); where it cannot act yet, it is disabled and says why.
 */

let app: Awaited<ReturnType<typeof harness.startApp>>;
let ui: AppPage;
let closeServer: () => Promise<void>;

test.beforeEach(async ({ page }) => {
  app = await harness.startApp({ sample: false });
  await app.session.create(join(app.dir, 'Empty.ropa'));
  ({ ui, close: closeServer } = await AppPage.open(page, app));
});

test.afterEach(async () => {
  await closeServer();
  await app.close();
});

/** The empty state with its sentence; returns its action button (by name). */
async function emptyState(page: Page, testId: string, sentence: string | RegExp, action?: string): Promise<Locator | undefined> {
  const box = page.getByTestId(testId);
  await expect(box).toBeVisible();
  await expect(page.getByTestId(`${testId}-text`)).toHaveText(sentence);
  if (action === undefined) return undefined;
  const button = box.getByRole('button', { name: action, exact: true });
  await expect(button).toBeVisible();
  return button;
}

async function expectReason(button: Locator, reason: string): Promise<void> {
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(reason);
}

test('an empty workspace: each empty list says what belongs there and its action adds the first one', async ({ page }) => {
  test.setTimeout(180_000);

  // The register tree and the dashboard.
  const newOrg = await emptyState(page, 'empty-tree', 'No organisations yet. Add the organisation whose processing you record; its products and activities go under it.', 'New organisation');
  await expectReason(page.getByTestId('empty-register').getByRole('button', { name: 'New activity from template' }), 'Add an organisation first: every activity belongs to one.');
  await expect(page.getByTestId('empty-reviews-due')).toHaveText('No reviews due. Activities whose review date has passed, or that wait for approval, are listed here.');

  // Search with no result: what it searched, and a new activity (not yet possible: no organisation).
  const results = await ui.search('Hamburg');
  await expect(results.getByTestId('empty-search-text')).toHaveText('Nothing in the register matches “Hamburg”. Search looks in names, descriptions, purposes, vendors, countries and retention.');
  await expectReason(results.getByRole('button', { name: 'New activity' }), 'Add an organisation first: every activity belongs to one.');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('empty-search')).toBeHidden();

  // Vendors: the catalogue from the empty state adds the first vendor.
  await ui.nav('Vendors').click();
  const fromCatalogue = await emptyState(
    page,
    'empty-vendors',
    'No vendors yet. Vendors are the companies that receive data from you (hosting, e-mail, analytics…); add one from the catalogue or your own.',
    'Add from catalogue',
  );
  await expect(page.getByTestId('empty-vendors').getByRole('button', { name: 'New vendor' })).toBeVisible();
  await fromCatalogue?.click();
  const catalogue = page.getByRole('dialog', { name: 'Vendor catalogue' });
  await catalogue.getByRole('textbox').fill('Postmark');
  await catalogue.getByRole('button', { name: /^Add Postmark/ }).first().click();
  await expect(ui.title).toHaveText(/Postmark/);
  await ui.nav('Vendors').click();
  await expect(page.getByRole('table', { name: 'Vendors' })).toContainText('Postmark');
  await expect(page.getByTestId('empty-vendors')).toHaveCount(0);

  // Device permissions across products: none, and no product to record them on yet.
  await ui.nav('Device permissions').click();
  const openProduct = await emptyState(page, 'empty-permissions-screen', 'No product asks for device permissions yet. Record them on a product’s Device permissions tab.', 'Device permissions');
  if (openProduct) await expectReason(openProduct, 'Add a product first: permissions belong to a product.');

  // Baselines: the empty state points to the form above it, whose action needs a label first.
  await ui.nav('Baselines').click();
  await emptyState(page, 'empty-baselines', 'No baselines yet. A baseline freezes the register under a label (e.g. “Audit 2026”) so you can show later what changed since: type a label above and freeze the register.');
  const freeze = page.getByRole('button', { name: 'Freeze the register' });
  await expectReason(freeze, 'Type a label for the baseline first.');
  await ui.field('Label').fill('Before we started');
  await freeze.click();
  await expect(page.getByRole('table', { name: 'Baselines' })).toContainText('Before we started');
  await expect(page.getByTestId('empty-baselines')).toHaveCount(0);

  // The tree's action: the first organisation (Create says why it waits for a name).
  await newOrg?.click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await expectReason(dialog.getByRole('button', { name: 'Create' }), 'Type a name first.');
  await dialog.getByLabel('Name').fill('Acme GmbH');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Acme GmbH');
  await expect(ui.treeItem('Acme GmbH')).toBeVisible();

  // The organisation has no products: the empty state creates the first.
  await emptyState(page, 'empty-products', 'No products yet. A product (an app, a website, a SaaS) has its own privacy notice and groups the activities it uses.');
  await page.getByTestId('empty-products').getByRole('button', { name: 'New product' }).click();
  const productDialog = page.getByRole('dialog', { name: 'New product' });
  await productDialog.getByLabel('Name').fill('Acme App');
  await productDialog.getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Acme App');

  // Product ▸ Details: no activities, no store listings.
  const newActivity = await emptyState(page, 'empty-product-activities', 'No processing activities for this product yet. An activity records why personal data is used, whose, which and who receives it.', 'Add its first activity');
  const addListing = await emptyState(page, 'empty-store-listings', 'No store listings. Add the product’s App Store or Google Play entry, so its store labels and notice can refer to it.', 'Add store listing');
  await addListing?.click();
  await expect(page.getByRole('textbox', { name: 'Store identifier' })).toBeVisible();
  await expect(page.getByTestId('empty-store-listings')).toHaveCount(0);

  // Product ▸ Privacy notice: contact routes, own statements, own sections.
  await ui.tab('Privacy notice').click();
  for (const [id, sentence, action, appears] of [
    ['empty-contact-routes', 'No contact routes. Add how people reach you about their data when it differs by audience (e.g. business customers: through their account manager).', 'Add contact route', page.getByRole('textbox', { name: /^Who/ })],
    ['empty-statements', 'No statements of your own. Add a sentence the notice should state that the records do not cover (e.g. “We never use your recordings to train AI models.”).', 'Add statement', page.getByRole('textbox', { name: /Statement 1/ })],
    ['empty-custom-sections', 'No sections of your own. Add one for text the notice should carry that the records do not cover.', 'Add section', page.getByRole('textbox', { name: 'Section title' })],
  ] as const) {
    const add = await emptyState(page, id, sentence, action);
    await add?.click();
    await expect(page.getByTestId(id)).toHaveCount(0);
    await expect(appears.first()).toBeVisible();
  }

  // Product ▸ Device permissions.
  await ui.tab('Device permissions').click();
  const addPermission = await emptyState(page, 'empty-permissions', 'No device permissions. Add each one the app asks for (camera, location, notifications…) with why, so the notice can explain it.', 'Add permission');
  await addPermission?.click();
  await expect(page.getByRole('combobox', { name: 'Permission' })).toBeVisible();

  // The product's first activity, from its empty state: a blank one.
  await ui.tab('Details').click();
  await newActivity?.click();
  const activityDialog = page.getByRole('dialog', { name: 'New processing activity' });
  await activityDialog.getByRole('radio', { name: 'Blank activity' }).click();
  await activityDialog.getByLabel('Name (optional)').fill('Customer support');
  await activityDialog.getByRole('button', { name: 'Create' }).click();
  await expect(ui.title).toHaveText('Customer support');

  // Activity ▸ Purposes, Data, Recipients & transfers.
  await ui.tab('Purposes').click();
  const addPurpose = await emptyState(page, 'empty-purposes', 'No purposes yet. A purpose says why you use the data (e.g. “Answering support requests”) and the legal basis that allows it.', 'Add purpose');
  // One action only: the section's own "Add purpose" returns once the list has an entry.
  await expect(page.getByRole('button', { name: 'Add purpose' })).toHaveCount(1);
  await addPurpose?.click();
  await expect(page.getByRole('textbox', { name: 'Purpose' }).first()).toBeVisible();
  await expect(page.getByTestId('empty-purposes')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add purpose' })).toHaveCount(1);

  await ui.tab('Data').click();
  await expect(page.getByRole('combobox', { name: 'Data subjects' })).toHaveAttribute('placeholder', 'Whose data is it? E.g. customers, employees');
  const addCategory = await emptyState(page, 'empty-data-categories', 'No data categories yet. List which personal data this activity uses (e.g. contact details, usage data), where it comes from and how long you keep it.', 'Add data category');
  await addCategory?.click();
  await expect(page.getByTestId('category-0')).toBeVisible();

  await ui.tab('Recipients & transfers').click();
  const addRecipient = await emptyState(page, 'empty-recipients', 'No recipients yet. Add everyone who receives this data: your vendors (processors), partners, authorities.', 'Add recipient');
  const addTransfer = await emptyState(page, 'empty-transfers', 'No transfers. Add one for each country outside the EU/EEA the data goes to, with the tool that makes it lawful.', 'Add transfer');
  await addRecipient?.click();
  await expect(page.getByTestId('recipient-0')).toBeVisible();
  await addTransfer?.click();
  await expect(page.getByTestId('transfer-0')).toBeVisible();
  await expect(page.getByTestId('empty-transfers')).toHaveCount(0);

  // Now that a product exists, the permissions overview (still empty: the row added above was not typed into) opens it.
  await ui.nav('Device permissions').click();
  const open = await emptyState(page, 'empty-permissions-screen', 'No product asks for device permissions yet. Record them on a product’s Device permissions tab.', 'Open Acme App');
  await expect(open as Locator).toBeEnabled();
  await open?.click();
  await expect(ui.title).toHaveText('Acme App');
});
