// Two tabs on the same workbook never lose each other's changes: each merges what the
// other saved (storage events) and says so quietly.
import { test, expect, open, seedSample, saved, welcome } from './fixtures';

async function goalIds(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.goals.map((g) => g.id));
}

async function editField(page, goalId: string, label: string | RegExp, value: string) {
  await open(page, `/goals/${goalId}`);
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.blur();
  await saved(page);
}

test('two tabs editing different goals both keep their changes', async ({ page, context }) => {
  await seedSample(page);
  await open(page, '/');
  const [first, second] = await goalIds(page);
  const other = await context.newPage();
  await open(other, '/');

  await editField(page, first, 'Title', 'Edited in tab one');
  await editField(other, second, 'Title', 'Edited in tab two');
  await expect(page.locator('.notice')).toContainText('another tab');

  for (const p of [page, other]) {
    const titles = await p.evaluate(() => JSON.parse(localStorage.getItem('waymark.workbook')!).workbook.goals.map((g) => g.title));
    expect(titles).toContain('Edited in tab one');
    expect(titles).toContain('Edited in tab two');
  }
  await open(page, '/goals');
  await expect(page.getByText('Edited in tab two')).toBeVisible();
  await open(other, '/goals');
  await expect(other.getByText('Edited in tab one')).toBeVisible();
});

test('two tabs editing the same goal one after the other keep both edits', async ({ page, context }) => {
  await seedSample(page);
  await open(page, '/');
  const [first] = await goalIds(page);
  const other = await context.newPage();
  await open(other, `/goals/${first}`);

  await editField(page, first, 'Title', 'Same goal, new title');
  // The second tab has taken in the first tab's save before editing another field.
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Same goal, new title');
  await editField(other, first, /^Notes/, 'A note from the second tab');

  await page.reload();
  await open(page, `/goals/${first}`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Same goal, new title');
  await expect(page.getByLabel(/^Notes/)).toHaveValue('A note from the second tab');
});

test('removing everything in one tab makes the other tab stop saving and say why', async ({ page, context }) => {
  await welcome(page, 'Rin');
  const other = await context.newPage();
  await open(other, '/journal');
  await open(page, '/data');
  await page.getByRole('button', { name: 'Remove from this browser…' }).click();
  await page.getByRole('button', { name: 'Yes, remove everything' }).click();
  await expect(page.getByLabel(/What should we call you/)).toBeVisible();

  await expect(other.getByText('Your workbook was removed from this browser in another tab')).toBeVisible();
  // A change in the other tab is not written back.
  await other.getByRole('button', { name: 'Log a win' }).click();
  await other.getByLabel('What happened?').fill('Typed after the removal');
  await other.getByRole('button', { name: 'Save win' }).click();
  await saved(other);
  await other.waitForTimeout(1200);
  const left = await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark.')));
  expect(left).toEqual([]);
});
