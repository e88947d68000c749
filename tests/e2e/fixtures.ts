// Shared test set-up: every page is watched so that no request leaves 127.0.0.1, and
// helpers for the first-run welcome and for axe-core checks.
import { test as base, expect, BrowserContext, Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ offsite: string[]; cspViolations: string[]; panics: string[] }>({
  // A Rust panic in the app (or an uncaught script error) fails the test even when the
  // page still looks fine: it means some part of the app stopped working.
  panics: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('console', (msg) => {
        if (msg.type() === 'error' && /panicked at|RuntimeError|unreachable/.test(msg.text())) seen.push(msg.text().slice(0, 400));
      });
      context.on('weberror', (err) => seen.push(String(err.error()).slice(0, 400)));
      await use(seen);
      expect(seen, 'panics and uncaught errors in the app').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('console', (msg) => {
        const text = msg.text();
        if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(text)) seen.push(text);
      });
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  offsite: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on('request', (req) => {
        const url = req.url();
        if (!/^(http:\/\/127\.0\.0\.1(:\d+)?\/|blob:|data:)/.test(url)) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Every route of the app that needs no id, for checks that visit them all. */
export const EVERY_ROUTE = ['/', '/discover', '/discover/values', '/profile', '/goals', '/goals/new', '/goals/gaps', '/goals/skills',
  '/checkins', '/journal', '/timeline', '/outcomes', '/report', '/data', '/coach', '/coach/group', '/report/closing', '/search', '/people', '/stories', '/stories/practice', '/stories/evidence'];

/** Opens the app and waits until the wasm has rendered the whole page: the page shell painted
 * from the HTML (`#boot`, which has a `main h1` of its own) is gone and the app's heading
 * is shown. The app's files load only after the shell's first paint, so `goto` alone can
 * return before the app has read storage. */
export async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.locator('main h1').first()).toBeVisible();
  // Sections below the first screen are drawn a moment later (`Later`).
  await expect(page.locator('html[data-drawing]')).toHaveCount(0);
}

/** Presses Tab until `target` has focus (fails after `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

/** Follows a link of the main navigation by its label: on a wide screen it opens the
 * link's group first, on a narrow one the Menu. */
export async function goByNav(page: Page, label: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: label, exact: true });
  if (!(await link.isVisible())) {
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    if (await menu.isVisible()) await menu.click();
    else {
      const hidden = nav.getByRole('link', { name: label, exact: true, includeHidden: true });
      await hidden.locator('xpath=ancestor::li[contains(@class, "nav-group")]/button').click();
    }
  }
  await link.click();
}

/** Completes the first-run welcome with a name and situation. */
export async function welcome(page: Page, name = 'Ada', situation = "I'm changing careers") {
  await open(page, '/');
  await page.getByLabel(/What should we call you/).fill(name);
  await page.getByLabel(situation).check();
  await page.getByRole('button', { name: 'Start my workbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${name}` })).toBeVisible();
}

/** Waits until the debounced save has written the workbook: it waits 300 ms after the
 * last change, then runs in the browser's next idle moment, so an idle callback queued
 * after the debounce runs after the save. */
export async function saved(page: Page) {
  await page.waitForTimeout(400);
  await page.evaluate(
    () => new Promise((done) => ('requestIdleCallback' in window ? requestIdleCallback(() => done(null), { timeout: 2000 }) : setTimeout(done, 50))),
  );
}

/** Runs axe-core on the page; any violation fails the test with its summary. */
export async function expectAccessible(page: Page, label: string) {
  // Let colour transitions (e.g. after switching to dark) settle: axe measures what is
  // painted at that instant.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('docs/workbook.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ['partial-time', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float', 'double']) ajv.addFormat(f, true);
const validateExport = ajv.compile(schema);

/** True when `data` matches the published JSON Schema. */
export const matchesSchema = (data: unknown) => validateExport(data) as boolean;

/** Fails unless `data` (a parsed export file) matches the published JSON Schema. */
export function expectValidExport(data: unknown) {
  const ok = validateExport(data);
  expect(ok ? [] : validateExport.errors, 'export matches docs/workbook.schema.json').toEqual([]);
}

/** Stores the small sample workbook (tests/e2e/data/small.json) before the app loads. */
/** Writes a workbook straight into localStorage, then opens `path`. */
export async function seed(page: Page, parts: Record<string, unknown>, path = '/', version = 4) {
  // The app on this first page must have started before the seed is written: one that
  // starts after would read the seed, and might write it back changed (ids repaired).
  await open(page, '/');
  const now = new Date().toISOString();
  const workbook = {
    schema_version: version,
    created_at: now,
    updated_at: now,
    profile: { name: 'Ada', situation: null, welcomed: true },
    ...parts,
  };
  await page.evaluate(([wb, v]) => {
    localStorage.setItem(
      'waymark.workbook',
      JSON.stringify({ format: 'waymark.workbook', schema_version: v, app_version: '0.1.0', written_at: new Date().toISOString(), workbook: wb }),
    );
  }, [workbook, version] as const);
  await open(page, path);
}

export async function seedSample(page: Page) {
  const text = readFileSync('tests/e2e/data/small.json', 'utf8');
  await page.addInitScript((t) => {
    if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t);
  }, text);
}

/** Presses Tab until the focused element's accessible text matches, like a keyboard user. */
export async function tabToLabel(page: Page, name: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const id = el.id;
      const forLabel = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (forLabel || el.textContent || '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`never reached ${name} by Tab`);
}

/** The local day `days` from today, as a date field takes it (YYYY-MM-DD). */
export function isoDaysFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The workbook's last good copy, as the app keeps it in IndexedDB (src/store/copies.rs);
 * null when there is none. */
export async function lastGoodCopy(page: Page, key = 'waymark.workbook.backup'): Promise<string | null> {
  return page.evaluate((key) => new Promise<string | null>((done) => {
    const open = indexedDB.open('waymark');
    // Never make the database here: the app makes it, with its store, when it first keeps a copy.
    open.onupgradeneeded = () => open.transaction!.abort();
    open.onerror = () => done(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('copies')) { db.close(); return done(null); }
      const get = db.transaction('copies').objectStore('copies').get(key);
      get.onsuccess = () => { db.close(); done(typeof get.result === 'string' ? get.result : null); };
      get.onerror = () => { db.close(); done(null); };
    };
  }), key);
}

/** Holds back every request matching `file` until the returned function is called (a slow
 *  network for one file: release builds fetch page groups and the reader on their own). */
export async function holdBack(context: BrowserContext, file: RegExp): Promise<() => void> {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await context.route(file, async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}
