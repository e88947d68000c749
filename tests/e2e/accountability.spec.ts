// Accountability journeys: choosing a check-in rhythm, two check-ins where the second
// looks back at the first's commitments, the dashboard following along, a win logged
// from a finished milestone, the calendar file, and axe on every new screen.
import { readFile } from 'node:fs/promises';
import { Page } from '@playwright/test';
import { test, expect, open, welcome, saved, expectAccessible, seed } from './fixtures';

// Several axe runs per test; give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar date `offset` days from today, as YYYY-MM-DD. */
function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
/** An instant `offset` days from now, as RFC 3339. */
function instant(offset = 0): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString();
}

/** A goal with three milestones: one done, one due today, one overdue. */
function sampleGoal() {
  return {
    id: 'g-ux',
    title: 'Move into UX research',
    status: 'active',
    created_at: instant(-20),
    updated_at: instant(-1),
    milestones: [
      { id: 'm-cv', title: 'Update my CV', due: day(-1), status: 'done', done_on: day(0) },
      { id: 'm-talk', title: 'Talk to two researchers', due: day(0), status: 'in_progress' },
      { id: 'm-course', title: 'Finish the online course', due: day(-3), status: 'planned' },
    ],
  };
}

/** A measurable goal well behind its ideal pace. */
function behindGoal() {
  return {
    id: 'g-net',
    title: 'Have ten conversations with people in the field',
    status: 'active',
    created_at: instant(-20),
    updated_at: instant(-1),
    metric: { name: 'Conversations', unit: 'conversations', start: 0, target: 10 },
    deadline: day(20),
    metric_log: [{ date: day(0), value: 1, note: '' }],
  };
}

/** A richer workbook for looking around: goals, a rhythm, check-ins, commitments, wins. */
function fullWorkbook() {
  return {
    goals: [sampleGoal(), behindGoal()],
    checkins: {
      plan: { cadence: 'weekly', start: day(-14) },
      plan_changed_at: instant(-14),
      checkins: [
        { id: 'k1', date: day(-14), did: 'Rewrote my CV summary', blockers: 'Tired after work', next: 'Ask two people for coffee', confidence: 5, energy: 4, commitments_made: ['c1'], created_at: instant(-14), updated_at: instant(-14) },
        { id: 'k2', date: day(-7), did: 'Had one coffee chat', blockers: '', next: 'Finish the course module', confidence: 7, energy: 6, commitments_made: ['c2'], reviews: { c1: 'kept' }, progress: { 'g-ux': 'Halfway through the course' }, created_at: instant(-7), updated_at: instant(-7) },
      ],
      commitments: [
        { id: 'c1', text: 'Message Priya about her team', due: day(-10), status: 'kept', origin: { kind: 'check_in', id: 'k1' }, reviewed_in: 'k2', created_at: instant(-14), updated_at: instant(-7) },
        { id: 'c2', text: 'Book a portfolio review', due: day(1), status: 'open', origin: { kind: 'check_in', id: 'k2' }, created_at: instant(-7), updated_at: instant(-7) },
      ],
    },
    journal: {
      wins: [{ id: 'w1', date: day(-2), what_happened: 'Spoke up in the design critique', what_it_shows: 'Courage', goal_id: 'g-ux', created_at: instant(-2), updated_at: instant(-2) }],
      sessions: [{ id: 's1', date: day(-5), agenda: 'Portfolio', notes: 'Pick two projects to show.', agreed_actions: ['Choose the two projects'], created_at: instant(-5), updated_at: instant(-5) }],
    },
  };
}

async function pickRating(page: Page, legend: RegExp, value: number) {
  await page.getByRole('group', { name: legend }).getByLabel(String(value), { exact: true }).check();
}

