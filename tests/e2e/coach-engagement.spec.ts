// Coaching sessions: a coach plans a series in the builder, the client sees "session N
// of M" on the program card and the next session on the dashboard, the calendar file
// holds the sessions, the closing review compares the start with now, and a coach's
// group view reads several clients' files at once (one of them broken).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { test, expect, open, welcome, saved, seed, expectAccessible } from './fixtures';

const KEY = 'waymark.workbook';

/** The day `offset` days from today, as `YYYY-MM-DD` (the browser runs in UTC here too). */
function day(offset: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const at = (date: string) => `${date}T10:00:00Z`;

const AREAS = ['role', 'pay', 'growth', 'relationships', 'balance', 'purpose', 'environment', 'recognition'];

function wheel(date: string, values: number[]) {
  const average = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  return {
    instrument: 'wheel',
    taken_at: at(date),
    answers: {},
    outcome: { kind: 'ratings', scores: AREAS.map((id, i) => ({ id, value: values[i] })), average, lowest: [], focus: null },
  };
}

/** A coached person: sessions from 90 days ago, every two weeks, six in all (the last
 * one 20 days ago), with a wheel, check-ins, goals and wins before and since. */
function coached() {
  const start = day(-90);
  return {
    discovery: { results: { wheel: [wheel(day(-95), [3, 4, 4, 3, 5, 4, 4, 3]), wheel(day(-5), [6, 5, 8, 4, 6, 7, 5, 5])] } },
    goals: [
      { id: 'g-old', title: 'Tidy my CV', status: 'achieved', achieved_on: day(-100), created_at: at(day(-120)), updated_at: at(day(-100)) },
      { id: 'g-new', title: 'Talk to three UX researchers', status: 'achieved', achieved_on: day(-30), created_at: at(day(-80)), updated_at: at(day(-30)) },
      { id: 'g-open', title: 'Finish the portfolio', status: 'active', created_at: at(day(-60)), updated_at: at(day(-60)) },
    ],
    checkins: {
      plan: { cadence: 'fortnightly', start: day(-92) },
      checkins: [
        { id: 'k1', date: day(-92), did: 'Started', confidence: 3, energy: 5, created_at: at(day(-92)), updated_at: at(day(-92)) },
        { id: 'k2', date: day(-40), did: 'Talked to two people', confidence: 6, energy: 6, created_at: at(day(-40)), updated_at: at(day(-40)) },
        { id: 'k3', date: day(-6), did: 'Portfolio half done', confidence: 8, energy: 7, created_at: at(day(-6)), updated_at: at(day(-6)) },
      ],
    },
    journal: {
      wins: [
        { id: 'w1', date: day(-110), what_happened: 'Asked for feedback' },
        { id: 'w2', date: day(-50), what_happened: 'First coffee chat' },
        { id: 'w3', date: day(-10), what_happened: 'Shared my portfolio draft' },
      ],
    },
    programs: [
      {
        id: 'prog-e2e',
        program: { version: 1, coach: 'Ama Mensah', welcome: 'Welcome!', engagement: { start, sessions: 6, every_weeks: 2 }, created_at: at(day(-91)) },
        accepted_at: at(day(-91)),
        updated_at: at(day(-91)),
      },
    ],
  };
}

/** An export file of `workbook` with this name. */
function exportFile(workbook: any, name: string) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: '0.1.0', written_at: new Date().toISOString(), workbook })),
  };
}

async function noSidewaysScroll(page, label: string) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Fills the builder with a small program planning six sessions, two weeks apart, from
 * three days ago; returns the link. */
async function buildWithSessions(page) {
  await open(page, '/coach');
  await page.getByLabel('Your name').fill('Ama Mensah');
  await page.getByRole('checkbox', { name: /Work values/ }).check();
  await page.getByRole('checkbox', { name: 'Plan a series of sessions' }).check();
  await page.getByLabel('First session').fill(day(-3));
  await page.getByLabel('Number of sessions').selectOption('6');
  await page.getByLabel('How often').selectOption('2');
  const preview = page.getByRole('region', { name: 'What your client will see' });
  await expect(preview.getByText(/^6 sessions, every two weeks, from /)).toBeVisible();
  const field = page.getByLabel('Program link');
  await expect(field).toBeVisible();
  return field.inputValue();
}

