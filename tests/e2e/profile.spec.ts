// The profile: editing the name and situation at any time (and the suggestions that
// follow), and the pitch builder with the person's own material beside each part,
// versions kept with dates, and the latest in the report.
import { readFile } from 'node:fs/promises';
import { test, expect, seed, open, saved, welcome, expectAccessible } from './fixtures';

const at = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d.toISOString();
};

const stories = [
  {
    id: 'st-1', title: 'The Monday queue', situation: 'Support tickets piled up every weekend.',
    task: 'Clear them before the week began.', action: 'I wrote a triage guide and trained two colleagues.',
    result: 'Mondays start with an empty queue', measure: 'from 9 days to 2', skills: ['writing'], values: [], when: '2025',
    win_ids: [], goal_ids: [],
    practice: [{ id: 'pr-1', date: at(-2).slice(0, 10), question: 'q', rating: 5, change: '' }],
    created_at: at(-20), updated_at: at(-2),
  },
  {
    id: 'st-2', title: 'A quiet fix', situation: 'A form kept failing.', task: '', action: 'I found the cause.',
    result: '', measure: '', skills: [], values: [], when: '', win_ids: [], goal_ids: [], practice: [],
    created_at: at(-10), updated_at: at(-10),
  },
];

async function seedProfile(page: import('@playwright/test').Page) {
  const discovery = JSON.parse(await readFile('tests/e2e/goals-discovery.json', 'utf8'));
  await seed(page, { discovery, stories }, '/profile');
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('a pitch is built beside the person’s own material, saved as dated versions, and the latest shows on the profile and in the report', async ({ page }) => {
  await seedProfile(page);
  const pitchCard = page.locator('section.profile-pitch');
  await expect(pitchCard.getByText(/Nothing written yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Write your pitch' }).click();
  await expect(page.getByLabel('Headline: you in one line')).toBeFocused();

  // Their own material sits beside each part; nothing is written for them.
  const headAside = page.getByRole('complementary', { name: 'From your workbook for the headline' });
  await expect(headAside).toContainText('Autonomy');
  await expect(headAside).toContainText('Writing clearly');
  await expect(headAside).toContainText('ASI');
  const pitchAside = page.getByRole('complementary', { name: 'From your workbook for the 30-second pitch' });
  await expect(pitchAside.getByRole('link', { name: 'The Monday queue' })).toBeVisible();
  await expect(pitchAside).toContainText('from 9 days to 2');
  await expect(pitchAside).toContainText('practised once, best 5 of 5');
  await expect(pitchAside).toContainText('Teaching people to code');
  const aboutAside = page.getByRole('complementary', { name: 'From your workbook for the about me' });
  await expect(aboutAside).toContainText('Autonomy');
  await expect(page.getByLabel('Headline: you in one line')).toHaveValue('');
  await expect(page.getByLabel('Your 30-second pitch')).toHaveValue('');

  // Live hints: a headline too long for a line, a pitch over thirty spoken seconds.
  const headline = page.getByLabel('Headline: you in one line');
  await headline.fill(words(25));
  await expect(page.locator('#pitch-headline-live')).toContainText(/reads best in one line/);
  await headline.fill('I help small charities explain their work clearly');
  await expect(page.locator('#pitch-headline-live')).not.toContainText(/reads best/);
  const pitch = page.getByLabel('Your 30-second pitch');
  await pitch.fill(words(90));
  await expect(page.locator('#pitch-pitch-live')).toContainText(/Aim for 30 seconds/);
  await expect(pitch).toHaveAttribute('aria-describedby', /pitch-pitch-live/);
  await pitch.fill('I’m a support lead who writes guides people actually read. At my last job I cut our Monday backlog from nine days to two. Next I want to help a small charity get its message across.');
  await expect(page.locator('#pitch-pitch-live')).not.toContainText(/Aim for 30 seconds/);
  await page.getByLabel('About me: a short paragraph').fill('I care about freedom to do good work and about clear words.');
  await expectAccessible(page, 'the pitch builder');

  // Saving keeps what was typed through a reload first (a kept draft).
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Headline: you in one line')).toHaveValue('I help small charities explain their work clearly');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(pitchCard.locator('.pitch-latest')).toContainText('I help small charities explain their work clearly');
  await expect(pitchCard.locator('.pitch-latest')).toContainText(/Latest version · Saved/);
  await expect(page.getByRole('button', { name: 'Save as a new version' })).toHaveCount(0);

  // The same words again are not a new version.
  await page.getByRole('button', { name: 'Write a new version' }).click();
  await expect(page.getByLabel('Headline: you in one line')).toHaveValue('I help small charities explain their work clearly');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('alert')).toContainText(/same words as your latest version/);
  await page.getByLabel('Headline: you in one line').fill('Clear words for small charities');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(pitchCard.locator('.pitch-latest')).toContainText('Clear words for small charities');

  // The earlier version is listed, can be read and copied back.
  const versions = pitchCard.locator('.pitch-versions li');
  await expect(versions).toHaveCount(1);
  await versions.locator('summary').click();
  await expect(versions).toContainText('I help small charities explain their work clearly');
  await versions.getByRole('button', { name: /Copy into the builder/ }).click();
  await expect(page.getByLabel('Headline: you in one line')).toHaveValue('I help small charities explain their work clearly');
  await page.getByRole('button', { name: 'Not now' }).last().click();

  // Deleting a version can be undone (the version is still open).
  await versions.getByRole('button', { name: /^Delete/ }).click();
  await expect(pitchCard.locator('.pitch-versions li')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pitchCard.locator('.pitch-versions li')).toHaveCount(1);
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook') || '{}'));
  expect(stored.workbook.pitches.map((p: { headline: string }) => p.headline).sort()).toEqual(
    ['Clear words for small charities', 'I help small charities explain their work clearly'],
  );

  // The latest is in the report, and in its Markdown.
  await open(page, '/report');
  const pitchPart = page.locator('.report-section', { has: page.getByRole('heading', { name: 'My pitch' }) });
  await expect(pitchPart).toContainText('Clear words for small charities');
  await expect(pitchPart).toContainText('nine days to two');
  await expect(pitchPart).not.toContainText('explain their work clearly');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as Markdown/ }).click()]);
  const md = await readFile(await download.path(), 'utf8');
  expect(md).toContain('## My pitch');
  expect(md).toContain('**Headline:** Clear words for small charities');
});

