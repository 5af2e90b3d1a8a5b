import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sqlite3 from 'sqlite3';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

function query<T>(path: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.all(sql, (e, rows) => db.close(() => (e ? reject(e) : resolve(rows as T[]))));
    });
  });
}

/** The file offset of the activities table's root page: damage there is what the register reads, whatever the sample's size. */
async function activitiesPageOffset(path: string): Promise<number> {
  const [root] = await query<{ rootpage: number }>(path, "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'activities'");
  const [size] = await query<{ page_size: number }>(path, 'PRAGMA page_size');
  if (root === undefined || size === undefined) throw new Error('no activities table');
  return (root.rootpage - 1) * size.page_size;
}

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

/** Issue 14: a damaged file opens read-only with the offer to restore a backup; restoring opens it for editing. */
test('a damaged workspace offers its backups by date, and restoring the newest good one opens it for editing', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const path = join(app.dir, 'sample.ropa');
  await app.session.close();
  // A backup taken while the file was good, then the activities table's page damaged.
  await (await harness.Workspace.open(path, { backups: { keep: 5 } })).close();
  const at = await activitiesPageOffset(path);
  const fh = await open(path, 'r+');
  await fh.write(Buffer.alloc(600, 0xa5), 0, 600, at + 8);
  await fh.close();
  await app.session.open(path);
  await app.session.checked;
  // Not AppPage.open: the register of a damaged file may not be readable at all, and the offer must show anyway.
  const server = await harness.serveRenderer();
  await harness.connectPage(page, app);
  await page.goto(server.url);
  const ui = new AppPage(page);
  try {
    await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
    // What could not be read is said in words, never as SQLite's text.
    await expect(page.getByText(/Part of this workspace file is damaged and cannot be read/)).toBeVisible();
    await expect(page.getByText(/SQLITE_/)).toHaveCount(0);
    await ui.screenshot('damaged-read-only');
    await page.getByRole('button', { name: 'Restore a backup' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await expect(dialog.getByText('Passes the check')).toBeVisible();
    await ui.screenshot('restore-backup');
    page.once('dialog', (d) => void d.accept());
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText(/Restored the backup of .*The damaged file is kept as “sample\.damaged-\d{8}-\d{6}\.ropa”/)).toBeVisible();
    await expect(page.getByText('Read-only', { exact: true })).toBeHidden();
    await app.session.checked;
    expect(app.session.workspace.readOnly).toBe(false);
    await expect(ui.tree).toBeVisible();
  } finally {
    await server.close();
  }
});

/** Issue 14: spell checking is off by default and turned on in the header; the choice is kept. */
test('the spelling setting is off by default, turns on from the header, and is kept', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await harness.startApp();
  const { ui, close } = await AppPage.open(page, app);
  try {
    await page.getByRole('button', { name: 'Spelling: not checked' }).click();
    const toggle = page.getByRole('switch', { name: 'Check spelling as I type' });
    await expect(toggle).not.toBeChecked();
    await expect(page.getByText(/downloads a dictionary for your language from Google’s servers once/)).toBeVisible();
    for (const [scheme, width] of [['light', 1024], ['dark', 1440]] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 800 });
      await ui.screenshot(`spelling-setting-${scheme}-${width}`);
    }
    await toggle.click({ force: true });
    await expect(toggle).toBeChecked();
    await expect.poll(() => app.session.prefs.get().spellcheck).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Spelling: checked as you type' })).toBeVisible();
  } finally {
    await close();
    await app.close();
  }
});
