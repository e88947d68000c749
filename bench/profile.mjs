// A CPU profile of one page load with the five-year workbook, for finding where start-up
// time goes (not part of `make bench`; no figures are kept).
//
//   WAYMARK_KEEP_NAMES=1 trunk build --release --dist /tmp/dist-names   # function names kept
//   node scripts/serve-dist.mjs /tmp/dist-names 9301 /
//   node bench/profile.mjs 9301 /journal read_text [4]
//
// Prints the time sampled under the function whose name contains the third argument
// (`main` for all of start-up) and the functions under it by inclusive time; the fourth
// slows the CPU that many times. TOP=n lists more. A first visit: a new browser, so no
// compiled wasm is kept from before (V8 compiles lazily with its baseline compiler).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [port, route, under, throttle] = process.argv.slice(2);
const wb = process.env.WB === 'empty' ? JSON.stringify({ format: 'waymark.workbook', schema_version: 4, app_version: 'bench', written_at: '2026-01-01T00:00:00Z', workbook: { schema_version: 4, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Bench', situation: null, welcomed: true } } }) : readFileSync(new URL('./five-years.json', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), wb);
const cdp = await page.context().newCDPSession(page);
if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForSelector('main h1', { timeout: 60000 });
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const dt = profile.timeDeltas;
const clean = (n) => (n.callFrame.functionName || '(anon)').replace(/17h[0-9a-f]{16}E.*$/, '').replace(/^_ZN/, '').slice(0, 140);
const incl = new Map(); let total = 0;
profile.samples.forEach((id, i) => {
  const stack = []; let cur = id; while (cur !== undefined) { stack.push(clean(byId.get(cur))); cur = parent.get(cur); }
  const at = stack.findIndex((s) => s.includes(under)); if (at < 0) return;
  total += dt[i] || 0;
  const seen = new Set();
  for (const s of stack.slice(0, at)) if (!seen.has(s)) { seen.add(s); incl.set(s, (incl.get(s) || 0) + (dt[i] || 0)); }
});
console.log('under', under, (total / 1000).toFixed(1), 'ms');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 25))) console.log((v / 1000).toFixed(1).padStart(8), k);
await browser.close();