test('the name and situation can be changed at any time, and the suggested next step and templates follow', async ({ page }) => {
  await seed(page, { profile: { name: 'Ada', situation: 'changing_careers', welcomed: true } }, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible();
  await expect(page.locator('.page-header .lead')).toContainText('work values and interests');

  await open(page, '/profile');
  const details = page.locator('section.profile-details');
  await expect(details).toContainText('Ada');
  await expect(details).toContainText("I'm changing careers");
  await expect(details.locator('.profile-next')).toContainText('work values and interests');
  await page.getByRole('button', { name: 'Edit your details' }).click();
  await expect(page.getByLabel('What should we call you?')).toBeFocused();
  await expect(page.getByLabel('What should we call you?')).toHaveValue('Ada');
  await expect(page.getByLabel("I'm changing careers")).toBeChecked();

  // What is typed is kept through a reload.
  await page.getByLabel('What should we call you?').fill('Grace');
  await page.getByLabel(/retired or semi-retired/).check();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('What should we call you?')).toHaveValue('Grace');
  await expect(page.getByLabel(/retired or semi-retired/)).toBeChecked();
  await expect(page.getByLabel("I'm freelancing or building a portfolio career")).toBeVisible();
  await expectAccessible(page, 'the details form');
  await page.getByRole('button', { name: 'Save details' }).click();

  await expect(details).toContainText('Grace');
  await expect(details).toContainText(/I'm retired or semi-retired/);
  await expect(details.locator('.profile-next')).toContainText('in the hours you want to give');
  await expect(page.getByRole('button', { name: 'Edit your details' })).toBeFocused();

  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Grace' })).toBeVisible();
  await expect(page.locator('.page-header .lead')).toContainText('in the hours you want to give');
  await open(page, '/discover');
  await expect(page.locator('main')).toContainText('in the hours you want to give');

  // Goal templates that fit the situation come first.
  await open(page, '/goals');
  const first = page.locator('.template-card').first();
  await expect(first).toContainText('Find meaningful part-time work');
  await expect(first).toContainText('Suggested for you');
  await expect(page.locator('.template-card')).toHaveCount(8);
  await first.getByRole('link').click();
  await expect(page.getByLabel('Goal title')).toHaveValue('Find work that matters to me');

  // "I'd rather not say" clears the situation, and the suggestion says how to get one.
  await open(page, '/profile');
  await page.getByRole('button', { name: 'Edit your details' }).click();
  await page.getByLabel("I'd rather not say").check();
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(details.locator('.profile-next')).toContainText('Choose the situation');
});

test('the welcome offers the new situations, and a portfolio career suggests its own start', async ({ page }) => {
  await welcome(page, 'Lin', "I'm freelancing or building a portfolio career");
  await expect(page.locator('.page-header .lead')).toContainText('strands of work');
  await open(page, '/goals/new');
  await page.getByText('Or start from a template').click();
  await expect(page.locator('.template-buttons button').first()).toContainText('Build a portfolio career (suggested for you)');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the profile with a pitch fits 320 px without sideways scrolling and is accessible (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 800 });
    const discovery = JSON.parse(await readFile('tests/e2e/goals-discovery.json', 'utf8'));
    const pitches = [
      { id: 'pv-1', headline: 'Guides people read, for teams that are stretched', pitch: 'I write support guides. '.repeat(6), about: 'A paragraph about me.', created_at: at(-30), updated_at: at(-30) },
      { id: 'pv-2', headline: 'Clear words for small charities that do big things', pitch: 'I help charities explain their work. '.repeat(4), about: 'Short and true.', created_at: at(-1), updated_at: at(-1) },
    ];
    await seed(page, { discovery, stories, pitches }, '/profile');
    await expect(page.locator('.pitch-latest')).toContainText('Clear words for small charities');
    await page.getByRole('button', { name: 'Write a new version' }).click();
    await page.getByRole('button', { name: 'Edit your details' }).click();
    await page.locator('.pitch-versions summary').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    await expectAccessible(page, `the profile at 320 px (${scheme})`);
  });
}
