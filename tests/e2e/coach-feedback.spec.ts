// Feedback back to the client with no server: the coach writes it in review mode and
// gets a link (or a file); the client previews it and adding it writes one session note
// whose actions become commitments. Also QR codes for coach links.
import { readFileSync } from 'node:fs';
import { test, expect, open, saved, expectAccessible } from './fixtures';

const KEY = 'waymark.workbook';
const SMALL = 'tests/e2e/data/small.json';

/** Opens the client's backup in review mode and writes feedback; returns the link. */
async function writeFeedback(page) {
  await open(page, '/coach');
  await page.getByLabel("Client's backup file").setInputFiles(SMALL);
  await expect(page.getByRole('region', { name: 'Review mode' })).toBeVisible();
  const writer = page.getByRole('region', { name: /Feedback for Sam/ });
  await expect(writer).toBeVisible();
  await writer.getByLabel('Your name').fill('Ama Mensah');
  await writer.getByLabel('Overall').fill('Real momentum this month. The check-ins show it.');
  await writer.getByLabel('Move towards a site lead role (1)').fill('Ask your manager what a site lead does day to day.');
  await writer.getByLabel('Move towards a copywriter role (3)').fill('Park this one until spring, as you said.');
  await writer.getByRole('button', { name: 'Add an action' }).click();
  await writer.getByLabel('Agreed action 1', { exact: true }).fill('Book a coffee with Priya');
  await writer.getByRole('button', { name: 'Add an action' }).click();
  await writer.getByLabel('Agreed action 2', { exact: true }).fill('Rewrite the CV summary');
  const field = writer.getByLabel('Feedback link');
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toContain('#feedback=1.');
  // A QR code of the link is there too, on the coach's side.
  await writer.getByText('Show a QR code').click();
  await expect(writer.locator('svg.qr-code')).toBeVisible();
  return link;
}

/** The small sample as the client's workbook, without its third goal (removed since). */
async function clientWithSample(browser, origin: string, colorScheme: 'light' | 'dark' = 'light') {
  const file = JSON.parse(readFileSync(SMALL, 'utf8'));
  file.workbook.goals = file.workbook.goals.filter((g) => g.id !== 'g-s7ea-11');
  const client = await browser.newContext({ baseURL: origin, colorScheme });
  const p = await client.newPage();
  await p.addInitScript((t) => {
    if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t);
  }, JSON.stringify(file));
  await open(p, '/');
  await saved(p);
  return { client, p };
}

async function stored(p) {
  return JSON.parse((await p.evaluate((k) => localStorage.getItem(k), KEY)) || '{}').workbook;
}

