// The job search: three applications added and moved through stages by keyboard only,
// the history on the application page (going back recorded, closing asks why), the
// list's filters, a goal that counts applications itself, interviews, delete with undo,
// axe on the board, the list and an application page, 320 px, and screenshots.
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, open, welcome, saved, expectAccessible, seed, tabToLabel, isoDaysFromToday } from './fixtures';

test.describe.configure({ timeout: 90_000 });

/** Adds an application by keyboard: the add button, the organisation, Enter to save. */
async function addByKeyboard(page: Page, organisation: string) {
  await page.locator('#add-application').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#app-form-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#app-org')).toBeFocused();
  await page.keyboard.type(organisation);
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-card', { hasText: organisation })).toBeVisible();
}

/** A stored application at `stage`, begun `daysAgo` days ago. */
function application(id: string, organisation: string, role: string, stage: string, extra: Record<string, unknown> = {}) {
  const at = new Date().toISOString();
  const on = isoDaysFromToday(-10);
  const history = [{ id: `${id}-s1`, stage: 'interested', on, at }];
  if (stage !== 'interested') history.push({ id: `${id}-s2`, stage: 'applied', on: isoDaysFromToday(-8), at });
  if (['interviewing', 'offer', 'accepted'].includes(stage)) history.push({ id: `${id}-s3`, stage: 'interviewing', on: isoDaysFromToday(-5), at });
  if (['offer', 'accepted'].includes(stage)) history.push({ id: `${id}-s4`, stage: 'offer', on: isoDaysFromToday(-2), at });
  return { id, organisation, role, stage, history, created_at: at, updated_at: at, ...extra };
}

const SAMPLE = [
  application('a1', 'Northwind Trust', 'Programme manager', 'interested', { next_action: 'Ask Sam for a referral', next_action_due: isoDaysFromToday(3), location: 'Leeds', workplace: 'hybrid', fit: { v1: 5, v2: 4 } }),
  application('a2', 'Acme Learning', 'Learning designer', 'applied', { next_action: 'Follow up by email', next_action_due: isoDaysFromToday(-2), fit: { v1: 2 } }),
  application('a3', 'City Council', 'Service designer', 'interviewing', {
    next_action: 'Prepare a portfolio story',
    next_action_due: isoDaysFromToday(20),
    interviews: [{ id: 'iv1', round: 'First', date: isoDaysFromToday(-3), time: '10:00:00', kind: 'video', with_whom: 'Priya', follow_up_sent: true }],
  }),
  application('a4', 'Blue Fern', 'Product owner', 'offer', { link: 'https://example.org/jobs/123' }),
  application('a5', 'Harbour Co', 'Operations lead', 'closed', { closed_reason: 'no_reply' }),
];

/** Stores a workbook of this build's shape with the sample applications, then opens `path`. */
async function seedSearch(page: Page, path = '/search') {
  await seed(page, { search: { applications: SAMPLE, contacts: [], conversations: [] } }, path, 3);
}

