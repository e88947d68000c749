// Which waymark functions call `target` (inclusive ms), from one profiled load.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [port, route, target, throttle = '1'] = process.argv.slice(2);
const wb = readFileSync('/work/main/bench/five-years.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), wb);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForSelector('#boot', { state: 'detached', timeout: 60000 });
await page.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const clean = (n) => (n.callFrame.functionName || '(anon)').replace(/17h[0-9a-f]{16}E.*$/, '').replace(/^_ZN/, '').slice(0, 120);
const by = new Map();
profile.samples.forEach((id, i) => {
  const stack = []; let cur = id; while (cur !== undefined) { stack.push(clean(byId.get(cur))); cur = parent.get(cur); }
  const at = stack.findIndex((s) => s.includes(target)); if (at < 0) return;
  const chain = stack.slice(at + 1).filter((s) => s.includes('7waymark')).slice(0, 3).join(' < ');
  by.set(chain, (by.get(chain) || 0) + (profile.timeDeltas[i] || 0));
});
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / 1000).toFixed(1).padStart(7), k);
await browser.close();
