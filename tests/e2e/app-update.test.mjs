// A new build deployed while tabs are open: every tab is told and offered a reload, keeps
// working meanwhile, and the reload brings the new build up with the book intact.
// Serves a copy of dist/ from a temporary directory and redeploys into it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, DIST } from "./support.mjs";

let site, server, browser, tabA, tabB;

before(async () => {
  site = await mkdtemp(join(tmpdir(), "karibu-site-"));
  await cp(DIST, site, { recursive: true });
  server = await startServer(8186, { dist: site });
  browser = await launch();
  tabA = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
});

const list = (page) => page.getByRole("list", { name: "Customer list" });
const banner = (page) => page.getByRole("status").filter({ hasText: "A new version of Karibu is ready." });

/// What a deploy of a new build changes: index.html, a new file, and sw.js with a new
/// version and precache list.
async function redeploy() {
  const index = join(site, "index.html");
  const html = await readFile(index, "utf-8");
  await writeFile(index, html.replace("<title>", '<meta name="karibu-build" content="2"><title>'));
  await writeFile(join(site, "build-2.txt"), "second build\n");
  const sw = join(site, "sw.js");
  const script = await readFile(sw, "utf-8");
  const next = script
    .replace(/const VERSION = "[^"]*";/, 'const VERSION = "second-build";')
    .replace('const PRECACHE = ["./", ', 'const PRECACHE = ["./", "build-2.txt", ');
  assert.notEqual(next, script);
  assert.match(next, /"build-2.txt"/);
  await writeFile(sw, next);
}

test("two tabs share a book served by the first build", async () => {
  await tabA.goto(server.base);
  await tabA.getByText("No customers yet").waitFor();
  // The first worker takes this tab over on activation: offline-ready, no banner.
  await tabA.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await tabA.getByRole("link", { name: "Add customer" }).click();
  await tabA.getByLabel("Given name").fill("Amina");
  await tabA.getByLabel("Family name").fill("Hassan");
  await tabA.getByRole("button", { name: "Save" }).click();
  await tabA.getByRole("heading", { name: "Amina Hassan" }).waitFor();
  tabB = await browser.context.newPage();
  await tabB.goto(server.base);
  await list(tabB).getByRole("link", { name: /Amina Hassan/ }).waitFor();
  assert.equal(await banner(tabA).count(), 0);
  assert.equal(await banner(tabB).count(), 0);
});

test("after a redeploy, a tab regaining focus finds the new build and every tab offers it", async () => {
  await redeploy();
  // What a person coming back to the tab does: the app checks for a new build on focus.
  await tabA.evaluate(() => window.dispatchEvent(new Event("focus")));
  for (const tab of [tabA, tabB]) {
    await banner(tab).waitFor();
    await banner(tab).getByRole("button", { name: "Reload" }).waitFor();
  }
  if (process.env.KARIBU_UPDATE_SCREENSHOT) {
    await tabA.screenshot({ path: process.env.KARIBU_UPDATE_SCREENSHOT });
  }
  // The old build keeps working, whole, until the person chooses to reload.
  await list(tabB).getByRole("link", { name: /Amina Hassan/ }).click();
  await tabB.getByRole("heading", { name: "Amina Hassan" }).waitFor();
  assert.equal(await tabB.locator('meta[name="karibu-build"]').count(), 0);
});

test("Reload brings the new build up, in this tab and then the other, with the book intact", async () => {
  await Promise.all([
    tabA.waitForEvent("load"),
    banner(tabA).getByRole("button", { name: "Reload" }).click(),
  ]);
  await tabA.locator('meta[name="karibu-build"]').waitFor({ state: "attached" });
  await tabA.getByRole("heading", { name: "Amina Hassan" }).waitFor();
  assert.equal(await banner(tabA).count(), 0);

  // The other tab still runs the first build and still says so.
  await banner(tabB).waitFor();
  await Promise.all([
    tabB.waitForEvent("load"),
    banner(tabB).getByRole("button", { name: "Reload" }).click(),
  ]);
  await tabB.locator('meta[name="karibu-build"]').waitFor({ state: "attached" });
  await tabB.getByRole("heading", { name: "Amina Hassan" }).waitFor();

  const caches = await tabA.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, hasNewFile: Boolean(await cache.match("build-2.txt")) };
  });
  assert.equal(caches.names.length, 1, "the first build's cache is gone");
  assert.ok(caches.names[0].endsWith("second-build"));
  assert.ok(caches.hasNewFile);
  assert.deepEqual(browser.foreign, []);
  assert.deepEqual(browser.errors, []);
});
