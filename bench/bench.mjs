// Waymark's performance harness: bundle sizes of the release build (raw, gzip, brotli)
// and the median time from navigation to the first interactive page in headless
// Chromium. Writes bench/results.json and prints a table. Run with `make bench`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const PORT = 4180;
const LOADS = Number(process.env.BENCH_LOADS || 15);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function sizes() {
  const out = {};
  for (const name of await readdir(DIST)) {
    const kind = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' }[extname(name)];
    if (!kind) continue;
    const buf = await readFile(join(DIST, name));
    const entry = out[kind] || { raw: 0, gzip: 0, brotli: 0 };
    entry.raw += buf.length;
    entry.gzip += gzipSync(buf, { level: 9 }).length;
    entry.brotli += brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    out[kind] = entry;
  }
  out.total = ['wasm', 'js', 'css', 'html'].reduce(
    (t, k) => ({ raw: t.raw + (out[k]?.raw || 0), gzip: t.gzip + (out[k]?.gzip || 0), brotli: t.brotli + (out[k]?.brotli || 0) }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function loadTimes() {
  const server = spawn('node', ['scripts/serve-dist.mjs', DIST, String(PORT), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const times = [];
  try {
    for (let i = 0; i < LOADS + 1; i++) {
      const context = await browser.newContext();
      // A returning person, so home renders the greeting rather than the welcome.
      await context.addInitScript(() => {
        if (!localStorage.getItem('waymark.workbook')) {
          localStorage.setItem('waymark.workbook', JSON.stringify({ format: 'waymark.workbook', schema_version: 2, app_version: 'bench', written_at: '2026-01-01T00:00:00Z',
            workbook: { schema_version: 2, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', profile: { name: 'Bench', situation: null, welcomed: true } } }));
        }
      });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.locator('main h1').first().waitFor();
      const navToInteractive = await page.evaluate(() => performance.now());
      if (i > 0) times.push({ wall: Date.now() - start, sincenav: navToInteractive });
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return { loads: times.length, median_ms: Math.round(median(times.map((t) => t.sincenav))), median_wall_ms: median(times.map((t) => t.wall)) };
}

const results = { date: new Date().toISOString(), bytes: await sizes(), first_interactive: await loadTimes() };
await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('asset      raw         gzip        brotli');
for (const k of ['wasm', 'js', 'css', 'html', 'total']) {
  const b = results.bytes[k];
  if (b) console.log(k.padEnd(6), kb(b.raw), kb(b.gzip), kb(b.brotli));
}
console.log(`first interactive page: median ${results.first_interactive.median_ms} ms over ${results.first_interactive.loads} loads`);
