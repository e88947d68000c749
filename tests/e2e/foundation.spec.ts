// The foundation journeys: first run, data surviving a reload, backup export and import,
// a broken import changing nothing, and every route free of axe-core violations.
import { readFile, mkdir } from 'node:fs/promises';
import { test, expect, open, welcome, saved, expectAccessible, expectValidExport, matchesSchema, seedSample, lastGoodCopy } from './fixtures';

const ROUTES = ['/', '/discover', '/profile', '/goals', '/checkins', '/journal', '/report', '/data', '/coach', '/no-such-page'];

test('first visit shows the welcome, and home greets by name afterwards', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Welcome to Waymark' })).toBeVisible();
  await expect(page.getByText('stays in this browser, on this device')).toBeVisible();
  await welcome(page, 'Ada', "I'm returning to work after a break");
  await expect(page.getByText('Start with motivated skills')).toBeVisible();
});

test('skipping the welcome still leads to the home page', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello again' })).toBeVisible();
});

test('the workbook survives a reload', async ({ page }) => {
  await welcome(page, 'Bea');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Bea' })).toBeVisible();
});

test('a backup exported here imports into a fresh browser with the same data', async ({ page, browser }) => {
  await welcome(page, 'Chidi');
  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^waymark-workbook-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const exported = JSON.parse(text);
  expect(exported.format).toBe('waymark.workbook');
  expect(exported.schema_version).toBeGreaterThan(0);
  expect(exported.app_version).toBeTruthy();
  expect(exported.written_at).toBeTruthy();
  expect(exported.workbook.profile.name).toBe('Chidi');
  expectValidExport(exported);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/data');
  await other.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = other.getByRole('region', { name: 'What the file contains' });
  await expect(preview).toContainText('Chidi');
  await other.getByRole('button', { name: 'Replace my workbook' }).click();
  await expect(other.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await saved(other);
  await other.reload();
  await open(other, '/');
  await expect(other.getByRole('heading', { level: 1, name: 'Hello, Chidi' })).toBeVisible();
  const stored = await other.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook') || '{}'));
  expect(stored.workbook).toEqual(exported.workbook);
  await fresh.close();
});

test('undo import puts the previous workbook back', async ({ page }) => {
  await welcome(page, 'Dana');
  await open(page, '/data');
  const other = { format: 'waymark.workbook', schema_version: 2, app_version: '0.1.0', written_at: '2026-01-01T00:00:00Z',
    workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Eli', situation: null, welcomed: true } } };
  await page.getByLabel('Backup file').setInputFiles({ name: 'eli.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.getByRole('button', { name: 'Replace my workbook' }).click();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status')).toContainText('Import undone');
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Dana' })).toBeVisible();
});

for (const [label, content, expected] of [
  ['not JSON', '{"format": "waymark.workbook",\n  oops', /line 2, column 3/],
  ['another kind of JSON', '{"shopping": ["milk"]}', /not a Waymark workbook/],
  ['a newer format', JSON.stringify({ format: 'waymark.workbook', schema_version: 99, app_version: '9', written_at: '2030-01-01T00:00:00Z', workbook: { schema_version: 99, created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' } }), /newer version of Waymark/],
  ['the wrong shape', JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: '0', written_at: '2026-01-01T00:00:00Z', workbook: { schema_version: 2, created_at: 'yesterday', updated_at: '2026-01-01T00:00:00Z' } }), /created_at/],
] as const) {
  test(`importing ${label} shows a clear message and changes nothing`, async ({ page }) => {
    await welcome(page, 'Femi');
    await saved(page);
    const before = await page.evaluate(() => localStorage.getItem('waymark.workbook'));
    await open(page, '/data');
    await page.getByLabel('Backup file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("bad.json wasn't imported");
    await expect(alert).toContainText(expected);
    await expect(alert).toContainText("Your workbook hasn't changed");
    await saved(page);
    expect(await page.evaluate(() => localStorage.getItem('waymark.workbook'))).toBe(before);
  });
}

test('a file over 10 MB is refused before reading', async ({ page }) => {
  await welcome(page, 'Gus');
  await open(page, '/data');
  await page.getByLabel('Backup file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(10 * 1024 * 1024 + 10, 32) });
  await expect(page.getByRole('alert')).toContainText('larger than the 10 MB');
});

test('unreadable stored data is kept aside, explained and offered as a download', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('waymark.workbook', '{"format":"waymark.workbook", broken'));
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: "couldn't read the workbook" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('kept aside untouched');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the saved text' }).click(),
  ]);
  expect(await readFile(await download.path(), 'utf8')).toBe('{"format":"waymark.workbook", broken');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark.kept.')));
  expect(kept).toHaveLength(1);
});

test('damaged stored text is replaced by the last good copy, kept in IndexedDB', async ({ page }) => {
  await welcome(page, 'Noor');
  await open(page, '/');
  // Kept once the page has settled after loading.
  await expect.poll(() => lastGoodCopy(page), { timeout: 10_000 }).toContain('Noor');
  expect(await page.evaluate(() => localStorage.getItem('waymark.workbook.backup'))).toBeNull();
  await page.evaluate(() => localStorage.setItem('waymark.workbook', '{"format":"waymark.workbook", broken'));
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: "couldn't read the workbook" });
  await expect(banner).toContainText("You're now looking at your last good copy.");
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Noor');
});

