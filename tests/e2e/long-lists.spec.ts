// Long lists, as years of use make them. The goals list draws the first thirty goals,
// "Show more goals" adds thirty more and moves keyboard focus to the first new one, and
// the filters and the count always cover every goal, not only the ones drawn. The
// dashboard's dated lists show ten items, then all of them on request. A goal's plan
// draws its first steps with its section and the rest a moment later, all of them usable.
import { test, expect, seed } from './fixtures';
import type { Page } from '@playwright/test';

const COUNT = 75;
const pad = (n: number) => String(n).padStart(2, '0');

function day(offset: number) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** Goal n (1-based) is due n weeks from today, so the list's order is its number. */
function goal(n: number) {
  const now = new Date().toISOString();
  return {
    id: `g-list-${n}`,
    title: `Goal ${pad(n)}`,
    outcome: `Outcome ${n}`,
    // Only goals 5 and 72 are "other": one among the first thirty, one far below.
    category: n === 5 || n === 72 ? 'other' : n % 5 === 0 ? 'network' : 'skill',
    skill: '',
    metric: null,
    deadline: day(7 * n),
    confidence: 8,
    links: { values: [], strengths: [], interests: [], growth_areas: [], vision: false },
    status: n === 70 ? 'achieved' : 'active',
    achieved_on: n === 70 ? day(0) : null,
    notes: '',
    milestones: [],
    created_at: now,
    updated_at: now,
  };
}

function seedGoals(page: Page, goals = Array.from({ length: COUNT }, (_, i) => goal(i + 1)), path = '/goals') {
  return seed(page, { goals }, path);
}

const titles = (page: Page) => page.locator('.goal-card-title');
const more = (page: Page) => page.getByRole('button', { name: 'Show more goals' });

