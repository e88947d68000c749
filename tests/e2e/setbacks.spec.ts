// Setbacks and outcomes: writing a setback down makes the home page answer with the
// person's own wins, stories and why; a setback becomes a commitment (or moves a
// milestone) with the link kept; outcomes compare where I started with now and show the
// changes on a timeline; axe clean and no sideways scrolling at 320 px.
import { test, expect, seed, open, goByNav, saved, expectAccessible } from './fixtures';

/** The local day `offset` days from today, as `YYYY-MM-DD`. */
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const at = (offset: number) => `${day(offset)}T09:00:00Z`;

const AREAS = ['role', 'pay', 'growth', 'relationships', 'balance', 'purpose', 'environment', 'recognition'];
const wheel = (offset: number, values: number[]) => ({
  instrument: 'wheel',
  taken_at: at(offset),
  answers: {},
  outcome: { kind: 'ratings', scores: AREAS.map((id, i) => ({ id, value: values[i] })), average: 4, lowest: [], focus: null },
});

function workbook(extra: Record<string, unknown> = {}) {
  return {
    discovery: {
      results: {
        vision: [{ instrument: 'vision', taken_at: at(-60), answers: {}, outcome: { kind: 'statement', draft: '', statement: 'Work that helps families find their feet.' } }],
        beliefs: [{ instrument: 'beliefs', taken_at: at(-60), answers: {}, outcome: { kind: 'beliefs', records: [{ belief: "I'm too old to change careers", evidence_for: '', evidence_against: '', reframe: 'Experience is an asset', experiment: '' }] } }],
        wheel: [wheel(-200, [3, 4, 4, 3, 5, 4, 4, 3]), wheel(-5, [6, 5, 8, 4, 6, 7, 5, 5])],
      },
    },
    goals: [
      {
        id: 'g-ux', title: 'Move into UX research', outcome: 'A research role in a team that listens to users', status: 'active',
        created_at: at(-40), updated_at: at(-40),
        milestones: [{ id: 'm-port', title: 'Finish the portfolio', due: day(3), status: 'planned' }],
      },
    ],
    journal: {
      wins: [
        { id: 'w-1', date: day(-10), what_happened: 'Ran my first user interview', what_it_shows: 'Listening', goal_id: null, milestone_id: null, created_at: at(-10), updated_at: at(-10) },
      ],
      sessions: [],
    },
    stories: [
      { id: 'st-1', title: 'The volunteers’ row', situation: 'Two volunteers fell out.', task: '', action: 'I listened.', result: 'Both stayed.', measure: '', skills: [], values: [], when: '', win_ids: [], goal_ids: [], practice: [], created_at: at(-8), updated_at: at(-8) },
    ],
    checkins: { plan: { cadence: 'weekly', start: day(-14) }, plan_changed_at: at(-14), checkins: [], commitments: [] },
    ...extra,
  };
}

