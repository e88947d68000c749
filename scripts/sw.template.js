// Waymark's service worker, written by scripts/postbuild.mjs for each build: it
// precaches exactly this build's files, serves them cache-first (so the app opens
// offline), answers every in-app address with the app shell, and drops older caches
// once it takes over. It never touches requests outside its own scope.
const VERSION = '__VERSION__';
// Named for this copy's scope too: two copies of Waymark under different paths of one
// site keep their own caches and never delete each other's.
const SCOPE = new URL(self.registration.scope).pathname;
const CACHE = `waymark-${VERSION}@${SCOPE}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((file) => new URL(file, self.registration.scope).href)),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        // This copy's older caches, and (at the site's root only) caches named before
        // copies had their own, which were the root copy's.
        const ours = key.startsWith('waymark-') && (key.endsWith(`@${SCOPE}`) || (SCOPE === '/' && !key.includes('@')));
        if (ours && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(scope.href)).then((shell) => shell || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)),
  );
});
