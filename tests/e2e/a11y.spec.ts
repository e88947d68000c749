// Structural accessibility checks that axe-core does not make on its own, run on every
// route and on the deeper pages of a filled workbook: headings form an outline, every
// chart has a text alternative and its numbers nearby as text, every control is a target
// of at least 24 × 24 CSS px, state is never shown by colour alone, and reduced motion
// stops animation.
import { Page } from '@playwright/test';
import { test, expect, open, seedSample, EVERY_ROUTE } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const ROUTES = EVERY_ROUTE;

/** The routes above plus the pages one click deeper: a goal, instrument results, a check-in. */
async function everyPage(page: Page, visit: (label: string) => Promise<void>) {
  for (const route of ROUTES) {
    await open(page, route);
    await visit(route);
  }
  await open(page, '/goals');
  await page.locator('main .goal-card-title a').first().click();
  await expect(page.locator('li.milestone').first()).toBeVisible();
  await visit('a goal');
  await open(page, '/discover');
  const results = page.locator('main a[href*="/results"]');
  const count = await results.count();
  expect(count, 'the sample has instrument results to visit').toBeGreaterThan(0);
  const hrefs = new Set<string>();
  for (let i = 0; i < count; i++) hrefs.add((await results.nth(i).getAttribute('href')) ?? '');
  for (const href of hrefs) {
    await open(page, href);
    await visit(href);
  }
}

/** Heading levels inside the page: exactly one h1, which comes first, and no level skipped going down. */
async function headingOutline(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
      .filter(visible)
      .map((h) => (h.getAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.tagName.slice(1))));
    const problems: string[] = [];
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1 headings`);
    if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
    for (let i = 1; i < levels.length; i++) {
      if (levels[i] > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} followed by h${levels[i]}`);
    }
    return problems;
  });
}

test('headings form an outline on every page', async ({ page }) => {
  await seedSample(page);
  const problems: string[] = [];
  await everyPage(page, async (label) => {
    for (const p of await headingOutline(page)) problems.push(`${label}: ${p}`);
  });
  expect(problems, 'heading outline problems').toEqual([]);
});

test('every chart has a text alternative and its numbers as text', async ({ page }) => {
  await seedSample(page);
  let charts = 0;
  const problems: string[] = [];
  await everyPage(page, async (label) => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('main svg')]
        .filter((svg) => svg.getAttribute('aria-hidden') !== 'true' && !svg.closest('[aria-hidden="true"]'))
        .map((svg) => {
          const named = svg.getAttribute('aria-label') || svg.querySelector(':scope > title')?.textContent || '';
          const labelledBy = svg.getAttribute('aria-labelledby');
          const byText = labelledBy
            ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
            : '';
          // Numbers as text: the chart's section or card also holds text with digits outside any SVG.
          const holder = (svg.closest('section, .card, article') ?? svg.closest('figure') ?? svg.parentElement!).cloneNode(true) as Element;
          holder.querySelectorAll('svg').forEach((s) => s.remove());
          const outside = holder.textContent ?? '';
          return {
            role: svg.getAttribute('role'),
            name: (named || byText).trim(),
            hasDigitsAsText: /\d/.test(outside),
            size: svg.getBoundingClientRect().width,
          };
        }),
    );
    for (const svg of found) {
      // Small icons are decorative and must be hidden; anything else is a chart.
      if (svg.size <= 48) {
        if (!(svg.role === 'img' && svg.name)) problems.push(`${label}: a small svg with neither a name nor aria-hidden`);
        continue;
      }
      charts++;
      if (svg.role !== 'img') problems.push(`${label}: chart without role=img`);
      if (svg.name.length <= 10) problems.push(`${label}: chart without a text alternative (“${svg.name}”)`);
      if (!svg.hasDigitsAsText) problems.push(`${label}: chart “${svg.name.slice(0, 50)}” without its numbers as text nearby`);
    }
  });
  expect(problems, 'chart problems').toEqual([]);
  expect(charts, 'charts seen across the sample workbook').toBeGreaterThanOrEqual(5);
});

