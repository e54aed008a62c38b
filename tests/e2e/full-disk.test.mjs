// A full disk, in the two forms Chromium reports it: `put` throwing a
// QuotaExceededError, and a transaction aborted at commit whose `error` is one. The
// real IndexedDB underneath rolls the transaction back; only the browser's report is
// injected, because Chromium 156 does not enforce a quota lowered over the DevTools
// protocol (Storage.overrideQuotaForOrigin) on IndexedDB commits: measured, 20 MB
// committed over a 2 MB override. After each refusal, a dump of every object store is
// compared with what the owner was told.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, dumpBook } from "./support.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8189);
  browser = await launch();
  page = browser.page;
  await page.addInitScript(() => {
    // window.__karibuDiskFull = { form: "throw" | "abort", after: commits still allowed }
    const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
    const full = () => {
      const f = window.__karibuDiskFull;
      return f && f.after-- <= 0 ? f.form : null;
    };
    const refused = new WeakSet();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const f = window.__karibuDiskFull;
      if (f && f.form === "throw" && f.after <= 0) throw quota();
      return put.apply(this, args);
    };
    const commit = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function () {
      if (this.mode === "readwrite" && full() === "abort") {
        refused.add(this);
        return this.abort();
      }
      return commit.call(this);
    };
    const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, "error").get;
    Object.defineProperty(IDBTransaction.prototype, "error", {
      get() {
        return refused.has(this) ? quota() : error.call(this);
      },
    });
  });
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const full = /This device's storage is full, so this was not saved\. Everything saved before is safe/i;
const fillTheDisk = (form, after = 0) =>
  page.evaluate(([form, after]) => (window.__karibuDiskFull = { form, after }), [form, after]);
const freeTheDisk = () => page.evaluate(() => (window.__karibuDiskFull = null));

/// Customers stored, counted from the dump's customer pages.
const customersIn = (dump) =>
  dump.customer_pages.reduce((n, [, page]) => n + JSON.parse(page).length, 0);

async function saveCustomer(given, family) {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("link", { name: "Add customer" }).click();
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByRole("button", { name: "Save" }).click();
}

test("a full disk refuses a save, either way the browser says it, and loses nothing", async () => {
  await page.goto(server.url + "/settings");
  await page.getByLabel("How many demo customers").fill("200");
  await page.getByRole("button", { name: "Add demo customers" }).click();
  await page.getByText("Added 200 of 200").waitFor();
  const before = await dumpBook(page);
  assert.equal(customersIn(before), 200);

  for (const form of ["throw", "abort"]) {
    await fillTheDisk(form);
    await saveCustomer("Nafasi", "Imejaa");
    await page.getByText(full).waitFor();
    // The form keeps what was typed, to save again once there is room.
    assert.equal(await page.getByLabel("Given name").inputValue(), "Nafasi");
    assert.deepEqual(await dumpBook(page), before, `${form}: the refused save wrote nothing`);
    await freeTheDisk();
  }
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Nafasi Imejaa" }).waitFor();
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByText("201 customers").waitFor();
});

test("a disk that fills midway through a bulk write keeps what was reported and no more", async () => {
  // Demo data goes in batches of 5,000: customers, then their sales, each one
  // transaction. The first batch's two commits go through; the second batch's are
  // refused at commit. (`?sales=1`: one purchase each, to keep the test quick.)
  await page.goto(server.url + "/settings?sales=1");
  await fillTheDisk("abort", 2);
  await page.getByLabel("How many demo customers").fill("8000");
  await page.getByRole("button", { name: "Add demo customers" }).click();
  await page.getByText(full).waitFor();
  await freeTheDisk();
  await page.getByText("Added 5,000 of 8,000").waitFor();

  const dump = await dumpBook(page);
  assert.equal(customersIn(dump), 201 + 5000, "what was reported added is what is stored");
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByText("5,201 customers").waitFor();
  await page.reload();
  await page.getByText("5,201 customers").waitFor();
  assert.deepEqual(await dumpBook(page), dump, "a reload finds the same book");
  assert.deepEqual(browser.foreign, []);
});
