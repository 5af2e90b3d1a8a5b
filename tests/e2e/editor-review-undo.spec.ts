import { expect, test } from '@playwright/test';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/** Undo over an approved activity asks why first, as changing it in the form does (issue 12). */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

test('undoing my edit of an activity approved since asks why; cancel changes nothing; the reason goes to the change log', async ({ page }) => {
  // I rename an activity and submit it; a colleague approves it at their desk.
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
  await app.handlers['activity:save']({ activity: { ...created, name: 'Live chat support' } });
  await app.handlers['review:submit']({ id: created.id });
  await app.handlers['prefs:set']({ displayName: 'Rita Reviewer' });
  await app.handlers['review:approve']({ id: created.id });
  await app.handlers['prefs:set']({ displayName: 'E2E Tester' });
  await page.reload();
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.treeItem('Live chat support').click();
  await expect(page.getByTestId('activity-status')).toHaveText('Approved');

  const undo = page.getByRole('button', { name: 'Undo edit of “Live chat support”' });
  await undo.click();
  const dialog = page.getByRole('dialog', { name: 'Undo a change of an approved activity?' });
  await expect(dialog).toContainText('Undoing this changes “Live chat support”, which is approved: say why it is reopened for changes.');
  await expect(dialog.getByRole('button', { name: 'Undo and reopen for changes' })).toBeDisabled();
  await ui.screenshot('editor-review-undo-asks');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('activity-status')).toHaveText('Approved');
  expect((await app.session.workspace.getActivity(created.id))?.name).toBe('Live chat support');

  await undo.click();
  await dialog.getByLabel('Why it goes back to draft').fill('The contract calls it chat support');
  await dialog.getByRole('button', { name: 'Undo and reopen for changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.title).toHaveText('Chat support');
  await expect(page.getByTestId('activity-status')).toHaveText('Draft');
  const [entry] = await app.session.workspace.changes({ entityId: created.id, limit: 1 });
  expect(entry).toMatchObject({ actor: 'E2E Tester', summary: 'Changed processing activity "Chat support" (undo); reopened after approval for changes: The contract calls it chat support' });
});
