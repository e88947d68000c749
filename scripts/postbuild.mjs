// Trunk post-build step (see Trunk.toml): splits release builds into per-page wasm files
// (split.mjs), joins the stylesheets into one file (one request that blocks the first
// paint, not seven), lists this build's exact files into the service worker, and adds a
// Content-Security-Policy to index.html that allows only this site's own files plus the
// inline scripts it carries (by hash).
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { split } from './split.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';

// 0. Per-page wasm files (release builds).
console.log(await split(dir));

// 0b. One stylesheet: the files index.html names, joined in the order it names them.
{
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => m[0]);
  const hrefs = links.map((l) => l.match(/\bhref="?([^" >]+)"?/)?.[1]);
  if (links.length > 1 && hrefs.every(Boolean)) {
    const prefix = hrefs[0].slice(0, hrefs[0].lastIndexOf('/') + 1);
    const names = hrefs.map((h) => h.slice(h.lastIndexOf('/') + 1));
    const parts = [];
    for (const name of names) parts.push(`/* ${name.replace(/-[0-9a-f]+\.css$/, '.css')} */\n${await readFile(join(dir, name), 'utf8')}`);
    const css = parts.join('\n');
    const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    await writeFile(join(dir, name), css);
    for (const n of names) await rm(join(dir, n));
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    html = html.replace(links[0], `<link href="${prefix}${name}" integrity="${integrity}" rel="stylesheet">`);
    for (const l of links.slice(1)) html = html.replace(l, '');
    await writeFile(indexPath, html);
    console.log(`postbuild: ${links.length} stylesheets joined into ${name} (${css.length} B)`);
  }
}

async function walk(d) {
  const out = [];
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

// 1. Content-Security-Policy.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
html = html.replace(/(<meta charset=[^>]*>)/i, `$1<meta http-equiv="Content-Security-Policy" content="${csp}">`);
await writeFile(indexPath, html);

// 2. Service worker with this build's files.
const files = (await walk(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && f !== 'index.html')
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
hash.update(html);
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['./', ...files], null, 2));
await writeFile(join(dir, 'sw.js'), sw);
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); service worker ${version} precaches ${files.length + 1} files`);