test('set a rhythm, check in twice, and the dashboard follows', async ({ page }) => {
  await welcome(page, 'Ada');
  // Before anything is planned, home suggests the journey.
  await expect(page.getByText('Your next step')).toBeVisible();

  await open(page, '/checkins');
  await page.getByLabel('Every week').check();
  await page.getByLabel('First check-in on').fill(day(-7));
  await page.getByRole('button', { name: 'Save my rhythm' }).click();
  await expect(page.getByText(/You check in every week, starting/)).toBeVisible();

  // An empty check-in explains what's missing and keeps what was typed.
  await page.getByRole('button', { name: 'Check in now' }).first().click();
  await expect(page.getByRole('heading', { name: 'Check in', exact: true })).toBeFocused();
  await page.getByLabel('What got in the way?').fill('A heavy week at work');
  await page.getByLabel('What got in the way?').fill('');
  await pickRating(page, /How confident/, 6);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'A few things to look at' });
  await expect(problems).toContainText('Write a line or two first');
  await expect(problems).toContainText('Choose how much energy you have');
  await expect(page.getByLabel('What did I do?')).toHaveAttribute('aria-invalid', 'true');

  // The first check-in, dated last week, with one commitment.
  await page.getByLabel('Date of this check-in').fill(day(-7));
  await page.getByLabel('What did I do?').fill('Sent two applications');
  await pickRating(page, /How much energy/, 5);
  await expect(page.getByRole('group', { name: /How confident/ }).getByLabel('6', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByLabel(/Commitment 1: what will you do/).fill('Email Sam about the design role');
  await page.getByLabel('By when?').fill(day(-5));
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toContainText('Check-in saved');
  await expect(page.getByRole('heading', { name: 'Your open commitments' })).toBeVisible();
  await expect(page.getByText('Email Sam about the design role').first()).toBeVisible();

  // The second check-in looks back at the first's commitment.
  await page.getByRole('button', { name: 'Check in now' }).first().click();
  const review = page.getByRole('group', { name: /Email Sam about the design role/ });
  await expect(review).toBeVisible();
  await review.getByLabel('I did it').check();
  await page.getByLabel('What did I do?').fill('Talked to Sam; he introduced me to the team lead');
  await page.getByLabel('What will I do next?').fill('Prepare for the chat');
  await pickRating(page, /How confident/, 8);
  await pickRating(page, /How much energy/, 7);
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByLabel(/Commitment 1: what will you do/).fill('Draft my portfolio intro');
  await page.getByLabel('By when?').fill(day(0));
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toContainText('Check-in saved');

  const history = page.getByRole('region', { name: 'Past check-ins' });
  await expect(history.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(2);
  await expect(history).toContainText('Email Sam about the design role — I did it');
  await expect(history).toContainText('Confidence 8/10');
  await expect(page.getByRole('region', { name: "How you've been feeling" })).toContainText('Your confidence is up 2');
  await expect(page.getByRole('img', { name: /Line chart of your confidence and energy/ })).toBeVisible();
  await saved(page);

  // Home now shows the dashboard.
  await open(page, '/');
  const next = page.getByRole('region', { name: 'Next check-in' });
  await expect(next).toContainText('Your next check-in is in 7 days.');
  await expect(page.getByRole('region', { name: 'Your streak' })).toContainText('2');
  await expect(page.getByRole('region', { name: 'Your streak' })).toContainText('check-ins in a row');
  const week = page.getByRole('region', { name: 'Due this week' });
  await expect(week).toContainText('Draft my portfolio intro');
  await expect(week).toContainText('Due today');
  await next.getByRole('link', { name: 'Check in now' }).click();
  await expect(page.getByRole('heading', { name: 'Check in', exact: true })).toBeVisible();

  // It all survives a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Past check-ins' })).toContainText('Draft my portfolio intro');
});

test('changing the rhythm later keeps past check-ins', async ({ page }) => {
  await seed(page, fullWorkbook(), '/checkins');
  await expect(page.getByText(/You check in every week/)).toBeVisible();
  await page.getByRole('button', { name: 'Change how often' }).click();
  await page.getByLabel('Every two weeks').check();
  await page.getByLabel('First check-in on').fill(day(0));
  await page.getByRole('button', { name: 'Save my rhythm' }).click();
  await expect(page.getByText(/You check in every two weeks/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Past check-ins' }).getByRole('heading', { level: 3 })).toHaveCount(2);
});

test('a finished milestone offers a win once, with a short celebration', async ({ page }) => {
  await seed(page, { goals: [sampleGoal()] }, '/journal?win_goal=g-ux&win_milestone=m-cv');
  await expect(page.getByRole('heading', { name: 'Milestone reached' })).toBeVisible();
  await expect(page.getByText('You finished “Update my CV”')).toBeVisible();
  await expect(page.getByLabel('What happened?')).toHaveValue('I reached a milestone: Update my CV');
  await expect(page.getByLabel(/For a goal/)).toHaveValue('g-ux');
  await page.getByLabel(/What does it show about you/).fill('I follow through');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Win saved' })).toBeVisible();
  const entries = page.getByRole('region', { name: 'Your entries' });
  await expect(entries).toContainText('I reached a milestone: Update my CV');
  await expect(entries).toContainText('What it shows: I follow through');
  await expect(page).toHaveURL(/\/journal$/);
  await saved(page);

  // Coming back by the same link doesn't offer it twice.
  await open(page, '/journal?win_goal=g-ux&win_milestone=m-cv');
  await expect(page.getByText('You\'ve already logged a win for “Update my CV”')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Milestone reached' })).toHaveCount(0);
  await expect(page.getByLabel('What happened?')).toHaveCount(0);

  // The dashboard lists it among recent wins.
  await open(page, '/');
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('I reached a milestone: Update my CV');
});

test('journal: a blank win is explained, session actions become commitments, filter by goal', async ({ page }) => {
  await seed(page, { goals: [sampleGoal()] }, '/journal');
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await page.getByRole('button', { name: 'Log a win' }).click();
  await page.getByLabel(/What does it show about you/).fill('Patience');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('alert')).toContainText('Write what happened');
  await expect(page.getByLabel(/What does it show about you/)).toHaveValue('Patience');
  await page.getByLabel('What happened?').fill('Finished a hard module');
  await page.getByLabel(/For a goal/).selectOption('g-ux');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Win saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Add session notes' }).click();
  await page.getByLabel('What you planned to talk about').fill('Next steps');
  await page.getByLabel('Notes', { exact: true }).fill('Focus on research skills.');
  await page.getByLabel('Agreed action 1').fill('Read one case study');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Agreed action 2').fill('Sketch a study plan');
  await page.getByRole('button', { name: 'Save session notes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The 2 agreed actions are now commitments' })).toBeVisible();
  const entries = page.getByRole('region', { name: 'Your entries' });
  await expect(entries.getByRole('article')).toHaveCount(2);

  await page.getByLabel('Show').selectOption({ label: 'Wins for: Move into UX research' });
  await expect(entries.getByRole('article')).toHaveCount(1);
  await expect(entries).toContainText('Session notes aren\'t tied to one goal');

  await open(page, '/checkins');
  const commitments = page.getByRole('region', { name: 'Your open commitments' });
  await expect(commitments).toContainText('Read one case study');
  await expect(commitments).toContainText('Sketch a study plan');
});

test('the calendar file holds milestones and the recurring check-in', async ({ page }) => {
  await seed(page, fullWorkbook(), '/checkins');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^waymark-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(4); // check-ins + three milestones
  expect(text).toContain('RRULE:FREQ=WEEKLY');
  expect(text).toContain(`DTSTART;VALUE=DATE:${day(-14).replaceAll('-', '')}`);
  expect(text).toContain('SUMMARY:Done: Update my CV');
  expect(text).toContain('UID:milestone-m-talk@waymark');

  await open(page, '/data');
  const card = page.getByRole('region', { name: 'Calendar' });
  await expect(card.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
});

test('with nothing dated, the calendar download is not offered', async ({ page }) => {
  await welcome(page);
  await open(page, '/data');
  const card = page.getByRole('region', { name: 'Calendar' });
  await expect(card).toContainText('Once you choose how often to check in');
  await expect(card.getByRole('button')).toHaveCount(0);
});

test('the dashboard names goals behind pace with a my-why card, and overdue items', async ({ page }) => {
  await seed(page, fullWorkbook(), '/');
  const behind = page.getByRole('region', { name: 'Goals behind your pace' });
  await expect(behind.getByRole('link', { name: 'Have ten conversations with people in the field' })).toHaveAttribute('href', /\/goals\/g-net$/);
  await expect(page.getByRole('region', { name: 'Remember your why' })).toBeVisible();
  const overdue = page.getByRole('region', { name: 'Still open from before' });
  await expect(overdue.getByRole('link', { name: 'Finish the online course' })).toHaveAttribute('href', /\/goals\/g-ux$/);
  await expect(overdue).toContainText('3 days ago');
  await expect(page.getByRole('region', { name: 'Recent wins' })).toContainText('Spoke up in the design critique');
});

test('the timeline shows a month of milestones and check-ins, with today marked', async ({ page }) => {
  await seed(page, fullWorkbook(), '/checkins');
  await page.getByRole('link', { name: 'See the timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const list = page.locator('.timeline-list');
  const todayItem = list.locator('li.is-today');
  await expect(todayItem).toContainText('(today)');
  await expect(todayItem).toContainText('Milestone due: Talk to two researchers (Move into UX research)');
  await expect(page.getByRole('img', { name: /milestone/ })).toBeVisible();
  const title = await page.getByRole('heading', { level: 2 }).first().textContent();
  await page.getByRole('link', { name: /^Earlier:/ }).click();
  await expect(page).toHaveURL(/\/timeline\?month=\d{4}-\d{2}$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(title ?? '');
  await page.getByRole('link', { name: 'Back to this month' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(title ?? '');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`accountability screens pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, fullWorkbook(), '/');
    await expect(page.getByRole('region', { name: 'Next check-in' })).toBeVisible();
    await expectAccessible(page, `home dashboard (${scheme})`);

    await open(page, '/checkins');
    await expect(page.getByRole('region', { name: 'Past check-ins' })).toBeVisible();
    await page.getByText('See every rating as a table').click();
    await expectAccessible(page, `check-in history (${scheme})`);
    await page.getByRole('button', { name: 'Check in now' }).first().click();
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'A few things' })).toBeVisible();
    await expectAccessible(page, `check-in form with problems (${scheme})`);
    await page.getByRole('button', { name: 'Change how often' }).click();
    await expectAccessible(page, `rhythm setting (${scheme})`);

    await open(page, '/journal?win_goal=g-ux&win_milestone=m-cv');
    await page.getByRole('button', { name: 'Add session notes' }).click();
    await expectAccessible(page, `journal with forms (${scheme})`);

    await open(page, '/timeline');
    await expectAccessible(page, `timeline (${scheme})`);
  });
}

test('quiet home keeps the journey and points at the next step', async ({ page }) => {
  await seed(page, { goals: [{ id: 'g1', title: 'Someday goal', status: 'active', created_at: instant(-1), updated_at: instant(-1) }] }, '/');
  const steps = page.locator('ol.journey > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText('Under way');
  await expect(steps.nth(0)).toContainText('Your next step');
  await expect(steps.nth(0).getByRole('link', { name: 'Start discovering' })).toBeVisible();
  await expectAccessible(page, 'quiet home');
});

test('screenshots for review', async ({ page }) => {
  test.skip(!process.env.SHOTS, 'only when SHOTS=1');
  test.setTimeout(240_000);
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await seed(page, fullWorkbook(), '/');
      const shot = async (name: string) => {
        await page.screenshot({ path: `test-results/shots/acc-${name}-${width}-${scheme}.png`, fullPage: true });
        if (process.env.SHOTS === 'slices') {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, i = 0; y < height; y += 1000, i++) {
            await page.screenshot({ path: `test-results/shots/slices/acc-${name}-${width}-${scheme}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(1000, height - y) } });
          }
        }
      };
      await shot('home');
      await open(page, '/checkins');
      await shot('checkins');
      await page.getByRole('button', { name: 'Check in now' }).first().click();
      await page.getByRole('button', { name: 'Add a commitment' }).click();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await shot('checkin-form');
      await open(page, '/journal?win_goal=g-ux&win_milestone=m-cv');
      await page.waitForTimeout(1200);
      await shot('journal');
      await open(page, '/timeline');
      await shot('timeline');
      await seed(page, {}, '/');
      await shot('home-quiet');
    }
  }
});

