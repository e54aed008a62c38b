// Hosted anywhere: the build made for a sub-path (scripts/build.sh --base /karibu/, run
// by scripts/test.sh into target/dist-karibu) served under /karibu/, as a static host
// would, with index.html for app routes under it and nothing at the root.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, DIST_KARIBU } from "./support.mjs";

let server, browser, page;
const requested = [];

before(async () => {
  assert.ok(
    existsSync(join(DIST_KARIBU, "index.html")),
    "needs the sub-path build: scripts/build.sh --base /karibu/ --dist target/dist-karibu"
  );
  server = await startServer(8185, { dist: DIST_KARIBU, prefix: "/karibu/" });
  browser = await launch();
  page = browser.page;
  browser.context.on("request", (r) => requested.push(r.url()));
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const list = () => page.getByRole("list", { name: "Customer list" });

test("a deep link under /karibu/ loads directly, with the host's headers", async () => {
  const response = await page.goto(server.base + "today");
  await page.getByRole("heading", { name: "Today" }).waitFor();
  assert.equal(page.url(), server.base + "today");
  const headers = response.headers();
  assert.match(headers["content-security-policy"], /frame-ancestors 'none'/);
  assert.match(headers["content-security-policy"], /base-uri 'self'/);
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.equal(headers["referrer-policy"], "no-referrer");
  assert.equal(headers["cache-control"], "no-cache");
  // The shell's links stay under the base, and the current one is marked.
  assert.equal(await page.getByRole("link", { name: "Customers" }).getAttribute("href"), "/karibu/");
  assert.equal(await page.getByRole("link", { name: "Today" }).getAttribute("aria-current"), "page");
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll("script[src], link[href]")].map((e) => e.src || e.href)
  );
  for (const url of assets) assert.ok(url.startsWith(server.base), `${url} is under the base`);
});

test("the manifest and the service worker are scoped to /karibu/", async () => {
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  assert.equal(manifestUrl, server.base + "manifest.webmanifest");
  const manifest = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { type: response.headers.get("content-type"), body: await response.json() };
  }, manifestUrl);
  assert.equal(manifest.type, "application/manifest+json");
  const resolved = (url) => new URL(url, manifestUrl).href;
  assert.equal(resolved(manifest.body.start_url), server.base);
  assert.equal(resolved(manifest.body.scope), server.base);
  assert.equal(resolved(manifest.body.id), server.base);
  for (const icon of manifest.body.icons) {
    assert.ok(resolved(icon.src).startsWith(server.base + "icons/"), icon.src);
    assert.ok(await page.evaluate(async (src) => (await fetch(src)).ok, resolved(icon.src)), `${icon.src} is served`);
  }
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { scope: reg.scope, script: reg.active.scriptURL };
  });
  assert.deepEqual(sw, { scope: server.base, script: server.base + "sw.js" });
  const wasm = await page.evaluate(async () => {
    const url = performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.endsWith(".wasm"));
    return { url, type: (await fetch(url)).headers.get("content-type") };
  });
  assert.ok(wasm.url.startsWith(server.base), wasm.url);
  assert.equal(wasm.type, "application/wasm");
});

let customerUrl;

test("a customer is added, and the app's own navigation stays under the base", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByText("No customers yet").waitFor();
  assert.equal(page.url(), server.base);
  await page.getByRole("link", { name: "Add customer" }).click();
  await page.getByLabel("Given name").fill("Neema");
  await page.getByLabel("Family name").fill("Otieno");
  await page.getByLabel("Phone", { exact: true }).fill("+254 722 000 111");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Neema Otieno" }).waitFor();
  customerUrl = page.url();
  assert.match(customerUrl, /^http:\/\/127\.0\.0\.1:8185\/karibu\/customers\/[^/]+$/);
});

test("offline, the list and a deep link reload from the service worker", async () => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await browser.context.setOffline(true);
  try {
    await page.goto(server.base);
    await list().getByRole("link", { name: /Neema Otieno/ }).waitFor();
    await page.getByText("Offline: everything still works").waitFor();
    await page.goto(customerUrl);
    await page.getByRole("heading", { name: "Neema Otieno" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Neema Otieno" }).waitFor();
    await page.getByText("+254 722 000 111").waitFor();
  } finally {
    await browser.context.setOffline(false);
  }
});

test("after a delete the app returns to the list under the base; nothing left it", async () => {
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByText("No customers yet").waitFor();
  assert.equal(page.url(), server.base);
  assert.deepEqual(browser.foreign, []);
  const outside = requested.filter((u) => !u.startsWith(server.base) && !u.startsWith("data:"));
  assert.deepEqual(outside, [], "no request outside /karibu/, not even on this origin");
  assert.deepEqual(browser.errors, []);
});
