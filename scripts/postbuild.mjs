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

// 0c. The page shell: the header and, for a page with a fixed header, its title and
// purpose (from src/ui/words/pages.rs), painted from the HTML before the app has
// loaded; for a page seen before, the top the person saw then (src/ui/page_tops.rs).
// The app removes it as it starts (src/main.rs). Hidden from assistive technology and
// inert (nothing in it can be focused or pressed): the app's own page follows within
// moments.
{
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const source = await readFile(new URL('../src/ui/words/pages.rs', import.meta.url), 'utf8');
  const table = Object.fromEntries(
    [...source.matchAll(/\(\s*"([^"\\]*)",\s*"([^"\\]*)",\s*"([^"\\]*)",?\s*\)/g)].map((m) => [m[1], [m[2], m[3]]]),
  );
  if (Object.keys(table).length < 5) throw new Error('postbuild: could not read the page table in src/ui/words/pages.rs');
  const welcome = source.match(/WELCOME: \(&str, &str\) = \(\s*"([^"\\]*)",\s*"([^"\\]*)",?\s*\)/)?.slice(1);
  if (!welcome) throw new Error('postbuild: could not read WELCOME in src/ui/words/pages.rs');
  const notesTable = source.match(/pub const NOTES: [^=]*= &\[([\s\S]*?)\];/)?.[1];
  if (notesTable === undefined) throw new Error('postbuild: could not read NOTES in src/ui/words/pages.rs');
  const notes = Object.fromEntries([...notesTable.matchAll(/\(\s*"([^"\\]*)",\s*"([^"\\]*)",?\s*\)/g)].map((m) => [m[1], m[2]]));
  // The note's icon, as src/ui/components/icon.rs draws it.
  const icons = await readFile(new URL('../src/ui/components/icon.rs', import.meta.url), 'utf8');
  const info = icons.match(/"info" => "([^"]+)"/)?.[1];
  const iconSvg = icons.match(/<svg class="icon"[^>]*>\s*<path d=path_for\(&name\)([^>]*)\/>\s*<\/svg>/);
  if (!info || !iconSvg) throw new Error('postbuild: could not read the info icon in src/ui/components/icon.rs');
  const infoIcon = iconSvg[0].replace(/\s*<path d=path_for\(&name\)/, `<path d="${info}"`).replace(/\s+/g, ' ').replace('> <', '><').replace('/> </svg>', '/></svg>');
  const mark = '<svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28"><circle cx="16" cy="16" r="15" fill="var(--accent)"/><path d="M16 6 L22 22 L16 18.5 L10 22 Z" fill="var(--on-accent)"/></svg>';
  const shell = `<div id="boot" aria-hidden="true" inert><header class="site-header"><div class="header-inner"><span class="brand">${mark}<span>Waymark</span></span></div></header>`
    + '<div class="boot-main"><div class="page"><header class="page-header"><h1 id="boot-title"></h1><p class="lead" id="boot-lead"></p></header></div></div></div>';
  const fill = `(() => {
  // Written by scripts/postbuild.mjs: the opened page's title and purpose, until the app is ready.
  const base = new URL(document.baseURI).pathname.replace(/\\/$/, '');
  const at = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  const page = at.replace(/\\/$/, '') || '/';
  const own = base ? \`waymark@\${base}.\` : 'waymark.';
  // Whether anything of Waymark's is stored here or at the site's root (the keys of
  // src/store/storage.rs; a change waiting in a tab's log counts), kept page tops aside;
  // null when storage can't be read.
  let stored = null;
  try {
    stored = false;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === own + 'shell' || key === 'waymark.shell') continue;
      if (key.startsWith(own) || key.startsWith('waymark.')) {
        stored = true;
        break;
      }
    }
  } catch {
    stored = null;
  }
  // A returning person: the top of this page as they last saw it (src/ui/page_tops.rs),
  // a top that speaks of today only on that day.
  if (stored) {
    try {
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
      const tops = JSON.parse(localStorage.getItem(own + 'shell') || '[]');
      const top = Array.isArray(tops) && tops.find((t) => t && t.path === page && typeof t.html === 'string' && (!t.day || t.day === today));
      if (top) {
        const into = document.querySelector('#boot .page');
        into.className = String(top.class || 'page');
        into.innerHTML = top.html;
        return;
      }
    } catch {}
  }
  const hit = ${JSON.stringify(table)}[page];
  if (hit) {
    document.getElementById('boot-title').textContent = hit[0];
    document.getElementById('boot-lead').textContent = hit[1];
    const note = ${JSON.stringify(notes)}[page];
    if (note) {
      // As the app's PageNote draws it (src/ui/components/mod.rs).
      const p = document.createElement('p');
      p.className = 'page-note';
      p.innerHTML = ${JSON.stringify(infoIcon)};
      const text = document.createElement('span');
      text.textContent = note;
      p.append(text);
      document.querySelector('#boot .page').append(p);
    }
    return;
  }
  // A first visit to the home page: the welcome's title and lead, in the welcome's card.
  if (page !== '/' || stored !== false) return;
  const card = document.createElement('section');
  card.className = 'welcome card';
  const title = document.createElement('h1');
  title.textContent = ${JSON.stringify(welcome[0])};
  const lead = document.createElement('p');
  lead.className = 'lead';
  lead.textContent = ${JSON.stringify(welcome[1])};
  card.append(title, lead);
  document.querySelector('#boot .page').replaceChildren(card);
})();`;
  const withShell = html.replace(/<body>/i, `<body>${shell}<script>${fill}</script>`);
  if (withShell === html) throw new Error('postbuild: no <body> in index.html for the page shell');
  await writeFile(indexPath, withShell);
}

