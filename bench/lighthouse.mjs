// Lighthouse on the release build, as a phone and a desktop see it (issue #16), run by
// `make bench` after bench/bench.mjs.
//
// - dist/ is served gzipped, as a typical static host serves it (scripts/serve-dist.mjs --gzip,
//   on a free port).
// - Routes: /, /discover, /goals, /checkins, /journal, /data and one goal's page
//   (/goals/<id>, an active goal of the seeded workbook; not run with the empty one).
// - Presets: Lighthouse's mobile default (simulated slow 4G, 4x CPU slowdown, a phone's
//   screen) and its desktop preset.
// - Workbooks: first_visit (nothing stored: a coach's link opened for the first time,
//   `/` only), empty (a welcomed profile and nothing else, as bench/bench.mjs uses) and
//   the five-year one (bench/five-years.json; LH_WORKBOOK=path puts another file in its
//   place, e.g. tests/e2e/data/small.json for a trial run).
//
// Each run gets a fresh Debian Chromium (/usr/bin/chromium, never a downloaded browser)
// with a new profile: no HTTP cache, no compiled wasm, no service worker (and the page's
// service worker registration, sw-register.js, is blocked: see runOnce). The workbook is
// written to localStorage (`waymark.workbook`) from a same-origin page that is not the app
// (the favicon), so the app never runs before Lighthouse loads it; Lighthouse then runs
// with `disableStorageReset` so the workbook stays.
//
// Transfer bytes are what the page fetched until Lighthouse judged it loaded: the other
// pages' files, fetched in idle time, are in it only if that began before then (it
// usually does on mobile; bench/bench.mjs has the exact bundle sizes).
//
// Writes bench/lighthouse.json (LH_OUT=path elsewhere) and prints a table. LH_RUNS=n runs
// each case n times and reports the median of each figure (default 3: single runs on a
// shared 2-core machine move by hundreds of milliseconds of blocking time).
// LH_REPORTS=dir keeps each run's full Lighthouse JSON report there (LH_TRACES=1: and
// the trace it was computed from: `node bench/tasks.mjs <trace>` lists its long tasks).
// LH_CPU=x sets the mobile preset's CPU slowdown (default 4): Lighthouse's figures
// depend on how fast this machine is (its benchmark index is in the output), and
// 4 x index / 1800 makes a faster machine measure like the one the earlier figures
// came from (index about 1800).
// `--quick` runs / on mobile with the empty workbook only, as a smoke test, and writes a
// file only when LH_OUT is set.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const QUICK = process.argv.includes('--quick');
const DIST = process.env.BENCH_DIST || 'dist';
const CPU = Number(process.env.LH_CPU) || null;
const RUNS = Math.max(1, Number(process.env.LH_RUNS || (QUICK ? 1 : 3)));
const OUT = process.env.LH_OUT || (QUICK ? null : 'bench/lighthouse.json');
const WORKBOOK = process.env.LH_WORKBOOK || 'bench/five-years.json';
const REPORTS = process.env.LH_REPORTS || null;
// A returning person (default): with a workbook, the route was opened once before on this
// device, so the page shell paints the top they saw then (src/ui/page_tops.rs).
// LH_RETURNING=0: the route was never opened here.
const RETURNING = process.env.LH_RETURNING !== '0';
const CHROME = '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];
const ROUTES = ['/', '/discover', '/goals', '/checkins', '/journal', '/data', 'goal'];
// Narrowing, to measure one change at a time: LH_ROUTES="/data,goal" LH_PRESETS=mobile
// LH_WORKBOOKS=empty (comma lists; unset means all).
const only = (name) => (process.env[name] ? process.env[name].split(',') : null);
const ONLY_ROUTES = only('LH_ROUTES');
const ONLY_PRESETS = only('LH_PRESETS');
const ONLY_WORKBOOKS = only('LH_WORKBOOKS');
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

// The same empty workbook as bench/bench.mjs: a profile past the welcome, nothing else.
const EMPTY = JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: 'bench', written_at: '2026-01-01T00:00:00Z',
  workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Bench', situation: null, welcomed: true } } });

/** The goal whose page is measured: an active goal with a milestone to do, as in bench.mjs. */
function goalId(text) {
  const goals = JSON.parse(text).workbook.goals || [];
  const goal = goals.find((g) => g.status === 'active' && (g.milestones || []).some((m) => m.status !== 'done'))
    || goals.find((g) => g.status === 'active') || goals[0];
  return goal?.id ?? null;
}

