// Every screen with real data, on a phone (issue #15): five years of use, at 320 and 375
// px, in light and dark. Each route, goal pages, discover results and exercises, forms
// half filled (the new-goal wizard's steps, a win, session notes, a check-in with last
// time's commitments to review, the rhythm, the coach's program builder), the questions
// that ask first (delete, remove, start over), the import preview, the program dialog
// and review mode. Nothing may reach past the right edge of the screen: the page must
// not scroll sideways, and no visible box or line of text may stick out (a control
// clipped inside a card doesn't widen the page, but it is cut off all the same).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, EVERY_ROUTE } from './fixtures';

const WIDTHS = [320, 375];

/** Today in this machine's time zone, as the app reads it. */
function today() {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The five-year sample workbook ending today, made by the core's own example (the same
 * generator `make bench` uses) and kept under target/ for the day: a fresh clone has no
 * bench/five-years.json. */
function fiveYearSample(): string {
  const file = join(process.env.CARGO_TARGET_DIR || 'target', 'e2e', `five-years-${today()}.json`);
  if (!existsSync(file)) {
    const text = execFileSync(
      'cargo',
      ['run', '-q', '-p', 'waymark-core', '--release', '--example', 'sample', '--', 'five-years', '2026', today()],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return readFileSync(file, 'utf8');
}

let sample = '';
let workbook: any;

test.beforeAll(() => {
  // The first run on a fresh clone compiles the generator (its dependencies are shared
  // with the core's tests); later runs read the file.
  test.setTimeout(600_000);
  sample = fiveYearSample();
  workbook = JSON.parse(sample).workbook;
});

/** Everything that sticks out past the right edge of the screen, outermost first: the
 * page's own width, visible boxes, and lines of text. A box inside a container that
 * scrolls sideways on purpose (overflow-x: auto or scroll, itself on screen) is fine;
 * so is a visually hidden one (clipped to nothing for screen readers). */
function overflowing(): string[] {
  const root = document.documentElement;
  const edge = root.clientWidth + 1;
  const found: string[] = [];
  if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50);
    // An SVG shape is named by its class and its drawing's.
    const svg = el instanceof SVGElement && el.tagName !== 'svg' ? el.closest('svg') : null;
    const within = svg ? ` in <svg.${String(svg.getAttribute('class') || '').split(/\s+/).join('.')}>` : '';
    const klass = el instanceof SVGElement ? (el.getAttribute('class') ? '.' + el.getAttribute('class')!.trim().split(/\s+/).join('.') : '') : cls;
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${klass}>${within} "${text}"`;
  };
  const scrollsSideways = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/auto|scroll/.test(s.overflowX) && p.getBoundingClientRect().right <= edge) return true;
    }
    return false;
  };
  const visuallyHidden = (el: Element) => {
    for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      const r = p.getBoundingClientRect();
      if ((s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') && r.width <= 1 && r.height <= 1) return true;
    }
    return false;
  };
  const reported = new Set<Element>();
  const sticksOut = (el: Element, right: number) => right > edge && !scrollsSideways(el) && !visuallyHidden(el);
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility({ visibilityProperty: true } as any)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !sticksOut(el, r.right)) continue;
    const inside = el.parentElement && reported.has(el.parentElement);
    reported.add(el);
    if (!inside) found.push(`${describe(el)} reaches ${Math.round(r.right)} px`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || reported.has(el) || !el.checkVisibility({ visibilityProperty: true } as any)) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || !sticksOut(el, r.right)) continue;
    reported.add(el);
    found.push(`text "${node.textContent.trim().slice(0, 50)}" in ${describe(el)} reaches ${Math.round(r.right)} px`);
  }
  return found.slice(0, 12);
}

/** Checks the screen as it is now, in light and in dark. */
async function fits(page: Page, label: string) {
  const width = page.viewportSize()?.width;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect.soft(await page.evaluate(overflowing), `${label} at ${width} px (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Opens a route and checks it. */
async function visit(page: Page, path: string, label = path) {
  await open(page, path);
  await fits(page, label);
}

const sampleFile = () => ({ name: 'five-years.json', mimeType: 'application/json', buffer: Buffer.from(sample) });

for (const width of WIDTHS) {
  test.describe(`${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.addInitScript((text) => {
        if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', text);
      }, sample);
    });

    test('every route, the menu, goal pages and discover results', async ({ page }) => {
      test.setTimeout(180_000);
      for (const route of [...EVERY_ROUTE, '/coach/review']) await visit(page, route);

      await open(page, '/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await fits(page, 'the open menu');

      // An active goal (with its milestone editor and the delete question), an
      // achieved one and a dropped one.
      const goal = (status: string) => workbook.goals.find((g: any) => g.status === status && g.milestones.length > 0);
      for (const status of ['achieved', 'dropped']) await visit(page, `/goals/${goal(status).id}`, `a goal (${status})`);
      const active = goal('active');
      await visit(page, `/goals/${active.id}`, 'a goal (active)');
      await page.getByRole('button', { name: `Edit “${active.milestones[0].title}”` }).click();
      await fits(page, 'a goal with a milestone being edited');
      await page.getByRole('button', { name: 'Delete goal…' }).click();
      await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeVisible();
      await fits(page, 'the question before deleting a goal');

      for (const id of Object.keys(workbook.discovery.results)) {
        await visit(page, `/discover/${id}/results`, `${id} results`);
        await visit(page, `/discover/${id}`, `the ${id} exercise`);
      }
    });

    test('forms half filled, and a gap map', async ({ page }) => {
      test.setTimeout(180_000);
      // The check-in form with last time's commitments to review.
      await open(page, '/checkins');
      await page.getByRole('button', { name: 'Check in now' }).first().click();
      const form = page.locator('.checkin-form');
      await expect(form).toBeVisible();
      await form.getByRole('button', { name: 'Save check-in' }).click();
      await expect(form.getByRole('alert').first()).toBeVisible();
      await fits(page, 'the check-in form with its problems listed');
      await form.getByRole('group').filter({ has: page.getByRole('radio') }).first().getByRole('radio').first().check();
      await page.getByLabel('What did I do?').fill('Sent two applications and rewrote the summary on my CV');
      await page.getByRole('button', { name: 'Add a commitment' }).click();
      await page.getByLabel(/Commitment 1: what will you do/).fill('Ask Priya for an introduction to the research team');
      await fits(page, 'the check-in form with commitments to review, half filled');
      await open(page, '/checkins');
      await page.getByRole('button', { name: 'Change how often' }).click();
      await fits(page, 'the check-in rhythm');

      // A win and session notes.
      await open(page, '/journal');
      await page.getByRole('button', { name: 'Log a win' }).click();
      await page.getByLabel('What happened?').fill('Gave my first demo to the whole team');
      await page.getByRole('button', { name: 'Add session notes' }).click();
      await page.getByLabel('Notes', { exact: true }).fill('Talked about portfolio pieces and which three to show.');
      await page.getByLabel('Agreed action 1').fill('Pick three projects');
      await page.getByRole('button', { name: 'Add an action' }).click();
      await fits(page, 'a win and session notes, half written');

      // Each step of the new-goal wizard, from a template.
      await open(page, '/goals/new?template=job_search');
      const steps = page.locator('.wizard-step');
      const count = await steps.count();
      expect(count, 'the wizard shows its steps').toBeGreaterThan(1);
      for (let i = 0; i < count; i++) {
        await steps.nth(i).click();
        await fits(page, `the new-goal wizard, step ${i + 1}`);
      }

      // A gap map with an item, and the question before deleting it.
      await open(page, '/goals/gaps');
      await page.getByRole('button', { name: 'Create gap map' }).click();
      await page.getByLabel('Target role').fill('Senior user experience researcher');
      await page.getByRole('button', { name: 'Create gap map' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Gap map:/ })).toBeVisible();
      await page.getByLabel('What it is').fill('Running usability studies');
      await page.getByRole('button', { name: 'Add to the map' }).click();
      await expect(page.locator('.gap-item')).toHaveCount(1);
      await fits(page, 'a gap map');
      await page.getByRole('button', { name: 'Delete gap map…' }).click();
      await fits(page, 'the question before deleting a gap map');
    });

    test('the program builder and dialog, the import preview and review mode', async ({ page }) => {
      test.setTimeout(180_000);
      await open(page, '/coach');
      await page.getByLabel('Your name').fill('Ama Mensah');
      await page.getByLabel('Welcome message').fill("Welcome! Over the next six weeks we'll look at what matters to you at work.");
      await page.getByRole('checkbox', { name: /Work values/ }).check();
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByLabel('Question 1', { exact: true }).fill('When did work last feel really good?');
      await page.getByRole('checkbox', { name: 'Find a new job' }).check();
      const link = await page.getByLabel('Program link').inputValue();
      await fits(page, 'the program builder, half filled');
      await page.getByRole('button', { name: 'Start a new program…' }).click();
      await fits(page, 'the question before clearing the program');

      await page.goto(link);
      const dialog = page.getByRole('dialog', { name: 'A program from your coach' });
      await expect(dialog).toBeVisible();
      await fits(page, 'the program dialog');
      await dialog.getByRole('button', { name: 'Not now' }).click();

      await open(page, '/data');
      await page.getByLabel('Backup file').setInputFiles(sampleFile());
      await expect(page.getByRole('region', { name: 'What the file contains' })).toBeVisible();
      await fits(page, 'the import preview');
      await page.getByRole('button', { name: 'Remove from this browser…' }).click();
      await fits(page, 'the question before removing everything');

      await open(page, '/coach');
      await page.getByLabel("Client's backup file").setInputFiles(sampleFile());
      await expect(page.getByRole('region', { name: 'Review mode' })).toBeVisible();
      await fits(page, 'review mode');
    });
  });
}
