// People: contacts and conversations (a "who else" name becomes a contact in one click),
// LinkedIn Connections.csv import (a broken line named, nothing changed; a good file
// previewed, imported and undone), CSV downloads read back by a CSV reader, axe, 320 px.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, saved, seed, expectAccessible } from './fixtures';

/** Writes a version 3 workbook (with its job search part) straight into localStorage. */
const seed3 = (page: Page, parts: Record<string, unknown>, path = '/people') => seed(page, parts, path, 3);

const at = '2026-01-05T09:00:00Z';
const contact = (id: string, name: string, organisation: string, extra: Record<string, unknown> = {}) => ({
  id, name, organisation, role: '', how_we_met: '', email: '', link: '', notes: '', keep_in_touch: 'none', last_talked: null,
  connected_on: null, created_at: at, updated_at: at, ...extra,
});

/** A contact in the list, by its name (not by names mentioned inside it). */
const item = (page: Page, name: string) =>
  page.locator('.contact').filter({ has: page.locator('.contact-name', { hasText: new RegExp(`^${name}$`) }) });

/** The contacts' names as the list shows them, top to bottom. */
const listed = (page: Page) => page.locator('.contact-list .contact-name').allInnerTexts();

/** Stored contacts, as the app last folded them. */
async function storedContacts(page: Page): Promise<string[]> {
  await saved(page);
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('waymark.workbook') || '{}');
    return ((doc.workbook?.search?.contacts ?? []) as { name: string }[]).map((c) => c.name);
  });
}

