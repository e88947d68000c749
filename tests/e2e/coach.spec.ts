// Coach programs by link (build, copy, preview, accept, dashboard guidance, bad links)
// and review mode (a client's file read-only, never stored).
import { readFileSync } from 'node:fs';
import { test, expect, open, welcome, saved, expectAccessible, seedSample } from './fixtures';
import { subpathURL } from '../../playwright.config';

const KEY = 'waymark.workbook';

/** Fills the program builder with a typical program and returns the link from the field. */
async function buildProgram(page, path = '/coach') {
  await open(page, path);
  await page.getByLabel('Your name').fill('Ama Mensah');
  await page.getByLabel(/How clients can reach you/).fill('ama@example.org');
  await page.getByLabel('Welcome message').fill(
    "Welcome! Over the next six weeks we'll look at what matters to you at work and where you'd like to be in a year. Take each exercise when you have a quiet half hour.",
  );
  await page.getByRole('checkbox', { name: /Work values/ }).check();
  await page.getByRole('checkbox', { name: /Interests/ }).check();
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question 1', { exact: true }).fill('When did work last feel really good?');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question 2', { exact: true }).fill('Who could help you?');
  await page.getByRole('checkbox', { name: 'Find a new job' }).check();
  await page.getByRole('radio', { name: 'Every two weeks' }).check();
  const field = page.getByLabel('Program link');
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toContain('#program=1.');
  await expect(page.getByText(`${link.length} characters`)).toBeVisible();
  return link;
}

/** The stored workbook without the parts an accepted program may change. */
async function storedExceptPrograms(page) {
  const text = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const env = JSON.parse(text || '{}');
  delete env.written_at;
  // The stored copy's record of recent changes (it names the program's): bookkeeping.
  delete env.sync;
  if (env.workbook) {
    delete env.workbook.programs;
    delete env.workbook.updated_at;
  }
  return env;
}

test('a coach builds a program and copies its link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await buildProgram(page);
  expect(link.startsWith('http://127.0.0.1:')).toBeTruthy();
  // The preview shows what the client will see.
  const preview = page.getByRole('region', { name: 'What your client will see' });
  await expect(preview.getByText('From Ama Mensah')).toBeVisible();
  await expect(preview.getByText('Who could help you?')).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied|selected/ })).toBeVisible();
  // An emptied program has no link and says why.
  for (const name of [/Work values/, /Interests/, 'Find a new job']) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: 'Remove question 2' }).click();
  await page.getByRole('button', { name: 'Remove question 1' }).click();
  await page.getByRole('radio', { name: 'No suggestion' }).check();
  await expect(page.getByLabel('Program link')).toHaveCount(0);
  await expect(page.getByText(/The program is empty/)).toBeVisible();
});

