import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/**
 * A privacy officer opens the Roomify app's store labels: previews them as the
 * stores show them, follows an answer to its record, exports, sees the label go
 * stale when the records change, answers an open question and remaps a category.
 */
test('the Store labels screen previews, traces, exports, goes stale and takes answers', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  const shoot = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await ui.screenshot(`store-labels-${name}-${scheme}-${width}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1366, height: 860 });
  };
  try {
    await ui.nav('Store labels').click();
    await expect(page.getByRole('heading', { name: 'Store labels', level: 2 })).toBeVisible();

    // The App Store's three boxes: nothing used to track, everything linked to the user.
    const apple = page.getByTestId('apple-preview');
    await expect(apple.getByTestId('apple-section-linked')).toContainText('Contact Info');
    await expect(apple.getByTestId('apple-section-linked')).toContainText('Location');
    await expect(apple.getByTestId('apple-section-track')).toHaveCount(0);
    await expect(page.getByTestId('export-state-apple')).toHaveText('Not exported yet.');
    await shoot('apple');

    // An answer names the records it comes from; a click opens the record on the right tab.
    const location = page.getByTestId('apple-type-PRECISE_LOCATION');
    await location.getByRole('button').first().click();
    await expect(location).toContainText('Not used to track: no activity that collects it has a third-party-advertising purpose');
    await location.scrollIntoViewIfNeeded();
    await shoot('apple-answer');
    await location.getByRole('button', { name: 'Trip-level location tagging (optional) › Precise geolocation (from the device)' }).first().click();
    await expect(ui.title).toHaveText('Trip-level location tagging (optional)');
    await expect(ui.tab('Data')).toHaveAttribute('aria-selected', 'true');

    // Export the fastlane JSON through the (stub) save dialog.
    await ui.nav('Store labels').click();
    const json = join(app.dir, 'app_privacy_details.json');
    app.dialogAnswers.push(json);
    await page.getByRole('button', { name: 'Export fastlane JSON' }).click();
    await expect(page.getByTestId('export-state-apple')).toContainText('by E2E Tester; it still matches the records.');
    const usages = JSON.parse(await readFile(json, 'utf8')) as { category: string }[];
    expect(usages.map((u) => u.category)).toContain('PRECISE_LOCATION');

    // The records change after the export: the label is flagged stale, with what changed.
    const analytics = await app.session.workspace.getActivity('act-roomify-analytics');
    if (analytics === undefined) throw new Error('no analytics activity');
    await app.session.save('activity', { ...analytics, dataCategories: [...analytics.dataCategories, { category: 'app_usage', detail: 'Screens opened and buttons tapped', source: 'device', requirement: 'optional' }] });
    const stale = page.getByTestId('stale-apple');
    await expect(stale).toContainText('Changed since the export');
    await expect(stale).toContainText('Usage Data / Product Interaction: Analytics; linked to you');
    await shoot('apple-stale');

    // Google Play: nothing shared, encrypted in transit, deletion on request; CSV export.
    await ui.tab('Google Play').click();
    const google = page.getByTestId('google-preview');
    await expect(google).toContainText('No data shared with third parties');
    await expect(google).toContainText('Data is encrypted in transit');
    await expect(google).toContainText('You can request that data be deleted');
    await expect(google).toContainText('Location: Precise location');
    const csv = join(app.dir, 'data_safety.csv');
    app.dialogAnswers.push(csv);
    await page.getByRole('button', { name: 'Export Data safety CSV' }).click();
    await expect(page.getByTestId('export-state-google')).toContainText('it still matches the records');
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe('Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label');
    await shoot('google');

    // Fill the user's own Play Console export: its rows only, nothing added.
    const template = join(app.dir, 'console-export.csv');
    await writeFile(
      template,
      'Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label\r\n' +
        'PSL_DATA_TYPES_LOCATION,PSL_PRECISE_LOCATION,,MULTIPLE_CHOICE,Location / Precise location\r\n' +
        'PSL_SOMETHING_NEW,,keep,OPTIONAL,A question of a newer Console\r\n',
    );
    const filled = join(app.dir, 'filled.csv');
    app.dialogAnswers.push(template, filled);
    await page.getByRole('button', { name: 'Fill my Play Console export…' }).click();
    await expect(page.getByText('1 answers filled in your Play Console export.', { exact: false })).toBeVisible();
    expect((await readFile(filled, 'utf8')).split('\r\n').slice(1, 3)).toEqual([
      'PSL_DATA_TYPES_LOCATION,PSL_PRECISE_LOCATION,true,MULTIPLE_CHOICE,Location / Precise location',
      'PSL_SOMETHING_NEW,,keep,OPTIONAL,A question of a newer Console',
    ]);

    // The manifest, with the developer's part named in its comment.
    await ui.tab('iOS privacy manifest').click();
    await expect(page.getByTestId('manifest-text')).toContainText('Required-reason APIs (NSPrivacyAccessedAPITypes) are not in the register');

    // A purpose without a store purpose becomes an open question, answered here.
    const fresh = await app.session.workspace.getActivity('act-roomify-analytics');
    if (fresh === undefined) throw new Error('no analytics activity');
    await app.session.save('activity', { ...fresh, purposes: fresh.purposes.map((p) => ({ description: p.description, ...(p.legalBasis ? { legalBasis: p.legalBasis } : {}), ...(p.legitimateInterest ? { legitimateInterest: p.legitimateInterest } : {}) })) });
    await page.getByRole('tab', { name: /^Open questions/ }).click();
    const questions = page.getByTestId('label-question');
    await expect(questions.first()).toContainText('What do the app stores call the purpose “Analyze aggregated usage to improve reliability and plan new features” of “Usage analytics”?');
    await expect(questions.first()).toContainText('To answer it: Record the store purpose of this purpose (in the app: Store labels › Open questions).');
    // …and Apple cannot be told the purpose of data only that activity collects.
    await expect(questions.nth(1)).toContainText('For what purpose does the app collect Product Interaction? Apple needs at least one.');
    await shoot('questions');
    await ui.choose(ui.combo('Store purpose'), 'Analytics');
    await expect(page.getByText('The records answer every question the labels ask.')).toBeVisible();
    expect((await app.session.workspace.getActivity('act-roomify-analytics'))?.purposes[0]?.storePurpose).toBe('analytics');

    // Remap a category for this workspace: the label follows.
    await ui.tab('Mapping').click();
    await expect(page.getByTestId('mapping-offline_queue_files')).toContainText('This workspace');
    await ui.choose(ui.combo('App Store data type: IP address'), 'Coarse Location', 'Coarse');
    await expect(page.getByTestId('mapping-ip_address')).toContainText('This workspace');
    await shoot('mapping');
    await ui.tab('App Store').click();
    await expect(page.getByTestId('apple-type-COARSE_LOCATION')).toBeVisible();
    const taxonomies = await app.session.workspace.taxonomies();
    expect(taxonomies.dataCategories.find((c) => c.key === 'ip_address')?.storeTypes).toEqual({ apple: 'COARSE_LOCATION' });
  } finally {
    await close();
    await app.close();
  }
});