/** A small RFC 4180 reader: quoted fields (with commas, doubled quotes and line breaks), CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('a contact, a conversation with a "who else" name, and that name as a contact in one click', async ({ page }) => {
  await seed3(page, {});
  await expect(page.getByRole('heading', { name: 'The people in your search' })).toBeVisible();
  await expect(page.getByText('bringing in your LinkedIn connections')).toBeVisible();
  await expectAccessible(page, '/people empty');

  await page.getByRole('button', { name: 'Add someone' }).click();
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.locator('#contact-name-error')).toContainText('Write their name');
  await page.getByLabel('Name', { exact: true }).fill('Ana Silva');
  await page.getByLabel('Organisation').fill('Acme');
  await page.getByLabel('Keep in touch').selectOption({ label: 'Every month' });
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva']);

  await page.getByRole('button', { name: 'Record a conversation' }).first().click();
  await page.getByLabel('With one of your contacts').selectOption({ label: 'Ana Silva (Acme)' });
  await page.getByLabel(/An informational interview/).check();
  await page.getByLabel('What I learned').fill('Service design teams hire from research backgrounds.');
  await page.getByRole('button', { name: 'Add a name' }).click();
  await page.getByLabel('Person to talk to 1').fill('Maya Okafor');
  await page.getByLabel('Thank-you sent').check();
  await page.getByRole('button', { name: 'Save conversation' }).click();

  const talks = page.locator('section[aria-labelledby="talks-title"]');
  await expect(talks.locator('.talk-title')).toContainText(['Ana Silva']);
  await expect(talks.getByText('Informational interview')).toBeVisible();
  await talks.getByRole('button', { name: 'Add Maya Okafor to contacts' }).click();
  await expect(talks.getByText('In your contacts')).toBeVisible();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva', 'Maya Okafor']);

  const maya = item(page, 'Maya Okafor');
  await maya.locator('summary').click();
  await expect(maya.getByText('Suggested by Ana Silva in a conversation on')).toBeVisible();
  const ana = item(page, 'Ana Silva');
  await ana.locator('summary').click();
  await expect(ana.getByText('Conversations (1)')).toBeVisible();
  await expect(ana.getByText(/Last talked/)).toBeVisible();
  await expect(ana.getByText(/Next in touch by/)).toBeVisible();
  expect(await storedContacts(page)).toEqual(['Ana Silva', 'Maya Okafor']);

  // Delete with undo.
  await maya.getByRole('button', { name: /Delete Maya Okafor/ }).click();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva', 'Maya Okafor']);
  await expectAccessible(page, '/people with a contact open');

  // Search by organisation.
  await page.getByLabel('Find someone').fill('acme');
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva']);
});

const NOTES = 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You can learn more here: https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';

test('LinkedIn import: a broken line is named and changes nothing; a good file is previewed, imported and undone', async ({ page }) => {
  await seed3(page, { search: { contacts: [contact('pc-1', 'bo li', 'GLOBEX')] } });
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['bo li']);
  const file = page.getByLabel('Connections file');

  const broken = NOTES + HEADER + 'Eve,Adams,,,Hooli,Engineer,3 Jun 2024\r\nEve,Adams,,,Hooli,Engineer,3 Jun 2024\r\nFinn,Berg,Initech\r\n';
  await file.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  const error = page.getByTestId('linkedin-error');
  await expect(error).toContainText('Line 7 has 3 fields where the header has 7');
  await expect(error).toContainText("Your contacts haven't changed");
  expect(await listed(page)).toEqual(['bo li']);
  expect(await storedContacts(page)).toEqual(['bo li']);

  await file.setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from(NOTES) });
  await expect(error).toContainText('No header with First Name and Last Name was found');

  await file.setInputFiles('tests/e2e/data/Connections.csv');
  await expect(page.getByTestId('linkedin-preview')).toHaveText(
    '3 new contacts to add; 1 skipped as a duplicate (1 already in your contacts).',
  );
  await expect(page.getByText('Ana Silva (Acme, Inc.)')).toBeVisible();
  expect(await listed(page)).toEqual(['bo li']);
  await page.getByRole('button', { name: 'Add them to my contacts' }).click();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['Ana Silva', 'bo li', 'Cyrus Ng', 'Dee Okafor']);
  const cyrus = item(page, 'Cyrus Ng');
  await cyrus.locator('summary').click();
  await expect(cyrus.getByText('LinkedIn connection')).toBeVisible();
  await expect(cyrus.getByLabel('Profile link for Cyrus Ng')).toHaveValue('https://www.linkedin.com/in/cyrus-ng-example');
  expect(await storedContacts(page)).toHaveLength(4);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.locator('.contact-list .contact-name')).toHaveText(['bo li']);
  expect(await storedContacts(page)).toEqual(['bo li']);
});

test('CSV downloads of applications and contacts read back field by field', async ({ page }) => {
  const tricky = 'Said "yes", then\nasked for a portfolio';
  await seed3(page, {
    search: {
      applications: [{
        id: 'a-1', organisation: 'Acme, Inc.', role: 'Service designer', found_via: 'Referral', link: 'https://jobs.example.org/1',
        location: 'Leeds', workplace: 'hybrid', salary: '£45–50k', stage: 'applied',
        history: [{ id: 'sc-1', stage: 'interested', on: '2026-01-02', at }, { id: 'sc-2', stage: 'applied', on: '2026-01-04', at }],
        next_action: '=HYPERLINK("x")', next_action_due: '2026-01-20', notes: tricky, interviews: [], created_at: at, updated_at: at,
      }],
      contacts: [contact('pc-1', 'Zoë Ångström', 'Globex', { notes: tricky, email: '@zoe', keep_in_touch: 'quarterly', last_talked: '2026-01-03' })],
    },
  }, '/data');
  const section = page.locator('section[aria-labelledby="spreadsheets-title"]');
  await expect(section.getByText("gets a ' in front")).toBeVisible();

  const [apps] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download applications (CSV)' }).click()]);
  expect(apps.suggestedFilename()).toBe('waymark-applications.csv');
  const appText = readFileSync(await apps.path(), 'utf8');
  expect(appText.startsWith('\ufeff')).toBe(true);
  expect(appText.endsWith('\r\n')).toBe(true);
  const appRows = readCsv(appText.slice(1));
  expect(appRows).toHaveLength(2);
  const a = Object.fromEntries(appRows[0].map((h, i) => [h, appRows[1][i]]));
  expect(a['Organisation']).toBe('Acme, Inc.');
  expect(a['Role']).toBe('Service designer');
  expect(a['Stage']).toBe('Applied');
  expect(a['Applied on']).toBe('2026-01-04');
  expect(a['Workplace']).toBe('Hybrid');
  expect(a['Salary']).toBe('£45–50k');
  expect(a['Next action']).toBe(`'=HYPERLINK("x")`);
  expect(a['Next action due']).toBe('2026-01-20');
  expect(a['Notes']).toBe(tricky);

  const [people] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download contacts (CSV)' }).click()]);
  expect(people.suggestedFilename()).toBe('waymark-contacts.csv');
  const rows = readCsv(readFileSync(await people.path(), 'utf8').slice(1));
  expect(rows).toHaveLength(2);
  const c = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
  expect(c['Name']).toBe('Zoë Ångström');
  expect(c['Organisation']).toBe('Globex');
  expect(c['Email']).toBe("'@zoe");
  expect(c['Keep in touch']).toBe('Every three months');
  expect(c['Last talked']).toBe('2026-01-03');
  expect(c['Next in touch by']).toBe('2026-04-03');
  expect(c['Notes']).toBe(tricky);
});

const sample = {
  search: {
    contacts: [
      contact('pc-1', 'Ana Silva', 'Acme, Inc.', { role: 'Product designer', how_we_met: 'Design meetup', keep_in_touch: 'monthly', last_talked: '2025-10-01', link: 'https://www.linkedin.com/in/ana-silva-example-with-a-long-address', email: 'ana@example.org' }),
      contact('pc-2', 'Bo Li', 'Globex', { role: 'Head of Operations', keep_in_touch: 'quarterly', last_talked: '2026-01-02' }),
      contact('pc-3', 'Cyrus Ng', 'Umbrella Health', { how_we_met: 'LinkedIn connection', connected_on: '2025-02-28' }),
      contact('pc-4', 'Dee Okafor', 'Initech', { role: 'Recruiter', keep_in_touch: 'twice_a_year' }),
    ],
    conversations: [
      { id: 'cv-1', date: '2026-01-02', contact_id: 'pc-2', with_whom: 'Bo Li', informational: true, learned: 'Operations teams value people who can write clearly and run a meeting well.', fit_notes: 'Fits my wish for steady, useful work.', who_next: ['Maya Okafor', 'Ana Silva'], thank_you_sent: true, created_at: at, updated_at: at },
      { id: 'cv-2', date: '2025-10-01', contact_id: 'pc-1', with_whom: 'Ana Silva', informational: false, learned: 'Portfolio reviews happen in March.', who_next: [], thank_you_sent: false, created_at: at, updated_at: at },
    ],
  },
};

test('/people at 320 px has no sideways scroll and passes axe with several contacts', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seed3(page, sample);
  await item(page, 'Ana Silva').locator('summary').click();
  await page.getByRole('button', { name: 'Record a conversation' }).first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, '/people at 320 px');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, '/people dark');
});

test('screenshots of /people for review', async ({ page }) => {
  mkdirSync('/work/shots', { recursive: true });
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await seed3(page, sample);
      await expect(page.getByTestId('due-summary')).toBeVisible();
      await item(page, 'Ana Silva').locator('summary').click();
      await page.screenshot({ path: `/work/shots/people-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 375, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Record a conversation' }).first().click();
  await page.screenshot({ path: '/work/shots/people-form-375-light.png', fullPage: true });
  await seed3(page, {});
  await page.screenshot({ path: '/work/shots/people-empty-375-light.png', fullPage: true });
});
