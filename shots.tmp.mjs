import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
const server = spawn('node', ['scripts/serve-dist.mjs', 'dist', '4180', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const text = readFileSync('tests/e2e/data/small.json', 'utf8');
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, baseURL: 'http://127.0.0.1:4180' });
    await context.addInitScript((t) => { if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t); }, text);
    const page = await context.newPage();
    await page.goto('/data');
    await page.locator('main h1').first().waitFor();
    await page.locator('#storage-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/data-${width}-${scheme}.png`, fullPage: false });
    // Storage nearly full: the banner on the home page.
    await page.evaluate(() => {
      const quota = Number(localStorage.getItem('waymark.quota'));
      const used = Object.keys(localStorage).reduce((n, k) => n + k.length + (localStorage.getItem(k) || '').length, 0);
      localStorage.setItem('other-app', 'x'.repeat(Math.floor(quota * 0.85) - used));
    });
    await page.goto('/goals');
    await page.locator('main h1').first().waitFor();
    await page.locator('#site-nav a[href$="/"]').first().click();
    await page.getByRole('link', { name: /Move towards/ }).first().click().catch(() => {});
    await page.getByLabel(/^Notes/).fill('A change while storage is nearly full').catch(() => {});
    await page.getByLabel(/^Notes/).blur().catch(() => {});
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/low-${width}-${scheme}.png` });
    await context.close();
  }
}
await browser.close();
server.kill();
