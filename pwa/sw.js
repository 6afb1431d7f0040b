// Plateful's service worker. The build fills in BUILD and PRECACHE
// (scripts/pwa-postbuild.mjs): every file of the build, cached under a name of its own.
const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
const CACHE = `plateful-${BUILD}`;

self.addEventListener('install', (event) => {
  // The new version waits until the user asks for it ("Update available").
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('plateful-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a deployed version shows at once; the cached shell
    // when offline.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('/index.html'))));
    return;
  }
  // Hashed assets never change under their name: the cache first.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))));
});
