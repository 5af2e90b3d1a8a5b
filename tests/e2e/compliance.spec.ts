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

    // The edit sent the approved activity back to draft; review it again.
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.getByPlaceholder('Find an organisation, product, vendor or activity…').fill('customer support and');
    await page.getByTestId('search-results').getByText('Customer support and feedback').click();
    await expect(ui.title).toHaveText('Customer support and feedback');
    await expect(page.getByTestId('activity-status')).toHaveText('Draft');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('In review');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('Approved');
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
