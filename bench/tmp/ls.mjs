import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const wb = readFileSync('/work/main/bench/five-years.json', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [label, keys] of [['two copies', ['a', 'b']], ['one copy', ['a']], ['none', []]]) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:9420/favicon.svg');
  await page.evaluate(([t, keys]) => { localStorage.clear(); for (const k of keys) localStorage.setItem(k, t); }, [wb, keys]);
  const times = [];
  for (let i = 0; i < 4; i++) {
    const p2 = await ctx.newPage();
    await p2.goto('http://127.0.0.1:9420/favicon.svg');
    times.push(await p2.evaluate(() => { const t = performance.now(); const n = localStorage.length; const s = localStorage.getItem('a'); return performance.now() - t; }));
    await p2.close();
  }
  console.log(label, times.map((t) => t.toFixed(1)).join(' '));
  await ctx.close();
}
await browser.close();
