// Goals: the SMART wizard (from a template, and by keyboard only), milestones with
// keyboard reordering and a celebration, the metric log with its chart and pace, delete
// with undo, gap maps turning into goals, the skills view, and axe in light and dark.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, open, welcome, saved, expectAccessible, tabToLabel, isoDaysFromToday } from './fixtures';

/** Creates a goal through the wizard from a title and skill, straight to Create. */
async function quickGoal(page: Page, title: string, skill = '') {
  const q = new URLSearchParams({ title, ...(skill ? { skill } : {}) });
  await open(page, `/goals/new?${q}`);
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

test('a template fills the wizard, live hints change, and the goal reaches SMART 5/5', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals');
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start: / })).toHaveCount(8);
  await page.getByRole('link', { name: 'Start: Find a new job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New goal' })).toBeVisible();
  const badge = page.locator('.wizard-nav .smart-score');
  await expect(badge).toHaveText('SMART 3/5');
  await expect(page.getByLabel('Goal title')).toHaveValue('Land my next role');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'S — Specific' })).toBeFocused();
  const check = page.locator('.letter-check');
  await expect(check).toContainText('Met');
  const outcome = page.getByLabel('The outcome, in a sentence');
  await outcome.fill('Be better');
  await expect(check).toContainText('Not yet');
  await expect(check).toContainText('say a little more about the outcome');
  await expect(badge).toHaveText('SMART 2/5');
  await outcome.fill('Accept an offer for a data analyst role at a health charity');
  await expect(check).toContainText('Met');
  await expect(badge).toHaveText('SMART 3/5');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'M — Measurable' })).toBeFocused();
  await expect(check).toContainText("you'll track Applications sent from 0 to 20 applications");
  await page.getByLabel('Your target').fill('lots');
  await expect(page.getByText('Please write a number')).toBeVisible();
  await expect(check).toContainText('add a target value');
  await page.getByLabel('Your target').fill('15');
  await expect(check).toContainText('from 0 to 15 applications');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'A — Achievable' })).toBeFocused();
  await expect(check).toContainText('confidence 5/10');
  await expect(page.getByRole('heading', { name: 'Below 7? Make it easier to reach' })).toBeVisible();
  const slider = page.getByLabel(/^Confidence/);
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.confidence-value')).toContainText('8/10');
  await expect(check).toContainText('Met');
  await expect(page.getByRole('heading', { name: 'Below 7? Make it easier to reach' })).toBeHidden();
  await expect(badge).toHaveText('SMART 4/5');
  await expectAccessible(page, 'wizard, achievable step');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'R — Relevant' })).toBeFocused();
  await expect(check).toContainText('Not yet');
  await expect(page.getByRole('link', { name: 'Go to Discover' })).toBeVisible();
  await page.getByLabel(/Something else that matters to you/).fill('Helping people');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Helping people' })).toBeChecked();
  await expect(check).toContainText('Met');
  await expect(badge).toHaveText('SMART 5/5');
  await expectAccessible(page, 'wizard, relevant step');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'T — Time-bound' })).toBeFocused();
  await expect(check).toContainText('days from today');
  // Going back keeps what was typed.
  await page.locator('.wizard-step', { hasText: 'Specific' }).click();
  await expect(page.getByLabel('The outcome, in a sentence')).toHaveValue('Accept an offer for a data analyst role at a health charity');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Your goal, at a glance' })).toBeVisible();
  await expect(page.getByText('All five letters are met')).toBeVisible();
  await expect(page.getByText('Applications sent: from 0 to 15 applications')).toBeVisible();
  await expectAccessible(page, 'wizard, review step');

  // Nothing is saved before "Create goal".
  await saved(page);
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook') || '{}'));
  expect(before.workbook?.goals ?? []).toHaveLength(0);

  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Land my next role' })).toBeVisible();
  await expect(page.locator('.goal-header .smart-score')).toHaveText('SMART 5/5');
  await expect(page.getByRole('heading', { name: 'Why this matters to you' })).toBeVisible();
  await expect(page.locator('.why-list')).toContainText('Helping people');
  await expect(page.locator('.milestone')).toHaveCount(5);
  await expect(page.getByText('If I hear nothing back for two weeks, then I will')).toBeVisible();

  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Land my next role' })).toBeVisible();
  await open(page, '/goals');
  await expect(page.getByRole('link', { name: 'Land my next role' })).toBeVisible();
  await expect(page.locator('.goal-card .smart-mini')).toHaveText('SMART 5/5');
});

