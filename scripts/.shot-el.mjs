import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [,, url, out, width, scheme, seed, selector, lang] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, locale: lang || 'en-US' });
const t = readFileSync(seed, 'utf8'); await p.addInitScript((t) => { if (!localStorage.getItem('waymark.workbook')) localStorage.setItem('waymark.workbook', t); }, t);
await p.goto(url); await p.locator('main h1').first().waitFor(); await p.waitForTimeout(300);
await p.locator(selector).first().screenshot({ path: out }); await b.close();