test('every route has a heading and no axe-core violations, in light and dark', async ({ page }) => {
  // Twenty axe runs: give them room on a busy machine.
  test.setTimeout(120_000);
  await welcome(page, 'Hana');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await open(page, route);
      await expectAccessible(page, `${route} (${scheme})`);
    }
  }
  await open(page, '/no-such-page');
  await expect(page.getByRole('heading', { name: "This page isn't here" })).toBeVisible();
});

test('the welcome itself is accessible', async ({ page }) => {
  await open(page, '/');
  await expectAccessible(page, 'welcome');
});

test('navigation works on a 320 px phone through the menu button', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await welcome(page, 'Ivo');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('screenshots for the README and review', async ({ page, browser }) => {
  await mkdir('docs/screenshots', { recursive: true });
  await welcome(page, 'Ada');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of ['/', '/discover', '/goals', '/data']) {
        await open(page, route);
        const name = route === '/' ? 'home' : route.slice(1);
        await page.screenshot({ path: `test-results/shots/${name}-${width}-${scheme}.png`, fullPage: true });
      }
    }
  }
  // The README shows a workbook in use: the small sample's dashboard.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const filled = await context.newPage();
  await seedSample(filled);
  await open(filled, '/');
  await filled.screenshot({ path: 'docs/screenshot.png' });
  await context.close();
});

test('when storage is full, a warning explains, work stays in the tab, and a backup is offered', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'waymark.workbook') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await page.getByLabel(/What should we call you/).fill('Jun');
  await page.getByRole('button', { name: 'Start my workbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Jun' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved on this device' });
  await expect(banner).toContainText('storage for this site is full');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.workbook.profile.name).toBe('Jun');
});

test('the data page nudges for a first backup and stops once one is downloaded', async ({ page }) => {
  await welcome(page, 'Kai');
  await open(page, '/data');
  await expect(page.getByTestId('backup-status')).toContainText("Once you've written something");
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  await expect(page.getByTestId('backup-status')).toHaveText('Your last backup was today.');
  await page.reload();
  await expect(page.getByTestId('backup-status')).toHaveText('Your last backup was today.');
  await expect(page.getByTestId('persist-status')).toBeVisible();
});

test('merging a backup of the same workbook says it would change nothing', async ({ page }) => {
  await welcome(page, 'Lee');
  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  await page.getByLabel('Backup file').setInputFiles(await download.path());
  await expect(page.getByTestId('merge-preview')).toHaveText('Merging would change nothing: you already have all of it.');
  await page.getByRole('button', { name: 'Merge into my workbook' }).click();
  await expect(page.getByRole('status')).toContainText('Merged');
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Lee' })).toBeVisible();
});