/** Puts finished values, interests, skills and vision results into the stored workbook. */
async function seedDiscovery(page: Page) {
  await saved(page);
  const discovery = JSON.parse(await readFile('tests/e2e/goals-discovery.json', 'utf8'));
  await page.evaluate((d) => {
    const stored = JSON.parse(localStorage.getItem('waymark.workbook') || '{}');
    stored.workbook.discovery = d;
    localStorage.setItem('waymark.workbook', JSON.stringify(stored));
  }, discovery);
  await page.reload();
}

test('the Relevant step suggests values, strengths, growth areas, interests and the vision', async ({ page }) => {
  await welcome(page);
  await seedDiscovery(page);
  await open(page, '/goals/new?title=Teach%20a%20coding%20club&category=skill&skill=Coaching');
  await expect(page.getByLabel('Goal title')).toHaveValue('Teach a coding club');
  await expect(page.getByLabel('Kind of goal')).toHaveValue('skill');
  await expect(page.getByLabel('Skill this builds')).toHaveValue('Coaching');
  await page.locator('.wizard-step', { hasText: 'Relevant' }).click();
  const group = (name: string) => page.getByRole('group', { name });
  await expect(group('Your top values').getByRole('checkbox')).toHaveCount(5);
  await expect(group('Your top values').getByRole('checkbox').first()).toHaveAccessibleName('Learning');
  await expect(group('Your motivated strengths').getByRole('checkbox', { name: 'Writing clearly' })).toBeVisible();
  await expect(group("Skills you'd enjoy growing").getByRole('checkbox', { name: 'Coding or automating' })).toBeVisible();
  await expect(group('Your interests').getByRole('checkbox')).toHaveCount(3);
  await expect(group('Your vision').getByRole('checkbox')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Go to Discover' })).toHaveCount(0);
  await expectAccessible(page, 'relevant step with suggestions');

  await group('Your top values').getByRole('checkbox', { name: 'Learning' }).check();
  await group("Skills you'd enjoy growing").getByRole('checkbox', { name: 'Coding or automating' }).check();
  await group('Your vision').getByRole('checkbox').check();
  await expect(page.locator('.letter-check')).toContainText('Met');
  // Unticking and ticking again keeps focus where it is.
  const learning = group('Your top values').getByRole('checkbox', { name: 'Learning' });
  await learning.focus();
  await page.keyboard.press('Space');
  await expect(learning).not.toBeChecked();
  await expect(learning).toBeFocused();
  await page.keyboard.press('Space');
  await expect(learning).toBeChecked();

  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  const why = page.locator('.why-list');
  await expect(why).toContainText('Learning');
  await expect(why).toContainText('Coding or automating');
  await expect(why).toContainText('Teaching people to code');

  // The skills view lists the goal's own skill and the growth area it serves.
  await open(page, '/goals/skills');
  await expect(page.locator('.skill-row', { hasText: 'Coaching' })).toBeVisible();
  await expect(page.locator('.skill-row', { hasText: 'Coding or automating' })).toBeVisible();
});

test('milestones can be reordered by drag and drop', async ({ page }) => {
  await welcome(page);
  await quickGoal(page, 'Move house');
  for (const step of ['Pack', 'Load', 'Unpack']) {
    await page.getByLabel('New milestone').fill(step);
    await page.getByRole('button', { name: 'Add milestone' }).click();
  }
  const items = page.locator('.milestone');
  await items.nth(2).dragTo(items.nth(0));
  await expect(page.locator('.milestone-title')).toHaveText([/Unpack/, /Pack/, /Load/]);
  await saved(page);
  await page.reload();
  await expect(page.locator('.milestone-title')).toHaveText([/Unpack/, /Pack/, /Load/]);
});

test('a blank goal can be written with the keyboard alone', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/new');
  await tabToLabel(page, /^Goal title$/);
  await page.keyboard.type('Speak at a meetup');
  // Enter in a one-line field moves on to the next step.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'S — Specific' })).toBeFocused();
  await tabToLabel(page, /^The outcome/);
  await page.keyboard.type('Give a twenty minute talk about accessible forms at the local web meetup');
  await tabToLabel(page, /^Next$/);
  await page.keyboard.press('Enter');
  await tabToLabel(page, /^What you'll measure/);
  await page.keyboard.type('Talks given');
  await tabToLabel(page, /^Unit/);
  await page.keyboard.type('talks');
  await tabToLabel(page, /^Where you start/);
  await page.keyboard.type('0');
  await tabToLabel(page, /^Your target/);
  await page.keyboard.type('1');
  await tabToLabel(page, /^Next$/);
  await page.keyboard.press('Enter');
  await tabToLabel(page, /^Confidence/);
  await page.keyboard.press('End');
  await expect(page.locator('.confidence-value')).toContainText('10/10');
  await tabToLabel(page, /^Next$/);
  await page.keyboard.press('Enter');
  await tabToLabel(page, /^Something else that matters/);
  await page.keyboard.type('Sharing what I know');
  await page.keyboard.press('Enter');
  await tabToLabel(page, /^Next$/);
  await page.keyboard.press('Enter');
  await tabToLabel(page, /^In 3 months$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.letter-check')).toContainText('Met');
  await tabToLabel(page, /^Review$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.wizard-nav .smart-score')).toHaveText('SMART 5/5');
  await tabToLabel(page, /Create goal/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Speak at a meetup' })).toBeVisible();
});

test('milestones: add three, reorder by keyboard, mark one done, log metric values and see the chart and pace', async ({ page }) => {
  await welcome(page);
  await quickGoal(page, 'Learn SQL', 'SQL');
  await expect(page.getByText('No milestones yet')).toBeVisible();

  for (const step of ['Pick a course', 'Practise every Tuesday', 'Build a small report']) {
    await page.getByLabel('New milestone').fill(step);
    await page.getByRole('button', { name: 'Add milestone' }).click();
  }
  const titles = page.locator('.milestone-title');
  await expect(titles).toHaveText([/Pick a course/, /Practise every Tuesday/, /Build a small report/]);
  await expect(page.getByLabel('New milestone')).toBeFocused();

  // Keyboard only: focus "move down" on the first step and press it twice.
  await page.getByRole('button', { name: 'Move “Pick a course” down' }).focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText([/Practise every Tuesday/, /Pick a course/, /Build a small report/]);
  await expect(page.getByRole('button', { name: 'Move “Pick a course” down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText([/Practise every Tuesday/, /Build a small report/, /Pick a course/]);
  await expect(page.getByRole('button', { name: 'Move “Pick a course” down' })).toBeFocused();
  await expect(page.getByText('“Pick a course” moved to position 3 of 3.')).toBeAttached();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move “Pick a course” up' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(titles).toHaveText([/Practise every Tuesday/, /Pick a course/, /Build a small report/]);
  await expect(page.getByRole('button', { name: 'Move “Pick a course” up' })).toBeFocused();

  // Mark one done: a kind word and a link to log it as a win.
  await page.getByRole('checkbox', { name: /Practise every Tuesday/ }).check();
  const cheer = page.locator('.celebration');
  await expect(cheer).toContainText('“Practise every Tuesday” is done — 1 of 3 steps. Nice work.');
  const win = cheer.getByRole('link', { name: 'Log this as a win' });
  await expect(win).toHaveAttribute('href', /\/journal\?win_goal=g-[^&]+&win_milestone=ms-/);
  await expect(page.getByText('1 of 3 done')).toBeVisible();
  await expectAccessible(page, 'goal page with celebration');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'goal page with celebration (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // Edit a milestone's status through its form.
  await page.getByRole('button', { name: 'Edit “Build a small report”' }).click();
  await page.getByLabel('Milestone status').selectOption('in_progress');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.milestone').nth(2)).toContainText('In progress');

  // Delete with undo.
  await page.getByRole('button', { name: 'Delete “Pick a course”' }).click();
  await expect(titles).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(titles).toHaveText([/Practise every Tuesday/, /Pick a course/, /Build a small report/]);

  // A measure, then two values: the chart and "on track".
  await expect(page.getByText('Add a measure under')).toBeVisible();
  await page.getByLabel("What you'll measure").fill('Practice');
  await page.getByLabel('Unit').fill('hours');
  await page.getByLabel('Where you started').fill('0');
  await page.getByLabel('Target', { exact: true }).fill('40');
  await page.getByLabel('Target', { exact: true }).press('Tab');
  await page.getByLabel('Deadline').fill(isoDaysFromToday(100));
  await page.getByLabel('Deadline').press('Tab');
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromToday(-10));
  await page.getByLabel('Value (hours)').fill('3');
  await page.getByRole('button', { name: 'Log value' }).click();
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromToday(0));
  await page.getByLabel('Value (hours)').fill('6');
  await page.getByRole('button', { name: 'Log value' }).click();
  const chart = page.getByRole('img', { name: /Chart of Practice in hours: 2 logged values, the latest 6/ });
  await expect(chart).toBeVisible();
  await expect(page.locator('.chart-point')).toHaveCount(2);
  await expect(page.locator('.metric-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.pace-line')).toContainText('On track');
  await expect(page.locator('.goal-header')).toContainText('15% · 6 of 40 hours');

  // A reading from long ago moves the start of the pace line back: now behind.
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromToday(-120));
  await page.getByLabel('Value (hours)').fill('0');
  await page.getByRole('button', { name: 'Log value' }).click();
  await expect(page.locator('.pace-line')).toContainText('Behind pace');
  await expect(page.locator('.chart-point')).toHaveCount(3);
  await expectAccessible(page, 'goal page with chart');

  await open(page, '/goals');
  const card = page.locator('.goal-card', { hasText: 'Learn SQL' });
  await expect(card.getByText('Behind pace')).toBeVisible();
  await expect(page.getByText('One goal is behind its pace')).toBeVisible();

  await open(page, '/goals/skills');
  const row = page.locator('.skill-row', { hasText: 'SQL' });
  await expect(row.getByRole('link', { name: 'Learn SQL' })).toBeVisible();
  await expect(row.getByText('Behind pace')).toBeVisible();
});

test('reaching the target offers to mark the goal achieved', async ({ page }) => {
  await welcome(page);
  await quickGoal(page, 'Read three books');
  await page.getByLabel('New milestone').fill('Read the first book');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await page.getByRole('checkbox', { name: /Read the first book/ }).check();
  await expect(page.locator('.celebration')).toContainText("that's every step");
  const offer = page.getByRole('region', { name: /It looks like you've done it/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Mark as achieved' }).click();
  await expect(page.locator('.goal-achieved')).toContainText('Achieved on');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('achieved');
});

test('deleting a goal asks first and can be undone', async ({ page }) => {
  await welcome(page);
  await quickGoal(page, 'Keep me');
  await page.getByRole('button', { name: 'Delete goal…' }).click();
  await expect(page.getByText('Delete “Keep me” and everything under it?')).toBeVisible();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keep me' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete goal…' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByText('You deleted “Keep me”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Keep me' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Keep me' })).toBeVisible();
});

test('an unknown goal or gap map gets a friendly message', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/g-nope');
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that goal" })).toBeVisible();
  await expectAccessible(page, 'goal not found');
  await open(page, '/goals/gaps/gm-nope');
  await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that gap map" })).toBeVisible();
});

test('a gap map item becomes a goal, or a milestone of another goal, in one action', async ({ page }) => {
  await welcome(page);
  await quickGoal(page, 'Get ready for interviews');
  await open(page, '/goals');
  await page.getByRole('link', { name: 'Gap maps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gap maps' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No gap maps yet' })).toBeVisible();
  await expectAccessible(page, 'gap maps, empty');
  await page.getByRole('button', { name: 'Create gap map' }).click();
  await expect(page.getByText('Name the role you')).toBeVisible();
  await page.getByLabel('Target role').fill('Data analyst');
  await page.getByRole('button', { name: 'Create gap map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gap map: Data analyst' })).toBeVisible();

  await page.getByLabel('Kind').selectOption('skill');
  await page.getByLabel('What it is').fill('SQL');
  await page.getByLabel('Where you are now').selectOption('1');
  await page.getByLabel('What the role needs').selectOption('3');
  await page.getByRole('button', { name: 'Add to the map' }).click();
  await page.getByLabel('Kind').selectOption('network');
  await page.getByLabel('What it is').fill('People in health data');
  await page.getByLabel('Where you are now').selectOption('0');
  await page.getByLabel('What the role needs').selectOption('2');
  await page.getByRole('button', { name: 'Add to the map' }).click();

  const sql = page.locator('.gap-item', { hasText: 'SQL' });
  await expect(sql).toContainText('Now: Beginning (1 of 4) · Needed: Solid (3 of 4)');
  await expect(sql).toContainText('2 levels to go');
  await expect(page.locator('.gap-summary')).toContainText('20% ready');
  await expectAccessible(page, 'gap map');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'gap map (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await sql.getByRole('button', { name: 'Make it a goal' }).click();
  await expect(sql.getByRole('link', { name: 'Build a skill: SQL' })).toBeVisible();

  const people = page.locator('.gap-item', { hasText: 'People in health data' });
  await people.getByLabel('Add as a milestone to…').selectOption({ label: 'Get ready for interviews' });
  await people.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(people.getByRole('link', { name: 'Get ready for interviews' })).toBeVisible();

  await sql.getByRole('link', { name: 'Build a skill: SQL' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Build a skill: SQL' })).toBeVisible();
  await expect(page.locator('.milestone')).toHaveCount(3);
  await expect(page.getByLabel('Skill this builds')).toHaveValue('SQL');

  await open(page, '/goals/skills');
  await expect(page.locator('.skill-row', { hasText: 'SQL' }).getByRole('link', { name: 'Build a skill: SQL' })).toBeVisible();

  await open(page, '/goals');
  await page.getByRole('link', { name: 'Get ready for interviews' }).click();
  await expect(page.locator('.milestone-title')).toHaveText([/Grow my network: People in health data/]);

  await open(page, '/goals/gaps');
  await expect(page.getByRole('link', { name: 'Data analyst' })).toBeVisible();
  await expectAccessible(page, 'gap maps list');
});

test('the skills view explains where skills come from when there are none', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/skills');
  await expect(page.getByRole('heading', { name: 'No skills in progress yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See your growth areas' })).toHaveAttribute('href', /\/discover\/skills$/);
  await page.getByRole('link', { name: 'Create a skill goal' }).click();
  await expect(page.getByLabel('Kind of goal')).toHaveValue('skill');
});

test('filters narrow the list and goals are sorted by deadline', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/new?template=promotion');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Earn my promotion' })).toBeVisible();
  await open(page, '/goals/new?template=grow_network');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grow my professional network' })).toBeVisible();
  await open(page, '/goals');
  await expect(page.locator('.goal-card-title')).toHaveText(['Grow my professional network', 'Earn my promotion']);
  await page.getByLabel('Kind of goal').selectOption('promotion');
  await expect(page.locator('.goal-card-title')).toHaveText(['Earn my promotion']);
  await expect(page.getByText('Showing 1 of 2 goals')).toBeVisible();
  await page.getByLabel('Status').selectOption('achieved');
  await expect(page.getByText('No goals match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all goals' }).click();
  await expect(page.locator('.goal-card-title')).toHaveCount(2);
});

test('goals pages have no axe violations in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  await welcome(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/goals');
    await expectAccessible(page, `goals empty (${scheme})`);
    await open(page, '/goals/skills');
    await expectAccessible(page, `skills empty (${scheme})`);
    await open(page, '/goals/gaps');
    await expectAccessible(page, `gap maps empty (${scheme})`);
    await open(page, '/goals/new?template=learn_skill');
    for (const step of ['Title', 'Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound', 'Review']) {
      await page.locator('.wizard-step', { hasText: step }).click();
      await expectAccessible(page, `wizard ${step} (${scheme})`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn a new skill' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/goals');
    await expectAccessible(page, `goals list (${scheme})`);
    await page.getByRole('link', { name: 'Learn a new skill' }).click();
    await page.getByText('Change what this goal is linked to').click();
    await expectAccessible(page, `goal page (${scheme})`);
    await open(page, '/goals/skills');
    await expectAccessible(page, `skills (${scheme})`);
  }
});

