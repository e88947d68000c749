// Self-discovery journeys: taking exercises by keyboard alone, the values sort and
// ranking without a mouse, resuming after a reload, retaking and comparing, the
// profile, and axe-core on every discover page in light and dark.
import { Page } from '@playwright/test';
import { test, expect, open, welcome, saved, expectAccessible, tabTo } from './fixtures';

/** Answers the screen on show with number keys, then presses Enter to go on. */
async function keys(page: Page, digits: string, enter = true) {
  for (const d of digits) await page.keyboard.press(d);
  if (enter) await page.keyboard.press('Enter');
}

async function expectPart(page: Page, n: number, of: number) {
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Part ${n} of ${of}`) })).toBeVisible();
}

// Interests: screens of six activities in type order R I A S E C; 1 like, 2 not sure,
// 3 dislike. S always liked, I liked on five screens, A on three → code SIA.
const INTEREST_SCREENS = Array.from({ length: 7 }, (_, k) => `3${k < 5 ? 1 : 2}${k < 3 ? 1 : 2}132`);

async function doInterests(page: Page) {
  await open(page, '/discover/interests');
  await expectPart(page, 1, 7);
  for (const [k, screen] of INTEREST_SCREENS.entries()) {
    await keys(page, screen);
    if (k < 6) await expectPart(page, k + 2, 7);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Interests: your results' })).toBeVisible();
}

// Values: 1 very important, 2 important, 3 less important, in content order.
const VALUE_SCREENS = ['121233', '211322', '233333', '333333'];

async function sortValues(page: Page) {
  await open(page, '/discover/values');
  for (const [k, screen] of VALUE_SCREENS.entries()) {
    await expectPart(page, k + 1, 5);
    await keys(page, screen);
  }
  await expectPart(page, 5, 5);
}

async function finishByKeyboard(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'See my results' }));
  await page.keyboard.press('Enter');
}

async function doValues(page: Page) {
  await sortValues(page);
  await tabTo(page, page.getByRole('button', { name: 'Teamwork', exact: true }));
  await page.keyboard.press('Space');
  await finishByKeyboard(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Work values sort: your results' })).toBeVisible();
}

// Skills: seven screens of five pairs (skill, enjoyment).
async function doSkills(page: Page) {
  await open(page, '/discover/skills');
  for (let k = 0; k < 7; k++) await keys(page, '5552252244');
  await expect(page.getByRole('heading', { level: 1, name: 'Motivated skills: your results' })).toBeVisible();
}

async function doWheel(page: Page, first = '7568', second = '4965') {
  await open(page, '/discover/wheel');
  await keys(page, first);
  await keys(page, second);
  await keys(page, '2');
  await expect(page.getByRole('heading', { level: 1, name: 'Career satisfaction wheel: your results' })).toBeVisible();
}

async function doStyle(page: Page) {
  await open(page, '/discover/style');
  for (let k = 0; k < 5; k++) await keys(page, '45214');
  await expect(page.getByRole('heading', { level: 1, name: 'Work style: your results' })).toBeVisible();
}

async function doVision(page: Page) {
  await open(page, '/discover/vision');
  const answers = [
    'teaching small groups, with time to prepare',
    'running my own workshops',
    'leading a small training team',
    'I helped hundreds of people learn with confidence',
    'it lets me be useful and curious at once',
  ];
  for (const text of answers) {
    await page.getByRole('textbox').fill(text);
    await page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Vision: your results' })).toBeVisible();
}

async function doBeliefs(page: Page) {
  await open(page, '/discover/beliefs');
  await page.getByLabel('The belief').fill("I'm too old to change careers");
  await page.getByLabel('What doesn\'t fit it').fill('Two friends changed at fifty');
  await page.getByLabel('A more balanced way to put it').fill('My experience is an asset in a new field');
  await page.getByLabel('A small experiment').fill('Have coffee with one person who switched late');
  await expect(page.getByRole('link', { name: 'Turn this experiment into a goal' })).toHaveAttribute(
    'href',
    /\/goals\/new\?title=Have%20coffee%20with%20one%20person%20who%20switched%20late&category=other/,
  );
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Limiting beliefs: your results' })).toBeVisible();
}

test('the overview lists every exercise, says they are reflection aids, and suggests a start', async ({ page }) => {
  await welcome(page, 'Ada', "I feel stuck or stalled where I am");
  await open(page, '/discover');
  await expect(page.getByText('These are reflection aids, not tests')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
  await expect(page.getByText('Start with the satisfaction wheel')).toBeVisible();
  const cards = page.locator('.disc-card');
  await expect(cards).toHaveCount(7);
  for (const title of ['Work values sort', 'Interests', 'Motivated skills', 'Career satisfaction wheel', 'Work style', 'Vision', 'Limiting beliefs']) {
    const card = cards.filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await expect(card).toContainText('Not started');
    await expect(card).toContainText(/About \d+ minutes/);
    await expect(card.getByRole('link', { name: `Start the ${title.toLowerCase()}` })).toBeVisible();
  }
});

test('interests can be completed by keyboard alone, ending in a three-letter code and a chart', async ({ page }) => {
  await welcome(page);
  await open(page, '/discover');
  await tabTo(page, page.getByRole('link', { name: 'Start the interests' }));
  await page.keyboard.press('Enter');
  await expectPart(page, 1, 7);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', '0 of 42 answered');

  // First screen: answer with number keys, then change the first answer with Tab and arrows.
  await keys(page, '1' + INTEREST_SCREENS[0].slice(1), false);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', '6 of 42 answered');
  const first = page.getByRole('radiogroup').first();
  await tabTo(page, first.getByRole('radio', { name: 'Like', exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio', { name: 'Dislike', exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expectPart(page, 2, 7);

  for (const screen of INTEREST_SCREENS.slice(1)) await keys(page, screen);
  await expect(page.getByRole('heading', { level: 1, name: 'Interests: your results' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Your code: SIA');
  const chart = page.getByRole('img', { name: /Your interest scores: Realistic 0 of 100, Investigative 86 of 100/ });
  await expect(chart).toBeVisible();
  await expect(page.getByText('Social: 100 of 100')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Social — / })).toBeVisible();

  await open(page, '/discover');
  const card = page.locator('.disc-card').filter({ hasText: 'Interests' }).first();
  await expect(card).toContainText('Done on');
  await expect(card).toContainText('Your code: SIA');
  await expect(card.getByRole('link', { name: 'See results of the interests' })).toBeVisible();
});

test('the values sort and top five work by keyboard alone', async ({ page }) => {
  await welcome(page);
  await sortValues(page);
  // Very important values are in the top five already; one more is chosen.
  const order = page.getByRole('region', { name: 'Your top 5, in order' });
  await expect(order.getByRole('listitem')).toHaveText([/Autonomy/, /Creativity/, /Work–life balance/, /Learning/, /Choose one more/]);
  await tabTo(page, page.getByRole('button', { name: 'Teamwork', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Teamwork', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('5 of 5 chosen')).toBeVisible();
  // A full list takes no more until one is taken out.
  await tabTo(page, page.getByRole('button', { name: 'Helping others', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('Your top 5 is full');
  // Reorder with the move buttons; focus stays on the button just used.
  await tabTo(page, page.getByRole('button', { name: 'Move Learning up' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Learning up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Learning is now number 2');
  await expect(order.getByRole('listitem')).toHaveText([/Autonomy/, /Learning/, /Creativity/, /Work–life balance/, /Teamwork/]);
  await finishByKeyboard(page);

  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Top value: Autonomy');
  await expect(page.locator('.disc-top-list li')).toHaveText([/^Autonomy/, /^Learning/, /^Creativity/, /^Work–life balance/, /^Teamwork/]);
  await expect(page.getByRole('heading', { name: 'Very important (4)' })).toBeVisible();
});

test('leaving mid-way and reloading resumes at the first unanswered item', async ({ page }) => {
  await welcome(page);
  await open(page, '/discover/style');
  await keys(page, '45214');
  await expectPart(page, 2, 5);
  await keys(page, '33', false);
  await saved(page);
  await page.reload();
  await expectPart(page, 2, 5);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', '7 of 25 answered');
  const groups = page.getByRole('radiogroup');
  await expect(groups.nth(0).getByRole('radio', { checked: true })).toHaveAccessibleName('Neither agree nor disagree');
  await expect(groups.nth(2).getByRole('radio', { checked: true })).toHaveCount(0);
  // The next number key answers the first open statement on the page.
  await page.keyboard.press('5');
  await expect(groups.nth(2).getByRole('radio', { name: 'Strongly agree' })).toBeChecked();

  await open(page, '/discover');
  const card = page.locator('.disc-card').filter({ has: page.getByRole('heading', { name: 'Work style' }) });
  await expect(card).toContainText('In progress: 8 of 25');
  await card.getByRole('link', { name: 'Continue the work style' }).click();
  await expectPart(page, 2, 5);

  // Start over asks first, then clears the answers.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { name: 'Start this exercise over?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', '8 of 25 answered');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expectPart(page, 1, 5);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', '0 of 25 answered');
});

test('retaking the wheel keeps both results and compares them side by side', async ({ page }) => {
  await welcome(page);
  await doWheel(page);
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Average 6.3 / 10');
  await page.getByRole('button', { name: 'Retake' }).click();
  await expectPart(page, 1, 3);
  const pay = page.getByRole('radiogroup', { name: 'Pay', exact: true });
  await expect(pay.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await pay.locator('label').filter({ hasText: /^8$/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();

  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Average 6.6 / 10');
  await expect(page.getByRole('img', { name: /Dashed outlines show earlier wheels/ })).toBeVisible();
  await expect(page.getByText('Pay: 8 of 10 (before: 5)')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);

  const compare = page.getByRole('region', { name: 'Compare two results' });
  await expect(compare.getByText('2 of 10 lines changed.')).toBeVisible();
  const payRow = compare.getByRole('row', { name: /^Pay/ });
  await expect(payRow.getByRole('cell')).toHaveText(['5', '8', '+3']);
  await compare.getByLabel('Only show what changed').check();
  await expect(compare.getByRole('row')).toHaveCount(4);
  await compare.getByLabel('Another result').selectOption({ index: 0 });
  await expect(compare.getByText('These are the same result')).toBeVisible();

  // An earlier result can be shown again from the history.
  await history.getByRole('link', { name: /Show the result from/ }).click();
  await expect(page.getByText(/An earlier result, from/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Average 6.3 / 10');
});

test('the profile gathers the latest results and invites the rest', async ({ page }) => {
  await welcome(page);
  await open(page, '/profile');
  await expect(page.getByRole('heading', { name: 'Nothing to gather yet' })).toBeVisible();
  await doValues(page);
  await doInterests(page);
  await doSkills(page);
  await open(page, '/profile');
  await expect(page.getByText('What matters most to you: Autonomy, Creativity and Work–life balance.')).toBeVisible();
  const values = page.getByRole('region', { name: 'Top values' });
  await expect(values.getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Interests' })).toContainText('Your code: SIA');
  await expect(page.getByRole('img', { name: /Interest scores/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Motivated skills' })).toContainText('Motivated strengths');
  const invites = page.getByRole('region', { name: 'Still to explore' });
  await expect(invites.getByRole('listitem')).toHaveCount(4);
  await expect(invites.getByRole('link', { name: 'Start the vision' })).toHaveAttribute('href', /\/discover\/vision$/);
});

test('growth areas and experiments link to new goals with the details filled in', async ({ page }) => {
  await welcome(page);
  await doSkills(page);
  const next = page.getByRole('region', { name: 'Turn a growth area into a goal' });
  const link = next.getByRole('link', { name: 'Make it a goal for Listening closely' });
  await expect(link).toHaveAttribute('href', /\/goals\/new\?title=Build%20my%20skill%3A%20Listening%20closely&category=skill&skill=Listening%20closely$/);
  await expect(page.getByRole('img', { name: /Your skills map/ })).toBeVisible();
  await doBeliefs(page);
  await expect(page.getByText('My experience is an asset in a new field')).toBeVisible();
  await expect(page.getByRole('link', { name: /Make this a goal/ })).toHaveAttribute('href', /category=other$/);
});

test('the vision statement can be edited on its results page and is kept', async ({ page }) => {
  await welcome(page);
  await doVision(page);
  const box = page.getByLabel('Edit it until it sounds like you');
  await expect(box).toHaveValue(/On a good workday: Teaching small groups, with time to prepare\./);
  await box.fill('I help people learn with confidence, in work that keeps me curious.');
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Edit it until it sounds like you')).toHaveValue('I help people learn with confidence, in work that keeps me curious.');
  await open(page, '/profile');
  await expect(page.getByRole('region', { name: 'Vision' })).toContainText('I help people learn with confidence');
});

test('every discover page passes axe-core, in light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  await welcome(page);
  const pages: [string, () => Promise<void>][] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/discover');
    await expectAccessible(page, `overview (${scheme})`);
    await open(page, '/discover/interests');
    await keys(page, '12', false);
    await expectAccessible(page, `an item screen (${scheme})`);
    await open(page, '/discover/skills');
    await keys(page, '345', false);
    await expectAccessible(page, `a pair screen (${scheme})`);
    await open(page, '/discover/values');
    await expectAccessible(page, `the values sort (${scheme})`);
    await open(page, '/discover/beliefs');
    await expectAccessible(page, `the beliefs editor (${scheme})`);
    await open(page, '/profile');
    await expectAccessible(page, `empty profile (${scheme})`);
    await open(page, '/discover/nonsense');
    await expectAccessible(page, `unknown exercise (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await sortValues(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `the top-five ranking (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await tabTo(page, page.getByRole('button', { name: 'Teamwork', exact: true }));
  await page.keyboard.press('Space');
  await finishByKeyboard(page);
  await doInterests(page);
  await doSkills(page);
  await doWheel(page);
  await page.getByRole('button', { name: 'Retake' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Compare two results' })).toBeVisible();
  await doStyle(page);
  await doVision(page);
  await doBeliefs(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['values', 'interests', 'skills', 'wheel', 'style', 'vision', 'beliefs']) {
      await open(page, `/discover/${id}/results`);
      await expectAccessible(page, `${id} results (${scheme})`);
    }
    await open(page, '/discover');
    await expectAccessible(page, `overview with results (${scheme})`);
    await open(page, '/profile');
    await expect(page.getByRole('region', { name: 'Vision' })).toBeVisible();
    await expectAccessible(page, `full profile (${scheme})`);
  }
  void pages;
});

// Screenshots for looking at the pages (SHOTS=1 to run): 375 and 1280 wide, light and dark.
test('screenshots', async ({ page }) => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to take screenshots');
  test.setTimeout(240_000);
  await welcome(page);
  const shoot = async (name: string) => {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForTimeout(100);
        await page.screenshot({ path: `test-results/shots/${name}-${width}-${scheme}.png`, fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await open(page, '/discover');
  await shoot('overview-empty');
  await open(page, '/discover/interests');
  await keys(page, '12', false);
  await shoot('take-interests');
  await open(page, '/discover/skills');
  await keys(page, '345', false);
  await shoot('take-skills');
  await open(page, '/discover/wheel');
  await keys(page, '7', false);
  await shoot('take-wheel');
  await open(page, '/discover/style');
  await keys(page, '4', false);
  await shoot('take-style');
  await open(page, '/discover/beliefs');
  await shoot('take-beliefs');
  await sortValues(page);
  await shoot('take-rank');
  await tabTo(page, page.getByRole('button', { name: 'Teamwork', exact: true }));
  await page.keyboard.press('Space');
  await finishByKeyboard(page);
  await shoot('results-values');
  await doInterests(page);
  await shoot('results-interests');
  await doSkills(page);
  await shoot('results-skills');
  await doWheel(page);
  await page.getByRole('button', { name: 'Retake' }).click();
  await keys(page, '', true);
  await keys(page, '', true);
  await keys(page, '', true);
  await shoot('results-wheel');
  await doVision(page);
  await shoot('results-vision');
  await doBeliefs(page);
  await shoot('results-beliefs');
  await open(page, '/discover/style');
  await shoot('take-style-resume');
  await open(page, '/discover');
  await shoot('overview');
  await open(page, '/profile');
  await shoot('profile');
});
