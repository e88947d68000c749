// The printable report and the Markdown export, from a sample workbook.
import { readFile } from 'node:fs/promises';
import { test, expect, open, seedSample, expectAccessible } from './fixtures';

test('an empty workbook explains that the report fills in later', async ({ page }) => {
  await open(page, '/report');
  await expect(page.getByText('Nothing to print yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled();
});

test('the report shows profile, goals with milestones and recent check-ins, and prints cleanly', async ({ page }) => {
  await seedSample(page);
  await open(page, '/report');
  const sheet = page.getByRole('article', { name: 'Workbook report' });
  await expect(sheet.getByRole('heading', { name: "Sam's career workbook" })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'About me' })).toBeVisible();
  await expect(sheet.getByText('Top values:')).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Goals' })).toBeVisible();
  await expect(sheet.locator('.report-goal').first()).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Recent check-ins' })).toBeVisible();
  await expectAccessible(page, 'report');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'report (dark)');

  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, path: `test-results/report-${format}.pdf` });
    expect(pdf.length).toBeGreaterThan(5_000);
  }
});

test('the Markdown export holds the same report, with user text escaped', async ({ page }) => {
  await seedSample(page);
  await open(page, '/report');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^waymark-workbook-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile(await download.path(), 'utf8');
  expect(md).toContain("# Sam's career workbook");
  expect(md).toContain('## Goals');
  expect(md).toMatch(/- \[[x ]\] /);
  expect(md).toContain('## Recent check-ins');
});
