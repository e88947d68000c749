// Evidence: wins and stories grouped by the skill they show with counts over time, a
// brag document to download, and practice pre-picking the story that fits a question.
import { readFile } from 'node:fs/promises';
import { test, expect, seed, open, goByNav, saved, expectAccessible } from './fixtures';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const at = (offset: number) => `${day(offset)}T09:00:00Z`;

const win = (id: string, offset: number, what: string, shows: string) => ({
  id, date: day(offset), what_happened: what, what_it_shows: shows, goal_id: null, milestone_id: null,
  created_at: at(offset), updated_at: at(offset),
});

const story = (id: string, title: string, skills: string[], when: string, extra: Record<string, unknown> = {}) => ({
  id, title, situation: 'The team needed it.', task: 'Make it happen.', action: 'I planned it and I did it.',
  result: 'It worked.', measure: '', skills, values: [], when, win_ids: [], goal_ids: [], practice: [],
  created_at: at(-3), updated_at: at(-3), ...extra,
});

function evidence() {
  return {
    journal: {
      wins: [
        win('w-1', -10, "Led the volunteers' planning meeting", 'Speaking to a group'),
        win('w-2', -40, 'Explained the new rota to the whole team', 'Speaking to a group and explaining complex things simply'),
        win('w-3', -400, 'Ran the charity quiz night', 'Patience'),
        win('w-4', -5, 'Fixed the office printer', ''),
      ],
      sessions: [],
    },
    stories: [
      story('st-1', 'The town hall talk', ['presenting'], day(-60), { result: 'The plan was agreed', measure: '120 people came' }),
      story('st-2', 'The rota row', ['mediating'], ''),
    ],
  };
}

test('a win becomes a story, and practising a question it fits has that story chosen already', async ({ page }) => {
  await seed(page, {
    journal: { wins: [win('w-1', -5, 'Calmed a row between two volunteers and kept the workshop running', 'Resolving conflict')], sessions: [] },
    stories: [story('st-9', 'The budget spreadsheet', ['numbers'], '2025')],
  }, '/journal');
  await page.getByRole('link', { name: 'Turn into a story' }).click();
  await page.getByLabel(/^Task/).fill('Keep the workshop on schedule.');
  await page.getByLabel(/^Action/).fill('I listened to each of them and I proposed a rota.');
  await page.getByLabel(/^Result/).fill('Both volunteers stayed and the workshop finished on time.');
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect(page).toHaveURL(/\/stories\/st-/);
  await saved(page);

  await goByNav(page, 'Stories');
  await page.getByRole('link', { name: 'Practise for an interview' }).click();
  await page.getByLabel('Theme').selectOption('conflict');
  await page.getByLabel('Question', { exact: true }).selectOption('conflict-two');
  await expect(page.getByRole('radio', { name: /Calmed a row.*shows Resolving conflict/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /The budget spreadsheet/ })).not.toBeChecked();

  // Once the person chooses a story, another question leaves it chosen.
  await page.getByRole('radio', { name: /The budget spreadsheet/ }).check();
  await page.getByLabel('Question', { exact: true }).selectOption('conflict-customer');
  await expect(page.getByRole('radio', { name: /The budget spreadsheet/ })).toBeChecked();

  // The win and its story count as evidence of the skill.
  await goByNav(page, 'Stories');
  await page.getByRole('link', { name: 'Your evidence by skill' }).click();
  await expect(page).toHaveURL(/\/stories\/evidence$/);
  await expect(page.getByRole('region', { name: 'Resolving conflict' })).toContainText('1 win and 1 story');
});