test('the published schema rejects files of the wrong shape', async () => {
  expect(matchesSchema({ format: 'waymark.workbook' })).toBe(false);
  expect(matchesSchema({ format: 'waymark.workbook', schema_version: 2, app_version: '1', written_at: '2026-01-01T00:00:00Z',
    workbook: { schema_version: 2, created_at: 'not a date', updated_at: '2026-01-01T00:00:00Z' } })).toBe(false);
  expect(matchesSchema({ format: 'waymark.workbook', schema_version: 2, app_version: '1', written_at: '2026-01-01T00:00:00Z',
    workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' } })).toBe(true);
});

test('a workbook from a newer version is never saved over by this one', async ({ page }) => {
  await open(page, '/');
  const newer = JSON.stringify({ format: 'waymark.workbook', schema_version: 99, app_version: '9.0.0', written_at: '2030-01-01T00:00:00Z',
    workbook: { schema_version: 99, created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z', profile: { name: 'Future' } } });
  await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), newer);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: "couldn't read the workbook" })).toContainText('newer version');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved on this device' })).toContainText("won't save over it");
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await saved(page);
  expect(await page.evaluate(() => localStorage.getItem('waymark.workbook'))).toBe(newer);
});

test('a newer version writing from another tab makes this tab stop saving', async ({ page, context }) => {
  await welcome(page, 'Mo');
  const other = await context.newPage();
  await open(other, '/');
  const newer = JSON.stringify({ format: 'waymark.workbook', schema_version: 99, app_version: '9.0.0', written_at: '2030-01-01T00:00:00Z',
    workbook: { schema_version: 99, created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' } });
  await other.evaluate((t) => localStorage.setItem('waymark.workbook', t), newer);
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved on this device' })).toContainText('newer version');
  await other.close();
  expect(await page.evaluate(() => localStorage.getItem('waymark.workbook'))).toBe(newer);
});

test('everything can be removed from this browser, after a last chance to download', async ({ page }) => {
  await welcome(page, 'Kai');
  await open(page, '/journal');
  await page.getByRole('button', { name: 'Log a win' }).click();
  await page.getByLabel('What happened?').fill('Half-written');
  await saved(page);
  await open(page, '/data');
  // The last good copy is kept once the page is idle after loading.
  await expect.poll(() => lastGoodCopy(page), { timeout: 10_000 }).toContain('Kai');
  await page.getByRole('button', { name: 'Remove from this browser…' }).click();
  await expect(page.getByRole('button', { name: 'Yes, remove everything' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove from this browser…' })).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('waymark.workbook'))).toContain('Kai');

  await page.getByRole('button', { name: 'Remove from this browser…' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup first' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await page.getByRole('button', { name: 'Yes, remove everything' }).click();
  await expect(page.getByLabel(/What should we call you/)).toBeVisible();
  await page.waitForTimeout(500);
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark.')));
  expect(left).toEqual([]);
  // The last good copy (kept in IndexedDB) is gone too.
  expect(await lastGoodCopy(page)).toBeNull();
});

test('dashes, curly quotes and emoji are kept one byte per character, and read back as typed', async ({ page }) => {
  await welcome(page, 'Zoë');
  await open(page, '/journal');
  await page.getByRole('button', { name: 'Log a win' }).click();
  const typed = 'Got the ‘yes’ – finally, after six weeks 🎉';
  await page.getByLabel('What happened?').fill(typed);
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByText(typed)).toBeVisible();
  // Stored: every wide character as a JSON escape, so Chromium keeps the text in one
  // byte per character (half the bytes to load on each visit); the same JSON.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('waymark.workbook') || '')).toContain('\\u2013 finally');
  const stored = await page.evaluate(() => localStorage.getItem('waymark.workbook') || '');
  expect([...stored].filter((c) => c.codePointAt(0)! > 0xff)).toEqual([]);
  expect(JSON.stringify(JSON.parse(stored).workbook)).toContain(typed);
  await page.reload();
  await expect(page.getByText(typed)).toBeVisible();
  // A file for people keeps the characters as they are.
  await open(page, '/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  const file = await readFile((await download.path())!, 'utf8');
  expect(file).toContain(typed);
  expect(file).toContain('Zoë');
});
