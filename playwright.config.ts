// End-to-end tests against the release build in Debian's Chromium (never a downloaded one).
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

// E2E_PORT and E2E_DIST let several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    acceptDownloads: true,
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${dist} ${port} /`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
