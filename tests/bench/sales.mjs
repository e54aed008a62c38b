// Purchases for the baselines: read back from what Karibu stored (its compact chunks,
// decoded here from the documented postcard layout in src/sales/chunk.rs) and turned
// into what a developer would keep: one object per purchase. Then Dexie.js and raw
// IndexedDB write and read those objects (chunks.mjs does it with the chunk bytes).
// Runs inside the page, sent by Playwright.

/// In the page: decode every purchase chunk into `window.__purchases` and a CSV for
/// DuckDB (`window.__purchasesCsv`). Returns counts and the bytes Karibu stored.
export async function readKaribuSales() {
  const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  const db = await new Promise((ok, fail) => {
    const q = indexedDB.open("karibu");
    q.onsuccess = () => ok(q.result);
    q.onerror = () => fail(q.error);
  });
  const all = (name) =>
    new Promise((ok) => (db.transaction(name).objectStore(name).getAll().onsuccess = (e) => ok(e.target.result)));
  const chunks = await all("purchase_chunks");
  const ledgers = await all("ledgers");
  db.close();
  const decoder = new TextDecoder();
  const purchases = [];
  for (const bytes of chunks) {
    let at = 1; // byte 0 is the format
    const varint = () => {
      let result = 0n;
      let shift = 0n;
      for (;;) {
        const b = bytes[at++];
        result |= BigInt(b & 0x7f) << shift;
        if (b < 0x80) return result;
        shift += 7n;
      }
    };
    const small = () => Number(varint());
    const signed = () => {
      const z = varint();
      return Number((z >> 1n) ^ -(z & 1n));
    };
    const text = () => {
      const n = small();
      const s = decoder.decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    };
    const id = () => {
      if (small() === 1) return text();
      const bits = varint();
      let s = "";
      for (let i = 15; i >= 0; i--) s += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
      return s;
    };
    const names = Array.from({ length: small() }, text);
    let time = 0;
    for (let rows = small(); rows > 0; rows--) {
      const pid = id();
      const customer = bytes[at++] === 1 ? id() : null;
      time += signed();
      const amount = signed();
      const categories = Array.from({ length: small() }, () => names[small()]);
      const note = text();
      let voided = false;
      if (bytes[at++] === 1) {
        signed();
        text();
        voided = true;
      }
      purchases.push({ id: pid, customer, at: time, amount, categories, note, voided });
    }
  }
  window.__purchases = purchases;
  // DuckDB gets an integer customer key (its best case), numbered in id order so that
  // ordering by key is ordering by id; `__customerIds` turns keys back into ids.
  const ids = [...new Set(purchases.map((p) => p.customer).filter((c) => c !== null))].sort();
  const keyOf = new Map(ids.map((id, i) => [id, i]));
  window.__customerIds = ids;
  const csv = ["key,at_ms,amount,voided"];
  for (const p of purchases) csv.push(`${p.customer === null ? "" : keyOf.get(p.customer)},${p.at},${p.amount},${p.voided}`);
  window.__purchasesCsv = csv.join("\n");
  const bytes = (xs) => xs.reduce((n, b) => n + b.byteLength, 0);
  return { purchases: purchases.length, chunkBytes: bytes(chunks), ledgerBytes: bytes(ledgers), ledgers: ledgers.length };
}

/// In the page: raw IndexedDB `put` of every purchase object, 10,000 per transaction.
export async function rawWritePurchases() {
  const name = `bench-raw-sales-${Math.random()}`;
  const db = await new Promise((ok) => {
    const q = indexedDB.open(name, 1);
    q.onupgradeneeded = () => q.result.createObjectStore("purchases", { keyPath: "id" });
    q.onsuccess = () => ok(q.result);
  });
  const all = window.__purchases;
  const t0 = performance.now();
  for (let start = 0; start < all.length; start += 10_000) {
    const tx = db.transaction("purchases", "readwrite");
    const st = tx.objectStore("purchases");
    for (let i = start; i < Math.min(start + 10_000, all.length); i++) st.put(all[i]);
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, name };
}

/// In the page: Dexie.js `bulkPut` of every purchase object, 1,000 per call.
export async function dexieWritePurchases() {
  const name = `bench-dexie-sales-${Math.random()}`;
  const db = new window.Dexie(name);
  db.version(1).stores({ purchases: "id" });
  await db.open();
  const all = window.__purchases;
  const t0 = performance.now();
  for (let start = 0; start < all.length; start += 1_000) {
    await db.table("purchases").bulkPut(all.slice(start, start + 1_000));
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, name };
}

/// In the page: read every purchase back with raw `getAll`, pages of 50,000.
export async function rawReadPurchases(name) {
  const db = await new Promise((ok) => (indexedDB.open(name).onsuccess = (e) => ok(e.target.result)));
  const t0 = performance.now();
  let count = 0;
  let last = null;
  for (;;) {
    const st = db.transaction("purchases").objectStore("purchases");
    const range = last === null ? null : IDBKeyRange.lowerBound(last, true);
    const values = await new Promise((ok) => (st.getAll(range, 50_000).onsuccess = (e) => ok(e.target.result)));
    count += values.length;
    if (values.length < 50_000) break;
    last = values[values.length - 1].id;
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, count };
}

/// In the page: read every purchase back with Dexie `toArray`.
export async function dexieReadPurchases(name) {
  const db = new window.Dexie(name);
  db.version(1).stores({ purchases: "id" });
  await db.open();
  const t0 = performance.now();
  const all = await db.table("purchases").toArray();
  const ms = performance.now() - t0;
  db.close();
  return { ms, count: all.length };
}
