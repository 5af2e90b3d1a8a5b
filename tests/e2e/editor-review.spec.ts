import { expect, test } from '@playwright/test';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/** The review is a workflow: the status changes only through submit, approve and return/reopen with a reason. */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

const today = () => new Date().toISOString().slice(0, 10);

test('a draft cannot jump to approved; the submitter cannot approve; a colleague approves with their name and the date; changing it asks why', async ({ page }) => {
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.treeItem('Chat support').click();
  await expect(ui.title).toHaveText('Chat support', { timeout: 15_000 });
  await ui.tab('General').click();

  // No status field to set: status, reviewer and dates are facts set by the review actions.
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Reviewer', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('review-facts')).toContainText('Set by the review actions above');
  await expect(page.getByTestId('activity-status')).toHaveText('Draft');

  // Submitted by E2E Tester, who then cannot approve it.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('In review');
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(page.getByTestId('approve-disabled')).toHaveAttribute('aria-label', /E2E Tester submitted "Chat support" for review, so another person approves it/);
  await expect(page.getByTestId('review-line')).toContainText(`Submitted for review by E2E Tester on ${today()}`);
  await ui.screenshot('editor-review-submitted');

  // A colleague at their own desk (another identity) approves it.
  await app.handlers['prefs:set']({ displayName: 'Rita Reviewer' });
  await page.reload();
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.treeItem('Chat support').click();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('Approved');
  await expect(page.getByTestId('review-line')).toContainText(`Approved by Rita Reviewer on ${today()}`);
  const approved = await app.session.workspace.getActivity(created.id);
  expect(approved).toMatchObject({ status: 'approved', reviewer: 'Rita Reviewer', lastReviewed: today() });
  expect(approved?.nextReviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Approved: the form is locked; changing it asks why, and the reason goes to the change log.
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeDisabled();
  await ui.screenshot('editor-review-approved');
  await page.getByRole('button', { name: 'Change this activity…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change “Chat support”?' });
  await expect(dialog.getByRole('button', { name: 'Reopen for changes' })).toBeDisabled();
  await dialog.getByLabel('Why it goes back to draft').fill('Support moves to a new chat vendor');
  await dialog.getByRole('button', { name: 'Reopen for changes' }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('Draft');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeEnabled();
  const [entry] = await app.session.workspace.changes({ entityId: created.id, limit: 1 });
  expect(entry).toMatchObject({ actor: 'Rita Reviewer', summary: 'Reopened approved processing activity "Chat support" for changes: Support moves to a new chat vendor' });

  // A save cannot set the status either (what an undo or a stale window would send).
  const draft = await app.session.workspace.getActivity(created.id);
  if (!draft) throw new Error('activity missing');
  await app.handlers['activity:save']({ activity: { ...draft, status: 'approved', reviewer: 'Someone' } });
  expect((await app.session.workspace.getActivity(created.id))?.status).toBe('draft');
});

test('in one-person mode the person who submits may approve', async ({ page }) => {
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Solo review' });
  const onePerson = page.getByRole('switch', { name: 'One-person mode' });
  await onePerson.click();
  await expect(onePerson).toBeChecked();
  await ui.treeItem('Roomify Smart Camera').click();
  await ui.treeItem('Solo review').click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('In review');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByTestId('activity-status')).toHaveText('Approved');
  expect((await app.session.workspace.getActivity(created.id))?.reviewer).toBe('E2E Tester');
});
