import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [,, url, out, width = '1280', scheme = 'light', seed = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
if (seed) { const t = readFileSync(seed, 'utf8'); await p.addInitScript((t) => { if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t); }, t); }
await p.goto(url); await p.locator('main h1').first().waitFor(); await p.waitForTimeout(300);
await p.screenshot({ path: out, fullPage: true }); await b.close();
