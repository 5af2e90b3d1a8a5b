import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';
import type { AppHarness } from './harness';

/**
 * axe-core over the screens a11y.spec.ts does not open (issue 12, "axe over every
 * screen"): the welcome screen, the product's preview, permissions and findings tabs,
 * translations, store labels and their mapping, the register import, an approved
 * activity with its reopen dialog, the export dialog, a finding's highlighted field and
 * the dialog an undo over an approved activity asks with; light and dark, each at 1024
 * and 1440 px. No critical or serious violation.
 */
type Screen = { name: string; open(ui: AppPage, page: Page, app: AppHarness): Promise<void> };

const dialog = (page: Page) => expect(page.getByRole('dialog')).toBeVisible();

const SCREENS: Screen[] = [
  { name: 'product-preview', open: async (ui) => (await ui.treeItem('Roomify Smart Camera').click(), await ui.tab('Preview & export').click()) },
  { name: 'product-permissions', open: async (ui) => (await ui.treeItem('Roomify Smart Camera').click(), await ui.tab('Device permissions').click()) },
  { name: 'product-findings', open: async (ui) => (await ui.treeItem('Roomify Smart Camera').click(), await ui.tab('Findings').click()) },
  { name: 'translations', open: async (ui, page) => (await ui.treeItem('Roomify Smart Camera').click(), await page.getByRole('button', { name: 'Translations', exact: true }).click()) },
  { name: 'store-labels', open: async (ui) => ui.nav('Store labels').click() },
  { name: 'store-labels-mapping', open: async (ui) => (await ui.nav('Store labels').click(), await ui.tab('Mapping').click()) },
  { name: 'register-import', open: async (ui) => ui.nav('Import a register').click() },
  {
    name: 'dialog-reopen',
    open: async (ui, page) => {
      await ui.treeItem('Roomify Smart Camera').click();
      await ui.treeItem('Support and feedback').click();
      await page.getByRole('button', { name: 'Change this activity…' }).click();
      await dialog(page);
    },
  },
  { name: 'dialog-export', open: async (_ui, page) => (await page.getByRole('button', { name: 'Export the register' }).click(), await dialog(page)) },
  {
    name: 'finding-highlight',
    open: async (ui, page) => {
      await ui.treeItem('Ledgerly').click();
      await ui.tab('Findings').click();
      await page.getByRole('button', { name: /The vendor “Postmark” receives data from/ }).first().click();
      await expect(page.locator('[data-flash]')).toHaveCount(1);
    },
  },
  {
    name: 'dialog-undo-reason',
    open: async (ui, page, app) => {
      const a = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Chat support' });
      await app.handlers['activity:save']({ activity: { ...a, name: 'Live chat support' } });
      await app.handlers['review:submit']({ id: a.id });
      await app.handlers['prefs:set']({ displayName: 'Rita Reviewer' });
      await app.handlers['review:approve']({ id: a.id });
      await app.handlers['prefs:set']({ displayName: 'E2E Tester' });
      await page.reload();
      await expect(ui.tree).toBeVisible();
      await page.getByRole('button', { name: 'Undo edit of “Live chat support”' }).click();
      await dialog(page);
    },
  },
];

async function axe(page: Page, ui: AppPage, scheme: string, name: string, found: string[]): Promise<void> {
  for (const width of [1024, 1440]) {
    await page.setViewportSize({ width, height: width === 1024 ? 700 : 900 });
    await page.waitForTimeout(200);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of result.violations.filter((x) => x.impact === 'critical' || x.impact === 'serious')) {
      found.push(`${name} ${width}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
    }
    await ui.screenshot(`a11y-more-${name}-${scheme}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious axe violation on the welcome screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = await harness.startApp({ sample: false });
    const server = await harness.serveRenderer();
    const found: string[] = [];
    try {
      await harness.connectPage(page, app);
      await page.goto(server.url);
      await expect(page.getByRole('button', { name: /sample/i }).first()).toBeVisible({ timeout: 20_000 });
      await axe(page, new AppPage(page), scheme, 'welcome', found);
    } finally {
      await server.close();
      await app.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`no critical or serious axe violation on the other screens (${scheme})`, async ({ page }) => {
    test.setTimeout(400_000);
    test.info().annotations.push({ type: 'screens', description: SCREENS.map((s) => s.name).join(', ') });
    await page.emulateMedia({ colorScheme: scheme });
    const app = await harness.startApp();
    const { ui, close } = await AppPage.open(page, app);
    const found: string[] = [];
    try {
      for (const s of SCREENS) {
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await s.open(ui, page, app);
        await page.waitForTimeout(300);
        await axe(page, ui, scheme, s.name, found);
      }
    } finally {
      await close();
      await app.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
