/**
 * UI speed on a synthetic 10,000-activity workspace, in Debian Chromium through the
 * end-to-end harness (the real handlers on a real workspace file). Prints figures;
 * asserts nothing. Build with `node scripts/build.mjs`, run `node dist/bench/ui-bench.cjs`.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { synthesizeDocument } from '../shared/synth/generate';
import { connectPage, serveRenderer, startApp } from '../tests/e2e/harness';

const TREE = '[role="tree"]';
const TITLE = '[data-testid="editor-title"]';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await action();
  return performance.now() - t0;
}

async function titleIs(page: Page, name: string): Promise<void> {
  await page.waitForFunction(([sel, n]) => document.querySelector(sel ?? '')?.textContent === n, [TITLE, name] as const, { polling: 'raf' });
}

export async function runUiBench(): Promise<Record<string, number>> {
  const app = await startApp({ sample: false });
  const path = join(app.dir, 'synthetic.ropa');
  const doc = synthesizeDocument({ orgs: 20, products: 5, activities: 100 });
  await app.session.create(path, async (ws) => {
    await ws.importDocument(doc, { replace: true, source: 'ui bench' });
  });
  const server = await serveRenderer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const figures: Record<string, number> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await connectPage(page, app);

    // First paint: page load → overview of 10,000 activities → the register tree drawn.
    figures.firstPaintMs = await timed(async () => {
      await page.goto(server.url);
      await page.waitForSelector(`${TREE} [role="treeitem"]`);
    });
    // Search as you type: one input event → the expected result in the list.
    await page.keyboard.press('Control+K');
    const box = page.getByPlaceholder('Search names, purposes, vendors, countries…');
    await box.waitFor();
    const searchTimes: number[] = [];
    for (const i of [123, 2_345, 4_567, 6_789, 8_901, 9_999, 17, 5_000]) {
      const name = doc.activities[i]?.name ?? '';
      searchTimes.push(
        await timed(async () => {
          await box.fill(name);
          await page.waitForFunction(
            (n) => [...document.querySelectorAll('[data-testid="search-results"] .mantine-Spotlight-action')].some((el) => el.textContent?.includes(n)),
            name,
            { polling: 'raf' },
          );
        }),
      );
    }
    figures.searchMedianMs = median(searchTimes);
    figures.searchMaxMs = Math.max(...searchTimes);

    // Open a product with 100 activities from the search, then switch between two of its activities.
    const product = doc.products.find((p) => p.id === 'org-7-prod-3');
    await box.fill(product?.name ?? '');
    await page.locator('.mantine-Spotlight-action', { hasText: product?.name ?? '' }).first().click();
    await titleIs(page, product?.name ?? '');
    const acts = doc.activities.filter((a) => a.productId === product?.id);
    const [a, b] = [acts[1], acts[4]];
    const row = (name: string) => page.locator(`${TREE} [role="treeitem"][data-kind="activity"]`, { hasText: name }).first();
    await row(a?.name ?? '').click();
    await titleIs(page, a?.name ?? '');
    // Measured inside the page (click → new title and tab painted), without Playwright's actionability waits.
    const switchTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const next = (i % 2 === 0 ? b : a)?.name ?? '';
      switchTimes.push(
        await page.evaluate(
          ([tree, title, name]) =>
            new Promise<number>((resolve) => {
              const rows = [...document.querySelectorAll<HTMLElement>(`${tree} [role="treeitem"][data-kind="activity"]`)];
              const t0 = window.performance.now();
              rows.find((r) => r.textContent === name)?.click();
              const poll = () => {
                const done = document.querySelector(title)?.textContent === name && document.querySelector('[role="tabpanel"] input') !== null;
                if (done) requestAnimationFrame(() => resolve(window.performance.now() - t0));
                else requestAnimationFrame(poll);
              };
              poll();
            }),
          [TREE, TITLE, next] as const,
        ),
      );
    }
    figures.switchMedianMs = median(switchTimes);
    figures.switchMaxMs = Math.max(...switchTimes);
    figures.activitiesInProduct = acts.length;
    figures.treeRowsInDom = await page.locator(`${TREE} [role="treeitem"]`).count();
    figures.activitiesInWorkspace = doc.activities.length;
  } finally {
    await browser.close();
    await server.close();
    await app.close();
  }
  return figures;
}

const LIMITS: Record<string, [number, string]> = {
  firstPaintMs: [1000, 'ms (≤ 1000)'],
  searchMedianMs: [100, 'ms (≤ 100)'],
  switchMedianMs: [100, 'ms (≤ 100)'],
  treeRowsInDom: [200, 'rows (< 200)'],
};

// Run directly (node dist/bench/ui-bench.cjs); bench.ts imports runUiBench as its "ui" phase.
if (/ui-bench\.c?js$/.test(process.argv[1] ?? '')) {
  runUiBench().then(
    (figures) => {
      for (const [key, value] of Object.entries(figures)) {
        const limit = LIMITS[key];
        const mark = limit ? (value <= limit[0] ? ' ok' : ' OVER') : '';
        console.log(`ui ${key.padEnd(22)} ${Math.round(value * 10) / 10}${limit ? ` ${limit[1]}${mark}` : ''}`);
      }
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
