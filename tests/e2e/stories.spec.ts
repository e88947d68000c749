// The story bank: a win becomes a story with its link back, live hints while writing,
// practising a question that suggests the story, and which strengths still need one.
import { test, expect, seed, open, goByNav, saved, expectAccessible } from './fixtures';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const at = (offset: number) => `${day(offset)}T09:00:00Z`;

const skills = {
  instrument: 'skills',
  taken_at: at(-30),
  answers: {},
  outcome: { kind: 'quadrants', points: [], strengths: ['mediating', 'writing'], burnout_risks: [], growth_areas: [], rest: [] },
};

function withWin(extra: Record<string, unknown> = {}) {
  return {
    discovery: { results: { skills: [skills] } },
    journal: {
      wins: [
        {
          id: 'w-1', date: day(-5),
          what_happened: 'Calmed a row between two volunteers and kept the workshop running',
          what_it_shows: 'Resolving conflict', goal_id: null, milestone_id: null,
          created_at: at(-5), updated_at: at(-5),
        },
      ],
      sessions: [],
    },
    ...extra,
  };
}

const story = {
  id: 'st-1', title: 'The volunteers’ row', situation: 'Two volunteers fell out before a workshop.',
  task: 'Keep the workshop on track.', action: 'I listened to each of them and proposed a rota.',
  result: 'Both stayed and the workshop finished on time.', measure: '', skills: ['mediating'], values: [], when: '2026-03',
  win_ids: [], goal_ids: [], practice: [], created_at: at(-3), updated_at: at(-3),
};

test('a win becomes a story with its link back, a "we" action gets a hint until it says "I", and practising a question that suggests it is kept in its history', async ({ page }) => {
  await seed(page, withWin(), '/journal');
  await page.getByRole('link', { name: 'Turn into a story' }).click();
  await expect(page).toHaveURL(/\/stories\/new\?win=w-1$/);
  await expect(page.getByLabel(/^Situation/)).toHaveValue('Calmed a row between two volunteers and kept the workshop running');
  await expect(page.getByLabel('A short title')).toHaveValue('Calmed a row between two volunteers and kept…');
  await expect(page.getByRole('link', { name: /Win on .*Calmed a row/ })).toBeVisible();

  await page.getByLabel(/^Task/).fill('Keep the workshop on schedule for the families.');
  const action = page.getByLabel(/^Action/);
  await action.fill('We listened to both of them and we agreed a rota together.');
  const weHint = page.locator('#story-action-live').getByText(/says “we” throughout/);
  await expect(weHint).toBeVisible();
  await expect(action).toHaveAttribute('aria-describedby', /story-action-live/);
  await action.fill('We sat down together; I listened to each of them and I proposed a rota.');
  await expect(weHint).toHaveCount(0);
  await expect(page.locator('#story-action-live')).toContainText('Action reads well.');

  await page.getByLabel(/^Result/).fill('It went fine.');
  await expect(page.locator('#story-result-live')).toContainText('Say what changed');
  await page.getByLabel(/^Result/).fill('Both volunteers stayed and the workshop finished on time.');
  await expect(page.locator('#story-result-live')).toContainText('Result reads well.');
  await page.locator('summary', { hasText: 'Skills it shows' }).click();
  await expect(page.getByLabel('Resolving conflict')).toBeChecked();
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect(page).toHaveURL(/\/stories\/st-/);
  await expect(page.getByRole('link', { name: /Win on .*Calmed a row/ })).toBeVisible();
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.stories);
  expect(stored).toHaveLength(1);
  expect(stored[0].win_ids).toEqual(['w-1']);
  expect(stored[0].skills).toEqual(['mediating']);

  // The list groups it by skill; coverage names the strength that has no story.
  await goByNav(page, 'Stories');
  await expect(page.getByRole('region', { name: 'Resolving conflict' })).toContainText('Calmed a row');
  const coverage = page.getByRole('region', { name: 'Skills with no story yet' });
  await expect(coverage.getByRole('listitem')).toHaveText(['Writing clearly']);

  // Practise a conflict question: the story is suggested.
  await page.getByRole('link', { name: 'Practise for an interview' }).click();
  await page.getByLabel('Theme').selectOption('conflict');
  await page.getByLabel('Question', { exact: true }).selectOption('conflict-two');
  await expect(page.locator('.question-text')).toHaveText("Describe a time you helped two people who weren't getting on.");
  const suggested = page.getByRole('radio', { name: /Calmed a row.*shows Resolving conflict/ });
  await expect(page.getByText('Stories that fit')).toBeVisible();
  await suggested.check();
  await expect(page.locator('#practice-estimate')).toContainText(/About .* to tell out loud/);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.getByText(/You took \d+ s\./)).toBeVisible();
  await page.getByRole('radio', { name: '4 · Good' }).check();
  await page.getByLabel(/What will you change next time/).fill('Start with the result.');
  await page.getByRole('button', { name: 'Save practice' }).click();
  await expect(page.getByText('Practice saved with the story.')).toBeVisible();

  await page.getByRole('link', { name: "See this story's practice" }).click();
  const history = page.getByRole('region', { name: 'Practice so far' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Describe a time you helped two people');
  await expect(history).toContainText('4 · Good');
  await expect(history).toContainText(/timed at \d+ s/);
  await expect(history).toContainText('Start with the result.');
});

test('saving needs something written, and a deleted story comes back with Undo', async ({ page }) => {
  await seed(page, { stories: [story] }, '/stories/new');
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByRole('alert')).toContainText('Write a title or at least one part of the story.');
  await expect(page.getByRole('alert')).toBeFocused();

  await open(page, '/stories');
  await page.getByRole('button', { name: /Delete “The volunteers’ row”/ }).click();
  await expect(page.getByText('Deleted “The volunteers’ row”.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'The volunteers’ row' })).toBeVisible();
});

test('the empty story bank says what it is for, and /stories and practice are accessible at 320 px and in both schemes', async ({ page }) => {
  await seed(page, withWin(), '/stories');
  await expect(page.getByRole('heading', { name: 'Your story bank is empty' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skills with no story yet' }).getByRole('listitem')).toHaveText(['Resolving conflict', 'Writing clearly']);
  await expectAccessible(page, '/stories empty');

  await seed(page, withWin({ stories: [story] }), '/stories');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/stories', '/stories/practice', '/stories/st-1']) {
      await open(page, path);
      if (path === '/stories/practice') await page.getByRole('radio', { name: /The volunteers/ }).check();
      await expectAccessible(page, `${path} ${scheme}`);
    }
  }
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/stories', '/stories/new', '/stories/practice', '/stories/st-1']) {
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('screenshots for review', async ({ page }) => {
  await seed(page, withWin({ stories: [story] }), '/stories');
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, path] of [['list', '/stories'], ['edit', '/stories/st-1'], ['practice', '/stories/practice']]) {
        await open(page, path);
        if (name === 'edit') await page.getByLabel(/^Action/).fill('We did it all together as a team.');
        if (name === 'practice') {
          await page.getByLabel('Theme').selectOption('conflict');
          await page.getByLabel('Question', { exact: true }).selectOption('conflict-two');
        }
        await page.screenshot({ path: `/work/shots/stories-${name}-${width}-${scheme}.png`, fullPage: true });
      }
    }
  }
});
