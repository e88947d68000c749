// A tiny static server for the release build, with the single-page-app fallback that
// deep links need: any address under BASE that isn't a file gets index.html.
// With --gzip it serves as a typical static host does: text, wasm and JSON gzipped on
// the fly (Content-Encoding: gzip, when the client accepts it), as bench/lighthouse.mjs
// measures it. Port 0 picks a free port; the first line printed names the address.
// Usage: node scripts/serve-dist.mjs [--gzip] [dir=dist] [port=4173] [base=/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const GZIP_ON = args.includes('--gzip');
const [dir = 'dist', port = '4173', base = '/'] = args.filter((a) => a !== '--gzip');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
};
// What a static host compresses; images such as PNG are already compressed.
const GZIP = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.webmanifest', '.txt']);

// Compressed bodies, by file and modification time (gzip level 6, zlib's default, as
// nginx, Apache and most hosts use a middle level for on-the-fly compression).
const cache = new Map();
async function gzipped(file, info) {
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  let body = cache.get(key);
  if (!body) {
    body = gzipSync(await readFile(file), { level: 6 });
    cache.set(key, body);
  }
  return body;
}

async function send(req, res, file, status = 200) {
  const headers = {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  let body;
  if (GZIP_ON && GZIP.has(extname(file))) {
    headers.vary = 'accept-encoding';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      headers['content-encoding'] = 'gzip';
      body = await gzipped(file, await stat(file));
    }
  }
  body ??= await readFile(file);
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // The app's folder without its trailing slash is the app too.
    if (path + '/' === base) return await send(req, res, join(dir, 'index.html'));
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel);
    const info = await stat(file).catch(() => null);
    if (info && info.isFile()) return await send(req, res, file);
    return await send(req, res, join(dir, 'index.html'));
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${base}`);
});
