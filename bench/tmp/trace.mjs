// Long tasks of one load at 4x CPU, with what's inside each (event names by self time).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [port, route, throttle = '4'] = process.argv.slice(2);
const wb = process.env.WB === 'empty' ? null : readFileSync('/work/main/bench/five-years.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
if (wb) await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), wb);
// returning: open once so the top is kept
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForFunction(() => (localStorage.getItem('waymark.shell') || '').includes('"path"'), null, { timeout: 20000 }).catch(() => console.log('no kept top'));
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.clearBrowserCache');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,blink', transferMode: 'ReportEvents' });
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForSelector('#boot', { state: 'detached', timeout: 60000 });
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-drawing'));
await page.waitForTimeout(3000);
await cdp.send('Tracing.end');
await done;
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const tid = main.tid, pid = main.pid;
const mine = events.filter((e) => e.tid === tid && e.pid === pid && e.ph === 'X');
const nav = events.find((e) => e.name === 'navigationStart' && e.pid === pid) || mine[0];
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 30000).sort((a, b) => a.ts - b.ts);
let tbt = 0;
for (const t of tasks) {
  if (t.dur > 50000) tbt += t.dur / 1000 - 50;
  const inside = mine.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
  const by = new Map();
  for (const e of inside) { const k = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.slice(-30) : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''); by.set(k, Math.max(by.get(k) || 0, e.dur)); }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' | ');
  console.log(`${((t.ts - nav.ts) / 1000).toFixed(0).padStart(6)} ${(t.dur / 1000).toFixed(0).padStart(5)}ms  ${top}`);
}
console.log('sum over 50ms (not LH TBT, whole window):', tbt.toFixed(0));
await browser.close();