function workbooks() {
  const list = [{ name: 'empty', file: null, text: EMPTY }];
  if (QUICK) return list;
  // A coach's link opened for the first time: nothing stored, the welcome on `/`.
  list.push({ name: 'first_visit', file: null, text: null, routes: ['/'] });
  if (!existsSync(WORKBOOK)) {
    console.error(`no ${WORKBOOK}: \`make bench\` writes it (cargo run -p waymark-core --release --example sample -- five-years),`
      + ' or set LH_WORKBOOK=path to use another workbook');
    process.exit(2);
  }
  const name = WORKBOOK.endsWith('five-years.json') ? 'five_year' : WORKBOOK.replace(/^.*\//, '').replace(/\.json$/, '');
  list.push({ name, file: WORKBOOK, text: readFileSync(WORKBOOK, 'utf8') });
  return list;
}

/** Writes the workbook into the origin's localStorage from the favicon (not the app);
 * with `visit`, then opens that page in the app once, as a returning person has, so the
 * top they saw is kept for the page shell (src/ui/page_tops.rs). */
async function seed(port, base, text, visit = null) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    // A 1.7 MB value can still be on its way to the browser's storage when the page that
    // wrote it closes, and then Lighthouse's page starts with no workbook (seen as the
    // welcome on `/`): write, close, and read it back from a new page until it is there.
    for (let attempt = 1; ; attempt += 1) {
      const page = await context.newPage();
      await page.goto(`${base}/favicon.svg`);
      // No text: a first visit, nothing stored.
      const want = text?.length ?? 0;
      const stored = await page.evaluate((t) => {
        localStorage.clear();
        if (t !== null) localStorage.setItem('waymark.workbook', t);
        return localStorage.getItem('waymark.workbook')?.length ?? 0;
      }, text);
      if (stored !== want) throw new Error('the workbook did not fit in localStorage');
      await page.close();
      const check = await context.newPage();
      await check.goto(`${base}/favicon.svg`);
      const seen = await check.evaluate(() => localStorage.getItem('waymark.workbook')?.length ?? 0);
      await check.close();
      if (seen === want) {
        if (visit) await visitOnce(context, visit);
        return;
      }
      if (attempt === 3) throw new Error(`the workbook was written but a new page saw ${seen} of ${want} characters`);
    }
  } finally {
    // Over CDP this only disconnects Playwright; the browser stays up for Lighthouse.
    await browser.close();
  }
}

/** Opens `url` in the app and waits until the page's top is kept (a moment after it is
 * drawn; a page with nothing marked to keep has none: then 4 s at most). */
async function visitOnce(context, url) {
  const page = await context.newPage();
  // Nothing of the visit may serve the measured load: no service worker (as in runOnce)
  // and, after it, an empty HTTP cache (compiled code goes with it).
  await page.route('**/sw-register.js', (route) => route.abort());
  await page.goto(url);
  await page.locator('#boot').waitFor({ state: 'detached' });
  const path = new URL(url).pathname.replace(/\/$/, '') || '/';
  await page.waitForFunction((p) => (localStorage.getItem('waymark.shell') || '').includes(`"path":${JSON.stringify(p)}`), path, { timeout: 4000 })
    .catch(() => {});
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.close();
}

const num = (audits, id) => audits[id]?.numericValue ?? null;
const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));