test('a program with sessions reaches the client: card, dashboard and calendar', async ({ page, browser }) => {
  const link = await buildWithSessions(page);
  // A day that isn't a date holds the link back and says why beside the field.
  await page.getByLabel('First session').fill('');
  await expect(page.getByLabel('Program link')).toHaveCount(0);
  await expect(page.locator('#coach-sessions-start-error')).toContainText('Choose the day of the first session');

  const client = await browser.newContext({ baseURL: new URL(link).origin });
  const p = await client.newPage();
  // A client who already checks in, so the home page shows the dashboard.
  await seed(p, { profile: { name: 'Kofi', situation: null, welcomed: true }, checkins: { plan: { cadence: 'weekly', start: day(-7) } } });
  await p.goto(link);
  const dialog = p.getByRole('dialog', { name: 'A program from your coach' });
  await expect(dialog.getByRole('heading', { name: 'Sessions together' })).toBeVisible();
  await expect(dialog.getByText(/^6 sessions, every two weeks, from /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my workbook' }).click();
  await expect(dialog).toBeHidden();

  const card = p.getByRole('region', { name: /Your program from Ama Mensah/ });
  await expect(card.getByText(/^Session 1 of 6 — next on /)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Where I started and where I am' })).toBeVisible();
  const next = p.getByRole('region', { name: 'Next coaching session' });
  await expect(next).toContainText('Session 1 of 6');
  await expect(next).toContainText('with Ama Mensah');
  await saved(p);
  const stored = JSON.parse((await p.evaluate((k) => localStorage.getItem(k), KEY)) || '{}');
  expect(stored.workbook.programs[0].program.engagement).toEqual({ start: day(-3), sessions: 6, every_weeks: 2 });

  await open(p, '/checkins');
  await expect(p.getByText(/Your check-in rhythm and 6 coaching sessions are ready/)).toBeVisible();
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.match(/SUMMARY:Coaching session \d of 6/g)?.length).toBe(6);
  expect(text).toMatch(/UID:session-1-prog-[0-9a-f]{16}@waymark/);
  expect(text).toContain(`DTSTART;VALUE=DATE:${day(-3).replaceAll('-', '')}`);
  expect(text).toContain(`DTSTART;VALUE=DATE:${day(-3 + 14 * 5).replaceAll('-', '')}`);
  await client.close();
});

test('after the last session the closing review compares the start with now, and prints', async ({ page }) => {
  await seed(page, coached());
  const card = page.getByRole('region', { name: /Your program from Ama Mensah/ });
  await expect(card.getByText(/^All 6 sessions done — the last on /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your coaching sessions' })).toContainText('Complete');
  await card.getByRole('link', { name: 'Where I started and where I am' }).click();
  await expect(page).toHaveURL(/\/report\/closing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Where I started and where I am' })).toBeVisible();
  const sheet = page.getByRole('article');
  await expect(sheet).toContainText('Comparing where you were at your first session');
  // The wheel: the reading just before the start against the latest.
  const growth = sheet.getByRole('row', { name: /^Growth/ });
  await expect(growth.getByRole('cell')).toHaveText(['4', '8', '+4']);
  await expect(sheet.getByRole('row', { name: /^Average/ }).getByRole('cell').last()).toHaveText('+2');
  await expect(sheet).toContainText(/Confidence: 3 out of 10 on .*, 8 out of 10 on .* \(\+5\)/);
  await expect(sheet).toContainText('1 goal reached; 2 goals set since the start.');
  await expect(sheet).toContainText('Talk to three UX researchers');
  await expect(sheet).not.toContainText('Tidy my CV');
  await expect(sheet).toContainText('2 wins logged since the start.');
  await expect(sheet).toContainText('2 check-ins since the start.');
  await expectAccessible(page, '/report/closing');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(sheet).toBeVisible();
});

test('the closing review says what is missing for someone just starting', async ({ page }) => {
  await welcome(page, 'Ada');
  await open(page, '/report/closing');
  await expect(page.getByRole('article')).toContainText('Nothing is written in your workbook yet');
});

test('the group view shows one row per readable file and names the one it could not read', async ({ page }) => {
  await welcome(page, 'Coach Cleo');
  await saved(page);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await open(page, '/coach');
  await page.getByRole('link', { name: 'See your clients side by side' }).click();
  await expect(page).toHaveURL(/\/coach\/group$/);
  const sam = JSON.parse(readFileSync('tests/e2e/data/small.json', 'utf8'));
  const noor = { schema_version: 2, created_at: at(day(-120)), updated_at: at(day(-1)), profile: { name: 'Noor', situation: null, welcomed: true }, ...coached() };
  await page.getByLabel("Clients' backup files").setInputFiles([
    { name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sam)) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "waymark.workbook", "workbook": {') },
    exportFile(noor, 'noor.json'),
  ]);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3); // the header and two clients
  await expect(page.getByRole('alert')).toContainText("broken.json couldn't be read");
  await expect(page.getByRole('alert')).toContainText('The other files are shown.');
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('Sam');
  await expect(rows.nth(2)).toContainText('Noor');
  const noorCells = rows.nth(2).getByRole('cell');
  await expect(noorCells.nth(0)).toHaveText('1 active goal without a measure');
  await expect(noorCells.nth(1)).not.toHaveText('None yet');
  await expect(noorCells.nth(3)).toHaveText('+2');
  await expectAccessible(page, '/coach/group');
  // Nothing is stored, and leaving forgets the files.
  await saved(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await page.getByRole('link', { name: 'Back to the coach page' }).click();
  await open(page, '/coach/group');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('No files open yet')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`sessions, closing review and group view: axe, 320 px and screenshots (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, { ...coached(), profile: { name: 'Noor', situation: null, welcomed: true } });
    const noor = { schema_version: 2, created_at: at(day(-120)), updated_at: at(day(-1)), profile: { name: 'Noor', situation: null, welcomed: true }, ...coached() };
    const sam = JSON.parse(readFileSync('tests/e2e/data/small.json', 'utf8'));
    const shots: [string, () => Promise<void>][] = [
      ['builder', async () => {
        await open(page, '/coach');
        await page.getByRole('checkbox', { name: 'Plan a series of sessions' }).check();
        await page.getByLabel('Your name').fill('Ama Mensah');
        await page.locator('.coach-sessions').scrollIntoViewIfNeeded();
      }],
      ['home', async () => { await open(page, '/'); }],
      ['closing', async () => { await open(page, '/report/closing'); }],
      ['group', async () => {
        await open(page, '/coach/group');
        await page.getByLabel("Clients' backup files").setInputFiles([
          exportFile(noor, 'noor.json'),
          { name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sam)) },
          { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
        ]);
        await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
      }],
    ];
    for (const [name, show] of shots) {
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await show();
        if (width === 320) {
          await noSidewaysScroll(page, `${name} at 320 px`);
          continue;
        }
        await page.screenshot({ path: `/work/shots/coach-b-${name}-${width}-${scheme}.png`, fullPage: name !== 'builder' });
      }
      await expectAccessible(page, `${name} (${scheme})`);
    }
  });
}
