// Offline use, updates, installability, hosting under a sub-path, and the
// Content-Security-Policy the app runs under (the fixture fails on any violation).
import { cp, mkdtemp, appendFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { test, expect, open, welcome, saved, expectAccessible, goByNav, seedSample, holdBack } from './fixtures';
import type { Page } from '@playwright/test';
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
  await goByNav(page, 'Goals');
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

// Release builds fetch each group of pages on first use (scripts/split.mjs). When that file
// can't be fetched (offline before the first visit finished, or the hosted copy changed
// underneath an open tab), the page says so in words and the app keeps running.
test.describe('a page whose file cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });
  const dist = process.env.E2E_DIST || 'dist';
  test.skip(!readdirSync(dist).some((f) => f.startsWith('split_goals')), 'a debug build has no page files');

  test('says so, keeps the workbook, and a reload brings the page back', async ({ page, context }) => {
    let blocked = true;
    await context.route(/split_goals-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    await open(page, '/');
    await welcome(page, 'Kofi');
    await saved(page);
    await goByNav(page, 'Goals');
    await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible();
    await expect(page.getByText('Your workbook is safe in this browser.')).toBeVisible();
    await expectAccessible(page, 'a page that did not load');
    // The rest of the app still works.
    await goByNav(page, 'Journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await goByNav(page, 'Goals');
    await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Reload Waymark' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Kofi' })).toBeVisible();
  });

  test("a first visit's home is drawn without the home file; once there is a win, the overview comes from it", async ({ page, context }) => {
    const release = await holdBack(context, /split_home-[0-9a-f]+\.wasm$/);
    await open(page, '/');
    await welcome(page, 'Noor');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Noor' })).toBeVisible();
    await expect(page.getByText('Your next step')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start discovering' })).toBeVisible();
    await saved(page);
    // A win makes the page worth working out: that is the home file's.
    await goByNav(page, 'Journal');
    await page.getByRole('button', { name: 'Log a win' }).click();
    await page.getByLabel('What happened?').fill('Sent my first message to a mentor');
    await page.getByRole('button', { name: 'Save win' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Win saved' })).toBeVisible();
    await goByNav(page, 'Home');
    await expect(page.getByRole('region', { name: 'Recent wins' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Noor' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Sent my first message to a mentor');
    await expect(page.getByText(/Here's where things stand today/)).toBeVisible();
  });

  test("home's overview says so when its file can't be fetched; the greeting, other pages and a reload work", async ({ page, context }) => {
    let blocked = true;
    await context.route(/split_home-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    await seedSample(page);
    await open(page, '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: "Your overview didn't load" })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Next check-in' })).toHaveCount(0);
    await expectAccessible(page, 'home without its overview');
    await goByNav(page, 'Journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await goByNav(page, 'Home');
    await expect(page.getByRole('heading', { level: 2, name: "Your overview didn't load" })).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Reload Waymark' }).click();
    await expect(page.getByRole('region', { name: 'Next check-in' })).toBeVisible();
    await expect(page.getByRole('heading', { name: "Your overview didn't load" })).toHaveCount(0);
  });

  test('while a page is on its way, a bar shows it and the page region is marked busy', async ({ page, context }) => {
    const release = await holdBack(context, /split_goals-[0-9a-f]+\.wasm$/);
    await open(page, '/');
    await welcome(page, 'Ife');
    await goByNav(page, 'Goals');
    await expect(page.locator('.route-progress.active')).toBeVisible();
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.route-progress')).not.toHaveClass(/active/);
  });
});

// The code that reads a stored workbook back is a file of its own (src/store/reader.rs):
// a first visit draws and saves without it; with something stored, start-up waits for it.
test.describe('the reader file', () => {
  test.use({ serviceWorkers: 'block' });
  const dist = process.env.E2E_DIST || 'dist';
  test.skip(!readdirSync(dist).some((f) => f.startsWith('split_read')), 'a debug build has no reader file');
  const READER = /split_read-[0-9a-f]+\.wasm$/;

  test('a first visit draws its page and saves its first change without it', async ({ page, context }) => {
    const asked: string[] = [];
    await context.route(READER, (route) => {
      asked.push(route.request().url());
      return route.abort();
    });
    await welcome(page, 'Tomas');
    await saved(page);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.profile.name);
    expect(stored).toBe('Tomas');
    expect(asked).toEqual([]);
    await expect(page.locator('.banner')).toHaveCount(0);
  });

  test('with a workbook stored and the file out of reach, nothing is saved over it and a reload opens it', async ({ page, context }) => {
    let blocked = true;
    await context.route(READER, (route) => (blocked ? route.abort() : route.continue()));
    await seedSample(page);
    await page.goto('/');
    const before = await page.evaluate(() => localStorage.getItem('waymark.workbook'));
    await expect(page.getByRole('alert').filter({ hasText: "Part of Waymark didn't arrive" })).toBeVisible();
    // No backup offered: it would hold an empty workbook, not theirs.
    await expect(page.getByRole('button', { name: 'Download a backup' })).toHaveCount(0);
    await expectAccessible(page, 'the reader file out of reach');
    // Whatever happens on this page, the stored workbook stays as it was.
    await page.evaluate(() => dispatchEvent(new Event('pagehide')));
    await saved(page);
    expect(await page.evaluate(() => localStorage.getItem('waymark.workbook'))).toBe(before);
    blocked = false;
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
    await expect(page.getByText("Part of Waymark didn't arrive")).toHaveCount(0);
  });

  test("another tab's change reaches a first-visit tab while its reader file is still on its way", async ({ page, context }) => {
    const release = await holdBack(context, READER);
    await open(page, '/');
    await expect(page.getByLabel(/What should we call you/)).toBeVisible();
    const other = await context.newPage();
    await welcome(other, 'Amara');
    await saved(other);
    // The first tab holds what the second stored until it can read it, and writes nothing.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.profile.name)).toBe('Amara');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Amara' })).toBeVisible();
  });
});

// The code that turns a change into stored text is a file of its own too
// (src/store/writer.rs): a first page is drawn without it, and it is asked for as the app
// starts. A change made before it arrives is shown at once, kept in the tab, and written
// when it comes; nothing is lost if it can't be fetched for a while.
test.describe('the writer file', () => {
  test.use({ serviceWorkers: 'block' });
  const dist = process.env.E2E_DIST || 'dist';
  test.skip(!readdirSync(dist).some((f) => f.startsWith('split_write')), 'a debug build has no writer file');
  const WRITER = /split_write-[0-9a-f]+\.wasm$/;
  const storedName = (page: Page) =>
    page.evaluate(() => {
      const text = localStorage.getItem('waymark.workbook');
      return text ? JSON.parse(text).workbook.profile.name : null;
    });

  test('a change made before it arrives is shown at once, guarded on closing, and saved when it comes', async ({ page, context }) => {
    const release = await holdBack(context, WRITER);
    await welcome(page, 'Noor');
    await saved(page);
    expect(await storedName(page)).toBeNull();
    // Closing the tab now would lose the change: the browser asks first.
    const asked = new Promise<string>((done) => page.once('dialog', (d) => (done(d.type()), d.dismiss())));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    release();
    await expect.poll(() => storedName(page)).toBe('Noor');
    await expect(page.locator('.banner')).toHaveCount(0);
    // Later changes go straight to the log, as always.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Noor' })).toBeVisible();
  });

  test("when it can't be fetched, the page says the change isn't saved yet, keeps it, and saves it once it can", async ({ page, context }) => {
    let blocked = true;
    await context.route(WRITER, (route) => (blocked ? route.abort() : route.continue()));
    await welcome(page, 'Tariq');
    await expect(page.getByRole('alert').filter({ hasText: "your latest changes aren't saved on this device yet" })).toBeVisible();
    await expectAccessible(page, 'the writer file out of reach');
    expect(await storedName(page)).toBeNull();
    blocked = false;
    // Tried again every few seconds.
    await expect(page.getByText('Your changes are saved on this device now.')).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => storedName(page)).toBe('Tariq');
    await expect(page.getByRole('alert').filter({ hasText: "aren't saved on this device yet" })).toHaveCount(0);
  });
});