function figures(lhr) {
  const a = lhr.audits;
  const requests = a['network-requests']?.details?.items || [];
  const isWasm = (r) => r.mimeType === 'application/wasm' || /\.wasm(\?|$)/.test(r.url);
  const sum = (rs) => rs.reduce((t, r) => t + (r.transferSize || 0), 0);
  // Not the blocked registration script, nor anything else that never got an answer.
  const page = requests.filter((r) => r.statusCode > 0);
  return {
    performance: score(lhr, 'performance'),
    lcp_ms: num(a, 'largest-contentful-paint'),
    tbt_ms: num(a, 'total-blocking-time'),
    cls: num(a, 'cumulative-layout-shift'),
    fcp_ms: num(a, 'first-contentful-paint'),
    speed_index_ms: num(a, 'speed-index'),
    accessibility: score(lhr, 'accessibility'),
    best_practices: score(lhr, 'best-practices'),
    transfer_bytes: sum(page),
    wasm_transfer_bytes: sum(page.filter(isWasm)),
    // The page files that release builds fetch after the first page, in idle time
    // (scripts/split.mjs: chunk_*.wasm and split_*.wasm, fetched by the glue code).
    split_wasm_transfer_bytes: sum(page.filter((r) => isWasm(r) && r.resourceType === 'Fetch')),
    requests: page.length,
    // Should be 0: answers from a cache or a service worker (a fresh profile has neither),
    // and requests still loading when Lighthouse stopped watching (their bytes uncounted).
    from_cache: page.filter((r) => !r.url.startsWith('data:') && r.finished && !r.transferSize && r.resourceSize > 0).length,
    unfinished: page.filter((r) => !r.finished).length,
    dom_nodes: num(a, 'dom-size'),
    // Lighthouse's measure of this machine's speed at the time (higher is faster): a busy
    // machine makes every CPU figure (TBT most) worse.
    benchmark_index: lhr.environment?.benchmarkIndex ?? null,
    final_url: lhr.finalDisplayedUrl,
    failed: [...new Set([
      ...Object.values(lhr.categories).flatMap((c) => c.auditRefs)
        .filter((r) => r.weight > 0 && a[r.id]?.score != null && a[r.id].score < 0.9 && !['metrics'].includes(r.group))
        .map((r) => r.id),
    ])],
    warnings: lhr.runWarnings?.map(String) ?? [],
  };
}

async function runOnce(base, wb, url, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    await seed(chrome.port, base, wb.text, wb.text !== null && RETURNING ? url : null);
    // The service worker is kept out: on a first visit it would precache every file of
    // the build while the page loads, take over and serve the page's later fetches from
    // its cache (transfer 0), so what Lighthouse sees would depend on when it took over.
    // Blocking sw.js itself does not work (the worker's script is fetched outside the
    // page), so the page's registration script is blocked. Lighthouse ignores the console
    // error of a URL it blocked; the script is 1 KB, deferred, and does nothing else.
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: true,
      onlyCategories: CATEGORIES, blockedUrlPatterns: ['*/sw-register.js'] };
    if (CPU && preset === 'mobile') {
      flags.throttling = { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier: CPU };
    }
    const result = await lighthouse(url, flags, PRESETS[preset]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return { lhr, trace: result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass, figures: figures(lhr) };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 0) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

function summarise(runs) {
  const f = runs.map((r) => r.figures);
  const m = (k, d = 0) => round(median(f.map((x) => x[k])), d);
  return {
    runs: runs.length,
    performance: m('performance'),
    lcp_ms: m('lcp_ms'),
    tbt_ms: m('tbt_ms'),
    cls: m('cls', 3),
    fcp_ms: m('fcp_ms'),
    speed_index_ms: m('speed_index_ms'),
    accessibility: m('accessibility'),
    best_practices: m('best_practices'),
    transfer_bytes: m('transfer_bytes'),
    wasm_transfer_bytes: m('wasm_transfer_bytes'),
    split_wasm_transfer_bytes: m('split_wasm_transfer_bytes'),
    requests: m('requests'),
    from_cache: Math.max(...f.map((x) => x.from_cache)),
    unfinished: Math.max(...f.map((x) => x.unfinished)),
    dom_nodes: m('dom_nodes'),
    benchmark_index: m('benchmark_index'),
    final_url: f.at(-1).final_url,
    below_90: [...new Set(f.flatMap((x) => x.failed))].sort(),
    warnings: [...new Set(f.flatMap((x) => x.warnings))],
  };
}