test('the evidence view groups wins and stories by skill with their counts, and the journal leads to it', async ({ page }) => {
  await seed(page, evidence(), '/journal');
  await page.getByRole('link', { name: /See what your wins show/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your evidence' })).toBeVisible();
  await expect(page.getByText('You have 4 wins and 2 stories so far, showing 4 skills and strengths.')).toBeVisible();

  const groups = page.locator('.evidence-group h3');
  await expect(groups).toHaveText(['Speaking to a group', 'Explaining complex things simply', 'Resolving conflict', 'Patience', 'Not tagged with a skill yet']);
  const speaking = page.getByRole('region', { name: 'Speaking to a group' });
  await expect(speaking.locator('.evidence-sentence')).toHaveText(/^2 wins and 1 story/);
  await expect(speaking.locator('svg rect')).not.toHaveCount(0);
  await speaking.getByText('See 2 wins and 1 story').click();
  await expect(speaking.getByRole('link', { name: 'The town hall talk' })).toBeVisible();
  await expect(speaking.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Not tagged with a skill yet' })).toContainText('Turn a win into a story');
});

test('a brag document for the last year downloads with a section per skill, a custom period is checked, and an empty one says so', async ({ page }) => {
  await seed(page, evidence(), '/stories/evidence');
  const brag = page.getByRole('region', { name: 'Brag document' });
  await brag.getByRole('radio', { name: 'The last year' }).check();
  await expect(brag.getByText('It will hold 3 wins and 2 stories.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    brag.getByRole('button', { name: 'Download brag document' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^waymark-brag-document-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile(await download.path(), 'utf8');
  const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l));
  expect(headings).toEqual([
    '# Brag document: Ada',
    '## Speaking to a group',
    '## Explaining complex things simply',
    '## Resolving conflict',
    '## Not tagged with a skill yet',
  ]);
  expect(md).toMatch(/^### /m);
  expect(md).toContain('Story: **The town hall talk** — The plan was agreed · 120 people came');
  expect(md).not.toContain('quiz night');

  // A custom period that runs backwards is refused beside its field.
  await brag.getByRole('radio', { name: 'Choose the dates' }).check();
  await brag.getByLabel(/^From/).fill(day(-1));
  await brag.getByLabel(/^To/).fill(day(-20));
  await brag.getByRole('button', { name: 'Download brag document' }).click();
  await expect(page.locator('#brag-from-error')).toHaveText('The start date is after the end date. Choose a start on or before the end.');
  await expect(brag.getByLabel(/^From/)).toHaveAttribute('aria-invalid', 'true');

  // A period with nothing in it still downloads, and says so.
  await brag.getByLabel(/^From/).fill(day(-1000));
  await brag.getByLabel(/^To/).fill(day(-900));
  await expect(brag.getByText(/Nothing falls in that time yet/)).toBeVisible();
  const [empty] = await Promise.all([
    page.waitForEvent('download'),
    brag.getByRole('button', { name: 'Download brag document' }).click(),
  ]);
  const none = await readFile(await empty.path(), 'utf8');
  expect(none.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Brag document: Ada']);
  expect(none).toContain('Nothing is recorded for this time yet.');
});

test('evidence says what it is for when empty, and is accessible at 320 px and in both schemes', async ({ page }) => {
  await seed(page, {}, '/stories/evidence');
  await expect(page.getByRole('heading', { name: 'Your evidence will gather here' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log a win' })).toBeVisible();
  await expectAccessible(page, '/stories/evidence empty');

  await seed(page, evidence(), '/stories/evidence');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/stories/evidence');
    await page.getByRole('region', { name: 'Speaking to a group' }).getByText('See 2 wins and 1 story').click();
    await page.getByRole('radio', { name: 'Choose the dates' }).check();
    await expectAccessible(page, `/stories/evidence ${scheme}`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, '/stories/evidence');
  await page.getByRole('radio', { name: 'Choose the dates' }).check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'sideways scroll on /stories/evidence').toBeLessThanOrEqual(0);
});

test('evidence screenshots for review', async ({ page }) => {
  await seed(page, evidence(), '/stories/evidence');
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/stories/evidence');
      await page.getByRole('region', { name: 'Speaking to a group' }).getByText('See 2 wins and 1 story').click();
      await page.screenshot({ path: `/work/shots/evidence-${width}-${scheme}.png`, fullPage: true });
    }
  }
});