// 0d. Paint first, then load (release builds). On a slow phone the stylesheet, the main
// wasm and its glue used to be fetched together, so the wasm's half megabyte competed
// with the one file the first paint waits for. Now the head only asks for the stylesheet;
// once the shell above has been shown (after the second animation frame; at once
// in a tab opened in the background, which paints nothing), the app's files are asked
// for, all at once and in parallel as before. `window.__waymarkPainted` is that moment;
// split.mjs's route hint waits for it too.
{
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const boot = /<script type="?module"?>import init, \* as bindings from '([^']+)';/;
  const glue = html.match(boot)?.[1];
  if (glue) {
    const preloads = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)].map((m) => m[0]);
    const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined) ?? null;
    const wanted = preloads.map((tag) => ({
      rel: attr(tag, 'rel'), href: attr(tag, 'href'), as: attr(tag, 'as'),
      type: attr(tag, 'type'), integrity: attr(tag, 'integrity'),
    }));
    if (!wanted.some((l) => l.href === glue)) throw new Error('postbuild: no preload of the glue to move after the first paint');
    for (const tag of preloads) html = html.replace(tag, '');
    // The browser's first Intl object loads its locale data: 20-60 ms at full speed on
    // this machine, four times that on a phone, and it used to land after the app had
    // loaded, as a start-up task of its own (src/store/locale.rs's warm). Made here, in
    // the head, it runs while the stylesheet is still on its way, when the page could not
    // paint anyway; the app's own formats for the same language are then ready at once.
    const wordsLanguage = (await readFile(new URL('../src/store/locale.rs', import.meta.url), 'utf8'))
      .match(/pub const WORDS_LANGUAGE: &str = "([^"]+)";/)?.[1];
    if (!wordsLanguage) throw new Error('postbuild: could not read WORDS_LANGUAGE in src/store/locale.rs');
    const painted = `try {
  // Written by scripts/postbuild.mjs: the locale data the app's dates and numbers need.
  const tag = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat(tag).format(1.5);
  new Intl.PluralRules(${JSON.stringify(wordsLanguage)}).select(1);
} catch {}
window.__waymarkPainted = new Promise((go) => {
  // Written by scripts/postbuild.mjs: the moment the page shell has painted.
  if (document.visibilityState === 'hidden') return go();
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go)));
  setTimeout(go, 3000);
});`;
    const start = `await window.__waymarkPainted;
for (const l of ${JSON.stringify(wanted)}) {
  const link = document.createElement('link');
  link.rel = l.rel;
  link.href = l.href;
  link.crossOrigin = 'anonymous';
  if (l.as) link.as = l.as;
  if (l.type) link.type = l.type;
  if (l.integrity) link.integrity = l.integrity;
  document.head.append(link);
}
const bindings = await import('${glue}');
const init = bindings.default;`;
    html = html.replace(boot, `<script type="module">${start}`);
    // The main wasm is fetched whole and then compiled (WebAssembly.compile), not compiled
    // as it streams in (Trunk's instantiateStreaming): Chromium decodes a streamed module
    // on the page's own thread as its bytes arrive, and on a local or fast link they arrive
    // in one piece, a 50-80 ms task at full speed (four times that on a phone) just as the
    // page starts. WebAssembly.compile decodes on a background thread (in Lighthouse's
    // traces the main wasm's compile tasks are gone). Lighthouse mobile, five-year
    // workbook, CPU slowed 6.7x, runs interleaved with the streaming build: /checkins TBT
    // median 637 -> 517 ms (better in 6 of 8 pairs), a goal's page 418 -> 450 (3 of 6):
    // smaller than the machine's own swing between runs. The page groups still stream
    // (__wasm_split.js): fetching them whole made no steady difference either.
    const load = /const wasm = await init\(\{ module_or_path: ('[^']+') \}\);/;
    if (!load.test(html)) throw new Error("postbuild: Trunk's start script no longer loads the wasm as expected");
    html = html.replace(load, (_, url) => `const wasm = await init({ module_or_path: fetch(${url}).then((r) => {
  if (!r.ok) throw new Error(\`failed to fetch Wasm: \${r.status} \${r.statusText} fetching \${r.url}\`);
  return r.arrayBuffer();
}).then((bytes) => WebAssembly.compile(bytes)) });`);
    const withPainted = html.replace(/(<base\b[^>]*>)/i, `$1<script>${painted}</script>`);
    if (withPainted === html) throw new Error('postbuild: no <base> in index.html for the paint signal');
    await writeFile(indexPath, withPainted);
  } else if (process.env.TRUNK_PROFILE === 'release') {
    throw new Error("postbuild: Trunk's start script has changed; the app would load before the shell paints");
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
