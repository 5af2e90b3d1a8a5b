import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

/**
 * axe-core over every screen of the sample, in light and dark, at 1024 and 1440 px:
 * no critical or serious violation (names of icon buttons, contrast, labels, …).
 */
type Screen = { name: string; open(ui: AppPage, page: Page): Promise<void> };

const SCREENS: Screen[] = [
  { name: 'dashboard', open: async (ui) => ui.nav('Dashboard').click() },
  { name: 'vendors', open: async (ui) => ui.nav('Vendors').click() },
  { name: 'taxonomies', open: async (ui) => ui.nav('Taxonomies').click() },
  { name: 'measures', open: async (ui) => ui.nav('Security measures').click() },
  { name: 'permissions', open: async (ui) => ui.nav('Device permissions').click() },
  { name: 'change-log', open: async (ui) => ui.nav('Change log').click() },
  { name: 'baselines', open: async (ui) => ui.nav('Baselines').click() },
  { name: 'organisation', open: async (ui) => ui.treeItem('Roomify').click() },
  { name: 'product', open: async (ui) => ui.treeItem('Roomify Smart Camera').click() },
  { name: 'product-notice', open: async (ui) => (await ui.treeItem('Roomify Smart Camera').click(), await ui.tab('Privacy notice').click()) },
  { name: 'vendor', open: async (ui, page) => (await ui.nav('Vendors').click(), await page.getByRole('link', { name: 'Postmark' }).or(page.getByText('Postmark', { exact: true })).first().click()) },
  ...['General', 'Purposes', 'Data', 'Recipients & transfers', 'Security', 'DPIA & automated decisions', 'Systems'].map((tab) => ({
    name: `activity-${tab.split(' ')[0]?.toLowerCase() ?? tab}`,
    open: async (ui: AppPage) => {
      await ui.treeItem('Roomify Smart Camera').click();
      await ui.treeItem('Support and feedback').click();
      await ui.tab(tab).click();
    },
  })),
  { name: 'dialog-new-activity', open: async (ui, page) => (await ui.nav('Dashboard').click(), await page.getByRole('button', { name: 'New activity from template' }).first().click(), await expect(page.getByRole('dialog')).toBeVisible()) },
  { name: 'dialog-delete', open: async (ui, page) => (await ui.treeItem('Roomify').click(), await page.getByRole('button', { name: 'Delete organisation' }).click(), await expect(page.getByRole('dialog')).toBeVisible()) },
  { name: 'search', open: async (_ui, page) => (await page.keyboard.press('Control+K'), await expect(page.getByRole('dialog')).toBeVisible()) },
];

const HALVES = [SCREENS.slice(0, 9), SCREENS.slice(9)];
for (const scheme of ['light', 'dark'] as const) for (const [part, screens] of HALVES.entries())
  test(`no critical or serious axe violation on any screen (${scheme}, part ${part + 1})`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = await harness.startApp();
    const { ui, close } = await AppPage.open(page, app);
    const found: string[] = [];
    try {
      for (const s of screens) {
        await page.keyboard.press('Escape');
        // A dialog closed by Escape leaves the page only after its closing transition.
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await s.open(ui, page);
        await page.waitForTimeout(300);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of result.violations.filter((x) => x.impact === 'critical' || x.impact === 'serious')) {
          for (const n of v.nodes.slice(0, 6)) console.log(`AXE ${scheme} ${s.name}: ${v.id} ${n.target.join(' ')} ${n.html.slice(0, 80)} — ${n.failureSummary?.split('\n')[1]?.slice(0, 110) ?? ''}`);
          found.push(`${s.name}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
        }
        for (const width of [1024, 1440]) {
          await page.setViewportSize({ width, height: width === 1024 ? 700 : 900 });
          await ui.screenshot(`a11y-${s.name}-${scheme}-${width}`);
        }
        await page.setViewportSize({ width: 1366, height: 860 });
      }
    } finally {
      await close();
      await app.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });
