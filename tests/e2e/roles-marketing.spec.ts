import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** Issue 11: a purpose marked as direct marketing brings the Art. 21(2) objection into the notice; "what changed" shows labels. */
test('marking a purpose as direct marketing adds the absolute right to object to the notice preview', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await (await ui.search('cargo measurement')).getByText(/^Cargo measurement/).first().click();
    await expect(ui.title).toHaveText(/^Cargo measurement/);
    // The sample's activities are approved: reopen it for the change, with a reason.
    await page.getByRole('button', { name: 'Change this activity…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Change “Cargo measurement/ });
    await dialog.getByLabel('Why it goes back to draft').fill('The capture flow now sends product offers');
    await dialog.getByRole('button', { name: 'Reopen for changes' }).click();
    await expect(page.getByTestId('activity-status')).toHaveText('Draft');
    await ui.tab('Purposes').click();
    const box = page.getByTestId('purpose-0-direct-marketing');
    await expect(page.getByText('People may object to direct marketing at any time, without giving reasons (Art. 21(2) GDPR)').first()).toBeVisible();
    await box.check();
    await ui.saved();
    const activity = (await app.session.workspace.listActivities()).find((a) => a.name.startsWith('Cargo measurement'));
    expect(activity?.purposes[0]?.directMarketing).toBe(true);
    for (const [width, scheme] of [
      [1024, 'light'],
      [1440, 'dark'],
      [1440, 'light'],
      [1024, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await ui.screenshot(`purpose-direct-marketing-${width}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The product from the tree (search now also finds the activities whose text names it).
    await ui.treeItem('Roomify Smart Camera').click();
    await expect(ui.title).toHaveText('Roomify Smart Camera');
    await ui.tab('Preview & export').click();
    const preview = page.getByTestId('notice-preview');
    await expect(preview).toContainText('Where we use your personal data for direct marketing, you have the right to object to that use at any time, without giving reasons');
    await expect(preview).toContainText('Objection to direct marketing (Art. 21(2) GDPR)');
    await preview.getByRole('heading', { name: /Your right to object/ }).scrollIntoViewIfNeeded();
    await ui.screenshot('notice-direct-marketing-objection');
  } finally {
    await close();
    await app.close();
  }
});

test('"what changed" since a baseline shows legal bases, roles and statuses by their labels', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await ui.nav('Baselines').click();
    await ui.field('Label').fill('Audit 2026');
    await page.getByRole('button', { name: 'Freeze the register' }).click();
    await expect(page.getByRole('table', { name: 'Baselines' })).toContainText('Audit 2026');
    const activity = (await app.session.workspace.listActivities()).find((a) => a.name.startsWith('Support and feedback'));
    if (!activity) throw new Error('sample activity');
    await app.session.save('activity', { ...activity, role: 'joint_controller', purposes: activity.purposes.map((p, i) => (i === 0 ? { ...p, legalBasis: 'legitimate_interests', legitimateInterest: 'Answering users' } : p)) });
    await ui.choose(ui.combo('What changed since'), /^Audit 2026/);
    const diff = page.getByTestId('baseline-diff');
    await expect(diff).toContainText('Legitimate interests (Art. 6(1)(f))');
    await expect(diff).toContainText('Joint controller');
    await expect(diff).toContainText('Approved');
    await expect(diff).not.toContainText('legitimate_interests');
    await expect(diff).not.toContainText('joint_controller');
    await ui.screenshot('baselines-diff-labels');
  } finally {
    await close();
    await app.close();
  }
});
