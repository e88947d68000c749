// Release builds only (called by postbuild.mjs): cuts the app's wasm into a main file and one
// file per lazily loaded page (Leptos lazy routes, see `lazy_page!` in src/ui/mod.rs), so the
// first visit downloads the shell and the home page, not every page.
//
// Trunk has already built the app as one file. This step starts again from Cargo's own
// output (linked with --emit-relocs by build.rs) and replaces Trunk's glue and wasm:
//   wasm-split-cli  -> main wasm + page/chunk wasm files + the loader script
//   wasm-bindgen    -> the glue for the main wasm (keeping the exports the pages import)
//   binaryen -O1    -> every wasm file (wasm-opt's optimiser, run in this process)
// Split files get a content hash in their name, so an old page file is never mixed with a new
// main file, and index.html's integrity attributes are recomputed for the replaced files.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import binaryen from 'binaryen';

const run = promisify(execFile);

/// wasm-opt -O1 --strip-debug --strip-producers, as Trunk ran it before the split.
async function optimise(from, to) {
  const module = binaryen.readBinary(await readFile(from));
  try {
    module.setFeatures(FEATURES);
    module.optimize();
    // WAYMARK_KEEP_NAMES=1 keeps function names, for profiling a release build.
    if (!process.env.WAYMARK_KEEP_NAMES) module.runPasses(['strip-debug', 'strip-producers']);
    await writeFile(to, module.emitBinary());
  } finally {
    module.dispose();
  }
}
const F = binaryen.Features;
const FEATURES = F.MVP | F.MutableGlobals | F.SignExt | F.BulkMemory | F.NontrappingFPToInt
  | F.BulkMemoryOpt | F.ReferenceTypes | F.CallIndirectOverlong | F.Multivalue;
binaryen.setOptimizeLevel(1);
binaryen.setShrinkLevel(0);
binaryen.setDebugInfo(Boolean(process.env.WAYMARK_KEEP_NAMES));

const sha = (bytes, algo = 'sha256') => createHash(algo).update(bytes);

/// Which page group each address opens in: the same groups as `lazy_page!` in
/// src/ui/mod.rs (an address missing here only loses the early start).
const ROUTE_GROUPS = [
  ['/discover', 'discover'], ['/profile', 'discover'],
  ['/goals', 'goals'],
  ['/checkins', 'accountability'], ['/journal', 'accountability'], ['/timeline', 'accountability'], ['/outcomes', 'accountability'],
  ['/report', 'review'], ['/coach', 'review'],
  ['/data', 'data'],
  ['/search', 'search'], ['/people', 'search'],
  ['/stories', 'stories'],
];

/// Every file each page group loads (its own and the shared chunks it needs), read from
/// the loader: `{ goals: ['split_goals-….wasm', 'chunk_8-….wasm', …] }`.
function groupFiles(loader) {
  const chunk = Object.fromEntries(
    [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const groups = {};
  for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]/g)) {
    const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean);
    if (deps.some((d) => !chunk[d])) throw new Error(`split: can't read the chunks of ${m[1]}`);
    groups[m[1]] = [m[2], ...deps.map((d) => chunk[d])];
  }
  return groups;
}

