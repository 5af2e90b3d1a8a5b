import { expect, test } from '@playwright/test';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/** Changing an approved activity from another screen than its editor asks why first too (issue 12). */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

test('choosing a store purpose for an approved activity asks why, reopens it with the reason, or changes nothing', async ({ page }) => {
  // Usage analytics, approved, with a purpose whose store purpose is not recorded.
  const id = 'act-roomify-analytics';
  const a = await app.session.workspace.getActivity(id);
  if (!a) throw new Error('sample missing');
  await app.handlers['activity:save']({ activity: { ...a, purposes: a.purposes.map(({ storePurpose: _s, ...p }) => p) } });
  await app.handlers['review:submit']({ id });
  await app.handlers['prefs:set']({ displayName: 'Rita Reviewer' });
  await app.handlers['review:approve']({ id });
  await app.handlers['prefs:set']({ displayName: 'E2E Tester' });
  expect((await app.session.workspace.getActivity(id))?.status).toBe('approved');

  await page.reload();
  await ui.nav('Store labels').click();
  await page.getByRole('tab', { name: /^Open questions/ }).click();
  await ui.choose(ui.combo('Store purpose'), 'Analytics');
  const dialog = page.getByRole('dialog', { name: 'Change an approved activity?' });
  await expect(dialog).toContainText('“Usage analytics” is approved: choosing the store purpose here changes it.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const kept = await app.session.workspace.getActivity(id);
  expect(kept?.status).toBe('approved');
  expect(kept?.purposes[0]?.storePurpose).toBeUndefined();

  await ui.choose(ui.combo('Store purpose'), 'Analytics');
  await dialog.getByLabel('Why it goes back to draft').fill('Store labels for the new release');
  await dialog.getByRole('button', { name: 'Reopen and change' }).click();
  await expect(page.getByText('The records answer every question the labels ask.')).toBeVisible();
  const changed = await app.session.workspace.getActivity(id);
  expect(changed).toMatchObject({ status: 'draft' });
  expect(changed?.purposes[0]?.storePurpose).toBe('analytics');
  const summaries = (await app.session.workspace.changes({ entityId: id, limit: 3 })).map((e) => e.summary);
  expect(summaries).toContain('Reopened approved processing activity "Usage analytics" for changes: Store labels for the new release');
});
