// Which of the main wasm's functions a first visit runs, and how small the main wasm could
// be if it held only those: the floor that no way of splitting the code can go below.
//
// V8 compiles each wasm function the first time it is called; with
// `--trace-wasm-compilation-times` (and no tier-up, so each is logged once) Chromium prints
// one line per function compiled, which is the list of functions that ran. Each route is
// opened in a fresh profile with nothing stored (a first visit), an empty and the
// five-year workbook, until the page is drawn and the browser has been idle (the
// idle-time save included, the other pages' files not); a first visit to / is also
// followed through its first change (the welcome answered and saved). Then binaryen replaces every function that never ran with `unreachable`
// and the result is compressed as the first load would be.
//
//   make bench-coverage   (a release build with function names in dist-names/, then this)
//   node bench/coverage.mjs [dist-names] [route …]
//
// Writes bench/coverage.json. Only a measure: nothing here changes a build.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import binaryen from 'binaryen';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const DIST = args[0] || 'dist-names';
const ROUTES = args.length > 1 ? args.slice(1) : ['/', '/discover', '/goals', 'goal', '/checkins', '/journal', '/data', '/search', '/stories'];
const WORKBOOK = 'bench/five-years.json';
const EMPTY = JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: 'bench', written_at: '2026-01-01T00:00:00Z',
  workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Bench', situation: null, welcomed: true } } });

if (!existsSync(WORKBOOK)) {
  console.error(`no ${WORKBOOK}: cargo run -p waymark-core --release --example sample -- five-years --as-stored > ${WORKBOOK}`);
  process.exit(2);
}
const mainName = (await readdir(DIST)).find((f) => /^waymark-[0-9a-f]+_bg\.wasm$/.test(f));
if (!mainName) throw new Error(`no main wasm in ${DIST}/ (WAYMARK_KEEP_NAMES=1 trunk build --release --dist ${DIST})`);
const mainBytes = await readFile(join(DIST, mainName));

/** The main wasm's functions: name and body size by index (imports first, as V8 counts). */
function functions(bytes) {
  const module = binaryen.readBinary(bytes);
  const list = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    list.push({ name: info.name, imported: Boolean(info.module), body: info.body });
  }
  return { module, list };
}

const five = readFileSync(WORKBOOK, 'utf8');
const goal = (() => {
  const goals = JSON.parse(five).workbook.goals || [];
  return (goals.find((g) => g.status === 'active' && (g.milestones || []).some((m) => m.status !== 'done')) || goals[0])?.id;
})();

