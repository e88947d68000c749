// like bench/profile.mjs but lists only waymark ui/core functions under `under`
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [port, route, under, throttle, filt] = process.argv.slice(2);
const wb = readFileSync('/work/main/bench/five-years.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), wb);
const cdp = await page.context().newCDPSession(page);
if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForSelector('main h1', { timeout: 60000 });
await page.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const dt = profile.timeDeltas;
const clean = (n) => (n.callFrame.functionName || '(anon)').replace(/17h[0-9a-f]{16}E.*$/, '').replace(/^_ZN/, '').slice(0, 150);
const incl = new Map(); let total = 0;
profile.samples.forEach((id, i) => {
  const stack = []; let cur = id; while (cur !== undefined) { stack.push(clean(byId.get(cur))); cur = parent.get(cur); }
  const at = stack.findIndex((s) => s.includes(under)); if (at < 0) return;
  total += dt[i] || 0;
  const seen = new Set();
  for (const s of stack.slice(0, at)) if (!seen.has(s) && s.includes(filt || '7waymark')) { seen.add(s); incl.set(s, (incl.get(s) || 0) + (dt[i] || 0)); }
});
console.log('under', under, (total / 1000).toFixed(1), 'ms');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 40))) console.log((v / 1000).toFixed(1).padStart(8), k);
await browser.close();
