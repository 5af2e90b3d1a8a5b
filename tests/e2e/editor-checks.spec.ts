import { expect, test } from '@playwright/test';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/** Completeness never says 100 % for records with an error; "Check the register" says what it found (issue 12). */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

test('a complete activity with an error is not “100 % complete”, nor is its product', async ({ page }) => {
  // Complete in every Art. 30 field, but its transfer to the US has no safeguard (an error).
  const a = await app.session.workspace.getActivity('act-roomify-support');
  if (!a) throw new Error('sample missing');
  await app.handlers['activity:save']({ activity: { ...a, transfers: [...a.transfers, { country: 'US' }] } });
  const checks = await app.handlers['checks:run']({});
  expect(checks.completeness.activities['act-roomify-support']).toBe(1);
  expect(checks.findings.some((f) => f.severity === 'error' && f.target.entityId === 'act-roomify-support')).toBe(true);

  await page.reload();
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.tab('Findings').click();
  await expect(page.getByRole('progressbar', { name: 'Support and feedback: 99 %' })).toBeVisible();
  await expect(page.getByTestId('product-completeness')).not.toHaveText('100 %');
  await expect(page.getByTestId('header-completeness')).not.toContainText('100 %');
  // The tree says it too, to a screen reader.
  await expect(ui.treeItem('Support and feedback')).toHaveAttribute('aria-description', /Support and feedback: 99 % complete/);
});

test('“Check the register” says in words what it found', async ({ page }) => {
  const { findings } = await app.handlers['checks:run']({});
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  const words = (count: number, one: string, many: string) => (count === 0 ? `no ${many}` : `${count} ${count === 1 ? one : many}`);
  await page.getByRole('button', { name: 'Check the register' }).click();
  await expect(page.getByText(`Checked the register: ${words(n('error'), 'error', 'errors')}, ${words(n('warning'), 'warning', 'warnings')}, ${words(n('info'), 'note', 'notes')}.`)).toBeVisible();
});
