// The main navigation (src/ui/nav.rs): Home and four groups. On a wide screen each group
// is a button that opens a small list (keyboard, Escape, a click elsewhere, one open at a
// time, the current group marked); on a phone the Menu shows every group at once.
import { Page } from '@playwright/test';
import { test, expect, open, welcome, seedSample, expectAccessible, tabTo } from './fixtures';

const GROUPS: Record<string, string[]> = {
  'Know yourself': ['Discover', 'Profile'],
  Plan: ['Goals', 'Gap maps', 'Skills'],
  'Keep going': ['Check-ins', 'Journal', 'Outcomes', 'Job search', 'People'],
  'Share & save': ['Report', 'For coaches', 'Your data'],
};

/** The pages whose tops are kept for the next visit's shell (src/ui/page_tops.rs). */
const kept = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('waymark.shell') || '[]').map((t: { path: string }) => t.path));

/** The text (a field's value) and box of each of `parts` under `root`. */
async function look(page: Page, root: string, parts: readonly string[]) {
  const out = [];
  for (const part of parts) {
    const el = page.locator(`${root} ${part}`).first();
    await expect(el).toBeVisible();
    // A field's text is its value (the shell's copy holds it as markup).
    const text = await el.evaluate((e) => (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : e.textContent));
    out.push({ part, text, box: await el.boundingBox() });
  }
  return out;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const group = (page: Page, name: string) => nav(page).getByRole('button', { name, exact: true });

test.describe('on a wide screen', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('a group opens from the keyboard and its link can be followed', async ({ page }) => {
    await welcome(page, 'Ada');
    // Home is a direct link; the groups are buttons with their lists closed.
    await expect(nav(page).getByRole('link', { name: 'Home', exact: true })).toBeVisible();
    for (const name of Object.keys(GROUPS)) await expect(group(page, name)).toHaveAttribute('aria-expanded', 'false');
    await expect(nav(page).getByRole('link', { name: 'Goals', exact: true })).toBeHidden();

    // Space opens a group, Enter on its button closes it again.
    await tabTo(page, group(page, 'Know yourself'));
    await page.keyboard.press('Space');
    await expect(group(page, 'Know yourself')).toHaveAttribute('aria-expanded', 'true');
    await expect(nav(page).getByRole('link', { name: 'Discover', exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(group(page, 'Know yourself')).toHaveAttribute('aria-expanded', 'false');

    // Enter opens "Plan"; Tab walks into its links in order.
    await tabTo(page, group(page, 'Plan'));
    await page.keyboard.press('Enter');
    await expect(group(page, 'Plan')).toHaveAttribute('aria-expanded', 'true');
    const controls = await group(page, 'Plan').getAttribute('aria-controls');
    await expect(page.locator(`#${controls}`)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Goals', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Gap maps', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Gap maps' })).toBeVisible();
    await expect(page).toHaveURL(/\/goals\/gaps$/);
    // The menu closed on the way and focus went to the page.
    await expect(group(page, 'Plan')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('main#main')).toBeFocused();

    // Tab past a group's last link closes it.
    await group(page, 'Share & save').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < GROUPS['Share & save'].length; i++) await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Your data', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(group(page, 'Share & save')).toHaveAttribute('aria-expanded', 'false');
  });

  test('Escape closes a group and gives focus back to its button', async ({ page }) => {
    await welcome(page, 'Bo');
    await tabTo(page, group(page, 'Keep going'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Check-ins', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(group(page, 'Keep going')).toHaveAttribute('aria-expanded', 'false');
    await expect(group(page, 'Keep going')).toBeFocused();
    await expect(nav(page).getByRole('link', { name: 'Journal', exact: true })).toBeHidden();
    // Escape on the button itself closes it too.
    await page.keyboard.press('Enter');
    await expect(group(page, 'Keep going')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(group(page, 'Keep going')).toHaveAttribute('aria-expanded', 'false');
    await expect(group(page, 'Keep going')).toBeFocused();
  });

  test('one group open at a time, and a click elsewhere closes it', async ({ page }) => {
    await welcome(page, 'Cy');
    await group(page, 'Plan').click();
    await expect(group(page, 'Plan')).toHaveAttribute('aria-expanded', 'true');
    await group(page, 'Keep going').click();
    await expect(group(page, 'Keep going')).toHaveAttribute('aria-expanded', 'true');
    await expect(group(page, 'Plan')).toHaveAttribute('aria-expanded', 'false');
    await page.locator('main h1').click();
    await expect(group(page, 'Keep going')).toHaveAttribute('aria-expanded', 'false');
    await expect(nav(page).getByRole('link', { name: 'Journal', exact: true })).toBeHidden();
  });

  test('the group holding the current page is marked', async ({ page }) => {
    await welcome(page, 'Di');
    const marked = async (name: string | null) => {
      for (const g of Object.keys(GROUPS)) {
        if (g === name) await expect(group(page, g)).toHaveAttribute('aria-current', 'true');
        else await expect(group(page, g)).not.toHaveAttribute('aria-current', /.*/);
      }
    };
    await marked(null);
    await expect(nav(page).getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('aria-current', 'page');
    await group(page, 'Keep going').click();
    await nav(page).getByRole('link', { name: 'Journal', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await marked('Keep going');
    // (The link itself is marked too, inside the closed list.)
    await expect(page.locator('#site-nav a[aria-current="page"]')).toHaveText('Journal');
    // A page deeper down marks its group too, and a page reached from another (the
    // timeline, from check-ins) marks that one's group.
    const pages = [['/goals/new', 'Plan'], ['/discover/values', 'Know yourself'], ['/timeline', 'Keep going'], ['/coach/review', 'Share & save']];
    for (const [path, name] of pages) {
      await open(page, path);
      await marked(name);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`accessible with a group open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await welcome(page, 'Eli');
      await open(page, '/goals');
      await group(page, 'Plan').click();
      await expect(nav(page).getByRole('link', { name: 'Skills', exact: true })).toBeVisible();
      await expectAccessible(page, `the navigation with a group open (${colorScheme})`);
      // The open list stays inside the window.
      const box = await page.locator('.nav-group.open .nav-list').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    });
  }

  // The swap from the shell to the app must not move the page (no layout shift).
  test('the header is as tall as the page shell painted before the app starts', async ({ page, browser }) => {
    const base = test.info().project.use.baseURL!;
    for (const width of [1280, 900, 375, 320]) {
      const shell = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 700 } });
      const still = await shell.newPage();
      await still.goto(new URL('/', base).href);
      const painted = await still.locator('#boot .site-header').boundingBox();
      await shell.close();
      await page.setViewportSize({ width, height: 700 });
      await open(page, '/');
      await expect(page.locator('#boot')).toHaveCount(0);
      const real = await page.locator('.site-header').boundingBox();
      expect(real!.height, `header height at ${width} px`).toBe(painted!.height);
    }
  });

  // A coach's link opened for the first time: the shell paints the welcome's own title
  // and lead in its card, exactly where the app then draws them.
  test('a first visit paints the welcome before the app arrives, in the same place', async ({ browser }) => {
    const base = test.info().project.use.baseURL!;
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      // Hold the app back to look at the shell alone.
      await page.route(/\.wasm$/, () => {});
      await page.goto(new URL('/', base).href);
      const shell = page.locator('#boot .welcome.card');
      await expect(shell.locator('h1')).toHaveText('Welcome to Waymark');
      await expect(shell.locator('.lead')).toHaveText(/^A private workbook for your career\./);
      const painted = await shell.locator('.lead').boundingBox();
      await page.unroute(/\.wasm$/);
      await page.reload();
      await expect(page.locator('#boot')).toHaveCount(0);
      const real = await page.locator('main .welcome.card .lead').boundingBox();
      expect(real, `the welcome's lead at ${width} px`).toEqual(painted);
      // Once welcomed, the home page is personal: the shell leaves it to the app.
      await page.getByRole('button', { name: /skip/i }).click();
      await page.route(/\.wasm$/, () => {});
      await page.reload();
      await expect(page.locator('#boot .site-header')).toBeVisible();
      await expect(page.locator('#boot .welcome')).toHaveCount(0);
      await context.close();
    }
  });

  // The shell's title, lead and a page's standing note are the app's own, in the same place.
  test('the shell paints a page title, lead and note where the app draws them', async ({ browser }) => {
    const base = test.info().project.use.baseURL!;
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ baseURL: base, viewport: { width, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await welcome(page, 'Ada');
      await page.route(/\.wasm$/, () => {});
      await page.goto(new URL('/discover', base).href);
      const parts = ['h1', '.lead', '.page-note'];
      const shell = await look(page, '#boot .page', parts);
      await expect(page.locator('#boot .page-note svg path')).toHaveAttribute('d', /^M12 3a9/);
      await page.unroute(/\.wasm$/);
      await page.reload();
      await expect(page.locator('#boot')).toHaveCount(0);
      expect(await look(page, 'main .page', parts), `/discover at ${width} px`).toEqual(shell);
      await context.close();
    }
  });

  // A deep link whose page file is slow to arrive: the shell's title stays until the app
  // has the page to put in its place, never an empty page in between.
  test('a deep link never paints an empty page between the shell and the app', async ({ browser }) => {
    const base = test.info().project.use.baseURL!;
    const context = await browser.newContext({ baseURL: base, viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await welcome(page, 'Ada');
    // Every frame painted: is the shell there, and is a page title in sight?
    await page.addInitScript(() => {
      const frames: string[] = [];
      (window as unknown as { frames_seen: string[] }).frames_seen = frames;
      const look = () => {
        const shell = document.getElementById('boot') ? 'shell' : 'app';
        const title = [...document.querySelectorAll('h1')].some((h) => h.getClientRects().length > 0 && h.textContent);
        const frame = `${shell} ${title ? 'title' : 'no title'}`;
        if (frames.at(-1) !== frame) frames.push(frame);
        if (frames.at(-1) !== 'app title' || document.documentElement.hasAttribute('data-drawing')) requestAnimationFrame(look);
      };
      document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(look));
    });
    // The journal's file (a page group, `split_…`, and the chunks it needs) comes late.
    await page.route(/\/(split|chunk)_[^/]*\.wasm$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto(new URL('/journal', base).href);
    await expect(page.locator('main h1')).toHaveText('Journal');
    await expect(page.locator('#boot')).toHaveCount(0);
    const frames = await page.evaluate(() => (window as unknown as { frames_seen: string[] }).frames_seen);
    expect(frames[0]).toBe('shell title');
    expect(frames.at(-1)).toBe('app title');
    expect(frames.filter((f) => f.endsWith('no title')), frames.join(' → ')).toEqual([]);
    await context.close();
  });

  // A returning person: the top of a page they saw (src/ui/page_tops.rs) is painted by
  // the shell on the next visit, as the app draws it, with what they had chosen in it.
  test('a page seen before paints its top on the next visit, where the app draws it', async ({ browser }) => {
    const base = test.info().project.use.baseURL!;
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ baseURL: base, viewport: { width, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await welcome(page, 'Ada');
      for (const [path, parts] of [
        ['/goals', ['h1', '.lead', '.goal-empty h2', '.goal-empty > p']],
        ['/checkins', ['h1', '.lead', '.rhythm h2', '.rhythm > p']],
      ] as const) {
        await open(page, path);
        await expect.poll(() => kept(page)).toContain(path);
        if (path === '/checkins') await page.getByLabel('Every month').check();
        const app = await look(page, 'main .page', parts);
        await page.route(/\.wasm$/, () => {});
        await page.reload();
        expect(await look(page, '#boot .page', parts), `${path} at ${width} px`).toEqual(app);
        // What was chosen is shown as it was left (the tab was hidden as it reloaded).
        if (path === '/checkins') await expect(page.locator('#boot input[value="monthly"]')).toBeChecked();
        // Nothing in the shell can be focused or pressed.
        await expect(page.locator('#boot')).toHaveAttribute('inert', '');
        await page.unroute(/\.wasm$/);
      }
      // A top that speaks of today is painted only that day: on another, the page's
      // fixed title and lead.
      await page.evaluate(() => {
        const tops = JSON.parse(localStorage.getItem('waymark.shell')!);
        for (const t of tops) if (t.day) t.day = '2020-01-01';
        localStorage.setItem('waymark.shell', JSON.stringify(tops));
      });
      await page.route(/\.wasm$/, () => {});
      await page.goto('/checkins');
      await expect(page.locator('#boot .page h1')).toHaveText('Check-ins');
      await expect(page.locator('#boot .rhythm')).toHaveCount(0);
      await page.goto('/goals');
      await expect(page.locator('#boot .goal-empty')).toBeVisible();
      // Kept tops alone do not make a visit a return: with no workbook, the welcome.
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'waymark.shell').forEach((k) => localStorage.removeItem(k)));
      await page.goto('/');
      await expect(page.locator('#boot .welcome h1')).toHaveText('Welcome to Waymark');
      await context.close();
    }
  });

  // A goal's page: its header and its About card, laid out as the app lays them out,
  // with what the goal's fields hold.
  test("a goal's page paints its header and About card on the next visit", async ({ browser }) => {
    const base = test.info().project.use.baseURL!;
    const path = '/goals/g-s7ea-11';
    const parts = ['h1', '.goal-chip', '.goal-about h2', '.goal-about textarea', '.goal-about input[type="date"]'];
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ baseURL: base, viewport: { width, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await seedSample(page);
      await open(page, path);
      await expect.poll(() => kept(page)).toContain(path);
      const app = await look(page, 'main .page', parts);
      const values = await page.locator('main .goal-about').evaluate((card) => [...card.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value));
      await page.route(/\.wasm$/, () => {});
      await page.reload();
      expect(await look(page, '#boot .page', parts), `${path} at ${width} px`).toEqual(app);
      expect(await page.locator('#boot .goal-about').evaluate((card) => [...card.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value))).toEqual(values);
      await context.close();
    }
  });

  // Paint first, then load (scripts/postbuild.mjs): on a slow phone the app's half
  // megabyte must not share the link with the stylesheet the first paint waits for.
  test("the page shell paints before any of the app's code is asked for", async ({ page }) => {
    await welcome(page, 'Ada');
    for (const path of ['/journal', '/goals', '/']) {
      await open(page, path);
      const timing = await page.evaluate(() => ({
        // When the frame with the shell was drawn (\`paintTime\`), not when the screen
        // showed it (\`startTime\`, a few milliseconds later).
        paint: (() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0] as (PerformanceEntry & { paintTime?: number }) | undefined;
          return fcp ? fcp.paintTime ?? fcp.startTime : null;
        })(),
        code: performance.getEntriesByType('resource')
          .filter((r) => /\.(wasm|js)$/.test(new URL(r.name).pathname) && !r.name.endsWith('sw-register.js'))
          .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
      }));
      expect(timing.paint, `a first contentful paint on ${path}`).not.toBeNull();
      // The glue, the split loader, the main wasm and (for a deep link) the page's files.
      expect(timing.code.filter((c) => c.name.endsWith('.wasm')).length, `wasm fetched on ${path}`).toBeGreaterThanOrEqual(1);
      for (const c of timing.code) expect(c.start, `${c.name} on ${path}`).toBeGreaterThanOrEqual(timing.paint!);
    }
  });
});

test.describe('on a phone', () => {
  for (const width of [320, 375]) {
    test(`at ${width} px the Menu lists every group and its links, without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await welcome(page, 'Fern');
      await expect(nav(page)).toBeHidden();
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(nav(page)).toBeVisible();
      const titles = nav(page).locator('.nav-group-title');
      await expect(titles).toHaveText(Object.keys(GROUPS));
      for (const [i, [title, links]] of Object.entries(GROUPS).entries()) {
        await expect(titles.nth(i), title).toBeVisible();
        for (const label of links) {
          const link = nav(page).getByRole('link', { name: label, exact: true });
          await expect(link).toBeVisible();
          const box = await link.boundingBox();
          expect(box!.height, `${label} is a big enough target`).toBeGreaterThanOrEqual(44);
        }
      }
      // The wide screen's group buttons are not shown (nor announced) here.
      await expect(nav(page).getByRole('button')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
      expect(overflow, 'sideways scrolling with the menu open').toBeLessThanOrEqual(0);
      await expectAccessible(page, `the open menu at ${width} px`);

      // Escape closes the menu and gives focus back to its button.
      await nav(page).getByRole('link', { name: 'Journal', exact: true }).focus();
      await page.keyboard.press('Escape');
      await expect(nav(page)).toBeHidden();
      await expect(menu).toBeFocused();

      // Following a link closes the menu.
      await menu.click();
      await nav(page).getByRole('link', { name: 'People', exact: true }).click();
      await expect(page).toHaveURL(/\/people$/);
      await expect(nav(page)).toBeHidden();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });
  }
});
