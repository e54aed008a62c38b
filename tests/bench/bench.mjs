// Karibu's benchmark: measures Karibu and what a developer would use instead, in the
// same headless Chromium run, and prints figures and ratios. It asserts nothing about
// speed (it does check that Karibu and DuckDB give the same answers).
//   node tests/bench/bench.mjs            100,000 customers, 1,000,000 purchases
//   node tests/bench/bench.mjs --quick    2,000 customers, 20,000 purchases, fewer queries
//                                         (CI runs it so the harness cannot rot)
// Writes target/bench/results.json: an array of rows {metric, karibu, baseline,
// baseline_value, unit, speedup, rows}; speedup > 1 means Karibu is faster; rows
// without a peer leave the baseline fields null.
import { readdir, readFile, mkdir, writeFile, mkdtemp, stat, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { startServer, launch, DIST } from "../e2e/support.mjs";
import { QUERIES } from "./queries.mjs";
import * as baselines from "./baselines.mjs";
import { measureSearch } from "./search.mjs";
import * as sales from "./sales.mjs";
import { raceDuckDb } from "./duckdb.mjs";
import * as chunks from "./chunks.mjs";
import { measureSegments } from "./segments.mjs";
import { documents, measureMiniSearch, throttled } from "./minisearch.mjs";

const quick = process.argv.includes("--quick");
const customers = quick ? 2_000 : Number(process.env.KARIBU_BENCH_CUSTOMERS || 100_000);
const queries = quick ? QUERIES.slice(0, 10) : QUERIES;
const results = [];
const round = (v) => (v === null || v === undefined ? null : Math.abs(v) >= 100 ? Math.round(v) : +v.toFixed(2));

/// A figure; with a peer, `lowerIsBetter` says how the speedup is taken.
function row(metric, karibu, unit, peer = null, rows = customers) {
  const r = { metric, karibu: round(karibu), baseline: null, baseline_value: null, unit, speedup: null, rows };
  if (peer) {
    r.baseline = peer.name;
    r.baseline_value = round(peer.value);
    r.speedup = round(peer.lowerIsBetter ? peer.value / karibu : karibu / peer.value);
    if (peer.ratio) r.ratio = { name: peer.ratio, value: round(karibu / peer.value) };
  }
  results.push(r);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const entries = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((m) => m.duration), name);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

const server = await startServer(8191);
// --expose-gc lets the memory figure be taken after a collection, not mid-garbage.
// The shop's calendar is the browser's: UTC here, so monthly sales match DuckDB's UTC
// months whatever zone the machine running the benchmark is in.
const browserOptions = { extraArgs: ["--js-flags=--expose-gc"], timezoneId: "UTC" };
let { context, page, errors, profile } = await launch(browserOptions);
try {
  // 1. Bulk write: the demo loader is Karibu's bulk path (5,000 customers and their
  //    timelines per transaction); only its store writes are timed, not the generating.
  await page.goto(`${server.url}/?demo=${customers}&seed=1`);
  // Counts are grouped as the owner reads them ("100,000 customers").
  await page.getByText(`${customers.toLocaleString("en")} customers`, { exact: true }).waitFor({ timeout: 900_000 });
  const karibuWriteMs = sum(await entries(page, "karibu:bulk-write"));
  const counts = await page.evaluate(baselines.readKaribuRecords);
  const records = counts.customers + counts.interactions + counts.follow_ups;
  await page.evaluate(await baselines.dexieSource());
  const rawWrite = await page.evaluate(baselines.rawWrite);
  const dexieWrite = await page.evaluate(baselines.dexieWrite);
  const perSecond = (ms) => records / (ms / 1000);
  const label = `bulk write: ${customers} customers + timelines (${records} records as a developer would keep them)`;
  // Throughput in the same unit for all three: those records per second of writing.
  row(label, perSecond(karibuWriteMs), "records/s", { name: "Dexie.js bulkPut, batches of 1,000", value: perSecond(dexieWrite.ms) });
  row(label, perSecond(karibuWriteMs), "records/s", { name: "raw IndexedDB put, 10,000 per transaction", value: perSecond(rawWrite.ms) });

  // The purchases (10 a customer) with the loyalty ledgers they earned: Karibu writes
  // both; the baselines write the purchases alone, one object each.
  const karibuSalesMs = sum(await entries(page, "karibu:bulk-write-sales"));
  const stored = await page.evaluate(sales.readKaribuSales);
  const purchases = stored.purchases;
  const rawSalesWrite = await page.evaluate(sales.rawWritePurchases);
  const dexieSalesWrite = await page.evaluate(sales.dexieWritePurchases);
  const salesPerSecond = (ms) => purchases / (ms / 1000);
  const salesLabel = `bulk write: ${purchases} purchases (Karibu: with their loyalty ledgers)`;
  row(salesLabel, salesPerSecond(karibuSalesMs), "purchases/s", { name: "Dexie.js bulkPut, batches of 1,000", value: salesPerSecond(dexieSalesWrite.ms) }, purchases);
  row(salesLabel, salesPerSecond(karibuSalesMs), "purchases/s", { name: "raw IndexedDB put, 10,000 per transaction", value: salesPerSecond(rawSalesWrite.ms) }, purchases);
  row("stored: purchases, bytes each (compact chunks)", stored.chunkBytes / purchases, "bytes", null, purchases);
  row("stored: purchases in all", stored.chunkBytes / 2 ** 20, "MiB", null, purchases);
  row(`stored: loyalty ledgers (${stored.ledgers} customers)`, stored.ledgerBytes / 2 ** 20, "MiB", null, purchases);
  const csv = await page.evaluate(() => window.__purchasesCsv);
  const ids = await page.evaluate(() => window.__customerIds);
  await page.evaluate(() => {
    delete window.__purchases;
    delete window.__purchasesCsv;
    delete window.__customerIds;
    delete window.__records;
  });
  // Karibu's own stored bytes, written by raw IndexedDB and Dexie with no encoding.
  const ownBytes = await page.evaluate(chunks.readKaribuBytes, ["customer_pages", "purchase_chunks"]);
  const bytesWritten = {};
  for (const store of ["customer_pages", "purchase_chunks"]) {
    const choice = { source: "__karibuBytes", only: store };
    bytesWritten[store] = { raw: await page.evaluate(baselines.rawWrite, choice), dexie: await page.evaluate(baselines.dexieWrite, choice) };
  }
  await page.evaluate(chunks.dropKaribuBytes);
  const chunkLabel = `bulk write: ${purchases} purchases (Karibu: encode and write ${ownBytes.purchase_chunks.records} chunks, and write ${stored.ledgers} loyalty ledgers)`;
  row(chunkLabel, karibuSalesMs, "ms", { name: "raw IndexedDB put of Karibu's chunk bytes (no encoding)", value: bytesWritten.purchase_chunks.raw.ms, lowerIsBetter: true, ratio: "Karibu/bytes alone" }, purchases);
  row(chunkLabel, karibuSalesMs, "ms", { name: "Dexie.js bulkPut of Karibu's chunk bytes (no encoding)", value: bytesWritten.purchase_chunks.dexie.ms, lowerIsBetter: true, ratio: "Karibu/bytes alone" }, purchases);

  // 2. Cold load: reload with the book stored. An init script notes when the first
  //    customer row appears, on the page's own clock (ms since navigation start).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await watchFirstRow(context);
  await page.goto(`${server.url}/?bench=1`);
  await page.getByRole("list", { name: "Customer list" }).getByRole("link").first().waitFor({ timeout: 120_000 });
  const firstRow = await page.evaluate(() => window.__firstRow);
  await page.waitForFunction(() => performance.getEntriesByName("karibu:analytics-ready").length > 0, null, { timeout: 300_000 });
  const analyticsReady = await page.evaluate(() => performance.getEntriesByName("karibu:analytics-ready")[0].startTime);
  const answers = JSON.parse(await page.evaluate(() => performance.getEntriesByName("karibu:answers")[0].detail));
  const loadMs = sum(await entries(page, "karibu:load-customers"));
  const indexMs = sum(await entries(page, "karibu:index-page")) + sum(await entries(page, "karibu:rank"));
  row("cold load: navigation start to first customer row drawn", firstRow, "ms");
  // Memory after load, before any baseline runs here: settled (buffers the browser
  // handed over from IndexedDB are released a moment after a collection), then collected.
  await page.evaluate(() => window.gc?.());
  await page.waitForTimeout(2_000);
  const memory = await page.evaluate(() => (window.gc?.(), {
    heap: performance.memory?.usedJSHeapSize ?? null,
    wasm: performance.getEntriesByName("karibu:wasm-memory")[0]?.detail ?? null,
  }));
  row("memory after load: JS heap used", memory.heap && memory.heap / 2 ** 20, "MiB");
  row("memory after load: wasm linear memory", memory.wasm && memory.wasm / 2 ** 20, "MiB");
  await page.evaluate(await baselines.dexieSource());
  const rawRead = await page.evaluate(baselines.rawRead, rawWrite.name);
  const dexieRead = await page.evaluate(baselines.dexieRead, dexieWrite.name);
  if (rawRead.count !== customers || dexieRead.count !== customers) throw new Error("baselines read back a different book");
  const readLabel = "cold load: read every customer (Karibu: read, decode and index for search)";
  row(readLabel, loadMs, "ms", { name: "Dexie.js toArray (read only)", value: dexieRead.ms, lowerIsBetter: true });
  row(readLabel, loadMs, "ms", { name: "raw IndexedDB getAll, pages of 5,000 (read only)", value: rawRead.ms, lowerIsBetter: true });
  row("cold load: of which building the search directory", indexMs, "ms");
  const salesLoadMs = sum(await entries(page, "karibu:load-purchases"));
  const rawSalesRead = await page.evaluate(sales.rawReadPurchases, rawSalesWrite.name);
  const dexieSalesRead = await page.evaluate(sales.dexieReadPurchases, dexieSalesWrite.name);
  if (rawSalesRead.count !== purchases || dexieSalesRead.count !== purchases) throw new Error("baselines read back different purchases");
  row("cold load: navigation start to analytics ready (every purchase loaded and summarised)", analyticsReady, "ms", null, purchases);
  const salesReadLabel = "cold load: read every purchase (Karibu: read, decode into columns)";
  row(salesReadLabel, salesLoadMs, "ms", { name: "Dexie.js toArray (read only)", value: dexieSalesRead.ms, lowerIsBetter: true }, purchases);
  row(salesReadLabel, salesLoadMs, "ms", { name: "raw IndexedDB getAll, pages of 50,000 (read only)", value: rawSalesRead.ms, lowerIsBetter: true }, purchases);
  // The same reads on Karibu's own bytes: what the layout gives, apart from Karibu's code.
  for (const [store, karibuMs, label, n] of [
    ["purchase_chunks", salesLoadMs, salesReadLabel, purchases],
    ["customer_pages", loadMs, readLabel, customers],
  ]) {
    const { raw, dexie } = bytesWritten[store];
    const rawBytes = await page.evaluate(chunks.rawReadBytes, [raw.name, store]);
    const dexieBytes = await page.evaluate(chunks.dexieReadBytes, [dexie.name, store]);
    if (rawBytes.bytes !== ownBytes[store].bytes || dexieBytes.bytes !== ownBytes[store].bytes) throw new Error(`${store}: the baselines read back other bytes`);
    const what = `Karibu's ${ownBytes[store].records} ${store === "purchase_chunks" ? "chunks" : "customer pages"} as bytes, read only`;
    row(label, karibuMs, "ms", { name: `raw IndexedDB getAll of ${what}`, value: rawBytes.ms, lowerIsBetter: true, ratio: "Karibu/bytes alone" }, n);
    row(label, karibuMs, "ms", { name: `Dexie.js toArray of ${what}`, value: dexieBytes.ms, lowerIsBetter: true, ratio: "Karibu/bytes alone" }, n);
  }

  // A true cold start: the browser closed and started again on the same profile (the
  // operating system's file cache is kept: dropping it needs root). The baselines'
  // databases go first, so the profile holds what an owner's would.
  await page.evaluate(async (names) => {
    for (const name of names) await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));
  }, [rawWrite.name, dexieWrite.name, rawSalesWrite.name, dexieSalesWrite.name, ...Object.values(bytesWritten).flatMap((w) => [w.raw.name, w.dexie.name])]);
  await context.close();
  ({ context, page, profile } = await launchAgain());
  await watchFirstRow(context);
  await page.goto(`${server.url}/?bench=1`);
  await page.getByRole("list", { name: "Customer list" }).getByRole("link").first().waitFor({ timeout: 300_000 });
  await page.waitForFunction(() => performance.getEntriesByName("karibu:warm-done").length > 0, null, { timeout: 300_000 });
  const restarted = await page.evaluate(() => ({
    firstRow: window.__firstRow,
    analytics: performance.getEntriesByName("karibu:analytics-ready")[0].startTime,
  }));
  row("true cold start (browser restarted on the same profile): first customer row drawn", restarted.firstRow, "ms", { name: "a reload in a running browser", value: firstRow, lowerIsBetter: true, ratio: "restart/reload" });
  row("true cold start: analytics ready (every purchase loaded and summarised)", restarted.analytics, "ms", { name: "a reload in a running browser", value: analyticsReady, lowerIsBetter: true, ratio: "restart/reload" }, purchases);

  // Analytics beside DuckDB-WASM on the same purchases, answers checked: from storage to
  // answer (Karibu here on the restarted browser's load) and warm, median of 5 runs.
  const race = await raceDuckDb(context, page, { csv, ids, answers, port: 8192 });
  if (race.rows !== purchases) throw new Error(`DuckDB loaded ${race.rows} purchases, Karibu ${purchases}`);
  const spread = (ms) => [...ms].sort((x, y) => x - y);
  const median = (sorted) => sorted[Math.floor(sorted.length / 2)];
  for (const a of race.analytics) {
    const ours = spread(a.karibu.warm);
    const theirs = spread(a.duck.warm);
    row(`analytics: ${a.name}, warm, median of ${ours.length} (Karibu ${round(ours[0])}-${round(ours.at(-1))})`, median(ours), "ms",
      { name: `DuckDB-WASM SQL, integer key, result kept inside, median of ${theirs.length} (${round(theirs[0])}-${round(theirs.at(-1))})`, value: median(theirs), lowerIsBetter: true }, purchases);
    row(`analytics: ${a.name}, from storage to answer (Karibu: read ${ownBytes.purchase_chunks.records} chunks, decode, intern ids, compute)`, a.karibu.cold, "ms",
      { name: "DuckDB-WASM: parse the CSV text into a table, then the first query", value: a.duck.cold, lowerIsBetter: true }, purchases);
  }
  row("DOM rows in the list", await page.locator(".virtual-row").count(), "rows");

  // 3. Search.
  const search = await measureSearch(page, queries);
  row(`search keystroke, input to DOM updated, median (${search.dom.length} keystrokes)`, percentile(search.dom, 50), "ms");
  row("search keystroke, input to DOM updated, p95", percentile(search.dom, 95), "ms");
  row("search keystroke, input to next frame, median", percentile(search.frame, 50), "ms");
  row("search keystroke, input to next frame, p95", percentile(search.frame, 95), "ms");
  row("search: directory query alone, p95", percentile(search.query, 95), "ms");

  // The same keystrokes with the CPU slowed 4x.
  const slow = await throttled(page, 4, () => measureSearch(page, queries.slice(0, 20)));
  row(`search under 4x CPU throttling, input to DOM updated, median (${slow.dom.length} keystrokes)`, percentile(slow.dom, 50), "ms");
  row("search under 4x CPU throttling, input to DOM updated, p95", percentile(slow.dom, 95), "ms");
  row("search under 4x CPU throttling, input to next frame, p95", percentile(slow.frame, 95), "ms");

  // Beside a JS search library on the same customers (from Karibu's own CSV export).
  try {
    await page.getByRole("searchbox", { name: "Search customers" }).fill("");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 600_000 }),
      page.locator("summary", { hasText: "Export…" }).click().then(() => page.getByRole("button", { name: "Export shown (CSV)" }).click()),
    ]);
    const docs = documents(await readFile(await download.path(), "utf8"));
    if (docs.length !== customers) throw new Error(`the export held ${docs.length} customers, not ${customers}`);
    const mini = await measureMiniSearch(page, docs, queries);
    const peer = (value) => ({ name: "MiniSearch 7 (prefix, fuzzy 0.2, all words), same queries", value, lowerIsBetter: true });
    row("search: query per keystroke alone, median", percentile(search.query, 50), "ms", peer(percentile(mini.times, 50)));
    row("search: query per keystroke alone, p95", percentile(search.query, 95), "ms", peer(percentile(mini.times, 95)));
    row("search: building the index", indexMs, "ms", peer(mini.indexMs));
  } catch (e) {
    console.warn("MiniSearch comparison did not finish:", String(e).split("\n")[0]);
  }

  // A day at the counter: the settings page's demo button rings up a day's sales one
  // at a time through the counter's path (each sale and its points one transaction).
  const { dayMs, daySales } = await appendDay(page);
  row(`append a day of sales: ${daySales} sales, one at a time, each with its points`, dayMs, "ms", null, purchases);
  row("append a day of sales: per sale", dayMs / daySales, "ms", null, purchases);

  // The programme's figures read every customer's ledger (a page at a time).
  await page.getByRole("link", { name: "Loyalty", exact: true }).click();
  await page.locator(".figures").waitFor({ timeout: 300_000 });
  const statsMs = sum(await entries(page, "karibu:loyalty-stats"));
  row(`loyalty figures: read and total ${stored.ledgers} customers' ledgers`, statsMs, "ms", null, purchases);

  // 4. The same book with the app lock on: the conversion, then the cold load (typing
  //    the passphrase left out), analytics and a day at the counter, beside the figures
  //    above taken without the lock.
  const locked = await measureLocked(page);
  row(`app lock: turn on, encrypt the whole book (${customers} customers, ${purchases} purchases)`, locked.convertMs, "ms", null, purchases);
  row("app lock: Argon2id key derivation at unlock (64 MiB, t=3)", locked.deriveMs, "ms");
  // Here the ratio printed is locked / unlocked (the bound is 1.3).
  const vsUnlocked = (name, value) => ({ name, value, lowerIsBetter: true, ratio: "locked/unlocked" });
  row("locked cold load: first customer row drawn (typing left out)", locked.firstRow, "ms", vsUnlocked("the same book unlocked", firstRow));
  // The same, less the passphrase check itself (Argon2id, above): what the lock's
  // encryption costs the load.
  row("locked cold load: first customer row drawn, Argon2id left out too", locked.firstRow - locked.deriveMs, "ms", vsUnlocked("the same book unlocked", firstRow));
  row("locked cold load: read every customer (read, open, decode, index)", locked.loadMs, "ms", vsUnlocked("the same book unlocked", loadMs));
  row("locked cold load: analytics ready (typing left out)", locked.analyticsReady, "ms", vsUnlocked("the same book unlocked", analyticsReady), purchases);
  row("locked: append a day of sales, per sale", locked.perSale, "ms", vsUnlocked("the same book unlocked", dayMs / daySales), purchases);
  const lockedSearch = await measureSearch(page, queries);
  row("locked: search keystroke, input to DOM updated, median", percentile(lockedSearch.dom, 50), "ms", vsUnlocked("the same book unlocked", percentile(search.dom, 50)));

  // Insights (RFM, both models fitted twice for the holdout check, the at-risk list)
  // from the sales in memory, with the longest main-thread task while they compute.
  try {
    const insights = await measureInsights(page);
    row("insights: RFM, BG/NBD + Gamma-Gamma fits, holdout check, at-risk list", insights.ms, "ms", null, purchases);
    row("insights: longest main-thread task while computing", insights.longestTask, "ms", null, purchases);
  } catch (e) {
    console.warn("insights did not finish:", String(e).split("\n")[0]);
  }

  // The dashboard after the book is loaded: the period's figures from the sales in
  // memory, then feedback read from every timeline and points owed from every ledger.
  try {
    const dash = await measureDashboard(page);
    row("dashboard: the period's figures, charts and cohorts (last 30 days)", dash.ms, "ms", null, purchases);
    row("dashboard: from the click to the figures drawn", dash.shownMs, "ms", null, purchases);
    row("dashboard: satisfaction read from every timeline", dash.feedbackMs, "ms", null, customers);
    row("dashboard: twelve months, counted again", dash.yearMs, "ms", null, purchases);
    row("dashboard: longest main-thread task", dash.longestTask, "ms", null, purchases);
  } catch (e) {
    console.warn("the dashboard did not finish:", String(e).split("\n")[0]);
  }

  try {
    const seg = await measureSegments(page);
    const median = seg.times[Math.floor(seg.times.length / 2)];
    row(`segment builder: live count per edit, median of ${seg.times.length} edits`, median, "ms", null, purchases);
    row("segment builder: live count per edit, slowest (a new window: one pass over every purchase)", seg.times.at(-1), "ms", null, purchases);
    row("segment builder: longest main-thread task while editing", seg.longest, "ms", null, purchases);
  } catch (e) {
    console.warn("segments did not finish:", String(e).split("\n")[0]);
  }

  // The whole book backed up into one file and restored from it, through Settings.
  // Last, and allowed to fail: a restore that does not finish is reported, not hidden.
  try {
    const backup = await measureBackup(page);
    row("backup: write the whole book into one file (no passphrase)", backup.writeMs, "ms", null, purchases);
    row("backup: file size", backup.bytes / 1048576, "MiB", null, purchases);
    row("restore: check the file whole, replace the book, reread it", backup.restoreMs, "ms", null, purchases);
  } catch (e) {
    console.warn("backup or restore did not finish:", String(e).split("\n")[0]);
    row("restore: did not finish within the wait", null, "ms", null, purchases);
  }

  // 5. Bundle.
  for (const name of await readdir(DIST)) {
    const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") && name.startsWith("karibu") ? "js" : null;
    if (!kind) continue;
    const bytes = await readFile(join(DIST, name));
    row(`bundle: ${kind} raw`, bytes.length / 1024, "KiB");
    row(`bundle: ${kind} gzip`, gzipSync(bytes, { level: 9 }).length / 1024, "KiB");
  }
  if (errors.length) console.warn("page errors:", errors);
} finally {
  await context.close();
  await server.close();
}

