import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

const emit = (page: import('@playwright/test').Page, event: string, payload: unknown) =>
  page.evaluate(([e, p]) => (window as unknown as { __ropaEmit: (e: string, p: unknown) => void }).__ropaEmit(e as string, p), [event, payload] as const);

/** Every screen is looked at light and dark, 1024 and 1440 wide. */
const LOOKS = [
  [1440, 'light'],
  [1440, 'dark'],
  [1024, 'light'],
  [1024, 'dark'],
] as const;

/** A team workspace on a real PostgreSQL server: connect, a conflict with a colleague, an auditor's read-only session. */
test('connect to a team workspace, resolve a conflict field by field, and browse as an auditor', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await harness.startServerApp();
  try {
    // The activity has been saved on the server before (so it carries a version; see ARCHITECTURE "Versions").
    const first = await harness.openServerWorkspace(app.url('postgres'));
    const [saved] = (await first.listActivities()).filter((a) => a.name.startsWith('Account management'));
    if (!saved) throw new Error('sample has the activity');
    // A save cannot set the status (only review steps do); a change of content sends the approved activity back to draft.
    const draft = await first.saveActivity({ ...saved, description: `${saved.description ?? ''} (moved to the team workspace)` });
    expect(draft.status).toBe('draft');
    await first.close();
    await app.session.connect(app.url('postgres'));
    const { ui, close } = await AppPage.open(page, app);
    try {
      await expect(page.getByTestId('server-badge')).toContainText('postgres (admin) on 127.0.0.1');

      // File ▸ Connect to team workspace, as the consultant of one client.
      await emit(page, 'menu:command', 'connect-server');
      const dialog = page.getByRole('dialog', { name: 'Connect to team workspace' });
      await dialog.getByLabel('Server').fill('127.0.0.1');
      await dialog.getByLabel('Port').fill(String(app.port));
      await dialog.getByLabel('Database').fill('team');
      await dialog.getByLabel('Login').fill('consultant');
      await dialog.getByLabel('Password', { exact: true }).fill('not needed on the test cluster');
      // The default verifies the certificate and the server's name, with a CA file to choose.
      await expect(dialog.getByRole('combobox', { name: 'Encryption (TLS)' })).toHaveValue('Encrypted, certificate and server name verified');
      await ui.screenshot('team-connect-verify-full');
      await ui.choose(dialog.getByRole('combobox', { name: 'Encryption (TLS)' }), 'None (only on a trusted network)');
      for (const [w, scheme] of LOOKS) {
        await page.setViewportSize({ width: w, height: 860 });
        await page.emulateMedia({ colorScheme: scheme });
        await ui.screenshot(`team-connect-${scheme}-${w}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1440, height: 860 });
      await dialog.getByRole('button', { name: 'Connect' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('server-badge')).toContainText('consultant (editor) on 127.0.0.1');
      // The consultant sees one client only.
      await expect(ui.treeItem('Roomify')).toBeVisible();
      await expect(ui.tree).not.toContainText('Ledgerly');
      await ui.screenshot('team-consultant');

      // A colleague changes the activity the consultant has open; the consultant's edit then conflicts.
      await ui.treeItem('Roomify Smart Camera').click();
      await ui.treeItem(/^Account management/).click();
      await ui.tab('General').click();
      const colleague = await harness.openServerWorkspace(app.url('postgres'));
      const [record] = (await colleague.listActivities()).filter((a) => a.name.startsWith('Account management'));
      if (!record) throw new Error('sample has the activity');
      // The colleague saves while the consultant is typing (before the autosave): a change that
      // arrives before anyone types simply refreshes the editor, which is no conflict.
      await ui.field('Description').fill('My own description, typed before I knew.');
      await colleague.saveActivity({ ...record, name: `${record.name} (colleague)`, description: 'The colleague’s description.' });
      await colleague.close();
      const conflict = page.getByRole('dialog', { name: 'Someone else changed this record' });
      await expect(conflict).toBeVisible();
      await expect(conflict).toContainText('postgres changed “Account management');
      await expect(conflict).toContainText('The colleague’s description.');
      await expect(conflict).toContainText('My own description, typed before I knew.');
      for (const [w, scheme] of LOOKS) {
        await page.setViewportSize({ width: w, height: 860 });
        await page.emulateMedia({ colorScheme: scheme });
        await ui.screenshot(`team-conflict-${scheme}-${w}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      // Keep my description, take their name.
      await conflict.getByRole('radio', { name: 'Name: Their version' }).check();
      await conflict.getByRole('button', { name: 'Save my choices' }).click();
      await expect(conflict).toBeHidden();
      await ui.saved();
      const now = await app.session.workspace.getActivity(record.id);
      expect(now).toMatchObject({ name: `${record.name} (colleague)`, description: 'My own description, typed before I knew.' });

      // An auditor: read-only, saying so.
      await app.session.connect(app.url('auditor'));
      await emit(page, 'workspace:changed', null);
      await expect(page.getByTestId('server-badge')).toContainText('auditor (auditor, read-only) on');
      await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
      await ui.screenshot('team-auditor');
      // Every editor is disabled with the reason (as for a file opened read-only), not refused after typing.
      const notice = page.getByTestId('read-only-notice');
      await expect(notice).toContainText('You have read access (auditor) to this team workspace, connected as auditor');
      await expect(ui.field('Description')).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Delete activity' })).toBeDisabled();
      await ui.tab('Purposes').click();
      await expect(notice).toBeVisible();
      for (const [w, scheme] of LOOKS) {
        await page.setViewportSize({ width: w, height: 860 });
        await page.emulateMedia({ colorScheme: scheme });
        await ui.screenshot(`team-auditor-activity-${scheme}-${w}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await ui.treeItem('Roomify').click();
      await expect(notice).toContainText('You have read access (auditor)');
      await expect(ui.field('Legal name')).toBeDisabled();
      await ui.screenshot('team-auditor-organisation');
      // The notice: the auditor reads and exports it, but cannot publish it or rewrite a section.
      await ui.treeItem('Roomify Smart Camera').click();
      await ui.tab('Privacy notice').click();
      await ui.tab('Preview & export').click();
      await expect(page.getByTestId('notice-preview')).toContainText('Roomify');
      await expect(page.getByRole('button', { name: 'Publish version 1' })).toBeDisabled();
      // Choosing a section to read works; its text cannot be changed.
      await ui.choose(page.getByRole('combobox', { name: 'Section' }), /^1\. /);
      await expect(page.getByRole('textbox', { name: 'Text of the section' })).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Use my text' })).toBeDisabled();
      await page.getByRole('textbox', { name: 'Text of the section' }).scrollIntoViewIfNeeded();
      for (const [w, scheme] of LOOKS) {
        await page.setViewportSize({ width: w, height: 860 });
        await page.emulateMedia({ colorScheme: scheme });
        await ui.screenshot(`team-auditor-notice-${scheme}-${w}`);
      }
    } finally {
      await close();
    }
  } finally {
    await app.close();
  }
});
