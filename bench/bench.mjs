// Waymark's performance harness, run by `make bench` after a release build.
//
// - Bundle sizes of dist/ (raw, gzip, brotli): what the first visit needs against the 250 KB
//   first-load budget, and the page files fetched after it.
// - In headless Chromium, for the empty, small and five-year workbooks (median of
//   BENCH_RUNS fresh page loads each): time to interactive, JS heap after load, and the
//   time from a click to the DOM updated for: switch route, open a goal (from the goals
//   list, filtered to active goals when the target is not among the first 30 drawn),
//   mark a milestone done, add a goal (the wizard's quickest path: title, Review, Create);
//   plus the debounced save's duration (the app wraps it in a `waymark-save`
//   performance measure) and the localStorage write alone.
// - Native timings of the five-year workbook (core/examples/bench.rs, read from
//   bench/native.json, which the Makefile writes first).
//
// Writes bench/results.json with the budgets alongside and prints a table. Timings are
// only ever reported here, never asserted in tests.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const DIST = process.env.BENCH_DIST || 'dist';
const PORT = Number(process.env.BENCH_PORT || 4180);
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS || 11));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];
const BASE = `http://127.0.0.1:${PORT}`;

const BUDGETS = {
  first_load_brotli_kb: 250,
  five_year_tti_vs_empty: 2,
  click_ms: 16,
  note: 'first load = html + js + wasm + css, brotli; five-year time to interactive at most 2x the empty one; every click at most 16 ms median; the save runs debounced, after the click has painted',
};

