import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { harness } from './pages/harness-loader';

test('a 10,000-activity register: the activity list keeps only visible rows in the DOM, and search finds any activity', async ({ page }) => {
  test.setTimeout(240_000);
  const app = await harness.startApp({ sample: false });
  const doc = harness.synthesizeDocument({ orgs: 20, products: 5, activities: 100 });
  await app.session.create(join(app.dir, 'synthetic.ropa'), async (ws) => {
    await ws.importDocument(doc, { replace: true, source: 'the e2e test' });
  });
  const { ui, close } = await AppPage.open(page, app);
  try {
    expect(doc.activities).toHaveLength(10_000);
    const product = doc.products.find((p) => p.id === 'org-7-prod-3');
    const inProduct = doc.activities.filter((a) => a.productId === product?.id);
    expect(inProduct).toHaveLength(100);

    // Open the product from the search; the tree expands it and scrolls it into view.
    const found = await ui.search(product?.name ?? '');
    await found.getByText(product?.name ?? '', { exact: true }).first().click();
    await expect(ui.title).toHaveText(product?.name ?? '');
    await expect(ui.treeItem(product?.name ?? '')).toHaveAttribute('aria-expanded', 'true');
    const rows = ui.tree.locator('[role="treeitem"][data-kind="activity"]');
    await expect(rows.first()).toBeVisible();
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await ui.screenshot('large-register');

    // Scrolling to the end of the tree shows its last row, still without rendering every row.
    await ui.tree.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(ui.treeItem('Product 20.5')).toBeVisible();
    expect(await ui.tree.getByRole('treeitem').count()).toBeLessThan(60);

    const target = doc.activities[7_777];
    const results = await ui.search(target?.name ?? '');
    await expect(results.getByText(target?.name ?? '', { exact: true })).toBeVisible();
    await results.getByText(target?.name ?? '', { exact: true }).first().click();
    await expect(ui.title).toHaveText(target?.name ?? '');
  } finally {
    await close();
    await app.close();
  }
});