/// A tiny script, run before the app's glue: for a deep link it asks the browser to fetch
/// that page group's files at once (`<link rel=preload>`), in parallel with the main wasm;
/// the loader's own fetches then find them under way.
function routeHinter(groups) {
  const table = ROUTE_GROUPS
    .map(([path, group]) => [path, groups[group]])
    .filter(([, files]) => files);
  if (table.length !== ROUTE_GROUPS.length) throw new Error('split: a route names a page group the build has not got');
  if (!groups.read) throw new Error('split: the build has no reader file (src/store/reader.rs)');
  if (!groups.home) throw new Error('split: the build has no home dashboard file (src/ui/pages/home)');
  if (!groups.write) throw new Error('split: the build has no writer file (src/store/writer.rs)');
  return `(() => {
  // Written by scripts/split.mjs: starts the opened page's wasm downloads with the main
  // wasm, and the reader's and the writer's (src/store/reader.rs, writer.rs) when a
  // workbook or a tab's log is stored here or at the site's root (the keys of
  // src/store/storage.rs), with the home dashboard's (src/ui/pages/home) when that page
  // is opened. A first visit asks for the writer once its first page is drawn.
  const base = new URL(document.baseURI).pathname.replace(/\\/$/, '');
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  const hit = ${JSON.stringify(table)}.find(([p]) => path === p || path.startsWith(p + '/'));
  const own = base ? \`waymark@\${base}.\` : 'waymark.';
  let stored = false;
  try {
    for (let i = 0; i < localStorage.length && !stored; i++) {
      const key = localStorage.key(i);
      stored = key === own + 'workbook' || key === 'waymark.workbook' || key.startsWith(own + 'log.');
    }
  } catch {}
  const home = path === '' || path === '/';
  const files = [...new Set([
    ...(stored ? ${JSON.stringify(groups.read)} : []),
    ...(stored ? ${JSON.stringify(groups.write)} : []),
    ...(stored && home ? ${JSON.stringify(groups.home)} : []),
    ...(hit ? hit[1] : []),
  ])];
  if (!files.length) return;
  // With the main wasm: once the page shell has painted (see postbuild.mjs), just after
  // the main wasm is asked for, and four files per task: asking for fifty files at once
  // keeps a slow phone's main thread busy for over 100 ms.
  const ask = (from) => {
    for (const file of files.slice(from, from + 4)) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = new URL(file, document.baseURI).href;
      document.head.append(link);
    }
    if (from + 4 < files.length) setTimeout(() => ask(from + 4));
  };
  window.__waymarkPainted.then(() => setTimeout(() => ask(0)));
})();
`;
}
/// How wasm-split-cli groups the code two or more wasm files share (our patch of it,
/// scripts/wasm-split-chunks.patch). Unpatched, each set of users gets a file: about 125
/// small files, 40 of them for the reader alone and 50-60 for a page group, each fetched,
/// compiled and instantiated on its own, which a slow phone feels as blocking time.
/// `two:read+home+write`: two files, what the reader, the writer and the home dashboard
/// share (loaded with any of them, and by every page group) and everything else the page
/// groups share.
const CHUNKS = 'two:read+home+write';

const short = (bytes) => sha(bytes).digest('hex').slice(0, 16);

