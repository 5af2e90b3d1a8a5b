import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ProcessingActivity } from '../../shared/model';
import type { AppPage } from './pages/app';
import { useSampleApp } from './pages/sample-app';
import type { AppHarness } from './harness';

/**
 * A finding lands on the exact field (issue 12): clicked in the product's findings or
 * on the dashboard, it opens the record and the tab, scrolls to the field, focuses it
 * and highlights it for a few seconds — a field inside a list row (the third purpose's
 * legal basis, the second recipient), a field on another tab of the same editor, a
 * top-level field of an organisation, and a field of an approved (locked) activity.
 */
let app: AppHarness;
let ui: AppPage;
useSampleApp((s) => ({ app, ui } = s));

/** A draft with three purposes (the third without a legal basis) and a US recipient in the second row without a transfer. */
async function draftWithFindings(): Promise<ProcessingActivity> {
  const created = await app.handlers['activity:createFromTemplate']({ template: 'customer_support', organisationId: 'org-roomify', productId: 'prod-roomify-app', name: 'Help desk' });
  return app.handlers['activity:save']({
    activity: {
      ...created,
      purposes: [
        { description: 'Answer support requests', legalBasis: 'contract' },
        { description: 'Keep a record of what was agreed', legalBasis: 'legal_obligation' },
        { description: 'Send a satisfaction survey after a ticket is closed' },
      ],
      recipients: [
        { type: 'processor', name: 'Hosting in Frankfurt', country: 'DE', service: 'Hosting' },
        { type: 'processor', name: 'Helpdesk Inc.', country: 'US', service: 'Ticketing' },
      ],
      transfers: [],
    },
  });
}

async function productFindings(page: Page, product: string): Promise<Locator> {
  await ui.treeItem(product).click();
  await expect(ui.title).toHaveText(product);
  await ui.tab('Findings').click();
  return page.getByRole('table', { name: 'Findings for this product' });
}

/** The focused element, and the highlighted box that holds it (ringed: a solid outline). */
async function expectFocusedAndHighlighted(page: Page, name: string | RegExp): Promise<Locator> {
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(name);
  const flash = page.locator('[data-flash]');
  await expect(flash).toHaveCount(1);
  await expect(flash).toBeInViewport();
  await expect(flash).toHaveCSS('outline-style', 'solid');
  return flash;
}

test('a finding focuses the field inside a list row: the third purpose’s legal basis, the second recipient', async ({ page }) => {
  await draftWithFindings();
  const findings = await productFindings(page, 'Roomify Smart Camera');

  await findings.getByRole('button', { name: /The purpose “Send a satisfaction survey after a ticket is closed” in “Help desk” has no legal basis/ }).click();
  await expect(ui.title).toHaveText('Help desk');
  await expect(ui.tab('Purposes')).toHaveAttribute('aria-selected', 'true');
  const flash = await expectFocusedAndHighlighted(page, 'Legal basis (Art. 6)');
  // It is the third purpose's, not the first's.
  await expect(page.getByTestId('purpose-2').locator(':focus')).toHaveCount(1);
  await expect(flash.locator(':focus')).toHaveCount(1);
  await ui.screenshot('finding-focus-purpose');
  // The highlight goes after a few seconds; the focus stays.
  await expect(page.locator('[data-flash]')).toHaveCount(0, { timeout: 8_000 });
  await expect(page.getByTestId('purpose-2').locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await productFindings(page, 'Roomify Smart Camera').then((t) =>
    t.getByRole('button', { name: /The recipient “Helpdesk Inc\.” receives data from “Help desk” in United States/ }).click(),
  );
  await expect(ui.tab('Recipients & transfers')).toHaveAttribute('aria-selected', 'true');
  // The whole row is the target: its first field takes the focus.
  await expectFocusedAndHighlighted(page, 'Vendor');
  await expect(page.getByTestId('recipient-1').locator(':focus')).toHaveCount(1);
  await expect(page.getByTestId('recipient-0').locator(':focus')).toHaveCount(0);
});

test('a finding of a product focuses its field on another tab; one of an organisation its top-level field', async ({ page }) => {
  const overview = await app.handlers['workspace:overview']({});
  const product = overview?.products.find((p) => p.id === 'prod-roomify-app');
  const org = overview?.organisations.find((o) => o.id === 'org-roomify');
  if (!product || !org) throw new Error('sample missing');
  await app.handlers['product:save']({ product: { ...product, notice: { ...product.notice, contactEmail: undefined } } });
  await app.handlers['organisation:save']({ organisation: { ...org, privacyEmail: undefined } });

  // On the product's Findings tab; the field is on its Privacy notice tab.
  const findings = await productFindings(page, 'Roomify Smart Camera');
  await findings.getByRole('button', { name: /The product “Roomify Smart Camera” has no privacy contact/ }).click();
  await expect(ui.tab('Privacy notice')).toHaveAttribute('aria-selected', 'true');
  await expectFocusedAndHighlighted(page, 'Contact e-mail for privacy requests');
  await ui.screenshot('finding-focus-product-tab');

  // On the dashboard: the organisation's legal name (Roomify records none).
  await ui.nav('Dashboard').click();
  await page.getByText(/^Warning \(\d+\)$/).click();
  await page.getByRole('button', { name: /The organisation “Roomify” has no legal entity name/ }).click();
  await expect(ui.title).toHaveText('Roomify');
  await expectFocusedAndHighlighted(page, 'Legal name');
});

test('a finding of an approved activity highlights its locked field and focuses “Change this activity…”', async ({ page }) => {
  // The sample's Ledgerly accounts activity is approved and sends e-mail addresses to Postmark (US) without a transfer.
  const findings = await productFindings(page, 'Ledgerly');
  await findings.getByRole('button', { name: /The vendor “Postmark” receives data from/ }).first().click();
  await expect(ui.tab('Recipients & transfers')).toHaveAttribute('aria-selected', 'true');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName('Change this activity…');
  await expect(page.getByTestId('recipient-1').locator('[data-flash]')).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const)
  for (const width of [1024, 1440])
    test(`the highlighted field, ${scheme}, ${width} px wide`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 900 });
      await draftWithFindings();
      const findings = await productFindings(page, 'Roomify Smart Camera');
      await findings.getByRole('button', { name: /“Send a satisfaction survey after a ticket is closed” in “Help desk” has no legal basis/ }).click();
      await expectFocusedAndHighlighted(page, 'Legal basis (Art. 6)');
      // The open picker would hide the ring in the picture.
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-flash]')).toHaveCount(1);
      await ui.screenshot(`finding-focus-${scheme}-${width}`);
    });
