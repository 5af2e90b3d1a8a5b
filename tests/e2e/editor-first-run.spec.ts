import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { harness } from './pages/harness-loader';
import { AppPage } from './pages/app';

/** First run: a welcome screen with the ways in; the sample says it is one; an empty register says what belongs there. */
test('welcome → sample (marked as such) → a new, empty register that does not pass every check', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp({ sample: false });
  const server = await harness.serveRenderer();
  await harness.connectPage(page, app);
  try {
    await page.goto(server.url);
    const welcome = page.getByTestId('welcome');
    await expect(welcome.getByRole('heading', { name: 'Welcome to RoPA Desk' })).toBeVisible({ timeout: 15_000 });
    for (const name of ['New workspace…', 'Open a file…', 'Create and import…', 'Open the sample']) await expect(welcome.getByRole('button', { name })).toBeVisible();
    const ui = new AppPage(page);
    await ui.screenshot('editor-welcome');

    await welcome.getByRole('button', { name: 'Open the sample' }).click();
    await expect(page.getByTestId('sample-badge')).toHaveText('Sample');
    await expect(page.getByTestId('sample-banner')).toContainText('This is the sample register');
    await ui.screenshot('editor-sample-dashboard');

    // Start one's own from the banner.
    app.dialogAnswers.push(join(app.dir, 'Acme'));
    await page.getByTestId('sample-banner').getByRole('button', { name: 'New workspace…' }).click();
    await expect(page.getByTestId('workspace-name')).toHaveText('Acme');
    await expect(page.getByTestId('sample-badge')).toHaveCount(0);
    const empty = page.getByTestId('empty-register');
    await expect(empty).toContainText('The register is empty');
    await expect(empty.getByRole('button', { name: 'New organisation' })).toBeVisible();
    const newActivity = empty.getByRole('button', { name: 'New activity from template' });
    await expect(newActivity).toBeDisabled();
    await expect(newActivity).toHaveAccessibleDescription('Add an organisation first: every activity belongs to one.');
    await expect(page.getByTestId('nothing-to-check')).toBeVisible();
    await expect(page.getByText('No findings: the register passes every check.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Check the register' }).click();
    await expect(page.getByText('Checked: the register is empty, so nothing was checked.')).toBeVisible();
    await ui.screenshot('editor-empty-register');
  } finally {
    await server.close();
    await app.close();
  }
});
