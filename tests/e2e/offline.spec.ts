// Offline use, updates, installability, hosting under a sub-path, and the
// Content-Security-Policy the app runs under (the fixture fails on any violation).
import { cp, mkdtemp, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { test, expect, open, welcome, saved } from './fixtures';
import { subpathURL } from '../../playwright.config';

const ROUTES = ['/', '/discover', '/profile', '/goals', '/checkins', '/journal', '/report', '/data', '/coach'];

async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit the app loads, navigates and saves with the network off', async ({ page, context }) => {
  await open(page, '/');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Waymark' })).toBeVisible();
  await welcome(page, 'Offline Olu');
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  await saved(page);
  await context.setOffline(false);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Offline Olu' })).toBeVisible();
});

test('a new build is announced, and switching to it keeps the data', async ({ browser }) => {
  // Serve a private copy of the build so it can be changed underneath the page.
  const dir = await mkdtemp(join(tmpdir(), 'waymark-update-'));
  await cp('dist', dir, { recursive: true });
  const server = spawn('node', ['scripts/serve-dist.mjs', dir, '4198', '/'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4198' });
    const page = await context.newPage();
    await welcome(page, 'Uma');
    await serviceWorkerReady(page);
    await saved(page);
    await appendFile(join(dir, 'sw.js'), '\n// a new build\n');
    await page.evaluate(() => (window as any).__waymarkCheckForUpdate());
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Waymark is ready' });
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Uma' })).toBeVisible();
    await expect(page.getByText('A new version of Waymark is ready')).toBeHidden();
    await context.close();
  } finally {
    server.kill();
  }
});

test('the app is installable: manifest, icons and theme work from its own folder', async ({ page, request }) => {
  await open(page, '/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest.name).toContain('Waymark');
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, page.url()).href);
    expect(res.ok(), icon.src).toBe(true);
  }
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:/);
});

test('hosted under a sub-path: routes, deep links and offline all work there', async ({ page, context }) => {
  await page.goto(subpathURL);
  await expect(page.getByRole('heading', { name: 'Welcome to Waymark' })).toBeVisible();
  await page.getByLabel(/What should we call you/).fill('Sub');
  await page.getByRole('button', { name: 'Start my workbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Sub' })).toBeVisible();
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page).toHaveURL(subpathURL + 'goals');
  await page.goto(subpathURL + 'data');
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(subpathURL);
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto(subpathURL + 'checkins');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Sub' })).toBeVisible();
  await context.setOffline(false);
  // Navigation done in code (not a link) stays under the sub-path too.
  await page.goto(subpathURL + 'goals/new?template=job_search');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.goto(subpathURL + 'discover/wheel');
  await expect(page.locator('main h1').first()).toBeVisible();
  for (const keys of ['7568', '4965', '2']) {
    for (const k of keys) await page.keyboard.press(k);
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(subpathURL + 'discover/wheel/results');
});