test('a setback written in the journal makes home answer with my own wins, stories and why, and becomes a commitment kept on it', async ({ page }) => {
  await seed(page, workbook(), '/');
  await expect(page.getByRole('region', { name: "A setback isn't the whole story" })).toHaveCount(0);

  await goByNav(page, 'Journal');
  const part = page.getByRole('region', { name: 'Setbacks' });
  await expect(part).toContainText('No setbacks written down');
  await part.getByRole('button', { name: 'Write about a setback' }).click();
  await page.getByRole('button', { name: 'Save setback' }).click();
  await expect(page.locator('#setback-what-error')).toContainText('Write a few words about what happened');
  await page.getByLabel(/^What happened\?/).fill('Turned down after the final interview at the clinic');
  await page.getByLabel(/^How did it feel\?/).fill('Gutted for a day');
  await page.getByLabel(/^What did I learn\?/).fill('They wanted more research examples');
  await page.getByLabel(/^What will I try next\?/).fill('Ask the clinic for feedback');
  await page.getByLabel(/^Another way to see it/).fill('Reaching the final round means I am close');
  await page.getByLabel(/Did it touch a belief/).selectOption({ label: "I'm too old to change careers" });
  await page.getByRole('button', { name: 'Save setback' }).click();
  const entry = part.getByRole('article', { name: /^Setback on / });
  await expect(entry).toContainText('Turned down after the final interview');
  await expect(entry).toContainText('Reaching the final round means I am close');
  await expect(entry).toContainText("I'm too old to change careers");
  await expectAccessible(page, 'journal with a setback');

  // It becomes a commitment, pre-filled with what I'll try next; the link shows on it.
  await entry.getByRole('button', { name: 'Turn into a next step' }).click();
  await expect(page.getByLabel(/^What I'll do/)).toHaveValue('Ask the clinic for feedback');
  await page.getByRole('button', { name: 'Save next step' }).click();
  await expect(entry).toContainText('Made into a commitment: Ask the clinic for feedback');
  await expect(entry.getByRole('button', { name: 'Turn into a next step' })).toHaveCount(0);
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook);
  expect(stored.setbacks).toHaveLength(1);
  expect(stored.checkins.commitments.map((c: { text: string }) => c.text)).toEqual(['Ask the clinic for feedback']);
  expect(stored.setbacks[0].commitment_id).toBe(stored.checkins.commitments[0].id);

  // Home answers with my own evidence and my why, not a generic message.
  await goByNav(page, 'Home');
  const card = page.getByRole('region', { name: "A setback isn't the whole story" });
  await expect(card).toContainText('Ran my first user interview');
  await expect(card.getByRole('link', { name: 'The volunteers’ row' })).toBeVisible();
  await expect(card).toContainText('Work that helps families find their feet.');
  await expect(card.getByRole('link', { name: 'Move into UX research' })).toBeVisible();
  await expect(card).toContainText('A research role in a team that listens to users');
  await expect(card).toContainText('Ask the clinic for feedback');
  await expectAccessible(page, 'home after a setback');

  // Edit, then delete and undo.
  await goByNav(page, 'Journal');
  await entry.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(/^What happened\?/).fill('Turned down after the final interview at the clinic, kindly');
  await page.getByRole('button', { name: 'Save setback' }).click();
  await expect(entry).toContainText('kindly');
  await entry.getByRole('button', { name: 'Delete' }).click();
  await expect(part.getByRole('article')).toHaveCount(0);
  await expect(page.locator('#undo-delete-setback')).toBeFocused();
  await page.locator('#undo-delete-setback').click();
  await expect(part.getByRole('article', { name: /^Setback on / })).toContainText('kindly');
  await expect(part).toContainText('Made into a commitment');
});

test('a setback moves a milestone, and a rejected application offers to write one down', async ({ page }) => {
  const application = {
    id: 'a-1', organisation: 'City Clinic', role: 'UX researcher', stage: 'closed', closed_reason: 'rejected',
    history: [{ id: 'sc-1', stage: 'closed', reason: 'rejected', on: day(-1), at: at(-1) }],
    created_at: at(-20), updated_at: at(-1),
  };
  await seed(page, workbook({ search: { applications: [application], contacts: [], conversations: [] } }), '/search/a-1');
  await page.getByRole('link', { name: 'Write about this setback' }).click();
  await expect(page).toHaveURL(/\/journal\?setback_app=a-1/);
  await expect(page.getByLabel(/^From an application/)).toHaveValue('a-1');
  await page.getByLabel(/^What happened\?/).fill('A no from City Clinic');
  await page.getByLabel(/^What will I try next\?/).fill('Add two case studies first');
  await page.getByRole('button', { name: 'Save setback' }).click();
  const entry = page.getByRole('region', { name: 'Setbacks' }).getByRole('article', { name: /^Setback on / });
  await expect(entry.getByRole('link', { name: 'UX researcher at City Clinic' })).toBeVisible();

  await entry.getByRole('button', { name: 'Turn into a next step' }).click();
  await page.getByLabel('As', { exact: true }).selectOption('milestone');
  await page.getByLabel('Milestone', { exact: true }).selectOption({ label: 'Move into UX research · Finish the portfolio' });
  await expect(page.getByLabel(/^Its title/)).toHaveValue('Finish the portfolio');
  await expect(page.getByLabel(/^Note to add to it/)).toHaveValue('Add two case studies first');
  await page.getByLabel(/^New date/).fill(day(30));
  await page.getByRole('button', { name: 'Save next step' }).click();
  await expect(entry).toContainText('Adjusted the milestone: Finish the portfolio');
  await saved(page);
  const goal = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.goals[0]);
  expect(goal.milestones[0].due).toBe(day(30));
  expect(goal.milestones[0].notes).toBe('Add two case studies first');

  // Written once, the application no longer offers it.
  await open(page, '/search/a-1');
  await expect(page.getByRole('link', { name: 'Write about this setback' })).toHaveCount(0);
});

