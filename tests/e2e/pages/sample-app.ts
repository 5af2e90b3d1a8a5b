import { test } from '@playwright/test';
import type { AppHarness } from '../harness';
import { AppPage } from './app';
import { harness } from './harness-loader';

/**
 * Each test of the calling spec gets a fresh app over the sample workspace, served to the
 * page, closed after it: `useSampleApp((s) => ({ app, ui } = s))`.
 */
export function useSampleApp(started: (s: { app: AppHarness; ui: AppPage }) => void): void {
  let close: (() => Promise<void>) | undefined;
  let app: AppHarness | undefined;
  test.beforeEach(async ({ page }) => {
    app = await harness.startApp();
    const opened = await AppPage.open(page, app);
    close = opened.close;
    started({ app, ui: opened.ui });
  });
  test.afterEach(async () => {
    await close?.();
    await app?.close();
  });
}