/// Splits the build in `dir` if its glue asks for split pages; returns a line for the log.
export async function split(dir) {
  const glueName = (await readdir(dir)).find((f) => /^waymark-[0-9a-f]+\.js$/.test(f));
  if (!glueName) throw new Error(`split: no waymark-<hash>.js in ${dir}`);
  const stem = glueName.slice(0, -3);
  const trunkGlue = await readFile(join(dir, glueName), 'utf8');
  if (!trunkGlue.includes('__wasm_split')) {
    if (process.env.TRUNK_PROFILE === 'release') throw new Error('split: a release build without lazy pages');
    return 'split: a debug build, one wasm file';
  }

  const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
  const target = process.env.CARGO_TARGET_DIR || join(source, 'target');
  const input = join(target, 'wasm32-unknown-unknown', 'release', 'waymark.wasm');
  const work = await mkdtemp(join(tmpdir(), 'waymark-split-'));
  try {
    const parts = join(work, 'parts');
    await run('wasm-split-cli', [input, parts, '--out-name', stem], {
      maxBuffer: 1 << 26, env: { ...process.env, WASM_SPLIT_CHUNKS: CHUNKS },
    });
    const bound = join(work, 'bound');
    await run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-name', stem, '--out-dir', bound, join(parts, `${stem}.wasm`),
    ]);

    // Optimise every wasm file in this one process (binaryen's JS build: one start-up, not 270).
    const pieces = (await readdir(parts)).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`);
    await optimise(join(bound, `${stem}_bg.wasm`), join(dir, `${stem}_bg.wasm`));
    for (const f of pieces) await optimise(join(parts, f), join(work, f));

    // Content-hashed names for the pieces, then for the loader that lists them.
    let loader = await readFile(join(parts, '__wasm_split.js'), 'utf8');
    // Each file is fetched whole and compiled with `WebAssembly.compile`, which decodes it
    // off the page's thread; streamed, Chromium decodes it on the page's thread as its
    // bytes arrive, one long task when they arrive at once (from the cache, or with the
    // reader's forty files asked for together). The same as the main wasm (postbuild.mjs).
    const streamed = 'return async (imports) => (WebAssembly.instantiateStreaming(src, imports));';
    if (!loader.includes(streamed)) throw new Error('split: the loader no longer instantiates as expected');
    loader = loader.split(streamed).join('return async (imports) => WebAssembly.instantiate(await WebAssembly.compile(await (await src).arrayBuffer()), imports);');
    let total = 0;
    for (const f of pieces) {
      const bytes = await readFile(join(work, f));
      total += bytes.length;
      const named = `${f.slice(0, -5)}-${short(bytes)}.wasm`;
      if (!loader.includes(`"./${f}"`)) throw new Error(`split: the loader does not name ${f}`);
      loader = loader.split(`"./${f}"`).join(`"./${named}"`);
      await copyFile(join(work, f), join(dir, named));
    }
    const loaderName = `__wasm_split-${short(loader)}.js`;
    await writeFile(join(dir, loaderName), loader);
    // Only the import statements change: the imports object keeps the wasm's own module name.
    const glue = (await readFile(join(bound, `${stem}.js`), 'utf8')).split('from "./__wasm_split.js"').join(`from "./${loaderName}"`);
    if (!glue.includes(loaderName)) throw new Error('split: the glue does not import the loader');
    await writeFile(join(dir, glueName), glue);

    // Trunk's integrity attributes describe its own glue and wasm: recompute them.
    const indexPath = join(dir, 'index.html');
    let html = await readFile(indexPath, 'utf8');
    for (const name of [glueName, `${stem}_bg.wasm`]) {
      const integrity = `sha384-${sha(await readFile(join(dir, name)), 'sha384').digest('base64')}`;
      const re = new RegExp(`(href="?[^" >]*${name.replace(/[.]/g, '\\.')}"?[^>]*?integrity=)"?[^" >]+"?|(integrity=)"?[^" >]+"?([^>]*?href="?[^" >]*${name.replace(/[.]/g, '\\.')})`, 'g');
      const before = html;
      html = html.replace(re, (_m, a, b, c) => (a ? `${a}${integrity}` : `${b}${integrity}${c}`));
      if (html === before) throw new Error(`split: no integrity attribute for ${name} in index.html`);
    }
    // The glue imports the loader before the app can start: fetch it alongside the glue.
    const prefix = html.match(new RegExp(`href="?([^" >]*)${glueName.replace(/[.]/g, '\\.')}`))?.[1] ?? './';
    html = html.replace('</head>', `<link rel="modulepreload" href="${prefix}${loaderName}" crossorigin></head>`);
    // A deep link's page file starts downloading with the main wasm, not after it.
    // Inline, straight after <base>, so it runs before the parser gets any further (the
    // Content-Security-Policy allows it by its hash, see postbuild.mjs).
    const groups = groupFiles(loader);
    if (Object.values(groups).some((files) => files.length > 3)) throw new Error("split: a page group comes as more than three files: wasm-split-cli is not the patched one (make setup)");
    const hinter = routeHinter(groups);
    const withHint = html.replace(/(<base\b[^>]*>)/i, `$1<script>${hinter}</script>`);
    if (withHint === html) throw new Error('split: no <base> in index.html for the route hint');
    html = withHint;
    await writeFile(indexPath, html);
    const main = (await readFile(join(dir, `${stem}_bg.wasm`))).length;
    return `split: main wasm ${main} B, ${pieces.length} page and shared files ${total} B`;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
