// End-to-end tests against the release build in Debian's Chromium (never a downloaded one).
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

// E2E_PORT and E2E_DIST let several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || 'dist';
export const subpathURL = `http://127.0.0.1:${port + 1}/coaching/waymark/`;

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
  webServer: [
    {
      command: `node scripts/serve-dist.mjs ${dist} ${port} /`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same app built for a sub-path (make build-subpath), as a coach might host it.
      command: `node scripts/serve-dist.mjs ${dist}-sub ${port + 1} /coaching/waymark/`,
      url: `http://127.0.0.1:${port + 1}/coaching/waymark/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
