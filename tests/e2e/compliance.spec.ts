import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** An auditor's questions: what changed since the last baseline, and who approved what. */
test('freezes a baseline, shows a renamed activity in "what changed", and takes an activity through review to approval', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.nav('Baselines').click();
    await ui.field('Label').fill('Audit 2026');
    await page.getByRole('button', { name: 'Freeze the register' }).click();
    await expect(page.getByRole('table', { name: 'Baselines' })).toContainText('Audit 2026');

    const [summary] = (await app.handlers['workspace:overview']({}))?.activities.filter((a) => a.name.startsWith('Support and feedback')) ?? [];
    const activity = await app.handlers['activity:get']({ id: summary?.id ?? '' });
    if (!activity) throw new Error('sample activity');
    await app.session.save('activity', { ...activity, name: 'Customer support and feedback' });

    await ui.choose(ui.combo('What changed since'), /^Audit 2026/);
    const diff = page.getByTestId('baseline-diff');
    await expect(diff).toContainText('Customer support and feedback');
    await expect(diff).toContainText(activity.name);
    await ui.screenshot('baselines-diff');

    // The edit sent the approved activity back to draft; review it again (one person keeps this workspace,
    // so the person who submits may approve: see editor-review.spec.ts for two people).
    await app.handlers['review:setOnePersonMode']({ enabled: true });
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.getByPlaceholder('Search names, purposes, vendors, countries…').fill('customer support and');
    await page.getByTestId('search-results').getByText('Customer support and feedback').click();
    await expect(ui.title).toHaveText('Customer support and feedback');
    await expect(page.getByTestId('activity-status')).toHaveText('Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('In review');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('Approved');
    await expect(page.getByTestId('review-line')).toContainText(/Approved by E2E Tester on \d{4}-\d{2}-\d{2} · next review due \d{4}-\d{2}-\d{2}/);
    const approved = await app.session.workspace.getActivity(activity.id);
    expect(approved?.reviewer).toBe('E2E Tester');
  } finally {
    await close();
    await app.close();
  }
});

test('a product’s findings can be filtered by severity and open the record they point at, with completeness shown', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.treeItem('Ledgerly').click();
    await ui.tab('Findings').click();
    const table = page.getByRole('table', { name: 'Findings for this product' });
    await expect(table).toContainText('The vendor “Postmark” receives data from “User accounts and sign-in”');
    await expect(page.getByTestId('product-completeness')).toHaveText(/^\d+ %$/);
    await page.locator('label', { hasText: /^Warning \(\d+\)$/ }).click();
    await expect(table).not.toContainText('Postmark');
    await expect(table).toContainText('Free-text notes');
    await page.locator('label', { hasText: /^Error \(\d+\)$/ }).click();
    await ui.screenshot('product-findings');
    await table.getByText(/Postmark/).click();
    await expect(ui.title).toHaveText('User accounts and sign-in');
  } finally {
    await close();
    await app.close();
  }
});

test('the dashboard lists reviews that are overdue, and opens the activity', async ({ page }) => {
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    const due = page.getByRole('table', { name: 'Reviews due in the next 30 days or overdue' });
    await expect(due).toContainText('AI drafting assistant');
    await expect(due).toContainText(/overdue since \d{4}-\d{2}-\d{2}/);
    await due.getByText('AI drafting assistant').click();
    await expect(ui.title).toHaveText('AI drafting assistant');
  } finally {
    await close();
    await app.close();
  }
});

test('the dashboard’s findings name the vendor without a DPA and open it; a field finding opens the tab that edits it', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    const findings = page.getByRole('table', { name: 'Findings' });
    const intercom = findings.getByRole('row').filter({ hasText: 'The vendor “Intercom” processes personal data on your behalf, but its data processing agreement is missing.' });
    await expect(intercom).toContainText('Art. 28(3)');
    await expect(intercom).toContainText('Sign the vendor’s data processing agreement');
    await expect(page.getByRole('group', { name: /^Overall completeness: \d+ %$/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Errors: 2$/ })).toBeVisible();

    await page.locator('label', { hasText: /^Warning \(\d+\)$/ }).click();
    await expect(findings).not.toContainText('Intercom');
    await page.locator('label', { hasText: /^Error \(\d+\)$/ }).click();
    await expect(intercom).toBeVisible();
    await ui.screenshot('findings');
    await intercom.getByRole('button', { name: /Intercom.*Open Intercom$/ }).click();
    await expect(ui.title).toHaveText('Intercom');

    // A missing retention period opens the activity on its Data tab.
    await ui.nav('Dashboard').click();
    await page.locator('label', { hasText: /^Warning \(\d+\)$/ }).click();
    await findings.getByText('The data category “Free-text notes”').click();
    await expect(ui.title).toHaveText('CRM and invoicing data of business customers');
    await expect(ui.tab('Data')).toHaveAttribute('aria-selected', 'true');

    // Completeness: on every activity row of the tree and on the product's header.
    await ui.treeItem('Ledgerly').click();
    await expect(page.getByTestId('header-completeness')).toHaveAccessibleName(/^Ledgerly: \d+ % complete$/);
    await expect(ui.treeItem('CRM and invoicing data of business customers')).toHaveAttribute('aria-description', /^CRM and invoicing data of business customers: \d+ % complete$/);
  } finally {
    await close();
    await app.close();
  }
});
