import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/** Issue 14: a lock from another computer: read-only with a plain warning, and "Open anyway" takes it over. */
test('a workspace locked on another computer offers Open anyway, which opens it for editing', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const path = join(app.dir, 'sample.ropa');
  await app.session.close();
  await writeFile(`${path}.lock`, JSON.stringify({ pid: 4242, host: 'other-laptop', actor: 'Ann', since: '2026-03-01T09:00:00Z' }));
  await app.session.open(path);
  const { ui, close } = await AppPage.open(page, app);
  try {
    const anyway = page.getByRole('button', { name: 'Open anyway' });
    await expect(anyway).toBeVisible();
    await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
    await ui.screenshot('open-anyway');
    page.once('dialog', (d) => void d.accept());
    await anyway.click();
    await expect(anyway).toBeHidden();
    await expect(page.getByText('Read-only', { exact: true })).toBeHidden();
    expect(app.session.workspace.readOnly).toBe(false);
  } finally {
    await close();
  }
});
