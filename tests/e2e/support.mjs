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

// Flags that keep Chromium from reaching for the network: the machine is closed, and
// Karibu must make no request beyond its own origin anyway.
const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function startServer(port) {
  const server = await serve(DIST, port);
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/// A persistent context (a real profile on disk), so reloads keep IndexedDB and the
/// service worker exactly as a person's browser would.
export async function launch({ locale = "en-GB", viewport = { width: 1280, height: 860 }, extraArgs = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "karibu-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    locale,
    viewport,
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
  return { context, page, foreign, errors };
}
