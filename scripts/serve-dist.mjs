// A tiny static server for the release build, with the single-page-app fallback that
// deep links need: any address under BASE that isn't a file gets index.html.
// Usage: node scripts/serve-dist.mjs [dir=dist] [port=4173] [base=/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4173', base = '/'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

async function send(res, file, status = 200) {
  const body = await readFile(file);
  res.writeHead(status, {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(body);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // The app's folder without its trailing slash is the app too.
    if (path + '/' === base) return send(res, join(dir, 'index.html'));
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel);
    const info = await stat(file).catch(() => null);
    if (info && info.isFile()) return send(res, file);
    return send(res, join(dir, 'index.html'));
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
});
