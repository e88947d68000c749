// Locale: dates, months, weekdays and numbers follow the browser's language, while the
// stored workbook stays ISO. The same sample workbook, read in German and in US English.
import { test, expect, open, welcome, seedSample, expectAccessible } from './fixtures';

test.describe('in German (de-DE)', () => {
  test.use({ locale: 'de-DE' });

  test('journal dates, the timeline month and its weeks read the German way', async ({ page }) => {
    await seedSample(page);
    await open(page, '/journal');
    // The win of 2026-09-23 (a Wednesday): "Mi., 23. Sept. 2026".
    const win = page.locator('time[datetime="2026-09-23"]').first();
    await expect(win).toHaveText(/^Mi\., 23\. Sept?\. 2026$/);

    await open(page, '/timeline?month=2026-03');
    await expect(page.locator('#month-title')).toHaveText('März 2026');
    // Weeks start on Monday in Germany: 2 March 2026 is the first week start.
    const weekdays = page.locator('.timeline-chart .weekday');
    await expect(weekdays).toHaveCount(5);
    await expect(weekdays.first()).toHaveText(/^Mo\.?$/);
    await expectAccessible(page, 'timeline in German');

    // The chart's text alternative names the month the German way.
    await expect(page.locator('svg.timeline-chart')).toHaveAttribute('aria-label', /^März 2026: /);

    // What is stored stays ISO.
    const stored = await page.evaluate(() => localStorage.getItem('waymark.workbook') || '');
    expect(stored).toMatch(/"date":\s*"2026-09-23"/);
  });

  test("a goal's progress, pace, chart and SMART deadline use German numbers and dates", async ({ page }) => {
    await seedSample(page);
    // 0 → 12 chats by 15 June 2027; 1.6 logged on 28 July 2026.
    await open(page, '/goals/g-s7ea-11');
    await expect(page.locator('.goal-header')).toContainText(/13\s%\s·\s1,6 of 12 chats/);
    await expect(page.locator('.pace-line')).toContainText("you're at 1,6 chats");
    const chart = page.getByRole('img', { name: /^Chart of Conversations in chats: 3 logged values, the latest 1,6 on 28\.07\.2026\. Target 12 by 15\.06\.2027\./ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('text', { hasText: /^14\. Juli$/ })).toHaveCount(1);
    await expect(page.locator('.smart-checks')).toContainText('Time-bound: due 15. Juni 2027');
  });
});

test.describe('in US English (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('the same dates read the American way and weeks start on Sunday', async ({ page }) => {
    await seedSample(page);
    await open(page, '/journal');
    await expect(page.locator('time[datetime="2026-09-23"]').first()).toHaveText('Wed, Sep 23, 2026');

    await open(page, '/timeline?month=2026-03');
    await expect(page.locator('#month-title')).toHaveText('March 2026');
    // 1 March 2026 is a Sunday: five Sundays that month.
    const weekdays = page.locator('.timeline-chart .weekday');
    await expect(weekdays).toHaveCount(5);
    await expect(weekdays.first()).toHaveText('Sun');
  });
});

test.describe('in Arabic (ar)', () => {
  test.use({ locale: 'ar' });

  test('dates read in Arabic, and a name typed in Arabic keeps its own direction', async ({ page }) => {
    await welcome(page, 'زينب');
    const name = page.getByRole('heading', { level: 1 }).locator('bdi');
    await expect(name).toHaveText('زينب');
    await expect(name).toHaveAttribute('dir', 'auto');
    // The browser lays the name out right to left, from its first strong letter.
    expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  test('dates read in Arabic', async ({ page }) => {
    await seedSample(page);
    await open(page, '/journal');
    // Dates are written in Arabic, not English.
    await expect(page.locator('time[datetime="2026-09-23"]').first()).not.toHaveText(/Sep/);
    await expect(page.locator('time[datetime="2026-09-23"]').first()).toHaveText(/سبتمبر|٢٠٢٦/);
  });
});
