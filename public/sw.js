// Karibu's service worker: serves the app from the cache so it starts offline.
// The build (scripts/post_build.py) fills in this build's files and version, so every
// build gets a fresh cache and old caches are dropped on activation. Every URL here is
// relative to this file, which sits beside index.html: the app works at a host's root or
// under any sub-path, and this worker's scope is exactly that path.
const VERSION = "__KARIBU_VERSION__";
const PRECACHE = ["__KARIBU_PRECACHE__"];
// Named by scope too: two builds published under different paths of one origin share
// its caches, and must not delete each other's.
const PREFIX = `karibu ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
// Builds before sub-path hosting named theirs "karibu-<version>", always at the root.
const isStale = (key) =>
  key !== CACHE && (key.startsWith(PREFIX) || (key.startsWith("karibu-") && new URL(self.registration.scope).pathname === "/"));
const INDEX = new URL("index.html", self.location).href;

self.addEventListener("install", (event) => {
  // Revalidated with the host: a file that kept its name across builds (an icon) must
  // not come from an HTTP cache holding the previous build's copy.
  const requests = PRECACHE.map((url) => new Request(url, { cache: "no-cache" }));
  // No skipWaiting here: open tabs keep running their build, whole, from the cache of
  // the worker that loaded them. The page offers a reload and asks for the takeover.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter(isStale).map((k) => caches.delete(k)))
      )
      // Only matters on the first install: the page that registered starts offline-ready.
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  // Only this worker's own cache: while a newer build's cache fills beside it, this
  // build's pages must not be handed the newer files.
  const cached = (what) => caches.open(CACHE).then((cache) => cache.match(what));
  // Every page of the app under this scope is the same document; the router draws it.
  if (request.mode === "navigate") {
    const page = cached(request).then((hit) => hit || cached(INDEX));
    event.respondWith(page.then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(cached(request).then((hit) => hit || fetch(request)));
});