test('coach review → feedback link → the client previews, accepts, and the actions are commitments at the next check-in', async ({ page, browser }) => {
  const link = await writeFeedback(page);
  const { client, p } = await clientWithSample(browser, new URL(link).origin);
  const before = await stored(p);

  await p.goto(link);
  const dialog = p.getByRole('dialog', { name: 'Feedback from Ama Mensah' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Real momentum this month.')).toBeVisible();
  await expect(dialog.getByText('Move towards a site lead role (1)')).toBeVisible();
  await expect(dialog.getByText('Ask your manager what a site lead does day to day.')).toBeVisible();
  // A note on a goal the client has since removed is kept, and said so kindly.
  await expect(dialog.getByText(/about “Move towards a copywriter role \(3\)”, a goal that's no longer in your workbook/)).toBeVisible();
  await expect(dialog.getByText('Book a coffee with Priya')).toBeVisible();
  await expect(dialog.getByText('Rewrite the CV summary')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my journal' }).click();
  await expect(dialog).toBeHidden();
  await expect(p).toHaveURL(/\/journal$/);
  expect(new URL(p.url()).hash).toBe('');
  await expect(p.getByText(/and its 2 actions to your commitments/)).toBeVisible();
  await expect(p.locator('main')).toContainText('Feedback from Ama Mensah');
  await expect(p.locator('main')).toContainText('Real momentum this month.');

  // One session note and two commitments were added, and nothing else changed.
  await saved(p);
  const after = await stored(p);
  expect(after.journal.sessions.length).toBe(before.journal.sessions.length + 1);
  expect(after.checkins.commitments.length).toBe(before.checkins.commitments.length + 2);
  const rest = (wb) => ({ ...wb, updated_at: null, journal: null, checkins: { ...wb.checkins, commitments: null } });
  expect(rest(after)).toEqual(rest(before));

  // The check-in page lists both as open commitments.
  await open(p, '/checkins');
  await expect(p.locator('main')).toContainText('Book a coffee with Priya');
  await expect(p.locator('main')).toContainText('Rewrite the CV summary');

  // The same link again adds nothing.
  await p.goto(link);
  await p.getByRole('dialog').getByRole('button', { name: 'Add to my journal' }).click();
  await expect(p.getByText('This feedback is already in your journal')).toBeVisible();
  await saved(p);
  const again = await stored(p);
  expect(again.journal.sessions.length).toBe(after.journal.sessions.length);
  expect(again.checkins.commitments.length).toBe(after.checkins.commitments.length);
  await client.close();
});

test('truncated, changed and future feedback links say so and change nothing', async ({ page, browser }) => {
  const link = await writeFeedback(page);
  const [base, payload] = link.split('#feedback=');
  const chars = payload.split('');
  const mid = Math.floor(chars.length / 2);
  chars[mid] = chars[mid] === 'A' ? 'B' : 'A';
  const { client, p } = await clientWithSample(browser, new URL(link).origin);
  const before = await p.evaluate((k) => localStorage.getItem(k), KEY);
  for (const [bad, message] of [
    [`${base}#feedback=${payload.slice(0, Math.floor(payload.length / 2))}`, /feedback link seems to be cut short/],
    [`${base}#feedback=${chars.join('')}`, /changed or damaged/],
    [`${base}#feedback=${payload.replace(/^1\./, '4.')}`, /newer version of Waymark/],
  ] as [string, RegExp][]) {
    await p.goto(bad);
    const dialog = p.getByRole('dialog', { name: "This feedback link can't be opened" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText(message);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await saved(p);
    expect(await p.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  }
  await client.close();
});

test('feedback as a file: downloaded in review mode, opened on the Data page', async ({ page, browser }) => {
  const link = await writeFeedback(page);
  const writer = page.getByRole('region', { name: /Feedback for Sam/ });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    writer.getByRole('button', { name: 'Download as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^waymark-feedback-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text).format).toBe('waymark-feedback');

  const { client, p } = await clientWithSample(browser, new URL(link).origin);
  await open(p, '/data');
  // Not a feedback file: a clear message.
  await p.getByLabel('Feedback file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(p.getByRole('alert')).toContainText("notes.json isn't a feedback file from a coach");
  await p.getByLabel('Feedback file').setInputFiles({ name: 'feedback.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = p.getByRole('dialog', { name: 'Feedback from Ama Mensah' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to my journal' }).click();
  await expect(p).toHaveURL(/\/journal$/);
  await expect(p.locator('main')).toContainText('Feedback from Ama Mensah');
  await client.close();
});

test('a QR code of the program link is on the builder once the link is made', async ({ page }) => {
  await open(page, '/coach');
  await expect(page.locator('svg.qr-code')).toHaveCount(0);
  await page.getByLabel('Your name').fill('Ama Mensah');
  await page.getByRole('radio', { name: 'Every two weeks' }).check();
  await expect(page.getByLabel('Program link')).toBeVisible();
  await page.getByText('Show a QR code').click();
  const qr = page.locator('svg.qr-code');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('role', 'img');
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`feedback writer and preview pass axe and fit 320 px (${scheme})`, async ({ page, browser }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const link = await writeFeedback(page);
    await expectAccessible(page, `review mode with feedback (${scheme})`);
    await page.setViewportSize({ width: 320, height: 800 });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over, 'review page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    const { client, p } = await clientWithSample(browser, new URL(link).origin, scheme);
    await p.setViewportSize({ width: 320, height: 800 });
    await p.goto(link);
    await expect(p.getByRole('dialog')).toBeVisible();
    await expectAccessible(p, `feedback preview (${scheme})`);
    const o2 = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(o2, 'feedback preview scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await client.close();
  });
}

test('screenshots of feedback and QR screens', async ({ page, browser }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const link = await writeFeedback(page);
    await page.getByRole('region', { name: /Feedback for Sam/ }).screenshot({ path: `/work/shots/coach-a-feedback-writer-${width}.png` });
    const { client, p } = await clientWithSample(browser, new URL(link).origin);
    await p.setViewportSize({ width, height: 900 });
    await p.goto(link);
    await expect(p.getByRole('dialog')).toBeVisible();
    await p.screenshot({ path: `/work/shots/coach-a-feedback-preview-${width}.png` });
    await client.close();
    await open(page, '/coach');
    await page.getByLabel('Your name').fill('Ama Mensah');
    await page.getByRole('button', { name: 'Add a goal idea' }).click();
    await page.getByLabel('Goal idea 1', { exact: true }).fill('Talk to three people in UX research');
    await page.getByLabel('Why goal idea 1 could matter (optional)').fill('You said you learn best from people doing the work.');
    await page.getByText('Show a QR code').click();
    await page.screenshot({ path: `/work/shots/coach-a-builder-${width}.png`, fullPage: true });
  }
});