test('outcomes: where I started against now, what changed, an event on the timeline, and the report shows it', async ({ page }) => {
  await seed(page, workbook(), '/');
  await goByNav(page, 'Outcomes');
  await expect(page.getByRole('heading', { level: 1, name: "How far you've come" })).toBeVisible();
  await expectAccessible(page, 'outcomes, empty');

  await page.getByRole('button', { name: 'Write where I started' }).click();
  await page.getByLabel(/^Role or title/).fill('Customer support agent');
  await page.getByLabel(/^Pay/).fill('£24k');
  await page.getByLabel(/^Hours/).fill('40 a week');
  await page.getByLabel(/^Confidence, 1 to 10/).fill('12');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#snapshot-confidence-error')).toContainText('1 to 10');
  await page.getByLabel(/^Confidence, 1 to 10/).fill('3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const start = page.getByRole('region', { name: 'Where I started' });
  await expect(start).toContainText('Customer support agent');
  await expect(start).toContainText('3 out of 10');

  // "Now" starts from where I started, ready to change.
  await page.getByRole('button', { name: 'Write where I am now' }).click();
  await expect(page.getByLabel(/^Role or title/)).toHaveValue('Customer support agent');
  await page.getByLabel(/^Role or title/).fill('UX researcher');
  await page.getByLabel(/^Pay/).fill('£38k');
  await page.getByLabel(/^Confidence, 1 to 10/).fill('7');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const changes = page.getByRole('region', { name: "What's changed" });
  await expect(changes).toContainText('Role: Customer support agent → UX researcher');
  await expect(changes).toContainText('Pay: £24k → £38k');
  await expect(changes).not.toContainText('Hours:');
  await expect(changes).toContainText('(+4)');
  const growth = changes.getByRole('row', { name: /^Growth/ });
  await expect(growth).toContainText('+4');

  const timeline = page.getByRole('region', { name: 'Along the way' });
  await timeline.getByRole('button', { name: 'Add a change' }).click();
  await page.getByLabel('What kind of change').selectOption('offer');
  await page.getByLabel(/^What changed\?/).fill('An offer from City Clinic');
  await page.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(timeline.getByRole('listitem')).toContainText(['Offer']);
  await expect(timeline).toContainText('An offer from City Clinic');
  await expectAccessible(page, 'outcomes with start, now and an event');

  await goByNav(page, 'Report');
  const section = page.locator('section.report-section', { hasText: "How far I've come" });
  await expect(section).toContainText('Customer support agent → UX researcher');
  await expect(section).toContainText('Offer: An offer from City Clinic');
});

test('setbacks, home and outcomes fit a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const setback = {
    id: 'sb-1', date: day(-2), what_happened: 'A no after the final interview, with a long explanation that has to wrap nicely on a small phone screen',
    learned: 'They wanted more research examples', try_next: 'Ask for feedback', reframe: 'Close is progress',
    created_at: at(-2), updated_at: at(-2),
  };
  const outcomes = {
    start: { as_of: day(-200), title: 'Customer support agent', pay: '£24k', hours: '40 a week', confidence: 3, wheel: AREAS.map((id) => ({ id, value: 3 })), updated_at: at(-200) },
    now: { as_of: day(-1), title: 'UX researcher', pay: '£38k', hours: '37.5 a week', confidence: 7, wheel: AREAS.map((id) => ({ id, value: 6 })), updated_at: at(-1) },
    events: [{ id: 'oe-1', date: day(-30), kind: 'promotion', what: 'Promoted to senior', created_at: at(-30), updated_at: at(-30) }],
  };
  await seed(page, workbook({ setbacks: [setback], outcomes }), '/');
  for (const path of ['/', '/journal', '/outcomes']) {
    await open(page, path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
  }
  await open(page, '/');
  await expect(page.getByRole('region', { name: "A setback isn't the whole story" })).toBeVisible();
});
