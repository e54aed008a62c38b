// Damaged bytes in a record of every object store, then a reload: the book opens, says
// how many records were set aside, exports them byte for byte, and keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch, dumpBook } from "./support.mjs";

let server, browser, page;
const GARBAGE = [0xde, 0xad, 0xbe, 0xef, 0x00, 0x7b];

before(async () => {
  server = await startServer(8188);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const list = () => page.getByRole("list", { name: "Customer list" });
const banner = () => page.getByRole("alert").filter({ hasText: "Damaged records that could not be read" });

/// Damages a record in every object store of the page's own IndexedDB, as a failing
/// disk or a bad extension might: one customer inside the first customer page is made
/// unreadable, and one timeline entry and the loyalty ledger of another (`victim`),
/// the first record of each other store and the meta records get garbage bytes.
/// Returns the stores damaged and the victim's id.
async function damageEveryStore(garbage) {
  const req = (r) => new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const db = await req(indexedDB.open("karibu"));
  const read = (name) => db.transaction([name]).objectStore(name);
  const pageKey = (await req(read("customer_pages").getAllKeys()))[0];
  const page = JSON.parse(new TextDecoder().decode(await req(read("customer_pages").get(pageKey))));
  let victim;
  for (const c of page.slice(1)) {
    const timeline = await req(read("interactions").getAllKeys(IDBKeyRange.bound([c.id], [c.id, []])));
    const ledger = await req(read("ledgers").get(c.id));
    if (timeline.length && ledger) {
      victim = { id: c.id, interaction: timeline[0] };
      break;
    }
  }
  const firstKeys = {};
  for (const name of ["purchase_chunks", "purchase_chunk_ids", "follow_ups", "tombstones"]) {
    firstKeys[name] = (await req(read(name).getAllKeys()))[0];
  }

  const names = Array.from(db.objectStoreNames);
  const tx = db.transaction(names, "readwrite");
  const bad = () => new Uint8Array(garbage);
  page[0] = { id: 42, name: "not a customer" };
  tx.objectStore("customer_pages").put(new TextEncoder().encode(JSON.stringify(page)), pageKey);
  tx.objectStore("interactions").put(bad(), victim.interaction);
  tx.objectStore("ledgers").put(bad(), victim.id);
  const damaged = ["customer_pages", "interactions", "ledgers", "meta"];
  for (const [name, key] of Object.entries(firstKeys)) {
    if (key === undefined) continue;
    tx.objectStore(name).put(bad(), key);
    damaged.push(name);
  }
  // Settings, the schema's data-version marker and the tab counters.
  for (const key of ["settings", "data_version", "generations"]) tx.objectStore("meta").put(bad(), key);
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return { damaged: damaged.sort(), victim: victim.id };
}

test("a book with a damaged record in every store still opens and says what it set aside", async () => {
  await page.goto(server.url + "/settings");
  await page.getByLabel("How many demo customers").fill("60");
  await page.getByRole("button", { name: "Add demo customers" }).click();
  await page.getByText("Added 60 of 60").waitFor();
  // One deletion, so the store of deletions has a record to damage too.
  await page.getByRole("link", { name: "Customers" }).click();
  await list().getByRole("checkbox").first().check();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete selected" }).click();
  await page.getByText("1 deleted").waitFor();
  await page.getByText("59 customers").waitFor();

  const { damaged, victim } = await page.evaluate(damageEveryStore, GARBAGE);
  for (const store of [
    "customer_pages", "follow_ups", "interactions", "ledgers", "meta",
    "purchase_chunk_ids", "purchase_chunks", "tombstones",
  ]) {
    assert.ok(damaged.includes(store), `${store} had a record to damage: ${damaged}`);
  }

  await page.reload();
  await banner().waitFor();
  // One customer of the damaged page is set aside; the other 58 open.
  await page.getByText("58 customers").waitFor();
  // The customer, the purchase chunk and the settings are found on opening.
  await banner().getByText(/: 3\./).waitFor();
  // The timeline entry and the ledger when that customer's page reads them.
  await page.goto(`${server.url}/customers/${victim}`);
  await page.getByRole("heading", { name: "Timeline" }).waitFor();
  await banner().getByText(/: 5\./).waitFor();
  const dump = await dumpBook(page);
  const setAside = dump.set_aside.length;
  assert.equal(setAside, 5, "what the banner says is what the quarantine holds");

  // The export holds each record byte for byte.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    banner().getByRole("button", { name: "Export them" }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), "utf-8"));
  assert.equal(exported.format, "karibu-set-aside");
  assert.equal(exported.records.length, setAside);
  const kinds = exported.records.map((r) => r.kind).sort();
  for (const kind of ["customer", "interaction", "ledger", "purchase_chunk", "settings"]) {
    assert.ok(kinds.includes(kind), `${kind} in ${kinds}`);
  }
  const settings = exported.records.find((r) => r.kind === "settings");
  assert.deepEqual(settings.bytes, GARBAGE);
  const customer = exported.records.find((r) => r.kind === "customer");
  assert.equal(new TextDecoder().decode(new Uint8Array(customer.bytes)), '{"id":42,"name":"not a customer"}');

  // The book keeps working: a new customer, a sale to them, the loyalty page.
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill("After");
  await page.getByLabel("Family name").fill("Damage");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "After Damage" }).waitFor();
  await page.getByRole("link", { name: "Counter" }).click();
  await page.getByLabel("Customer: name or phone").fill("After");
  await page.getByRole("button", { name: /After Damage/ }).click();
  const amount = page.getByLabel("Amount (KES)");
  await amount.fill("500");
  await amount.press("Enter");
  await page.getByText(/Sale of \W*KES\s500\.00\W* recorded/).waitFor();
  await page.getByRole("link", { name: "Loyalty" }).click();
  await page.getByRole("heading", { level: 1 }).first().waitFor();

  // Discarding, once exported, empties the quarantine and the banner goes.
  page.once("dialog", (dialog) => dialog.accept());
  await banner().getByRole("button", { name: "Discard them" }).click();
  await banner().waitFor({ state: "detached" });
  assert.deepEqual((await dumpBook(page)).set_aside, []);
  await page.reload();
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByText("59 customers").waitFor();
  assert.equal(await banner().count(), 0);
  assert.deepEqual(browser.foreign, []);
  assert.deepEqual(browser.errors, []);
});