// The files a first visit needs before the first page is up: index.html, what it links
// (styles, the glue script, the main wasm, the service worker registration) and what the
// glue imports (the loader of the split pages). Page groups load afterwards, in idle time.
async function firstLoadFiles() {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const local = (ref) => ref.replace(/^\.?\//, '').replace(/^https?:\/\/[^/]+\//, '');
  // The glue is imported once the shell has painted (`import('…')`, see postbuild.mjs),
  // and the main wasm fetched whole (`module_or_path: fetch('…')`).
  const refs = [...html.matchAll(/(?:href|src)=["']?([^"' >]+)|module_or_path:\s*(?:fetch\(\s*)?['"]([^'"]+)|from\s+['"]([^'"]+)|import\(\s*['"]([^'"]+)/g)]
    .map((m) => local(m[1] || m[2] || m[3] || m[4]));
  const files = new Set(['index.html']);
  const queue = refs.filter((f) => f && existsSync(join(DIST, f)));
  while (queue.length) {
    const f = queue.shift();
    if (files.has(f)) continue;
    files.add(f);
    if (extname(f) === '.js') {
      const js = await readFile(join(DIST, f), 'utf8');
      for (const m of js.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(m[1]);
    }
  }
  return files;
}

async function sizes() {
  const first = await firstLoadFiles();
  const out = { first_load_files: [...first].sort(), later: { raw: 0, gzip: 0, brotli: 0, files: 0 } };
  for (const name of await readdir(DIST)) {
    const kind = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' }[extname(name)];
    if (!kind || name === 'sw.js') continue;
    const buf = await readFile(join(DIST, name));
    // Page groups and the service worker come after the first page, in idle time.
    const entry = first.has(name) ? out[kind] || { raw: 0, gzip: 0, brotli: 0 } : out.later;
    entry.raw += buf.length;
    entry.gzip += gzipSync(buf, { level: 9 }).length;
    entry.brotli += brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (first.has(name)) out[kind] = entry;
    else out.later.files += 1;
  }
  out.total = ['wasm', 'js', 'css', 'html'].reduce(
    (t, k) => ({ raw: t.raw + (out[k]?.raw || 0), gzip: t.gzip + (out[k]?.gzip || 0), brotli: t.brotli + (out[k]?.brotli || 0) }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return out;
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

const EMPTY = JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: 'bench', written_at: '2026-01-01T00:00:00Z',
  workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Bench', situation: null, welcomed: true } } });

function workbooks() {
  const list = [{ name: 'empty', text: EMPTY }];
  for (const [name, file] of [['small', 'bench/small.json'], ['five_year', 'bench/five-years.json']]) {
    if (existsSync(file)) list.push({ name, text: readFileSync(file, 'utf8') });
    else console.warn(`(no ${file}: run \`make bench\` to generate it)`);
  }
  return list;
}

/** A goal with a milestone still to do, so "mark done" and "open a goal" have a target. */
function target(text) {
  try {
    const goals = JSON.parse(text).workbook.goals || [];
    const goal = goals.find((g) => g.status === 'active' && (g.milestones || []).some((m) => m.status !== 'done'))
      || goals.find((g) => (g.milestones || []).some((m) => m.status !== 'done'));
    return goal ? { id: goal.id, title: goal.title } : null;
  } catch { return null; }
}

// Clicks `selector` (in the page) and resolves with the ms until `done()` is true,
// checked on every DOM mutation. Runs entirely in the page.
async function clickTime(page, selector, doneSpec) {
  return page.evaluate(async ({ selector, doneSpec }) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const done = () => {
      if (doneSpec.h1) {
        const h = document.querySelector('main h1');
        return !!h && h.textContent.trim() === doneSpec.h1;
      }
      if (doneSpec.closestClass) return el.closest(doneSpec.closestClass[0])?.classList.contains(doneSpec.closestClass[1]);
      if (doneSpec.present) return !!document.querySelector(doneSpec.present);
      return false;
    };
    return new Promise((resolve) => {
      const timer = setTimeout(() => { obs.disconnect(); resolve(null); }, 10000);
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (done()) { const t = performance.now() - t0; obs.disconnect(); clearTimeout(timer); resolve(t); }
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      el.click();
    });
  }, { selector, doneSpec });
}

async function saveTime(page) {
  // The save is debounced (300 ms after the last change); wait for its measure.
  return page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const m = performance.getEntriesByName('waymark-save');
      if (m.length) return { save: m[m.length - 1].duration, write: window.__benchWrites?.at(-1) ?? null };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { save: null, write: window.__benchWrites?.at(-1) ?? null };
  });
}

/** Opens the navigation group (or the phone menu) that holds the link to `path`. */
async function openNavGroup(page, path) {
  const link = page.locator(`#site-nav a[href$="${path}"]`);
  if (await link.isVisible()) return;
  const menu = page.locator('#menu-toggle');
  if (await menu.isVisible()) await menu.click();
  else await page.locator('#site-nav li.nav-group', { has: page.locator(`a[href$="${path}"]`) }).locator('button.nav-group-button').click();
  await link.waitFor({ state: 'visible' });
}

async function oneRun(browser, wb, cpu = 1) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((t) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('waymark.workbook', t);
      sessionStorage.setItem('bench-seeded', '1');
    }
    // Time each localStorage write the app makes (the save's last step), and when a
    // click's change reached this tab's log (durable), with the log's size then.
    window.__benchWrites = [];
    window.__durable = [];
    addEventListener('click', () => { window.__clickAt = performance.now(); }, true);
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      const t0 = performance.now();
      const r = set.call(this, k, v);
      if (k === 'waymark.workbook') window.__benchWrites.push(performance.now() - t0);
      if (k.startsWith('waymark.log.') && window.__clickAt != null) {
        window.__durable.push({ ms: performance.now() - window.__clickAt, chars: v.length });
        window.__clickAt = null;
      }
      return r;
    };
  }, wb.text);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const r = {};
  try {
    await page.goto(`${BASE}/`);
    await page.locator('main h1').first().waitFor({ timeout: 30000 });
    r.tti = await page.evaluate(() => performance.now());
    // Clicks are timed once the app has settled: release builds fetch the other pages'
    // code in idle time after the first page (the `waymark-pages-ready` mark); a click
    // before that also waits for its page's file.
    r.pages_ready = await page.evaluate(async () => {
      const found = () => performance.getEntriesByName('waymark-pages-ready')[0]?.startTime;
      // They load once the page has been quiet for 8 s (or on pointing at a link).
      for (let i = 0; i < 400 && found() == null; i++) await new Promise((res) => setTimeout(res, 50));
      return found() ?? null;
    });
    await page.waitForTimeout(50);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    r.heap_mb = heap.usedSize / 1048576;
    r.wasm_memory_mb = await page.evaluate(() => {
      // The wasm instance's linear memory, if the bindings expose it.
      const m = window.wasmBindings?.__wasm?.memory || null;
      return m ? m.buffer.byteLength / 1048576 : null;
    });
    // Switch route: Home -> Goals (the heaviest list with years of data).
    // The navigation is grouped: open the group that holds Goals, then time the link.
    await openNavGroup(page, '/goals');
    r.switch_route = await clickTime(page, '#site-nav a[href$="/goals"]', { h1: 'Goals' });
    await page.locator('main h1', { hasText: 'Goals' }).waitFor();
    const goal = target(wb.text);
    if (goal) {
      const sel = `main a[href$="/goals/${goal.id}"]`;
      // The list draws its first 30 goals; with years of goals the target (an active
      // goal) is further down, so filter to active goals first, as a person would.
      if (!(await page.locator(sel).count())) {
        await page.locator('#filter-status').selectOption('active');
      }
      await page.locator(sel).first().waitFor();
      r.open_goal = await clickTime(page, sel, { h1: goal.title.trim() || 'Untitled goal' });
      await page.locator('li.milestone').first().waitFor();
      r.mark_done = await clickTime(page, 'li.milestone:not(.is-done) input[type=checkbox]', { closestClass: ['li.milestone', 'is-done'] });
      const durable = await page.evaluate(() => window.__durable.at(-1) ?? null);
      r.durable = durable?.ms ?? null;
      r.log_chars = durable?.chars ?? null;
      const saved = await saveTime(page);
      r.save = saved.save;
      r.storage_write = saved.write;
    } else {
      // Nothing to open: time a save after a small profile-free change instead.
      r.save = null;
    }
    // Add a goal: the wizard's quickest path (title, jump to Review, Create).
    await openNavGroup(page, '/goals');
    await page.locator('#site-nav a[href$="/goals"]').click();
    await page.locator('main a[href$="/goals/new"]').first().click();
    await page.locator('#goal-title').fill('Bench goal');
    await page.locator('.wizard-step', { hasText: 'Review' }).click();
    await page.locator('button[type=submit]', { hasText: 'Create goal' }).waitFor();
    r.add_goal = await clickTime(page, '.wizard-actions button[type=submit]', { h1: 'Bench goal' });
    if (r.save == null) {
      const saved = await saveTime(page);
      r.save = saved.save;
      r.storage_write = saved.write;
    }
    // The job search: open the board (every application by stage), then the list.
    await openNavGroup(page, '/search');
    r.open_search = await clickTime(page, '#site-nav a[href$="/search"]', { h1: 'Job search' });
    // With no applications there is nothing to switch between (the timings stay empty).
    if (await page.locator('#view-list').count()) {
      r.search_list = await clickTime(page, '#view-list', { present: '.app-list' });
      r.search_board = await clickTime(page, '#view-board', { present: '.board' });
    }
  } finally {
    await context.close();
  }
  return r;
}

function summarise(wb, runs) {
  const m = (k, d = 1) => round(median(runs.map((r) => r[k])), d);
  return {
    runs: runs.length,
    workbook_bytes: wb.text.length,
    time_to_interactive_ms: m('tti'),
    pages_ready_ms: m('pages_ready'),
    js_heap_mb: m('heap_mb', 2),
    wasm_memory_mb: m('wasm_memory_mb', 2),
    click_ms: {
      switch_route: m('switch_route'), open_goal: m('open_goal'), mark_milestone_done: m('mark_done'), add_goal: m('add_goal'),
      open_search_board: m('open_search'), search_list: m('search_list'), search_board: m('search_board'),
    },
    click_to_durable_ms: m('durable'),
    log_chars_after_click: m('log_chars', 0),
    save_ms: m('save'),
    storage_write_ms: m('storage_write'),
  };
}

async function browserTimes() {
  const server = spawn('node', ['scripts/serve-dist.mjs', DIST, String(PORT), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const out = {};
  try {
    for (const wb of workbooks()) {
      const runs = [];
      // One warm-up load (compiles the wasm into the cache), then RUNS measured.
      for (let i = 0; i < RUNS + 1; i++) {
        const r = await oneRun(browser, wb);
        if (i > 0) runs.push(r);
      }
      out[wb.name] = summarise(wb, runs);
      process.stderr.write(`  ${wb.name}: done\n`);
    }
    // The five-year workbook again with the CPU slowed four times, as phones are.
    const big = workbooks().find((w) => w.name === 'five_year') ?? workbooks().at(-1);
    const slow = [];
    for (let i = 0; i < Math.max(3, Math.floor(RUNS / 2)) + 1; i++) {
      const r = await oneRun(browser, big, 4);
      if (i > 0) slow.push(r);
    }
    out[`${big.name}_cpu4x`] = summarise(big, slow);
    process.stderr.write(`  ${big.name} at 4x CPU: done\n`);
  } finally {
    await browser.close();
    server.kill();
  }
  return out;
}

const native = existsSync('bench/native.json') ? JSON.parse(readFileSync('bench/native.json', 'utf8')) : null;
const bytes = await sizes();
const browser = await browserTimes();
const results = { date: new Date().toISOString(), budgets: BUDGETS, bytes, browser, native };
await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');

// The table.
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('\nasset      raw         gzip        brotli');
for (const k of ['wasm', 'js', 'css', 'html', 'total']) {
  const b = bytes[k];
  if (b) console.log(k.padEnd(6), kb(b.raw), kb(b.gzip), kb(b.brotli));
}
console.log('later', kb(bytes.later.raw), kb(bytes.later.gzip), kb(bytes.later.brotli), `(${bytes.later.files} page files, fetched in idle time)`);
const okKb = bytes.total.brotli / 1024 <= BUDGETS.first_load_brotli_kb;
console.log(`first load ${(bytes.total.brotli / 1024).toFixed(1)} KB brotli, budget ${BUDGETS.first_load_brotli_kb} KB: ${okKb ? 'within' : 'OVER'}`);
const names = Object.keys(browser);
const row = (label, get, budget = '') => console.log(label.padEnd(28), ...names.map((n) => String(get(browser[n]) ?? '—').padStart(10)), String(budget).padStart(10));
console.log('\n' + 'browser (median ms)'.padEnd(28), ...names.map((n) => n.padStart(10)), 'budget'.padStart(10));
row('time to interactive', (b) => b.time_to_interactive_ms, browser.empty ? `≤ ${round(browser.empty.time_to_interactive_ms * 2, 0)}` : '');
row('every page arrived', (b) => b.pages_ready_ms);
row('click: switch route', (b) => b.click_ms.switch_route, '≤ 16');
row('click: open a goal', (b) => b.click_ms.open_goal, '≤ 16');
row('click: milestone done', (b) => b.click_ms.mark_milestone_done, '≤ 16');
row('click: add a goal', (b) => b.click_ms.add_goal, '≤ 16');
row('click: open job search', (b) => b.click_ms.open_search_board, '≤ 16');
row('click: search list', (b) => b.click_ms.search_list, '≤ 16');
row('click: search board', (b) => b.click_ms.search_board, '≤ 16');
row('click to durable (log)', (b) => b.click_to_durable_ms);
row('  log size (chars)', (b) => b.log_chars_after_click);
row('fold (debounced save)', (b) => b.save_ms, 'off-click');
row('  localStorage write', (b) => b.storage_write_ms);
row('JS heap after load (MB)', (b) => b.js_heap_mb);
if (native) {
  console.log('\nnative, five-year workbook (median ms)');
  for (const [k, v] of Object.entries(native)) console.log('  ' + k.padEnd(26), String(v).padStart(10));
}
