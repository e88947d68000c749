// Journeys done with the keyboard alone (Tab, Shift+Tab, Space, Enter, arrows), for the
// ones no other spec already covers that way: the first run, a check-in, and export then
// import. (An instrument and the values sort are in discover.spec.ts, the SMART wizard
// and milestone reorder in goals.spec.ts.) Also: focus moves to the page on a route
// change, and every route fits a 320 px screen and 200 % zoom without sideways scrolling.
import { readFile } from 'node:fs/promises';
import { Page } from '@playwright/test';
import { test, expect, open, welcome, saved, seedSample, tabTo, EVERY_ROUTE, holdBack } from './fixtures';

test.describe.configure({ timeout: 90_000 });

/** Picks `value` in a 1–10 rating group with arrow keys (Tab enters the group once). */
async function rate(page: Page, legend: RegExp, value: number) {
  const group = page.getByRole('group', { name: legend });
  await tabTo(page, group.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 1; i < value; i++) await page.keyboard.press('ArrowRight');
  await expect(group.getByLabel(String(value), { exact: true })).toBeChecked();
}

test('first run by keyboard: name, situation, start', async ({ page }) => {
  await open(page, '/');
  await tabTo(page, page.getByLabel(/What should we call you/));
  await page.keyboard.type('Ada');
  await tabTo(page, page.getByLabel("I'm changing careers"));
  await page.keyboard.press('Space');
  await expect(page.getByLabel("I'm changing careers")).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start my workbook' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible();
});

test('a check-in by keyboard: rhythm, what I did, ratings, save', async ({ page }) => {
  await welcome(page, 'Ada');
  await open(page, '/checkins');
  await tabTo(page, page.getByLabel('Every week'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Save my rhythm' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/You check in every week, starting/)).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Check in now' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check in', exact: true })).toBeFocused();
  await tabTo(page, page.getByLabel('What did I do?'));
  await page.keyboard.type('Sent two applications');
  await rate(page, /How confident/, 6);
  await rate(page, /How much energy/, 5);
  await tabTo(page, page.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Check-in saved');
  await expect(page.getByRole('region', { name: 'Past check-ins' })).toContainText('Sent two applications');
});

test('export and import by keyboard', async ({ page, browser }) => {
  await welcome(page, 'Chidi');
  await saved(page);
  await open(page, '/data');
  await tabTo(page, page.getByRole('button', { name: 'Download backup' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text).workbook.profile.name).toBe('Chidi');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/data');
  await tabTo(other, other.getByLabel('Backup file'));
  // Space on a focused file input opens the picker; headless Chromium occasionally drops
  // the first key press right after navigation, so give it a few tries.
  let chooser;
  for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
    await expect(other.getByLabel('Backup file')).toBeFocused();
    [chooser] = await Promise.all([
      other.waitForEvent('filechooser', { timeout: 4000 }).catch(() => undefined),
      other.keyboard.press('Space'),
    ]);
  }
  expect(chooser, 'the file picker opened from the keyboard').toBeTruthy();
  await chooser.setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('region', { name: 'What the file contains' })).toContainText('Chidi');
  await tabTo(other, other.getByRole('button', { name: 'Replace my workbook' }));
  await other.keyboard.press('Enter');
  await expect(other.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await open(other, '/');
  await expect(other.getByRole('heading', { level: 1, name: 'Hello, Chidi' })).toBeVisible();
  await fresh.close();
});

test.describe('focus after following a link', () => {
  // The page's file is held back so the old page stays on screen a while (release builds
  // fetch each group of pages on first use); service workers are off so the hold applies.
  test.use({ serviceWorkers: 'block' });

  test('moves to the new page once it is there, even after a Tab while it loaded', async ({ page, context }) => {
    const release = await holdBack(context, /split_accountability-[0-9a-f]+\.wasm$/);
    await welcome(page, 'Ada');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await tabTo(page, nav.getByRole('button', { name: 'Keep going' }));
    await page.keyboard.press('Enter');
    await tabTo(page, nav.getByRole('link', { name: 'Journal' }));
    await page.keyboard.press('Enter');
    // Still loading: a Tab now must not send focus into the page about to be replaced.
    await page.keyboard.press('Tab');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab goes into the page, not back to the top of the navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});

const ROUTES = EVERY_ROUTE;

/** Fails if the page scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

test('every route fits 320 px without sideways scrolling', async ({ page }) => {
  await seedSample(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ROUTES) {
    await open(page, route);
    await expectNoSidewaysScroll(page, `${route} at 320 px`);
  }
  // A goal's own page, with milestones, chart and plans.
  await open(page, '/goals');
  await page.locator('main .goal-card-title a').first().click();
  await expect(page.locator('li.milestone').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'a goal at 320 px');
});

test('every route fits 200 % zoom on a 640 px window without sideways scrolling', async ({ browser }) => {
  // 200 % zoom of a 640 px window lays out like 320 CSS px at twice the pixel density.
  const context = await browser.newContext({ viewport: { width: 320, height: 512 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await seedSample(page);
  for (const route of ROUTES) {
    await open(page, route);
    await expectNoSidewaysScroll(page, `${route} at 200 %`);
  }
  await context.close();
});
