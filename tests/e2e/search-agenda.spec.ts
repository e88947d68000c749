// The job search where it meets accountability: the home page's week, the check-in's look
// back, the calendar file and the report (names only when the person includes them).
import { readFile } from 'node:fs/promises';
import { test, expect, seed, open, expectAccessible } from './fixtures';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const at = (offset: number) => `${day(offset)}T09:00:00Z`;

function searchWorkbook() {
  return {
    search: {
      applications: [
        {
          id: 'a-north', organisation: 'Northwind Trust', role: 'Service designer', stage: 'interviewing',
          history: [
            { id: 'sc-1', stage: 'applied', on: day(-10), at: at(-10) },
            { id: 'sc-2', stage: 'interviewing', on: day(-3), at: at(-3) },
          ],
          next_action: 'Send a thank-you note', next_action_due: day(0),
          interviews: [{ id: 'iv-1', round: 'First', date: day(0), time: '23:30:00', kind: 'video', with_whom: 'Priya' }],
          created_at: at(-10), updated_at: at(-3),
        },
        {
          id: 'a-copper', organisation: 'Copperleaf', role: 'UX researcher', stage: 'closed', closed_reason: 'no_reply',
          history: [
            { id: 'sc-3', stage: 'applied', on: day(-40), at: at(-40) },
            { id: 'sc-4', stage: 'closed', reason: 'no_reply', on: day(-2), at: at(-2) },
          ],
          created_at: at(-40), updated_at: at(-2),
        },
      ],
      contacts: [
        { id: 'pc-jordan', name: 'Jordan Reyes', organisation: 'Northwind Trust', keep_in_touch: 'monthly', last_talked: day(-45), created_at: at(-90), updated_at: at(-90) },
      ],
      conversations: [
        { id: 'cv-1', date: day(-1), contact_id: 'pc-sam', with_whom: 'Sam Okafor', informational: true, learned: 'Research roles mix interviews and mapping.', created_at: at(-1), updated_at: at(-1) },
      ],
    },
  };
}

test('the week on the home page shows the interview with its time, the next action and who to be in touch with', async ({ page }) => {
  await seed(page, searchWorkbook(), '/');
  const week = page.getByRole('region', { name: 'Your job search this week' });
  await expect(week).toBeVisible();
  const items = week.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Interview: Service designer at Northwind Trust');
  await expect(items.nth(0)).toContainText('Video interview · Round: First');
  await expect(items.nth(0)).toContainText(/at 11:30\s?PM \(today\)/);
  await expect(items.nth(1)).toContainText('Send a thank-you note');
  await expect(items.nth(1)).toContainText('Due today');
  await expect(items.nth(2)).toContainText('Jordan Reyes');
  await expect(items.nth(2)).toContainText('Time to be in touch (you chose every month)');
  await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', '/search/a-north');
  await expectAccessible(page, 'home with the job search week');
});

test('the calendar file holds the interview at its local time and the dated next action', async ({ page }) => {
  await seed(page, searchWorkbook(), '/checkins');
  await expect(page.getByText('2 job-search dates are ready to add to your calendar app. Most calendar apps can open the file.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const compact = day(0).replaceAll('-', '');
  expect(text).toContain(`UID:interview-iv-1@waymark\r\nDTSTAMP:`);
  expect(text).toContain(`DTSTART:${compact}T233000\r\n`);
  expect(text).toContain('SUMMARY:Interview (First): Service designer\\, Northwind Trust\r\n');
  expect(text).toContain(`UID:next-action-a-north@waymark`);
  expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(2);
});

test('a check-in looks back at the search since the last one', async ({ page }) => {
  const wb = {
    ...searchWorkbook(),
    checkins: {
      plan: { cadence: 'weekly', start: day(-21) },
      checkins: [{ id: 'c-1', date: day(-5), did: 'Applied to Northwind', confidence: 6, energy: 6, created_at: at(-5), updated_at: at(-5) }],
    },
  };
  await seed(page, wb, '/checkins?checkin=now');
  const since = page.locator('.search-since');
  await expect(since.getByRole('heading', { name: 'Your job search since last time' })).toBeVisible();
  const items = since.getByRole('listitem');
  await expect(items).toHaveCount(3);
  // The latest move first; the move to "applied" ten days ago was before the last check-in.
  await expect(items.nth(0)).toContainText('UX researcher at Copperleaf');
  await expect(items.nth(0)).toContainText('Closed on');
  await expect(items.nth(1)).toContainText('Service designer at Northwind Trust');
  await expect(items.nth(1)).toContainText(/Interviewing on .* · 1 interview/);
  await expect(items.nth(1)).not.toContainText('Applied on');
  await expect(items.nth(2)).toContainText('Informational interview with Sam Okafor');
});

test('the report shows the search and names people only when asked', async ({ page }) => {
  await seed(page, searchWorkbook(), '/report');
  const sheet = page.getByRole('article', { name: 'Workbook report' });
  const section = sheet.locator('.report-section', { has: page.getByRole('heading', { name: 'Job search' }) });
  await expect(section).toContainText('Interviewing: 1');
  await expect(section).toContainText('Closed: 1');
  await expect(section).toContainText('Informational interview: Research roles mix interviews and mapping.');
  await expect(sheet).not.toContainText('Sam Okafor');
  await page.getByLabel('Include the names of people I talked with').check();
  await expect(section).toContainText('Informational interview with Sam Okafor');
  await open(page, '/report');
  await expect(page.getByLabel('Include the names of people I talked with')).not.toBeChecked();
});