test('an unfinished check-in survives a reload and is gone once saved', async ({ page }) => {
  await welcome(page, 'Ada');
  await open(page, '/checkins');
  await page.getByRole('button', { name: 'Check in now' }).first().click();
  await page.getByLabel('What did I do?').fill('Called two people from my old team');
  await pickRating(page, /How confident/, 7);
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await page.getByLabel(/Commitment 1: what will you do/).fill('Book a coffee with Lee');
  await page.getByLabel('By when?').fill(day(3));

  // Leaving for another page and coming back by a reload: everything is still there.
  await open(page, '/journal');
  await page.reload();
  await open(page, '/checkins');
  await expect(page.getByText('Your unfinished check-in is just as you left it.')).toBeVisible();
  await expect(page.getByLabel('What did I do?')).toHaveValue('Called two people from my old team');
  await expect(page.getByRole('group', { name: /How confident/ }).getByLabel('7', { exact: true })).toBeChecked();
  await expect(page.getByLabel(/Commitment 1: what will you do/)).toHaveValue('Book a coffee with Lee');
  await expect(page.getByLabel('By when?')).toHaveValue(day(3));
  // Drafts stay on this device: they are not part of the workbook.
  const stored = await page.evaluate(() => localStorage.getItem('waymark.workbook') ?? '');
  expect(stored).not.toContain('Called two people');

  await pickRating(page, /How much energy/, 4);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toContainText('Check-in saved');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
  await expect(page.getByLabel('What did I do?')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('waymark.draft.checkin'))).toBeNull();
});

test('a half-written win and session notes survive a reload', async ({ page }) => {
  await seed(page, { goals: [sampleGoal()] }, '/journal');
  await page.getByRole('button', { name: 'Log a win' }).click();
  await page.getByLabel('What happened?').fill('Gave my first demo');
  await page.getByRole('button', { name: 'Add session notes' }).click();
  await page.getByLabel('Notes', { exact: true }).fill('Talked about portfolio pieces.');
  await page.getByLabel('Agreed action 1').fill('Pick three projects');
  await page.reload();
  await expect(page.getByText('What you were writing is just as you left it.')).toBeVisible();
  await expect(page.getByLabel('What happened?')).toHaveValue('Gave my first demo');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Talked about portfolio pieces.');
  await expect(page.getByLabel('Agreed action 1')).toHaveValue('Pick three projects');
  await page.getByRole('button', { name: 'Save win' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Win saved' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('What happened?')).toHaveCount(0);
  await expect(page.getByLabel('Agreed action 1')).toHaveValue('Pick three projects');
});
