// Small things a new person meets early on: a message that outstays its question,
// counts that read "1 goals", the storage line after an import, a notice that follows
// them to other pages, a milestone that is "Done · Done", a back link marked as the
// current page, and keyboard hints on a touch screen.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, open, welcome, saved } from './fixtures';

/** Stores `file` (an export, as text) before the app loads. */
async function store(page: Page, text: string) {
  await page.addInitScript((t) => {
    if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t);
  }, text);
}

test('the values sort stops asking for answers once every question has one', async ({ page }) => {
  await welcome(page);
  await open(page, '/discover/values');
  for (const screen of ['121233', '211322', '233333', '333333']) {
    for (const d of screen) await page.keyboard.press(d);
    await page.keyboard.press('Enter');
  }
  // Four values are very important; the top five needs one more.
  await page.getByRole('button', { name: 'See my results' }).click();
  const problem = page.getByText('A few questions still need an answer');
  await expect(problem).toBeVisible();
  await page.getByRole('button', { name: 'Teamwork', exact: true }).click();
  await expect(problem).toHaveCount(0);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work values sort: your results' })).toBeVisible();
});

test('counts read "1 goal" and "2 goals"', async ({ page }) => {
  const file = JSON.parse(readFileSync('tests/e2e/data/small.json', 'utf8'));
  const wb = file.workbook;
  wb.discovery.results = { values: wb.discovery.results.values.slice(0, 1) };
  wb.goals = wb.goals.slice(0, 1);
  wb.checkins.checkins = wb.checkins.checkins.slice(0, 1).map((c: any) => ({ ...c, commitments_made: [], reviews: {} }));
  wb.checkins.commitments = [];
  wb.journal.wins = wb.journal.wins.slice(0, 1).map((w: any) => ({ ...w, goal_id: wb.goals[0].id }));
  wb.journal.sessions = [];
  await store(page, JSON.stringify(file));
  await open(page, '/data');
  await expect(page.getByText(/^Right now:/)).toHaveText(/^Right now: 1 exercise result, 1 goal with 3 milestones, 1 check-in, 1 journal entry\.$/);

  await page.evaluate(() => localStorage.clear());
  await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), readFileSync('tests/e2e/data/small.json', 'utf8'));
  await open(page, '/data');
  await expect(page.getByText(/^Right now:/)).toHaveText(/^Right now: \d+ exercise results, 3 goals with 9 milestones, 4 check-ins, 5 journal entries\.$/);
});

test('after an import the storage line shows the real use at once, and its notice stays on the Data page', async ({ page }) => {
  await welcome(page, 'Noor');
  await saved(page);
  await open(page, '/data');
  const line = page.locator('section[aria-labelledby="storage-title"] p').first();
  await page.getByLabel('Backup file').setInputFiles('tests/e2e/data/small.json');
  await page.getByRole('button', { name: 'Merge into my workbook' }).click();
  await expect(page.getByRole('status')).toContainText('You can undo this below');
  await saved(page);
  // The page's top is kept for the next visit a moment after it changes (src/ui/page_tops.rs).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('waymark.shell') || '')).toContain('"path":"/data"');
  // What Waymark's keys and values take now that the merge is stored (as the page
  // counts it), not what they took the moment before.
  const used = await page.evaluate(() => {
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) || '';
      if (key.startsWith('waymark.')) chars += key.length + (localStorage.getItem(key) || '').length;
    }
    return new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 1 }).format(chars / 1024) + ' KB';
  });
  await expect(line).toContainText(`Waymark uses ${used} of`);

  // The notice points at the undo button below it: on another page there is none.
  await page.getByLabel('Backup file').setInputFiles('tests/e2e/data/small.json');
  await page.getByRole('button', { name: 'Replace my workbook' }).click();
  await expect(page.getByRole('status')).toContainText('You can undo this below');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeVisible();
  await expect(page.locator('.notice')).not.toContainText('undo this below');
});

test('a done milestone says when, once; "Added" goes when something else happens', async ({ page }) => {
  await store(page, readFileSync('tests/e2e/data/small.json', 'utf8'));
  await open(page, '/goals/g-s7ea-1');
  const done = page.locator('li.milestone.is-done').first();
  await expect(done.locator('.milestone-meta')).toContainText(/^Done\s*on /);
  await expect(done.locator('.milestone-meta')).not.toContainText(/Done\s*Done/);

  await page.getByLabel('New milestone').fill('Ask Lee for a referral');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const said = page.locator('.goal-milestones [aria-live="polite"]');
  await expect(said).toHaveText('Added “Ask Lee for a referral”.');
  await page.getByRole('checkbox', { name: 'Done: Ask Lee for a referral' }).check();
  await expect(said).toHaveText('');
});

test('a back link is never marked as the current page', async ({ page }) => {
  await welcome(page);
  await open(page, '/discover/wheel');
  const back = page.locator('main .disc-crumb').getByRole('link', { name: /Discover$/ });
  await expect(back).toBeVisible();
  await expect(back).not.toHaveAttribute('aria-current', /.*/);
  await open(page, '/goals/skills');
  const goals = page.locator('main .breadcrumb').getByRole('link', { name: 'Goals' });
  await expect(goals).toBeVisible();
  await expect(goals).not.toHaveAttribute('aria-current', /.*/);
  // A link to the page shown is marked, wherever it is (the footer's, on the data page).
  const backUp = page.locator('.site-footer').getByRole('link', { name: 'Back it up' });
  await expect(backUp).not.toHaveAttribute('aria-current', /.*/);
  await open(page, '/data');
  await expect(backUp).toHaveAttribute('aria-current', 'page');
});

test('keyboard hints show with a mouse and keyboard, not on a touch screen', async ({ page, browser }) => {
  await welcome(page);
  await open(page, '/discover/wheel');
  await expect(page.getByText(/^Keyboard: press/)).toBeVisible();
  // (Chromium can only emulate a touch screen with both no hover and a coarse pointer;
  // the style hides the hints on either.)
  const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const p = await phone.newPage();
  await welcome(p);
  await open(p, '/discover/wheel');
  await expect(p.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(p.getByText(/^Keyboard: press/)).toBeHidden();
  await phone.close();
});