test('the list shows thirty goals, then thirty more on request with focus on the first new one', async ({ page }) => {
  await seedGoals(page);
  await expect(titles(page)).toHaveCount(30);
  await expect(titles(page).first()).toHaveText('Goal 01');
  await expect(titles(page).last()).toHaveText('Goal 30');
  await expect(page.locator('.goal-count')).toHaveText('75 goals, soonest deadline first.');
  await expect(page.getByText('30 of 75 shown.')).toBeVisible();

  // By keyboard: the button, then Enter; focus lands on goal 31, the first new card.
  await more(page).focus();
  await page.keyboard.press('Enter');
  await expect(titles(page)).toHaveCount(60);
  await expect(page.getByRole('link', { name: 'Goal 31' })).toBeFocused();
  await expect(page.getByText('60 of 75 shown.')).toBeVisible();
  // Tab carries on from there, through the new goals in order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Goal 32' })).toBeFocused();

  await more(page).click();
  await expect(titles(page)).toHaveCount(COUNT);
  await expect(titles(page).last()).toHaveText('Goal 75');
  await expect(page.getByRole('link', { name: 'Goal 61' })).toBeFocused();
  await expect(more(page)).toHaveCount(0);
  await expect(page.locator('.show-more')).toHaveCount(0);

  // A goal far down the list opens as usual.
  await page.getByRole('link', { name: 'Goal 72' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goal 72' })).toBeVisible();
});

test('filters search every goal, not only the ones shown, and count them all', async ({ page }) => {
  await seedGoals(page);
  await expect(titles(page)).toHaveCount(30);

  // Goal 72 is below the first thirty, and is still found.
  await page.getByLabel('Kind of goal').selectOption('other');
  await expect(titles(page)).toHaveText(['Goal 05', 'Goal 72']);
  await expect(page.locator('.goal-count')).toHaveText('Showing 2 of 75 goals, soonest deadline first.');
  await expect(more(page)).toHaveCount(0);

  await page.getByLabel('Kind of goal').selectOption('all');
  await page.getByLabel('Status').selectOption('achieved');
  await expect(titles(page)).toHaveText(['Goal 70']);
  await expect(page.locator('.goal-count')).toHaveText('Showing 1 of 75 goals, soonest deadline first.');

  // More matches than fit: the first thirty of the matches, and the rest on request.
  await page.getByLabel('Status').selectOption('active');
  await expect(page.locator('.goal-count')).toHaveText('Showing 74 of 75 goals, soonest deadline first.');
  await expect(titles(page)).toHaveCount(30);
  await expect(page.getByText('30 of 74 shown.')).toBeVisible();
  await more(page).click();
  await expect(titles(page)).toHaveCount(60);

  // Changing a filter starts again from the first thirty of the new matches.
  await page.getByLabel('Kind of goal').selectOption('skill');
  const skill = Array.from({ length: COUNT }, (_, i) => i + 1).filter((n) => n !== 5 && n !== 72 && n % 5 !== 0 && n !== 70);
  await expect(page.locator('.goal-count')).toHaveText(`Showing ${skill.length} of 75 goals, soonest deadline first.`);
  await expect(titles(page)).toHaveCount(30);
  await expect(titles(page).first()).toHaveText(`Goal ${pad(skill[0])}`);
  await expect(page.getByText(`30 of ${skill.length} shown.`)).toBeVisible();
});

test('the dashboard shows ten open items from before, and all of them on request', async ({ page }) => {
  const now = new Date().toISOString();
  const late = {
    ...goal(1),
    title: 'A goal with many late steps',
    milestones: Array.from({ length: 14 }, (_, i) => ({
      id: `ms-late-${i + 1}`,
      title: `Late step ${pad(i + 1)}`,
      due: day(-30 - i),
      status: 'planned',
      done_on: null,
      notes: '',
      created_at: now,
      updated_at: now,
    })),
  };
  await seedGoals(page, [late], '/');
  const overdue = page.getByRole('region', { name: 'Still open from before' });
  const items = overdue.locator('a.item-title');
  await expect(items).toHaveCount(10);
  await overdue.getByRole('button', { name: 'Show all 14' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(14);
  await expect(items.nth(10)).toBeFocused();
  await expect(overdue.getByRole('button', { name: /Show all/ })).toHaveCount(0);
  // Every late step is there, each once.
  const names = (await items.allTextContents()).sort();
  expect(names).toEqual(Array.from({ length: 14 }, (_, i) => `Late step ${pad(i + 1)}`));
});

/** Application n (1-based), interested, its next action due n days from today. */
function application(n: number) {
  const at = new Date().toISOString();
  return {
    id: `a-list-${n}`, organisation: `Employer ${pad(n)}`, role: 'Analyst', stage: 'interested',
    history: [{ id: `a-list-${n}-s1`, stage: 'interested', on: day(-30), at }],
    next_action: 'Write to them', next_action_due: day(n), created_at: at, updated_at: at,
  };
}

test('a long job-search column and list draw thirty cards, then more, and a new application is drawn and focused wherever it sorts', async ({ page }) => {
  await seed(page, { search: { applications: Array.from({ length: 70 }, (_, i) => application(i + 1)), contacts: [], conversations: [] } }, '/search', 3);
  const column = page.locator('.board-column', { has: page.locator('#column-interested') });
  const cards = column.locator('.app-card');
  await expect(cards).toHaveCount(30);
  await expect(column.getByText('30 of 70 shown.')).toBeVisible();
  await column.getByRole('button', { name: 'Show more' }).click();
  await expect(cards).toHaveCount(60);
  await expect(page.getByRole('link', { name: 'Analyst at Employer 31' })).toBeFocused();

  // A new application has no next action, so it sorts last: it is still drawn, with focus.
  await page.locator('#add-application').click();
  await page.locator('#app-org').fill('Latecomer Ltd');
  await page.locator('#app-org').press('Enter');
  await expect(page.locator(':focus')).toHaveText(/Move to Applied.*Latecomer/);
  await expect(cards).toHaveCount(61);

  // The list starts again at thirty, counting every application.
  await page.getByRole('button', { name: 'List' }).click();
  const listed = page.locator('.app-list .app-card');
  await expect(listed).toHaveCount(30);
  await expect(page.getByText('30 of 71 shown.')).toBeVisible();
  await page.getByRole('button', { name: 'Show more applications' }).click();
  await expect(listed).toHaveCount(60);
  await expect(page.getByRole('link', { name: 'Analyst at Employer 31' })).toBeFocused();
});

/** A journal of 40 wins (every fifth for goal 1, every seventh for goal 2) and 12 setbacks, newest first by number. */
function journalWorkbook() {
  const at = new Date().toISOString();
  const wins = Array.from({ length: 40 }, (_, i) => ({
    id: `w-${i + 1}`, date: day(-(i + 1)), what_happened: `Win ${pad(i + 1)}`, what_it_shows: '',
    goal_id: (i + 1) % 5 === 0 ? 'g-list-1' : (i + 1) % 7 === 0 ? 'g-list-2' : null, milestone_id: null,
    created_at: at, updated_at: at,
  }));
  const setbacks = Array.from({ length: 12 }, (_, i) => ({
    id: `s-${i + 1}`, date: day(-(i + 1) * 3), what_happened: `Setback ${pad(i + 1)}`, created_at: at, updated_at: at,
  }));
  return { goals: [goal(1), goal(2), goal(3)], journal: { wins, sessions: [] }, setbacks };
}

test('the journal draws its latest setbacks, then older ones; its filter offers the goals that have wins; a link to an old win or setback draws it', async ({ page }) => {
  await seed(page, journalWorkbook(), '/journal');
  const entries = page.getByRole('region', { name: 'Your entries' });
  await expect(entries.locator('li.entry-win')).toHaveCount(15);
  // Only goals with wins are offered, not goal 3.
  await expect(page.getByLabel('Show').locator('option')).toHaveText(['Everything', 'Wins for: Goal 01', 'Wins for: Goal 02']);

  const part = page.getByRole('region', { name: 'Setbacks' });
  const items = part.locator('li.entry-setback');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText('Setback 01');
  await expect(part.getByText('5 of 12 shown.')).toBeVisible();
  await part.getByRole('button', { name: 'Show older setbacks' }).click();
  await expect(items).toHaveCount(10);
  await expect(items.nth(5)).toBeFocused();
  await part.getByRole('button', { name: 'Show older setbacks' }).click();
  await expect(items).toHaveCount(12);
  await expect(items.nth(10)).toBeFocused();
  await expect(part.getByRole('button', { name: 'Show older setbacks' })).toHaveCount(0);

  // A link to the oldest setback, and to a win far down the list, each opened afresh.
  await page.goto('/');
  await page.goto('/journal#setback-s-12');
  await expect(page.locator('#setback-s-12')).toBeInViewport();
  await expect(page.locator('#setback-s-12')).toContainText('Setback 12');
  await expect(items).toHaveCount(12);
  await page.goto('/');
  await page.goto('/journal#win-w-38');
  await expect(page.locator('#win-w-38')).toBeInViewport();
  await expect(entries.locator('li.entry-win')).toHaveCount(40);
});

test('years of check-ins draw the trend as lines, and the table of every rating when it is opened', async ({ page }) => {
  const at = new Date().toISOString();
  const checkins = Array.from({ length: 100 }, (_, i) => ({
    id: `k-${i + 1}`, date: day(-7 * (i + 1)), did: '', blockers: '', next: '', confidence: 1 + (i % 10), energy: 10 - (i % 10),
    commitments_made: [], created_at: at, updated_at: at,
  }));
  await seed(page, { checkins: { plan: { cadence: 'weekly', start: day(-800) }, plan_changed_at: at, checkins, commitments: [] } }, '/checkins');
  const trend = page.getByRole('region', { name: "How you've been feeling" });
  // A hundred markers would pile up: the lines alone.
  await expect(trend.locator('svg.trend-chart polyline')).toHaveCount(2);
  await expect(trend.locator('svg.trend-chart circle, svg.trend-chart rect')).toHaveCount(0);
  await expect(trend.locator('tbody tr')).toHaveCount(0);
  await trend.getByText('See every rating as a table').click();
  await expect(trend.locator('tbody tr')).toHaveCount(100);
  await expect(trend.locator('tbody tr').first()).toContainText('1 of 10');
});

test("a goal's long plan draws every step, and its last step moves by keyboard like the first", async ({ page }) => {
  // The first five steps are drawn with the section, the rest in a task of their own.
  const steps = Array.from({ length: 9 }, (_, i) => ({ id: `ms-long-${i + 1}`, title: `Step ${i + 1}`, due: day(i + 1), status: 'planned' }));
  await seedGoals(page, [{ ...goal(1), milestones: steps }], '/goals/g-list-1');
  const rows = page.locator('.milestone-title');
  await expect(rows).toHaveText(steps.map((s) => new RegExp(`${s.title}$`)));
  await expect(page.getByText('0 of 9 done')).toBeVisible();
  await page.getByRole('button', { name: 'Move “Step 9” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(7)).toHaveText(/Step 9$/);
  await expect(rows.nth(8)).toHaveText(/Step 8$/);
  await expect(page.getByRole('button', { name: 'Move “Step 9” up' })).toBeFocused();
});
