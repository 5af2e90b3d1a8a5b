import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer (dist/renderer) served on 127.0.0.1, in
 * Debian's Chromium, with page.exposeFunction standing in for IPC and calling the
 * same handlers the main process registers, on a real workspace file.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
  },
});
