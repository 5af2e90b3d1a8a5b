import { expect, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import type { AppHarness } from '../harness';
import { harness } from './harness-loader';

/** Locators and steps of the RoPA Desk UI, so that specs read like what a user does. */
export class AppPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, app: AppHarness): Promise<{ ui: AppPage; close: () => Promise<void> }> {
    const server = await harness.serveRenderer();
    await harness.connectPage(page, app);
    await page.goto(server.url);
    const ui = new AppPage(page);
    // An empty register shows what belongs in the tree instead of an empty tree (issue 12).
    await expect(ui.tree.or(page.getByTestId('empty-tree'))).toBeVisible({ timeout: 20_000 });
    return { ui, close: server.close };
  }

  get tree(): Locator {
    return this.page.getByRole('tree', { name: 'Organisations, products and processing activities' });
  }

  treeItem(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name, exact: typeof name === 'string' });
  }

  get title(): Locator {
    return this.page.getByTestId('editor-title');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name, exact: true });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** A Mantine Select (an input with role combobox) by its label. */
  combo(name: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole('combobox', { name, exact: true });
  }

  /** Picks an option in a Mantine Select, typing to filter when it is searchable. */
  async choose(select: Locator, option: string | RegExp, type?: string): Promise<void> {
    await select.click();
    if (type !== undefined) await select.fill(type);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async search(query: string): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    const box = this.page.getByPlaceholder('Search names, purposes, vendors, countries…');
    await expect(box).toBeVisible();
    await box.fill(query);
    return this.page.getByTestId('search-results');
  }

  async screenshot(name: string): Promise<void> {
    await mkdir('test-results/screenshots', { recursive: true });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false, animations: 'disabled' });
  }
}