/// The browser started again on the profile, its page's errors kept with the earlier ones.
async function launchAgain() {
  const launched = await launch({ ...browserOptions, profile });
  launched.errors.unshift(...errors);
  errors = launched.errors;
  return launched;
}

/// Notes, on the page's own clock (ms since navigation start), when the first customer
/// row appears.
function watchFirstRow(context) {
  return context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(".virtual-row a")) {
        window.__firstRow = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
}

/// A day at the counter through the settings page's demo button; the time the app
/// measured for it (this page load's only such measure) and how many sales it rang up.
async function appendDay(page) {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("button", { name: "Add a day of demo sales" }).click();
  const added = page.getByText(/^[\d,]+ demo sales? added$/);
  await added.waitFor({ timeout: 600_000 });
  // ("0 demo sales added" shows while it runs: the measure marks the end.)
  await page.waitForFunction(() => performance.getEntriesByName("karibu:append-day").length > 0, null, { timeout: 600_000 });
  const dayMs = sum(await entries(page, "karibu:append-day"));
  const daySales = Number((await added.innerText()).split(" ")[0].replaceAll(",", ""));
  return { dayMs, daySales };
}

/// Opens Insights and waits for it; the figures are the app's own measure and the
/// longest task the browser saw meanwhile.
async function measureInsights(page) {
  await page.evaluate(() => {
    window.__longTasks = [0];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask" });
  });
  await page.getByRole("link", { name: "Insights", exact: true }).click();
  await page.getByRole("heading", { name: "How recently and how often" }).waitFor({ timeout: 600_000 });
  return {
    ms: sum(await entries(page, "karibu:insights")),
    longestTask: await page.evaluate(() => Math.max(...window.__longTasks)),
  };
}

