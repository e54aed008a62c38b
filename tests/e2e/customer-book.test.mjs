// The customer book used as a person would: by roles and accessible names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8181);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const today = () => {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

test("the app starts, registers its service worker and is installable", async () => {
  await page.goto(server.url + "/");
  await page.getByRole("heading", { name: "Customers" }).waitFor();
  await page.getByText("No customers yet").waitFor();
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.scriptURL;
  });
  assert.match(sw, /\/sw\.js$/);
  const manifest = await page.evaluate(async () => (await fetch("/manifest.webmanifest")).json());
  assert.equal(manifest.display, "standalone");
  // Relative to the manifest (so a sub-path build needs no other copy): here, the root.
  const fromManifest = (url) => new URL(url, server.url + "/manifest.webmanifest").href;
  assert.equal(fromManifest(manifest.start_url), server.url + "/");
  assert.equal(fromManifest(manifest.scope), server.url + "/");
  assert.ok(manifest.short_name && manifest.name && manifest.theme_color);
  const sizes = manifest.icons.map((i) => `${i.sizes}/${i.purpose}`);
  for (const want of ["192x192/any", "512x512/any", "512x512/maskable"]) assert.ok(sizes.includes(want), want);
  for (const icon of manifest.icons) {
    const ok = await page.evaluate(async (src) => (await fetch(src)).ok, fromManifest(icon.src));
    assert.ok(ok, `${icon.src} is served`);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
});

test("a bad email is explained next to the field and nothing typed is lost", async () => {
  await page.getByRole("link", { name: "Add customer" }).click();
  await page.getByLabel("Given name").fill("Zoë");
  await page.getByLabel("Family name").fill("Wanjiru");
  await page.getByLabel("Phone", { exact: true }).fill("+254 712 345 678");
  await page.getByLabel("Email", { exact: true }).fill("zoe@");
  await page.getByLabel("About (favourite drink, allergies…)").fill("Oat flat white");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Email: this does not look like an address").waitFor();
  // Focus moves to the first field to fix, so it is in view.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "email-0");
  assert.equal(await page.getByLabel("Given name").inputValue(), "Zoë");
  assert.equal(await page.getByLabel("About (favourite drink, allergies…)").inputValue(), "Oat flat white");
  assert.equal(await page.getByLabel("Email", { exact: true }).getAttribute("aria-invalid"), "true");
});

test("add a customer, then a note with a follow-up due today", async () => {
  await page.getByLabel("Email", { exact: true }).fill("zoe@example.com");
  await page.getByLabel("Tags").fill("regular, oat milk");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Zoë Wanjiru" }).waitFor();
  await page.getByText("+254 712 345 678").waitFor();

  await page.getByLabel("What happened").fill("Wants to hear when the Ethiopian beans arrive");
  await page.getByLabel("Follow up on (optional)").fill(today());
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText("Wants to hear when the Ethiopian beans arrive").waitFor();
  // Shown as the owner reads dates ("Nov 23, 2026"), from the browser's own CLDR data.
  const shown = new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date());
  await page.getByText(`Follow up by ${shown}`).waitFor();

  await page.getByRole("link", { name: "Today" }).click();
  await page.getByRole("heading", { name: "Follow-ups due" }).waitFor();
  await page.getByRole("link", { name: "Zoë Wanjiru" }).waitFor();
});

test("search finds the customer as you type, forgiving accents and typos", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  const search = page.getByRole("searchbox", { name: "Search customers" });
  const list = page.getByRole("list", { name: "Customer list" });
  await search.fill("zoe");
  await list.getByRole("link", { name: /Zoë Wanjiru/ }).waitFor();
  await search.fill("wanjru");
  await list.getByRole("link", { name: /Zoë Wanjiru/ }).waitFor();
  await search.fill("0712 345");
  await list.getByRole("link", { name: /Zoë Wanjiru/ }).waitFor();
  await search.fill("nobody-like-this");
  await page.getByText("No customer matches").waitFor();
});

test("everything is still there after a reload", async () => {
  await page.reload();
  await page.getByRole("list", { name: "Customer list" }).getByRole("link", { name: /Zoë Wanjiru/ }).click();
  await page.getByText("Wants to hear when the Ethiopian beans arrive").waitFor();
});

test("offline: the app starts from the service worker and shows stored data", async () => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await browser.context.setOffline(true);
  try {
    await page.goto(server.url + "/");
    await page.getByRole("list", { name: "Customer list" }).getByRole("link", { name: /Zoë Wanjiru/ }).waitFor();
    await page.getByText("Offline: everything still works").waitFor();
  } finally {
    await browser.context.setOffline(false);
  }
});

test("in Urdu the layout mirrors right to left", async () => {
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Language").selectOption("ur");
  await page.getByRole("heading", { name: "ترتیبات" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ur");
  await page.getByRole("link", { name: "گاہک", exact: true }).click();
  const heading = await page.getByRole("heading", { name: "گاہک" }).boundingBox();
  const add = await page.getByRole("link", { name: "گاہک شامل کریں" }).boundingBox();
  assert.ok(heading.x > add.x, "the heading sits right of the add button in RTL");
  await page.getByRole("searchbox", { name: "گاہک تلاش کریں" }).waitFor();
  // Back to English for any later test.
  await page.getByRole("link", { name: "ترتیبات" }).click();
  await page.getByLabel("زبان").selectOption("en");
  await page.getByRole("heading", { name: "Settings" }).waitFor();
});

test("delete with undo, and no request ever left the origin", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("list", { name: "Customer list" }).getByRole("link", { name: /Zoë Wanjiru/ }).click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByText("1 deleted").waitFor();
  await page.getByText("No customers yet").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("list", { name: "Customer list" }).getByRole("link", { name: /Zoë Wanjiru/ }).click();
  await page.getByText("Wants to hear when the Ethiopian beans arrive").waitFor();
  assert.deepEqual(browser.foreign, [], "requests outside the origin");
  assert.deepEqual(browser.errors, [], "console errors");
});
