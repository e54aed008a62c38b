// Shared set-up for end-to-end tests and the benchmark: serve dist/, start Debian's
// Chromium through playwright-core (never a downloaded browser) with a fresh profile.
import { chromium } from "playwright-core";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(root, "dist");
// Built for https://…/karibu/ by scripts/test.sh (scripts/build.sh --base /karibu/).
export const DIST_KARIBU = join(root, "target", "dist-karibu");

// Flags that keep Chromium from reaching for the network: the machine is closed, and
// Karibu must make no request beyond its own origin anyway.
const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/// Serves a build (dist/ unless told) under `prefix`: `url` is the origin, `base` the
/// app's own address (`url` + prefix).
export async function startServer(port, { dist = DIST, prefix = "/" } = {}) {
  const server = await serve(dist, port, "127.0.0.1", { prefix });
  const url = `http://127.0.0.1:${port}`;
  return { url, base: url + prefix, close: () => new Promise((ok) => server.close(ok)) };
}

/// A persistent context (a real profile on disk), so reloads keep IndexedDB and the
/// service worker exactly as a person's browser would. Given the `profile` of an
/// earlier launch (closed by then), the browser starts again on it.
export async function launch({ locale = "en-GB", viewport = { width: 1280, height: 860 }, extraArgs = [], timezoneId, profile } = {}) {
  profile ??= await mkdtemp(join(tmpdir(), "karibu-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    locale,
    viewport,
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = context.pages()[0] || (await context.newPage());
  const foreign = [];
  context.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1") && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { context, page, foreign, errors, profile };
}

/// Every object store of the book as the page's browser holds it: keys and values,
/// byte values shown as text when they are UTF-8 (stored records are JSON bytes).
export async function dumpBook(page, name = "karibu") {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, "readonly");
          const out = {};
          const text = new TextDecoder("utf-8", { fatal: true });
          const show = (v) => {
            if (!(v instanceof Uint8Array)) return v;
            try {
              return text.decode(v);
            } catch {
              return Array.from(v);
            }
          };
          for (const n of names) {
            const store = tx.objectStore(n);
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => {
              out[n] = keys.result.map((k, i) => [k, show(values.result[i])]);
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}