/** Controls smaller than 24 × 24 CSS px, except links inside running text (WCAG 2.5.8's inline exception). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=radio], [role=checkbox], [tabindex="0"]';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown
      if (el.closest('.skip-link')) continue;
      if (el.tagName === 'A' && el.closest('p, li, td, dd') && getComputedStyle(el).display === 'inline') {
        const block = el.closest('p, li, td, dd')!;
        if ((block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 3) continue;
      }
      // A native box inside its label counts with the label as its target.
      const label = (el as HTMLInputElement).labels?.[0];
      const target = label && label.contains(el) ? label.getBoundingClientRect() : r;
      if (target.width < 24 || target.height < 24) {
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} “${name}” ${Math.round(target.width)}×${Math.round(target.height)}`);
      }
    }
    return out;
  });
}

for (const width of [375, 1280]) {
  test(`every control is at least 24 × 24 px at ${width} px`, async ({ page }) => {
    await seedSample(page);
    await page.setViewportSize({ width, height: 900 });
    const small: string[] = [];
    await everyPage(page, async (label) => {
      for (const t of await smallTargets(page)) small.push(`${label}: ${t}`);
    });
    expect(small, `small targets at ${width} px`).toEqual([]);
  });
}

test('goal state and pace are said in words, not by colour alone', async ({ page }) => {
  await seedSample(page);
  await open(page, '/goals');
  const cards = page.locator('main .goal-card');
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  // Every card that is styled as behind pace says so in words.
  const behindStyled = page.locator('main .goal-card.behind, main .goal-card [class*="behind"]');
  for (let i = 0; i < (await behindStyled.count()); i++) {
    await expect(behindStyled.nth(i)).toContainText(/behind/i);
  }
  // Done milestones carry a word or a checked box, not only a colour.
  await page.locator('main .goal-card-title a').first().click();
  const done = page.locator('li.milestone.done, li.milestone[class*="done"]');
  for (let i = 0; i < (await done.count()); i++) {
    const item = done.nth(i);
    const checked = await item.locator('input[type=checkbox]:checked').count();
    const words = /done|finished|completed/i.test((await item.textContent()) ?? '');
    expect(checked > 0 || words, 'a done milestone says so without colour').toBe(true);
  }
});

test('with reduced motion, nothing on the page animates', async ({ page }) => {
  await seedSample(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of ['/', '/goals', '/discover', '/timeline']) {
    await open(page, route);
    const moving = await page.evaluate(() => {
      const long = [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        const secs = (v: string) => Math.max(...v.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
        return secs(s.animationDuration) > 0.02 || secs(s.transitionDuration) > 0.02;
      });
      return long.map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
    });
    expect(moving, `animated elements on ${route} with reduced motion`).toEqual([]);
  }
});

test('closing a confirmation puts focus back on the button that opened it', async ({ page }) => {
  await seedSample(page);
  // A goal's delete: the confirm takes focus, "Keep it" gives it back.
  await open(page, '/goals');
  await page.locator('main .goal-card-title a').first().click();
  const del = page.getByRole('button', { name: 'Delete goal…' });
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete goal…' })).toBeFocused();

  // A limiting belief's removal in the discovery exercise.
  await open(page, '/discover/beliefs');
  const remove = page.getByRole('button', { name: /^Remove belief 1$/ });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove belief 1$/ })).toBeFocused();
});

test('a program link opens a modal dialog that holds focus until it is closed', async ({ page }) => {
  // Build a one-exercise program link, then open it in the same tab.
  await open(page, '/coach');
  await page.getByLabel('Your name').fill('Ama');
  await page.getByRole('checkbox', { name: /Work values/ }).check();
  const link = await page.getByLabel('Program link').inputValue();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'A program from your coach' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    // Inside the dialog, or (after its last control) out to the browser's own toolbar,
    // never onto the page behind it.
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'browser';
      return el.closest('dialog') ? 'dialog' : `page: ${el.tagName} ${el.textContent?.slice(0, 30)}`;
    });
    expect(['dialog', 'browser'], 'Tab never reaches the page behind the dialog').toContain(where);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !document.activeElement?.closest('dialog'))).toBe(true);
});

test('pages do not shift about while they load', async ({ page }) => {
  await seedSample(page);
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const shifts: string[] = [];
  for (const route of ['/', '/goals', '/discover', '/checkins', '/timeline', '/report', '/data']) {
    await open(page, route);
    await page.waitForTimeout(300);
    const score = await page.evaluate(() => (window as any).__shift as number);
    // 0.1 is the usual line for "good"; a page drawn once by the app should be near 0.
    if (score > 0.02) shifts.push(`${route}: ${score.toFixed(3)}`);
  }
  expect(shifts, 'layout shift on load (cumulative score)').toEqual([]);
});