test('screenshots of the goals pages', async ({ page }) => {
  test.setTimeout(90_000);
  await mkdir('test-results/shots', { recursive: true });
  await welcome(page);
  const shoot = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `test-results/shots/goals-${name}-${width}-${scheme}.png`, fullPage: true });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  await open(page, '/goals');
  await shoot('empty');
  await open(page, '/goals/new?template=job_search');
  await shoot('wizard-title');
  await page.locator('.wizard-step', { hasText: 'Achievable' }).click();
  await shoot('wizard-achievable');
  await page.locator('.wizard-step', { hasText: 'Relevant' }).click();
  await shoot('wizard-relevant');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await shoot('wizard-review');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromToday(-20));
  await page.getByLabel(/^Value/).fill('2');
  await page.getByRole('button', { name: 'Log value' }).click();
  await page.getByLabel('Date', { exact: true }).fill(isoDaysFromToday(0));
  await page.getByLabel(/^Value/).fill('4');
  await page.getByRole('button', { name: 'Log value' }).click();
  await page.getByRole('checkbox', { name: /Write down the kind of role/ }).check();
  await shoot('goal');
  for (const [scheme, width] of [['light', 1280], ['dark', 375]] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    for (const part of ['goal-header', 'goal-about', 'goal-milestones', 'goal-metric', 'goal-obstacles', 'goal-aside']) {
      await page.locator(`.${part}`).first().screenshot({ path: `test-results/shots/goals-part-${part}-${width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/goals');
  await shoot('list');
  await open(page, '/goals/gaps');
  await page.getByLabel('Target role').fill('Product manager');
  await page.getByRole('button', { name: 'Create gap map' }).click();
  await page.getByLabel('What it is').fill('Roadmapping');
  await page.getByRole('button', { name: 'Add to the map' }).click();
  await page.getByLabel('What it is').fill('Stakeholder interviews');
  await page.getByLabel('Where you are now').selectOption('2');
  await page.getByRole('button', { name: 'Add to the map' }).click();
  await shoot('gap-map');
  await page.locator('.gap-item', { hasText: 'Roadmapping' }).getByRole('button', { name: 'Make it a goal' }).click();
  await open(page, '/goals/skills');
  await shoot('skills');
});

test('a goal left half-written comes back at the same step, and is gone once created', async ({ page }) => {
  await welcome(page);
  await open(page, '/goals/new');
  await page.getByLabel('Goal title').fill('Lead a team retro');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/^The outcome/).fill('Run our fortnightly retrospective twice this quarter');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/^What you'll measure/).fill('Retros led');
  await saved(page);
  await page.reload();
  await expect(page.getByText('Your unfinished goal is just as you left it.')).toBeVisible();
  await expect(page.getByLabel(/^What you'll measure/)).toHaveValue('Retros led');
  await page.locator('.wizard-step', { hasText: 'Review' }).click();
  await expect(page.getByText('Run our fortnightly retrospective twice this quarter')).toBeVisible();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lead a team retro' })).toBeVisible();
  await saved(page);
  await open(page, '/goals/new');
  await expect(page.getByLabel('Goal title')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('waymark.draft.goal'))).toBeNull();
});