const started = Date.now();
const { server, base } = await startServer(DIST, { gzip: true });
const results = [];
const errors = [];
let environment = null;
try {
  for (const wb of workbooks().filter((w) => !ONLY_WORKBOOKS || ONLY_WORKBOOKS.includes(w.name))) {
    const goal = wb.file ? goalId(wb.text) : null;
    for (const route of (QUICK ? ['/'] : wb.routes || ROUTES).filter((r) => !ONLY_ROUTES || ONLY_ROUTES.includes(r))) {
      if (route === 'goal' && !goal) continue; // the empty workbook has no goal to open
      const path = route === 'goal' ? `/goals/${goal}` : route;
      for (const preset of (QUICK ? ['mobile'] : Object.keys(PRESETS)).filter((p) => !ONLY_PRESETS || ONLY_PRESETS.includes(p))) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = Date.now();
          try {
            const r = await runOnce(base, wb, base + path, preset);
            runs.push(r);
            if (REPORTS) {
              await mkdir(REPORTS, { recursive: true });
              const name = `${wb.name}-${preset}-${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${i + 1}.json`;
              await writeFile(`${REPORTS}/${name}`, JSON.stringify(r.lhr));
              if (process.env.LH_TRACES && r.trace) await writeFile(`${REPORTS}/${name.replace(/\.json$/, '.trace.json')}`, JSON.stringify(r.trace));
            }
            environment ??= { lighthouse: r.lhr.lighthouseVersion, user_agent: r.lhr.environment.hostUserAgent, benchmark_index: r.lhr.environment.benchmarkIndex };
          } catch (e) {
            errors.push({ workbook: wb.name, route: path, preset, error: String(e?.message || e) });
            process.stderr.write(`  ${wb.name} ${path} ${preset}: ERROR ${e?.message || e}\n`);
          }
          process.stderr.write(`  ${wb.name} ${path} ${preset} run ${i + 1}/${RUNS}: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
        }
        if (runs.length) results.push({ workbook: wb.name, route: route === 'goal' ? '/goals/:id' : route, url_path: path, preset, ...summarise(runs) });
      }
    }
  }
} finally {
  server.kill();
}
const seconds = Math.round((Date.now() - started) / 1000);

const out = {
  date: new Date().toISOString(),
  note: 'Lighthouse on the release build served gzipped; mobile = Lighthouse default (simulated slow 4G, 4x CPU), desktop = its desktop preset. Each figure is the median of `runs`. Transfer bytes are what the page fetched while Lighthouse watched (gzip, with headers), the page files fetched in idle time included (split_wasm_transfer_bytes); the service worker is kept out (sw-register.js blocked; its precache would fetch every file again and serve later fetches from its cache).',
  dist: DIST,
  served: 'gzip (scripts/serve-dist.mjs --gzip)',
  runs_per_case: RUNS,
  mobile_cpu_slowdown: CPU ?? 4,
  returning: RETURNING
    ? 'yes: with a workbook, each route was opened once in the app before the measured load (its kept top painted by the shell; HTTP cache and compiled code cleared by Lighthouse)'
    : 'no: each route measured as never opened on this device',
  workbooks: Object.fromEntries(workbooks().map((w) => [w.name, w.file ? { file: w.file, chars: w.text.length, goal: goalId(w.text) } : { file: null, chars: w.text?.length ?? 0 }])),
  environment,
  seconds,
  results,
  errors,
};
if (OUT) await writeFile(OUT, JSON.stringify(out, null, 2) + '\n');

// The table.
const kb = (n) => (n == null ? '—' : (n / 1024).toFixed(0));
const cols = [['workbook', 10], ['preset', 8], ['route', 11], ['perf', 5], ['LCP', 6], ['TBT', 6], ['CLS', 6], ['FCP', 6], ['SI', 6], ['a11y', 5], ['BP', 4], ['KB', 5], ['wasm', 5]];
const line = (vals) => console.log(vals.map((v, i) => String(v ?? '—')[i < 3 ? 'padEnd' : 'padStart'](cols[i][1])).join(' '));
console.log('\nLighthouse (ms; KB transferred, gzip; median of ' + RUNS + ')');
line(cols.map((c) => c[0]));
for (const r of results) {
  line([r.workbook, r.preset, r.route, r.performance, r.lcp_ms, r.tbt_ms, r.cls, r.fcp_ms, r.speed_index_ms,
    r.accessibility, r.best_practices, kb(r.transfer_bytes), kb(r.wasm_transfer_bytes)]);
}
console.log(`\n${results.length} cases in ${seconds} s${OUT ? `, written to ${OUT}` : ''}`);
const odd = results.filter((r) => r.from_cache || r.unfinished);
if (odd.length) {
  console.warn('requests answered from a cache or still loading when Lighthouse stopped (their bytes are not counted):');
  for (const r of odd) console.warn(`  ${r.workbook} ${r.route} ${r.preset}: ${r.from_cache} from cache, ${r.unfinished} unfinished`);
}
if (errors.length) {
  console.error(`${errors.length} run(s) failed:`);
  for (const e of errors) console.error(`  ${e.workbook} ${e.route} ${e.preset}: ${e.error}`);
  process.exitCode = 1;
}
if (!results.length || results.some((r) => r.performance == null)) process.exitCode = 1;
