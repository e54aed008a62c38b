// Karibu's own stored bytes (its customer pages and purchase chunks, exactly as they
// sit in IndexedDB) written and read by raw IndexedDB and Dexie.js, with no encoding or
// decoding. Beside Karibu's figures for the same work this separates what the chunked
// layout gives from what Karibu's code costs: on reads, Karibu / raw-on-its-chunks is the
// price of decoding and interning; raw-on-its-chunks / raw-per-object is the layout's
// gain. (Karibu's bulk write also writes every customer's loyalty ledger, one record
// each, which the chunk bytes alone do not: that row says so.)
// The writes are `baselines.rawWrite`/`dexieWrite` on `__karibuBytes`; these functions,
// sent into the page by Playwright, read them back.

/// In the page: every key and value of `stores` in Karibu's database, kept as
/// `window.__karibuBytes`. Returns each store's record count and bytes.
export async function readKaribuBytes(stores) {
  const db = await new Promise((ok, fail) => {
    const q = indexedDB.open("karibu");
    q.onsuccess = () => ok(q.result);
    q.onerror = () => fail(q.error);
  });
  const read = (name) => {
    const st = db.transaction(name).objectStore(name);
    return Promise.all([
      new Promise((ok) => (st.getAllKeys().onsuccess = (e) => ok(e.target.result))),
      new Promise((ok) => (st.getAll().onsuccess = (e) => ok(e.target.result))),
    ]);
  };
  window.__karibuBytes = {};
  const out = {};
  for (const name of stores) {
    const [keys, values] = await read(name);
    window.__karibuBytes[name] = { keys, values };
    out[name] = { records: keys.length, bytes: values.reduce((n, v) => n + v.byteLength, 0) };
  }
  db.close();
  return out;
}

/// In the page: raw `getAll` of one store written by `baselines.rawWrite` (read only).
export async function rawReadBytes([name, store]) {
  const db = await new Promise((ok) => (indexedDB.open(name).onsuccess = (e) => ok(e.target.result)));
  const t0 = performance.now();
  const values = await new Promise((ok) => (db.transaction(store).objectStore(store).getAll().onsuccess = (e) => ok(e.target.result)));
  const ms = performance.now() - t0;
  db.close();
  return { ms, bytes: values.reduce((n, v) => n + v.byteLength, 0) };
}

/// In the page: Dexie `toArray` of one store written by `baselines.dexieWrite` (read only).
export async function dexieReadBytes([name, store]) {
  const db = new window.Dexie(name);
  db.version(1).stores({ [store]: "" });
  await db.open();
  const t0 = performance.now();
  const values = await db.table(store).toArray();
  const ms = performance.now() - t0;
  db.close();
  return { ms, bytes: values.reduce((n, v) => n + v.byteLength, 0) };
}

/// In the page: forget the bytes read (they would weigh on the memory figures).
export function dropKaribuBytes() {
  delete window.__karibuBytes;
}
