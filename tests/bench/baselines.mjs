// What a developer would use instead of Karibu's store, run in the same page on the
// same records: raw IndexedDB (large transactions: the practical limit) and Dexie.js
// (`bulkPut` in batches of 1,000, as its maintainer advises). These functions are sent
// into the page by Playwright; none of this code is part of the app.

import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const dexieSource = () => readFile(join(here, "..", "node_modules", "dexie", "dist", "dexie.js"), "utf8");

/// In the page: everything Karibu stored (customers, timelines, follow-ups), as the
/// records a developer would keep with Dexie or raw IndexedDB: one per customer (the
/// customer's JSON as UTF-8 bytes, keyed by id; Karibu keeps them 500 to a page), and
/// the timeline and follow-up records exactly as Karibu stored them.
export async function readKaribuRecords() {
  const db = await new Promise((ok, fail) => {
    const q = indexedDB.open("karibu");
    q.onsuccess = () => ok(q.result);
    q.onerror = () => fail(q.error);
  });
  const readAll = async (name) => {
    const st = db.transaction(name).objectStore(name);
    const [keys, values] = await Promise.all([
      new Promise((ok) => (st.getAllKeys().onsuccess = (e) => ok(e.target.result))),
      new Promise((ok) => (st.getAll().onsuccess = (e) => ok(e.target.result))),
    ]);
    return { keys, values };
  };
  const pages = await readAll("customer_pages");
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const customers = { keys: [], values: [] };
  for (const page of pages.values) {
    for (const c of JSON.parse(decoder.decode(page))) {
      customers.keys.push(c.id);
      customers.values.push(encoder.encode(JSON.stringify(c)));
    }
  }
  const stores = { customers, interactions: await readAll("interactions"), follow_ups: await readAll("follow_ups") };
  db.close();
  window.__records = stores;
  return Object.fromEntries(Object.entries(stores).map(([k, v]) => [k, v.keys.length]));
}

/// In the page: raw IndexedDB `put`, 10,000 records per transaction, of the stores of
/// `window[source]` ({store: {keys, values}}; by default what `readKaribuRecords` kept),
/// or of `only` that one. (Each in-page function stands alone: Playwright sends its text.)
export async function rawWrite({ source = "__records", only = null } = {}) {
  const stores = Object.entries(window[source]).filter(([s]) => only === null || s === only);
  const name = `bench-raw-${Math.random()}`;
  const db = await new Promise((ok) => {
    const q = indexedDB.open(name, 1);
    q.onupgradeneeded = () => stores.forEach(([s]) => q.result.createObjectStore(s));
    q.onsuccess = () => ok(q.result);
  });
  const t0 = performance.now();
  for (const [store, { keys, values }] of stores) {
    for (let start = 0; start < keys.length; start += 10_000) {
      const tx = db.transaction(store, "readwrite");
      const st = tx.objectStore(store);
      for (let i = start; i < Math.min(start + 10_000, keys.length); i++) st.put(values[i], keys[i]);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
    }
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, name };
}

/// In the page: Dexie.js `bulkPut`, 1,000 records per call, of what `rawWrite` would write.
export async function dexieWrite({ source = "__records", only = null } = {}) {
  const stores = Object.entries(window[source]).filter(([s]) => only === null || s === only);
  const name = `bench-dexie-${Math.random()}`;
  const db = new window.Dexie(name);
  db.version(1).stores(Object.fromEntries(stores.map(([s]) => [s, ""])));
  await db.open();
  const t0 = performance.now();
  for (const [store, { keys, values }] of stores) {
    for (let start = 0; start < keys.length; start += 1_000) {
      await db.table(store).bulkPut(values.slice(start, start + 1_000), keys.slice(start, start + 1_000));
    }
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, name };
}

/// In the page: read every customer back with raw `getAll` in pages of 5,000.
export async function rawRead(name) {
  const db = await new Promise((ok) => (indexedDB.open(name).onsuccess = (e) => ok(e.target.result)));
  const t0 = performance.now();
  let count = 0;
  let last = null;
  for (;;) {
    const st = db.transaction("customers").objectStore("customers");
    const range = last === null ? null : IDBKeyRange.lowerBound(last, true);
    const [keys, values] = await Promise.all([
      new Promise((ok) => (st.getAllKeys(range, 5_000).onsuccess = (e) => ok(e.target.result))),
      new Promise((ok) => (st.getAll(range, 5_000).onsuccess = (e) => ok(e.target.result))),
    ]);
    count += values.length;
    if (values.length < 5_000) break;
    last = keys[keys.length - 1];
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, count };
}

/// In the page: read every customer back with Dexie `toArray`.
export async function dexieRead(name) {
  const db = new window.Dexie(name);
  db.version(1).stores({ customers: "", interactions: "", follow_ups: "" });
  await db.open();
  const t0 = performance.now();
  const all = await db.table("customers").toArray();
  const ms = performance.now() - t0;
  db.close();
  return { ms, count: all.length };
}
