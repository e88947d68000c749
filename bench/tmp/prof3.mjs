// Groups profile samples into busy stretches and names what each stretch spent most on.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [port, route, throttle = '1'] = process.argv.slice(2);
const wb = readFileSync('/work/main/bench/five-years.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
await page.evaluate((t) => localStorage.setItem('waymark.workbook', t), wb);
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForTimeout(2500);
await page.goto(`http://127.0.0.1:${port}/favicon.svg`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.clearBrowserCache');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForSelector('#boot', { state: 'detached', timeout: 60000 });
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const clean = (n) => (n.callFrame.functionName || '(anon)').replace(/17h[0-9a-f]{16}E.*$/, '').replace(/^_ZN/, '').slice(0, 90);
let t = profile.startTime; const groups = []; let cur = null;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const leaf = clean(byId.get(id));
  const idle = leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)' && !cur;
  if (idle) { if (cur && t - cur.end > 300) { groups.push(cur); cur = null; } return; }
  if (!cur) cur = { start: t, end: t, names: new Map() };
  cur.end = t;
  const stack = []; let c = id; while (c !== undefined) { stack.push(clean(byId.get(c))); c = parent.get(c); }
  const seen = new Set();
  for (const s of stack) if ((s.includes('7waymark') || s.includes('EvaluateScript')) && !seen.has(s)) { seen.add(s); cur.names.set(s, (cur.names.get(s) || 0) + profile.timeDeltas[i]); }
});
if (cur) groups.push(cur);
const t0 = groups[0]?.start || 0;
for (const g of groups) {
  const d = (g.end - g.start) / 1000; if (d < 3) continue;
  const top = [...g.names].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k.replace(/^\d+/, '')}=${(v / 1000).toFixed(1)}`).join(' | ');
  console.log(`${((g.start - t0) / 1000).toFixed(0).padStart(6)} ${d.toFixed(1).padStart(6)}ms ${top}`);
}
await browser.close();