test('a client opens the link, adds the program, and the dashboard guides them to the first exercise', async ({ page, browser }) => {
  const link = await buildProgram(page);
  const client = await browser.newContext({ baseURL: new URL(link).origin });
  const p = await client.newPage();
  await welcome(p, 'Kofi');
  await saved(p);
  const before = await storedExceptPrograms(p);
  await p.goto(link);
  const dialog = p.getByRole('dialog', { name: 'A program from your coach' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('From Ama Mensah')).toBeVisible();
  await expect(dialog.getByText('When did work last feel really good?')).toBeVisible();
  await expect(dialog.getByText('Find a new job')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my workbook' }).click();
  await expect(dialog).toBeHidden();
  expect(new URL(p.url()).hash).toBe('');
  const card = p.getByRole('region', { name: /Your program from Ama Mensah/ });
  await expect(card).toBeVisible();
  await expect(card.getByText('0 of 6 steps under way')).toBeVisible();
  await saved(p);
  expect(await storedExceptPrograms(p)).toEqual(before);
  // Opening the same link again doesn't add it twice.
  await p.goto(link);
  await p.getByRole('dialog').getByRole('button', { name: 'Add to my workbook' }).click();
  await expect(p.getByText('already in your workbook')).toBeVisible();
  await expect(p.getByRole('region', { name: /Your program from/ })).toHaveCount(1);
  // The next step is the first exercise in the coach's order.
  await card.getByRole('link', { name: /^Start Work values/ }).click();
  await expect(p).toHaveURL(/\/discover\/values/);
  await client.close();
});

test('every part of a program reaches the client; own goals start the wizard and the rhythm comes pre-chosen', async ({ page, browser }) => {
  await open(page, '/coach');
  await page.getByLabel('Your name').fill('Ama Mensah');
  await page.getByLabel(/How clients can reach you/).fill('ama@example.org');
  await page.getByLabel('Welcome message').fill('Welcome! Take each step when you have a quiet half hour.');
  await page.getByRole('checkbox', { name: /Work values/ }).check();
  await page.getByRole('checkbox', { name: /Interests/ }).check();
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question 1', { exact: true }).fill('When did work last feel really good?');
  await page.getByRole('checkbox', { name: 'Find a new job' }).check();
  await page.getByRole('button', { name: 'Add a goal idea' }).click();
  await page.getByLabel('Goal idea 1', { exact: true }).fill('Talk to three people who work in UX research');
  await page.getByLabel('Why goal idea 1 could matter (optional)').fill('You learn best from people doing the work.');
  await page.getByRole('button', { name: 'Add a goal idea' }).click();
  await page.getByLabel('Goal idea 2', { exact: true }).fill('Finish the data course by March');
  await page.getByRole('radio', { name: 'Every month' }).check();
  await page.getByRole('checkbox', { name: 'Plan a series of sessions' }).check();
  await page.getByLabel('First session').fill('2030-01-07');
  await page.getByLabel('Number of sessions').selectOption('6');
  await page.getByLabel('How often').selectOption('2');
  // A why too long is refused beside its field, and the link waits for it.
  await page.getByLabel('Why goal idea 1 could matter (optional)').fill('x'.repeat(241));
  await expect(page.getByText('The why of goal idea 1 is 241 characters; please keep it to 240.').first()).toBeVisible();
  await expect(page.getByLabel('Program link')).toHaveCount(0);
  await page.getByLabel('Why goal idea 1 could matter (optional)').fill('You learn best from people doing the work.');
  const link = await page.getByLabel('Program link').inputValue();
  // Whys and sessions need version 2 of the link: a build from before them refuses it by
  // name rather than dropping them.
  expect(link).toContain('#program=2.');

  const client = await browser.newContext({ baseURL: new URL(link).origin });
  const p = await client.newPage();
  await welcome(p, 'Kofi');
  await p.goto(link);
  const dialog = p.getByRole('dialog', { name: 'A program from your coach' });
  for (const text of [
    'From Ama Mensah', 'ama@example.org', 'Welcome! Take each step when you have a quiet half hour.',
    'Work values', 'Interests', 'When did work last feel really good?', 'Find a new job',
    'Talk to three people who work in UX research', 'You learn best from people doing the work.',
    'Finish the data course by March', 'Suggested rhythm: every month', '6 sessions, every two weeks, from',
  ]) await expect(dialog.getByText(text, { exact: false }).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my workbook' }).click();
  const card = p.getByRole('region', { name: /Your program from Ama Mensah/ });
  await expect(card.getByText('ama@example.org')).toBeVisible();
  await expect(card.getByText('When did work last feel really good?')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Find a new job' })).toBeVisible();
  await expect(card.getByText(/Suggested check-ins: every month/)).toBeVisible();
  await expect(card.getByText('You learn best from people doing the work.')).toBeVisible();
  // A goal in the coach's own words starts the wizard with its title in one step.
  await card.getByRole('link', { name: 'Talk to three people who work in UX research' }).click();
  await expect(p).toHaveURL(/\/goals\/new/);
  await expect(p.getByLabel('Goal title')).toHaveValue('Talk to three people who work in UX research');
  // The coach's why comes along, ticked, in the step that asks why the goal matters.
  await p.getByRole('navigation', { name: 'Goal steps' }).getByRole('button', { name: /Relevant/ }).click();
  await expect(p.getByRole('checkbox', { name: 'You learn best from people doing the work.' })).toBeChecked();
  // The coach's rhythm is the one already chosen, and the page says whose suggestion it is.
  await open(p, '/checkins');
  await expect(p.getByText('Ama Mensah suggests checking in every month.')).toBeVisible();
  await expect(p.getByRole('radio', { name: 'Every month' })).toBeChecked();
  await client.close();
});

test("accepting into a full workbook leaves every existing thing as it was, and answers are kept", async ({ page, browser }) => {
  const link = await buildProgram(page);
  const client = await browser.newContext({ baseURL: new URL(link).origin });
  const p = await client.newPage();
  await seedSample(p);
  await open(p, '/');
  await saved(p);
  const before = await storedExceptPrograms(p);
  await p.goto(link);
  await p.getByRole('dialog').getByRole('button', { name: 'Add to my workbook' }).click();
  const card = p.getByRole('region', { name: /Your program from Ama Mensah/ });
  await expect(card.getByText(/answer your coach's questions/)).toBeVisible();
  await saved(p);
  expect(await storedExceptPrograms(p)).toEqual(before);
  await card.getByLabel('Who could help you?').fill('My old manager, Priya.');
  await card.getByRole('button', { name: 'Save my answers' }).click();
  await expect(card.getByText('Your answers are saved')).toBeVisible();
  await saved(p);
  await p.reload();
  await expect(p.getByRole('region', { name: /Your program from/ }).getByLabel('Who could help you?')).toHaveValue('My old manager, Priya.');
  await expect(p.getByRole('region', { name: /Your program from/ }).getByRole('link', { name: 'Find a new job' })).toHaveAttribute('href', '/goals/new?template=job_search');
  await client.close();
});

test('corrupted, truncated and future-version links say so and change nothing', async ({ page, browser }) => {
  const link = await buildProgram(page);
  const [base, payload] = link.split('#program=');
  const chars = payload.split('');
  const mid = Math.floor(chars.length / 2);
  chars[mid] = chars[mid] === 'A' ? 'B' : 'A';
  const cases: [string, RegExp][] = [
    [`${base}#program=${chars.join('')}`, /changed or damaged/],
    [`${base}#program=${payload.slice(0, Math.floor(payload.length / 2))}`, /cut short/],
    [`${base}#program=${payload.replace(/^1\./, '7.')}`, /newer version of Waymark/],
  ];
  const client = await browser.newContext({ baseURL: new URL(link).origin });
  const p = await client.newPage();
  await seedSample(p);
  await open(p, '/');
  await saved(p);
  const before = await p.evaluate((k) => localStorage.getItem(k), KEY);
  for (const [bad, message] of cases) {
    await p.goto(bad);
    const dialog = p.getByRole('dialog', { name: "This program link can't be opened" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByText('Nothing in your workbook has changed.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await saved(p);
    expect(await p.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    await expect(p.getByRole('region', { name: /Your program from/ })).toHaveCount(0);
  }
  // "Not now" on a good link changes nothing either.
  await p.goto(link);
  await p.getByRole('dialog').getByRole('button', { name: 'Not now' }).click();
  await saved(p);
  expect(await p.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await client.close();
});

test("review mode shows a client's file read-only and keeps nothing of it", async ({ page }) => {
  await welcome(page, 'Coach Cleo');
  await saved(page);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await open(page, '/coach');
  await page.getByLabel("Client's backup file").setInputFiles('tests/e2e/data/small.json');
  await expect(page).toHaveURL(/\/coach\/review$/);
  const banner = page.getByRole('region', { name: 'Review mode' });
  await expect(banner).toContainText("Reviewing Sam's workbook");
  await expect(banner).toContainText('Read-only — not saved to your workbook');
  await expect(page.getByRole('heading', { level: 1, name: "Sam's workbook" })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeVisible();
  // A coach reads the whole history, not the printed summary's latest few.
  await expect(page.getByRole('heading', { name: 'All check-ins' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'All wins' })).toBeVisible();
  // Nothing of the client's to edit here (only the coach's own feedback form).
  await expect(page.locator('.report-sheet input, .report-sheet textarea, .report-sheet select')).toHaveCount(0);
  await saved(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await banner.getByRole('button', { name: 'Close review' }).click();
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByText("Sam's workbook")).toHaveCount(0);
  await open(page, '/coach/review');
  await expect(page.getByText('No file is open')).toBeVisible();
  // Navigating away also ends review mode.
  await open(page, '/coach');
  await page.getByLabel("Client's backup file").setInputFiles('tests/e2e/data/small.json');
  await expect(page.getByRole('region', { name: 'Review mode' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Coach Cleo' })).toBeVisible();
  await open(page, '/coach/review');
  await expect(page.getByText('No file is open')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  const stored = JSON.parse(before || '{}');
  expect(stored.workbook.profile.name).toBe('Coach Cleo');
});

test('review mode lists every check-in, beyond the report\'s latest five', async ({ page }) => {
  // The small sample with eight more check-ins, a week apart.
  const file = JSON.parse(readFileSync('tests/e2e/data/small.json', 'utf8'));
  const list = file.workbook.checkins.checkins;
  const first = list[0];
  for (let i = 1; i <= 8; i++) {
    const date = new Date(Date.UTC(2022, 0, 7 * i)).toISOString().slice(0, 10);
    list.push({ ...first, id: `ci-extra-${i}`, date, did: `Extra check-in ${i}`, commitments_made: [], reviews: {} });
  }
  await open(page, '/coach');
  await page.getByLabel("Client's backup file").setInputFiles({ name: 'client.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const all = page.locator('main section', { has: page.getByRole('heading', { name: 'All check-ins' }) });
  await expect(all.locator('.report-entry')).toHaveCount(list.length);
  for (let i = 1; i <= 8; i++) await expect(all).toContainText(`Extra check-in ${i}`);
});

test('a file that is not a workbook gets a clear message in review mode', async ({ page }) => {
  await open(page, '/coach');
  await page.getByLabel("Client's backup file").setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toContainText('not a Waymark workbook');
  await expect(page).toHaveURL(/\/coach$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`coach page, program preview and review mode pass axe (${scheme})`, async ({ page, browser }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const link = await buildProgram(page);
    await expectAccessible(page, `/coach (${scheme})`);
    await page.getByLabel("Client's backup file").setInputFiles('tests/e2e/data/small.json');
    await expect(page.getByRole('region', { name: 'Review mode' })).toBeVisible();
    await expectAccessible(page, `review mode (${scheme})`);
    const client = await browser.newContext({ baseURL: new URL(link).origin, colorScheme: scheme });
    const p = await client.newPage();
    await welcome(p, 'Kofi');
    await p.goto(link);
    await expect(p.getByRole('dialog')).toBeVisible();
    await expectAccessible(p, `program preview (${scheme})`);
    await p.getByRole('dialog').getByRole('button', { name: 'Add to my workbook' }).click();
    await expect(p.getByRole('region', { name: /Your program from/ })).toBeVisible();
    await expectAccessible(p, `home with a program (${scheme})`);
    await client.close();
  });
}

test('a program link made on a sub-path build opens there', async ({ page }) => {
  const link = await buildProgram(page, subpathURL + 'coach');
  expect(link.startsWith(subpathURL + '#program=1.')).toBeTruthy();
  await page.goto(subpathURL);
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'A program from your coach' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my workbook' }).click();
  await expect(page).toHaveURL(new RegExp('^' + subpathURL.replace(/\/$/, '') + '/?$'));
});

test('screenshots of the coach pages', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const link = await buildProgram(page);
      await page.screenshot({ path: `test-results/shots/coach-${width}-${scheme}.png`, fullPage: true });
      await page.goto(link);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `test-results/shots/coach-preview-${width}-${scheme}.png` });
      await page.getByRole('dialog').getByRole('button', { name: 'Add to my workbook' }).click();
      await expect(page.locator('main h1').first()).toBeVisible();
      await page.screenshot({ path: `test-results/shots/coach-home-${width}-${scheme}.png`, fullPage: true });
      await open(page, '/coach');
      await page.getByLabel("Client's backup file").setInputFiles('tests/e2e/data/small.json');
      await expect(page.getByRole('region', { name: 'Review mode' })).toBeVisible();
      await page.screenshot({ path: `test-results/shots/coach-review-${width}-${scheme}.png` });
    }
  }
});

test('the program being built is kept after a reload, and can be cleared with undo', async ({ page }) => {
  const link = await buildProgram(page);
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Ama Mensah');
  await expect(page.getByLabel('Question 2', { exact: true })).toHaveValue('Who could help you?');
  await expect(page.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();
  // Same program, same link contents (apart from when it was made).
  const again = await page.getByLabel('Program link').inputValue();
  expect(again.length).toBeGreaterThan(link.length - 10);

  await page.getByRole('button', { name: 'Start a new program…' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Ama Mensah');
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue('When did work last feel really good?');

  await page.getByRole('button', { name: 'Start a new program…' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('waymark.draft.program'))).toBeNull();
});