/// Opens the dashboard, waits for its figures and its feedback, then asks for twelve
/// months; the figures are the app's own measures and the longest task meanwhile.
async function measureDashboard(page) {
  await page.evaluate(() => {
    window.__longTasks = [0];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await page.locator(".kpi .value").first().waitFor({ timeout: 600_000 });
  const shownMs = Date.now() - started;
  await page.locator(".kpi", { hasText: "Satisfaction (1 to 5)" }).locator(".note").waitFor({ timeout: 600_000 });
  const first = await entries(page, "karibu:dashboard");
  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Last 12 months" });
  await page.waitForFunction((n) => performance.getEntriesByName("karibu:dashboard").length > n, first.length, { timeout: 600_000 });
  const all = await entries(page, "karibu:dashboard");
  return {
    ms: first[0],
    shownMs,
    feedbackMs: (await entries(page, "karibu:dashboard-satisfaction"))[0],
    yearMs: all.at(-1),
    longestTask: await page.evaluate(() => Math.max(...window.__longTasks)),
  };
}

/// Downloads a backup through Settings, restores it, and checks the book still holds
/// every customer. The times are the app's own measures.
async function measureBackup(page) {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  // The book is locked by now, which ticks this by default; the figure is the plain one.
  await page.getByLabel("Protect the backup with a passphrase").uncheck();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 900_000 }),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  const file = join(await mkdtemp(join(tmpdir(), "karibu-bench-")), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = (await stat(file)).size;
  const writeMs = sum(await entries(page, "karibu:backup"));
  await page.getByLabel("Backup file").setInputFiles(file);
  page.once("dialog", (dialog) => dialog.accept());
  // (Not waiting on the click: the confirm dialog holds it while a large file is read.)
  await page.getByRole("button", { name: "Restore this backup" }).click({ noWaitAfter: true });
  await page.getByText("The backup is restored.").waitFor({ timeout: 300_000 });
  const restoreMs = sum(await entries(page, "karibu:restore"));
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText(`${customers.toLocaleString("en-GB")} customers`).waitFor({ timeout: 300_000 });
  await rm(file);
  return { writeMs, bytes, restoreMs };
}

/// Turns the lock on through Settings, reloads, unlocks, and takes the figures the
/// unlocked run took. Times are on the page's clock; the wait at the unlock screen (a
/// person typing) is subtracted.
async function measureLocked(page) {
  const passphrase = "benchmark passphrase";
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByLabel("New passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("New passphrase again").fill(passphrase);
  await page.getByLabel("I understand that a forgotten passphrase cannot be recovered").check();
  await page.getByRole("button", { name: "Turn on the lock" }).click();
  await page.getByText("The lock is on. The customer book is encrypted.").waitFor({ timeout: 1_800_000 });
  const convertMs = sum(await entries(page, "karibu:lock-convert"));

  await page.goto(`${server.url}/?bench=1`);
  await page.getByRole("heading", { name: "Karibu is locked" }).waitFor({ timeout: 120_000 });
  const shown = await page.evaluate(() => performance.now());
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByRole("link", { name: "Settings", exact: true }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName("karibu:analytics-ready").length > 0, null, { timeout: 300_000 });
  const marks = await page.evaluate(() => ({
    unlock: performance.getEntriesByName("karibu:unlock-start")[0].startTime,
    firstRow: window.__firstRow ?? null,
    analytics: performance.getEntriesByName("karibu:analytics-ready")[0].startTime,
  }));
  const typing = marks.unlock - shown;
  // The page kept /settings: the first row is drawn when the list is opened.
  let firstRow = marks.firstRow === null ? null : marks.firstRow - typing;
  if (firstRow === null) {
    await page.getByRole("link", { name: "Customers", exact: true }).click();
    await page.getByRole("list", { name: "Customer list" }).getByRole("link").first().waitFor();
  }
  const deriveMs = sum(await entries(page, "karibu:unlock-derive"));
  const loadMs = sum(await entries(page, "karibu:load-customers"));
  const { dayMs, daySales } = await appendDay(page);
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  return { convertMs, deriveMs, firstRow, loadMs, analyticsReady: marks.analytics - typing, perSale: dayMs / daySales };
}

const width = Math.max(...results.map((r) => r.metric.length));
console.log(`\nKaribu benchmark: ${customers} customers, ${customers * 10} purchases${quick ? " (quick)" : ""}\n`);
for (const r of results) {
  const ratio = r.ratio ? `${r.ratio.name} ${r.ratio.value}x` : `Karibu ${r.speedup}x`;
  const peer = r.baseline ? `   vs ${r.baseline}: ${r.baseline_value} (${ratio})` : "";
  console.log(`${r.metric.padEnd(width)}  ${String(r.karibu).padStart(9)} ${r.unit}${peer}`);
}
await mkdir("target/bench", { recursive: true });
await writeFile("target/bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwritten: target/bench/results.json");