test('three applications added and moved through stages by keyboard; the history keeps every move', async ({ page }) => {
  await welcome(page);
  await open(page, '/search');
  await expect(page.getByRole('heading', { name: 'Keep your whole job search in one place' })).toBeVisible();

  // Validation: nothing named.
  await page.locator('#add-application').focus();
  await page.keyboard.press('Enter');
  // The form's heading takes focus in the next frame: Tab from there.
  await expect(page.locator('#app-form-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#app-problems')).toBeFocused();
  await expect(page.locator('#app-org-error')).toContainText('organisation or the role');
  await page.locator('#app-org').focus();
  await page.keyboard.type('Acme Learning');
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-card', { hasText: 'Acme Learning' })).toBeVisible();
  // Focus is on the new card's "Move to Applied".
  await expect(page.locator(':focus')).toHaveText(/Move to Applied/);

  await addByKeyboard(page, 'Northwind Trust');
  await addByKeyboard(page, 'City Council');
  await expect(page.locator('#column-interested .count')).toHaveText('3');

  // Move "City Council" on twice with Enter; focus follows the card.
  await expect(page.locator(':focus')).toHaveText(/Move to Applied.*City Council/);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(/Move to Interviewing.*City Council/);
  await page.keyboard.press(' ');
  await expect(page.locator(':focus')).toHaveText(/Move to Offer.*City Council/);
  await expect(page.locator('.board-column:has(#column-interviewing) .app-card', { hasText: 'City Council' })).toBeVisible();

  // Go back to Applied through "Move to…" by keyboard.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/Move to….*City Council/);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('id', /move-stage/);
  await page.keyboard.type('Ap'); // applied
  await expect(page.locator(':focus')).toHaveValue('applied');
  await tabToLabel(page, /^Move$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.board-column:has(#column-applied) .app-card', { hasText: 'City Council' })).toBeVisible();

  // Closing asks for a reason: Northwind Trust.
  const northwind = page.locator('.app-card', { hasText: 'Northwind Trust' });
  await northwind.getByRole('button', { name: /Move to…/ }).focus();
  await page.keyboard.press('Enter');
  await expect(northwind.locator('select[id^="move-stage"]')).toBeFocused();
  await page.keyboard.type('C'); // closed
  await expect(northwind.locator('select[id^="move-stage"]')).toHaveValue('closed');
  await tabToLabel(page, /^Move$/);
  await page.keyboard.press('Enter');
  const reason = northwind.locator('select[id^="move-reason"]');
  await expect(reason).toBeFocused();
  await expect(northwind.locator('.field-error')).toContainText('Please choose why it closed.');
  await page.keyboard.type('The r'); // the role was filled
  await expect(reason).toHaveValue('role_filled');
  await tabToLabel(page, /^Move$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.board-column:has(#column-closed) .app-card', { hasText: 'Northwind Trust' })).toContainText('The role was filled');

  // The application page shows every move, the going back too.
  await saved(page);
  await page.locator('.app-card', { hasText: 'City Council' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'City Council' })).toBeVisible();
  const history = page.locator('#stage-history li');
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText('Interested on');
  await expect(history.nth(1)).toContainText('Applied on');
  await expect(history.nth(2)).toContainText('Interviewing on');
  await expect(history.nth(3)).toContainText('Applied on');

  // The stored history matches.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook') || '{}'));
  const wb = stored.workbook ?? stored;
  const council = wb.search.applications.find((a: { organisation: string }) => a.organisation === 'City Council');
  expect(council.history.map((h: { stage: string }) => h.stage)).toEqual(['interested', 'applied', 'interviewing', 'applied']);
  const nw = wb.search.applications.find((a: { organisation: string }) => a.organisation === 'Northwind Trust');
  expect(nw.closed_reason).toBe('role_filled');
});

test('the list filters by stage, next action and fit, sorted by next action; the choice of view is remembered', async ({ page }) => {
  await seedSearch(page);
  await page.getByRole('button', { name: 'List' }).click();
  const titles = page.locator('.app-list .app-title');
  // By next action day: overdue first, none last.
  await expect(titles).toHaveText([
    'Learning designer at Acme Learning',
    'Programme manager at Northwind Trust',
    'Service designer at City Council',
    /Blue Fern|Harbour Co/,
    /Blue Fern|Harbour Co/,
  ]);
  await page.getByLabel('Stage').selectOption('offer');
  await expect(titles).toHaveText(['Product owner at Blue Fern']);
  await page.getByLabel('Stage').selectOption('');
  await page.getByLabel('Next action').selectOption('overdue');
  await expect(titles).toHaveText(['Learning designer at Acme Learning']);
  await page.getByLabel('Next action').selectOption('this_week');
  await expect(titles).toHaveText(['Learning designer at Acme Learning', 'Programme manager at Northwind Trust']);
  await page.getByLabel('Next action').selectOption('any');
  await page.getByLabel('Fit with your values').selectOption('4');
  await expect(titles).toHaveText(['Programme manager at Northwind Trust']);
  await expect(page.locator('#search-results')).toHaveText('1 application');
  // The view is remembered on this device.
  await page.reload();
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.app-list')).toBeVisible();
});

test('an application page: edit, copy-only link, interviews added and removed with undo, delete with undo', async ({ page }) => {
  await seedSearch(page, '/search/a4');
  await expect(page.getByRole('heading', { level: 1, name: 'Product owner at Blue Fern' })).toBeVisible();
  // The link is text, never a live link.
  await expect(page.locator('#app-link-text')).toHaveValue('https://example.org/jobs/123');
  await expect(page.locator('a[href*="example.org"]')).toHaveCount(0);
  // Edit a field.
  await page.getByLabel('Pay').fill('£52k');
  await page.getByLabel('Do it by').fill('2026-02-31');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // An impossible date never reaches the field as typed in a date input, so save works.
  await expect(page.getByText('Saved your changes.')).toBeVisible();
  await page.getByLabel('Role').fill('');
  await page.getByLabel('Organisation').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#app-problems')).toBeFocused();
  await page.getByLabel('Organisation').fill('Blue Fern Ltd');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blue Fern Ltd' })).toBeVisible();

  // Interviews.
  await page.getByRole('button', { name: 'Add an interview' }).click();
  await expect(page.locator('#iv-form-title')).toBeFocused();
  await page.getByLabel('Round').fill('Final');
  await page.getByLabel('Time').fill('25:99');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(page.locator('#iv-time-error')).toContainText('hours and minutes');
  await page.getByLabel('Time').fill('14:30');
  await page.getByLabel('With whom').fill('Jo and Sam');
  await page.getByLabel("I've sent a thank-you or follow-up").check();
  await page.getByRole('button', { name: 'Save interview' }).click();
  const interview = page.locator('.interview', { hasText: 'Round: Final' });
  await expect(interview).toContainText('14:30');
  await expect(interview).toContainText('with Jo and Sam');
  await interview.getByRole('button', { name: /Remove/ }).click();
  await expect(page.locator('#undo-interview')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.interview', { hasText: 'Round: Final' })).toBeVisible();

  // Delete, then undo on the search page.
  await page.getByRole('button', { name: 'Delete application…' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.locator('#undo-delete-application')).toBeFocused();
  await expect(page.locator('.app-card', { hasText: 'Blue Fern Ltd' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-card', { hasText: 'Blue Fern Ltd' })).toBeVisible();
});

test("a goal that counts applications follows the records with no typing", async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/new?template=job_search');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Land my next role' })).toBeVisible();
  const goalUrl = page.url();
  await page.getByLabel('Count it for me from my job search').selectOption('applications_sent');
  await expect(page.locator('#counted-note')).toContainText('0 applications sent since');
  await expect(page.getByRole('button', { name: 'Log value' })).toHaveCount(0);
  await expect(page.locator('.goal-page .progress-label').first()).toContainText('0 of 20');

  // One application sent: the goal moves by itself.
  await open(page, '/search');
  await page.locator('#add-application').click();
  await page.getByLabel('Organisation').fill('Acme Learning');
  await page.getByLabel('Where it stands now').selectOption('applied');
  await page.getByRole('button', { name: 'Save application' }).click();
  await expect(page.locator('.app-card', { hasText: 'Acme Learning' })).toBeVisible();
  await page.goto(goalUrl);
  await expect(page.locator('#counted-note')).toContainText('1 application sent since');
  await expect(page.locator('.goal-page .progress-label').first()).toContainText('1 of 20');
  await mkdir('/work/shots', { recursive: true });
  await page.locator('#counted-note').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/work/shots/search-linked-goal-1280-light.png' });
  // The goals list follows too.
  await open(page, '/goals');
  await expect(page.locator('.goal-card', { hasText: 'Land my next role' })).toContainText('1 of 20');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`search board, list and an application page pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedSearch(page);
    await expectAccessible(page, `/search board (${scheme})`);
    const card = page.locator('.app-card', { hasText: 'Northwind Trust' });
    await card.getByRole('button', { name: /Move to…/ }).click();
    await card.locator('select').first().selectOption('closed');
    await expect(card.getByLabel('Why did it close?')).toBeVisible();
    await expectAccessible(page, `/search moving (${scheme})`);
    await page.getByRole('button', { name: 'List' }).click();
    await expectAccessible(page, `/search list (${scheme})`);
    await page.locator('#add-application').click();
    await expectAccessible(page, `/search add form (${scheme})`);
    await open(page, '/search/a3');
    await page.getByRole('button', { name: 'Add an interview' }).click();
    await expectAccessible(page, `/search/a3 (${scheme})`);
  });
}

test('at 320 px nothing scrolls sideways, and one stage shows at a time', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seedSearch(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The first stage with something in it is shown; the picker shows counts.
  await expect(page.locator('.board-column.is-shown')).toHaveCount(1);
  await page.getByRole('button', { name: /Offer 1/ }).click();
  await expect(page.locator('.board-column.is-shown .app-card')).toContainText('Blue Fern');
  // Moving on follows the card to its new stage.
  await page.locator('.app-card', { hasText: 'Blue Fern' }).getByRole('button', { name: /Move to Accepted/ }).click();
  await expect(page.locator('.board-column.is-shown h2')).toContainText('Accepted');
  await expect(page.locator(':focus')).toHaveText(/Move to…/);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'List' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await open(page, '/search/a3');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.locator('#add-application').count();
});

test('screenshots for review', async ({ page }) => {
  await mkdir('/work/shots', { recursive: true });
  await seedSearch(page);
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/search');
      await page.getByRole('button', { name: 'Board' }).click();
      await page.screenshot({ path: `/work/shots/search-board-${width}-${scheme}.png`, fullPage: true });
      await page.getByRole('button', { name: 'List' }).click();
      await page.screenshot({ path: `/work/shots/search-list-${width}-${scheme}.png`, fullPage: true });
      await open(page, '/search/a3');
      await page.screenshot({ path: `/work/shots/search-application-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('waymark.workbook') || '{}');
    (raw.workbook ?? raw).search.applications = [];
    localStorage.setItem('waymark.workbook', JSON.stringify(raw));
  });
  await open(page, '/search');
  await page.screenshot({ path: '/work/shots/search-empty-1280-light.png', fullPage: true });
});