/** The function indices of the main wasm compiled while `path` is opened once. */
async function ran(base, text, path, act) {
  const profile = await mkdtemp(join(tmpdir(), 'waymark-coverage-'));
  const port = 9300 + Math.floor(Math.random() * 600);
  const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--no-first-run', '--disable-background-networking', `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`,
    '--js-flags=--trace-wasm-compilation-times --no-wasm-tier-up', 'about:blank'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  chrome.stdout.on('data', (c) => { log += c; });
  chrome.stderr.on('data', () => {});
  try {
    let browser;
    for (let i = 0; !browser; i++) {
      try {
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      } catch (e) {
        if (i > 100) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const context = browser.contexts()[0];
    const seed = await context.newPage();
    await seed.goto(`${base}/favicon.svg`);
    if (text !== null) await seed.evaluate((t) => localStorage.setItem('waymark.workbook', t), text);
    await seed.close();
    const page = await context.newPage();
    log = '';
    await page.goto(base + path);
    await page.waitForFunction(() => !document.getElementById('boot') && !document.documentElement.hasAttribute('data-drawing'), null, { timeout: 60000 });
    if (act) await act(page);
    // Idle twice: the idle-time work of a first visit (its save, the last good copy) runs.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done, { timeout: 3000 }), { timeout: 3000 })));
    await browser.close().catch(() => {});
  } finally {
    chrome.kill();
    await new Promise((r) => chrome.once('exit', r));
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  // "Compiled function 0x…#123 using Liftoff, …": the module first seen is the main wasm
  // (the page groups are instantiated after it).
  const seen = new Map();
  for (const m of log.matchAll(/Compiled function (0x[0-9a-f]+)#(\d+)/g)) {
    if (!seen.has(m[1])) seen.set(m[1], new Set());
    seen.get(m[1]).add(Number(m[2]));
  }
  const main = seen.values().next().value;
  if (!main) throw new Error('V8 logged no wasm compilation: was the flag taken?');
  return main;
}

const compress = (bytes) => ({
  brotli: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  gzip: gzipSync(bytes, { level: 9 }).length,
});

/** The main wasm with every function not in `keep` emptied, without names, compressed. */
function floor(keep) {
  const { module, list } = functions(mainBytes);
  for (let i = 0; i < list.length; i++) {
    if (list[i].imported || (keep && keep.has(i))) continue;
    binaryen.Function.setBody(module.getFunctionByIndex(i), module.unreachable());
  }
  module.runPasses(['strip-debug', 'strip-producers']);
  const out = compress(module.emitBinary());
  module.dispose();
  return out;
}

const { list } = functions(mainBytes);
const sizes = bodySizes(mainBytes, list.filter((f) => f.imported).length);
const codeBytes = (set) => [...set].reduce((n, i) => n + (sizes[i] || 0), 0);

/** Each function's body size in the code section, by function index. */
function bodySizes(bytes, imports) {
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  };
  const out = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 10) {
      const count = leb();
      for (let j = 0; j < count; j++) {
        const body = leb();
        out[imports + j] = body;
        at += body;
      }
    }
    at = end;
  }
  return out;
}
const { server, base } = await startServer(DIST);
const runs = [];
// Per workbook: the functions any route ran, and those `/` ran.
const seen = {};
try {
  // COVERAGE_WORKBOOKS picks the workbooks: first_visit (nothing stored: a coach's link
  // opened for the first time, the load that downloads everything), empty (a workbook
  // with nothing in it yet) and five_year.
  const workbooks = { first_visit: null, empty: EMPTY, five_year: five };
  const picked = (process.env.COVERAGE_WORKBOOKS || 'first_visit,empty,five_year').split(',');
  for (const [name, text] of Object.entries(workbooks).filter(([n]) => picked.includes(n))) {
    seen[name] = { union: new Set(), home: new Set() };
    for (const route of ROUTES) {
      if (route === 'goal' && text !== five) continue;
      const path = route === 'goal' ? `/goals/${goal}` : route;
      const set = await ran(base, text, path);
      for (const i of set) seen[name].union.add(i);
      if (route === '/') for (const i of set) seen[name].home.add(i);
      runs.push({ workbook: name, route: route === 'goal' ? '/goals/:id' : route, functions: set.size, code_bytes: codeBytes(set) });
      process.stderr.write(`  ${name} ${path}: ${set.size} functions\n`);
    }
    // A first visit that goes on to its first change: the welcome answered and saved
    // (the change logged, then the workbook written in idle time), so the floor holds
    // what saving needs as well.
    if (text === null && ROUTES.includes('/')) {
      const set = await ran(base, text, '/', async (page) => {
        await page.getByLabel(/What should we call you/).fill('Ada');
        await page.getByRole('button', { name: 'Start my workbook' }).click();
        await page.getByRole('heading', { level: 1, name: 'Hello, Ada' }).waitFor();
        await page.waitForFunction(() => Object.keys(localStorage).some((k) => k === 'waymark.workbook'), null, { timeout: 10000 });
      });
      for (const i of set) seen[name].union.add(i);
      seen[name].first_change = set;
      runs.push({ workbook: name, route: '/ then the welcome saved', functions: set.size, code_bytes: codeBytes(set) });
      process.stderr.write(`  ${name} / then the welcome saved: ${set.size} functions\n`);
    }
  }
} finally {
  server.kill();
}

const union = new Set(Object.values(seen).flatMap((s) => [...s.union]));
const kept = (set) => ({ functions: set.size, code_bytes: codeBytes(set), ...floor(set) });
const defined = list.filter((f) => !f.imported).length;
const result = {
  date: new Date().toISOString(),
  dist: DIST,
  note: 'Functions of the main wasm that ran on a first visit (V8 --trace-wasm-compilation-times, no tier-up), and the main wasm compressed with every other function emptied: the smallest a split could make it. Data, tables and imports are kept whole. Per workbook: keeping what any route ran (union) and what / ran (home).',
  main_wasm: { functions: defined, code_bytes: codeBytes(list.keys()), ...compress(stripped()) },
  runs,
  floors: Object.fromEntries(Object.entries(seen).map(([name, s]) => [name, {
    union: kept(s.union),
    home: kept(s.home),
    ...(s.first_change ? { home_then_first_change: kept(new Set([...s.home, ...s.first_change])) } : {}),
  }])),
  union: kept(union),
  nothing_run: floor(new Set()),
};
await writeFile('bench/coverage.json', JSON.stringify(result, null, 2) + '\n');
// COVERAGE_UNRUN=file: the functions no run called, one per line (body size, then name),
// largest first: what a split could move out of the main wasm.
if (process.env.COVERAGE_UNRUN) {
  const unrun = list.map((f, i) => [sizes[i] || 0, f.name, i]).filter(([, , i]) => !list[i].imported && !union.has(i));
  unrun.sort((a, b) => b[0] - a[0]);
  await writeFile(process.env.COVERAGE_UNRUN, unrun.map(([n, name]) => `${n}\t${name}`).join('\n') + '\n');
}

function stripped() {
  const module = binaryen.readBinary(mainBytes);
  module.runPasses(['strip-debug', 'strip-producers']);
  const bytes = module.emitBinary();
  module.dispose();
  return bytes;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nmain wasm: ${defined} functions, ${kb(result.main_wasm.code_bytes)} of code; ${kb(result.main_wasm.brotli)} brotli, ${kb(result.main_wasm.gzip)} gzip`);
for (const r of runs) console.log(`  ${r.workbook.padEnd(10)} ${r.route.padEnd(12)} ${String(r.functions).padStart(5)} functions ran, ${kb(r.code_bytes)} of code`);
for (const [name, f] of Object.entries(result.floors)) {
  console.log(`${name}: keeping what any route ran (${f.union.functions}, ${kb(f.union.code_bytes)}): ${kb(f.union.brotli)} brotli, ${kb(f.union.gzip)} gzip`);
  console.log(`${name}: keeping what / ran (${f.home.functions}, ${kb(f.home.code_bytes)}): ${kb(f.home.brotli)} brotli, ${kb(f.home.gzip)} gzip`);
  const c = f.home_then_first_change;
  if (c) console.log(`${name}: keeping what / and its first change ran (${c.functions}, ${kb(c.code_bytes)}): ${kb(c.brotli)} brotli, ${kb(c.gzip)} gzip`);
}
console.log(`keeping what any run ran (${union.size}, ${kb(result.union.code_bytes)}): ${kb(result.union.brotli)} brotli, ${kb(result.union.gzip)} gzip`);
console.log(`every function emptied: ${kb(result.nothing_run.brotli)} brotli, ${kb(result.nothing_run.gzip)} gzip`);
