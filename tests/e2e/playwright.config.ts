import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium';

// Run with `npx playwright test -c tests/e2e` after `npm run build`. See global-setup.ts for the browser.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.tmp/e2e-results',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // In the runner process this may still be undefined (global setup installs Chromium); in the
        // workers, which load this file after global setup, it is the browser global setup resolved.
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      },
    },
  ],
});
