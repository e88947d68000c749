// Nothing the person saw as saved is lost: with two or three tabs open, after an undo
// or a replace, when storage is full, when the tab is killed straight after a click,
// with damaged stored text, repeated ids, or a device whose clock runs a day fast.
// Each test is named for what the person would notice.
import { Page, BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, open, seed, seedSample, saved, welcome, lastGoodCopy } from './fixtures';

const SMALL = JSON.parse(readFileSync('tests/e2e/data/small.json', 'utf8'));
const [G1, G2] = SMALL.workbook.goals.map((g: { id: string }) => g.id);

/** The workbook as the next visit will see it: what is stored plus every tab's log. */
async function reopened(context: BrowserContext, path: string) {
  const fresh = await context.newPage();
  await open(fresh, path);
  return fresh;
}

async function storedWorkbook(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook') || '{}').workbook);
}

async function tabs(context: BrowserContext, page: Page, path: string, count: number) {
  await seedSample(page);
  await open(page, path);
  const pages = [page];
  for (let i = 1; i < count; i++) pages.push(await reopened(context, path));
  return pages;
}

test('a goal brought back with Undo stays back, in this tab and the other one', async ({ page, context }) => {
  const [a, b] = await tabs(context, page, `/goals/${G1}`, 2);
  await open(b, '/goals');
  await a.getByRole('button', { name: 'Delete goal…' }).click();
  await a.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(b.getByRole('link', { name: SMALL.workbook.goals[0].title })).toHaveCount(0);
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(a.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
  await expect(b.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
  // Both tabs save; the goal is still there afterwards, everywhere.
  await saved(a);
  await saved(b);
  await b.getByRole('link', { name: SMALL.workbook.goals[1].title }).click();
  await b.getByLabel(/^Notes/).fill('An edit in the other tab after the undo');
  await b.getByLabel(/^Notes/).blur();
  await saved(b);
  await expect(a.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
  const later = await reopened(context, '/goals');
  await expect(later.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
  expect((await storedWorkbook(later)).goals.map((g) => g.id)).toContain(G1);
});

test('replacing the workbook with another tab open replaces it everywhere, and Undo brings the old one back everywhere', async ({ page, context }) => {
  const [a, b] = await tabs(context, page, '/data', 2);
  await open(b, '/goals');
  const other = {
    format: 'waymark.workbook', schema_version: 2, app_version: '0.1.0', written_at: '2026-01-01T00:00:00Z',
    workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
      profile: { name: 'Noor', situation: null, welcomed: true },
      goals: [{ id: 'g-noor', title: 'Only goal in the file', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }] },
  };
  await a.getByLabel('Backup file').setInputFiles({ name: 'noor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await a.getByRole('button', { name: 'Replace my workbook' }).click();
  await expect(b.getByText('Your workbook was replaced in another tab')).toBeVisible();
  await expect(b.getByRole('link', { name: 'Only goal in the file' })).toBeVisible();
  await expect(b.getByRole('link', { name: SMALL.workbook.goals[0].title })).toHaveCount(0);
  // The other tab keeps working on the new workbook, and nothing old comes back.
  await b.getByRole('link', { name: 'Only goal in the file' }).click();
  await b.getByLabel(/^Notes/).fill('Written after the replace');
  await b.getByLabel(/^Notes/).blur();
  await saved(b);
  await saved(a);
  const later = await reopened(context, '/goals');
  await expect(later.getByRole('link', { name: 'Only goal in the file' })).toBeVisible();
  await expect(later.getByRole('link', { name: SMALL.workbook.goals[0].title })).toHaveCount(0);
  expect((await storedWorkbook(later)).goals).toHaveLength(1);
  await later.close();

  // Undo, and every tab has the old workbook again.
  await a.getByRole('button', { name: /Undo/ }).click();
  await open(b, '/goals');
  await expect(b.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
  await expect(b.getByRole('link', { name: 'Only goal in the file' })).toHaveCount(0);
  const after = await reopened(context, '/goals');
  await expect(after.getByRole('link', { name: SMALL.workbook.goals[0].title })).toBeVisible();
});

test('two tabs editing different fields of one goal at the same moment keep both edits', async ({ page, context }) => {
  const [a, b] = await tabs(context, page, `/goals/${G1}`, 2);
  await a.getByLabel('Title', { exact: true }).fill('Title from tab one');
  await b.getByLabel(/^Notes/).fill('Notes from tab two');
  // Both leave their field within the same moment, well inside the save delay.
  await Promise.all([a.getByLabel('Title', { exact: true }).blur(), b.getByLabel(/^Notes/).blur()]);
  for (const p of [a, b]) {
    await expect(p.getByLabel('Title', { exact: true })).toHaveValue('Title from tab one');
    await expect(p.getByLabel(/^Notes/)).toHaveValue('Notes from tab two');
  }
  await saved(a);
  await saved(b);
  const later = await reopened(context, `/goals/${G1}`);
  await expect(later.getByLabel('Title', { exact: true })).toHaveValue('Title from tab one');
  await expect(later.getByLabel(/^Notes/)).toHaveValue('Notes from tab two');
});

test('a milestone added in one tab while another tab ticks a different one: both stay', async ({ page, context }) => {
  const [a, b] = await tabs(context, page, `/goals/${G2}`, 2);
  const first = SMALL.workbook.goals[1].milestones.find((m) => m.status !== 'done');
  await a.getByLabel('New milestone').fill('Added in tab one');
  await Promise.all([
    a.getByRole('button', { name: 'Add milestone' }).click(),
    b.getByRole('checkbox', { name: new RegExp(first.title) }).check(),
  ]);
  for (const p of [a, b]) {
    await expect(p.locator('.milestone-title').filter({ hasText: 'Added in tab one' })).toBeVisible();
    await expect(p.getByRole('checkbox', { name: new RegExp(first.title) })).toBeChecked();
  }
  const later = await reopened(context, `/goals/${G2}`);
  await expect(later.locator('.milestone-title').filter({ hasText: 'Added in tab one' })).toBeVisible();
  await expect(later.getByRole('checkbox', { name: new RegExp(first.title) })).toBeChecked();
});

test('three tabs editing three fields of one goal within the same second keep all three', async ({ page, context }) => {
  const [a, b, c] = await tabs(context, page, `/goals/${G1}`, 3);
  await a.getByLabel('Title', { exact: true }).fill('Three-tab title');
  await b.getByLabel(/^Notes/).fill('Three-tab notes');
  await c.getByLabel(/^Outcome|What will be true/).first().fill('Three-tab outcome');
  await Promise.all([
    a.getByLabel('Title', { exact: true }).blur(),
    b.getByLabel(/^Notes/).blur(),
    c.getByLabel(/^Outcome|What will be true/).first().blur(),
  ]);
  for (const p of [a, b, c]) {
    await expect(p.getByLabel('Title', { exact: true })).toHaveValue('Three-tab title');
    await expect(p.getByLabel(/^Notes/)).toHaveValue('Three-tab notes');
    await expect(p.getByLabel(/^Outcome|What will be true/).first()).toHaveValue('Three-tab outcome');
  }
  const later = await reopened(context, `/goals/${G1}`);
  await expect(later.getByLabel(/^Notes/)).toHaveValue('Three-tab notes');
  await expect(later.getByLabel('Title', { exact: true })).toHaveValue('Three-tab title');
});

test('when storage is full, closing the tab asks first, and once there is room the edit is saved', async ({ page, context }) => {
  await welcome(page, 'Ines');
  await open(page, '/journal');
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    (window as any).__full = true;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as any).__full && key.startsWith('waymark.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await page.getByRole('button', { name: 'Log a win' }).click();
  await page.getByLabel('What happened?').fill('Saved while storage was full');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage for this site is full' })).toBeVisible();

  // Closing now: the browser asks first. Stay.
  const asked = new Promise<string>((done) => page.once('dialog', async (d) => { done(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);

  // Space frees up: the retry saves it, and the page says so.
  await page.evaluate(() => { (window as any).__full = false; });
  await expect(page.getByText("There's room again")).toBeVisible({ timeout: 10_000 });
  const later = await reopened(context, '/journal');
  await expect(later.getByText('Saved while storage was full')).toBeVisible();
});

test('a win saved just before the tab is killed is there when Waymark is opened again', async ({ page, context }) => {
  await welcome(page, 'Tomi');
  await open(page, '/journal');
  await page.getByRole('button', { name: 'Log a win' }).click();
  await page.getByLabel('What happened?').fill('Saved a moment before the crash');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Win saved' })).toBeVisible();
  // The system kills the tab's renderer at once: no pagehide, no idle time, no save
  // timer. (DevTools' Page.crash takes this headless Chromium's whole browser down with
  // it, storage included, so the renderer is killed the way a phone's system does.)
  const browser = context.browser()!;
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  for (const p of processInfo.filter((p) => p.type === 'renderer')) process.kill(p.id, 'SIGKILL');
  await expect.poll(() => page.evaluate(() => 1).catch(() => 'gone')).toBe('gone');
  const later = await reopened(context, '/journal');
  await expect(later.getByText('Saved a moment before the crash')).toBeVisible();
});

test('text typed into a goal field that was never left is kept when the tab is closed', async ({ page, context }) => {
  await seedSample(page);
  await open(page, `/goals/${G1}`);
  await page.getByLabel(/^Notes/).fill('Typed, never left the field');
  await page.close({ runBeforeUnload: false });
  const later = await reopened(context, `/goals/${G1}`);
  await expect(later.getByLabel(/^Notes/)).toHaveValue('Typed, never left the field');
});

test('damaged stored text is kept aside once, however often the page is reloaded', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('waymark.workbook', '{"format":"waymark.workbook", damaged'));
  for (let i = 0; i < 3; i++) await open(page, '/');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark.kept.')));
  expect(kept).toHaveLength(1);
});

test('two wins with one id in a file both come in, and the preview says so', async ({ page }) => {
  await welcome(page, 'Sol');
  const win = (text: string) => ({ id: 'w-same', date: '2026-03-01', what_happened: text, created_at: '2026-03-01T10:00:00Z', updated_at: '2026-03-01T10:00:00Z' });
  const file = {
    format: 'waymark.workbook', schema_version: 2, app_version: 'other tool', written_at: '2026-03-02T00:00:00Z',
    workbook: { schema_version: 2, created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z',
      journal: { wins: [win('First of two twins'), win('Second of two twins')] } },
  };
  await open(page, '/data');
  await page.getByLabel('Backup file').setInputFiles({ name: 'twins.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('repaired-ids')).toContainText('One item in this file shared its id');
  await expect(page.getByTestId('merge-preview')).toContainText('add 2 items');
  await page.getByRole('button', { name: 'Merge into my workbook' }).click();
  await open(page, '/journal');
  await expect(page.getByText('First of two twins')).toBeVisible();
  await expect(page.getByText('Second of two twins')).toBeVisible();
});

test('stored records sharing an id are both kept, with a word about it', async ({ page }) => {
  const win = (text: string) => ({ id: 'w-dup', date: '2026-03-01', what_happened: text, created_at: '2026-03-01T10:00:00Z', updated_at: '2026-03-01T10:00:00Z' });
  await seed(page, { journal: { wins: [win('Kept twin one'), win('Kept twin two')] } }, '/journal');
  await expect(page.getByText('Kept twin one')).toBeVisible();
  await expect(page.getByText('Kept twin two')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'given a new one' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('given a new one')).toHaveCount(0);
});

test('the last good copy is kept outside localStorage, the meter counts every key there, and it warns before a save can fail', async ({ page }) => {
  await seedSample(page);
  // A copy an earlier build kept beside the workbook (written once, on the first page).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('older-copy')) return;
    sessionStorage.setItem('older-copy', 'written');
    localStorage.setItem('waymark.workbook.backup', localStorage.getItem('waymark.workbook')!);
  });
  await open(page, '/data');
  // The last good copy is kept in IndexedDB once the page is idle after loading, and the
  // older copy leaves localStorage (where it doubled what every start reads).
  const stored = await page.evaluate(() => localStorage.getItem('waymark.workbook'));
  await expect.poll(() => lastGoodCopy(page), { timeout: 10_000 }).toBe(stored);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('waymark.workbook.backup'))).toBeNull();
  await open(page, '/data');
  const used = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark.') && k !== 'waymark.quota')
    .reduce((n, k) => n + k.length + (localStorage.getItem(k) || '').length, 0));
  const workbookOnly = await page.evaluate(() => (localStorage.getItem('waymark.workbook') || '').length);
  expect(used).toBeGreaterThan(workbookOnly);
  expect(used).toBeLessThan(1.5 * workbookOnly);
  const text = await page.locator('#storage-title').locator('..').innerText();
  const kb = Number(/Waymark uses ([\d.,]+) KB/.exec(text)![1].replace(',', ''));
  expect(Math.abs(kb - used / 1024)).toBeLessThan(2);

  // Fill the site's storage near its limit with another key: the warning comes first.
  await page.evaluate(() => {
    // Measured once the workbook is large; until then the usual limit stands in.
    const quota = Number(localStorage.getItem('waymark.quota')) || 5_000_000;
    const used = Object.keys(localStorage).reduce((n, k) => n + k.length + (localStorage.getItem(k) || '').length, 0);
    localStorage.setItem('other-app', 'x'.repeat(Math.floor(quota * 0.85) - used));
  });
  await open(page, '/data');
  await expect(page.getByText('Storage is nearly full')).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('other-app'));
});

test('a later edit wins over one from a tab whose clock runs a day fast', async ({ page, context }) => {
  await seedSample(page);
  await open(page, `/goals/${G1}`);
  const fast = await context.newPage();
  await fast.addInitScript(() => {
    const real = Date.now;
    Date.now = () => real() + 24 * 3600 * 1000;
  });
  await open(fast, `/goals/${G1}`);
  await fast.getByLabel('Title', { exact: true }).fill('Written by the fast clock');
  await fast.getByLabel('Title', { exact: true }).blur();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Written by the fast clock');
  await page.getByLabel('Title', { exact: true }).fill('Written later, by a right clock');
  await page.getByLabel('Title', { exact: true }).blur();
  await expect(fast.getByLabel('Title', { exact: true })).toHaveValue('Written later, by a right clock');
  await saved(fast);
  await saved(page);
  const later = await reopened(context, `/goals/${G1}`);
  await expect(later.getByLabel('Title', { exact: true })).toHaveValue('Written later, by a right clock');
});
