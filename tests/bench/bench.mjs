// Karibu's benchmark: prints figures, asserts nothing about speed.
//   node tests/bench/bench.mjs            100,000 customers
//   node tests/bench/bench.mjs --quick    2,000 customers, fewer queries (CI keeps it runnable)
// Writes target/bench/results.json as rows {metric, karibu, baseline, baseline_value,
// unit, speedup}; rows without a peer leave the baseline fields null.
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { startServer, launch, DIST } from "../e2e/support.mjs";
import { QUERIES } from "./queries.mjs";

const quick = process.argv.includes("--quick");
const customers = quick ? 2_000 : Number(process.env.KARIBU_BENCH_CUSTOMERS || 100_000);
const queries = quick ? QUERIES.slice(0, 10) : QUERIES;
const rows = [];
const row = (metric, karibu, unit) => rows.push({ metric, karibu, baseline: null, baseline_value: null, unit, speedup: null });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const countText = (n) => `${n.toLocaleString("en-US").replace(/,/g, "")} customers`;

const server = await startServer(8191);
const { context, page, errors } = await launch();
try {
  // 1. Bulk write: the demo loader is the bulk path (batches of 5,000, one transaction each).
  const writeStart = Date.now();
  await page.goto(`${server.url}/?demo=${customers}&seed=1`);
  await page.getByText(countText(customers), { exact: true }).waitFor({ timeout: 600_000 });
  const writeMs = Date.now() - writeStart;
  row("bulk write: demo customers with timelines", Math.round(customers / (writeMs / 1000)), "customers/s");

  // 2. Cold load: reload with the book stored; time until the first row is on screen.
  await page.evaluate(() => navigator.serviceWorker.ready);
  // An init script notes when the first customer row appears, on the page's own clock
  // (milliseconds since navigation started).
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(".virtual-row a")) {
        window.__firstRow = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const loadStart = Date.now();
  await page.goto(`${server.url}/`);
  await page.getByRole("list", { name: "Customer list" }).getByRole("link").first().waitFor({ timeout: 120_000 });
  const firstRowMs = Date.now() - loadStart;
  const marks = await page.evaluate(() => ({
    ready: performance.getEntriesByName("karibu:list-ready")[0]?.startTime,
    wasm: performance.getEntriesByName("karibu:wasm-memory")[0]?.detail,
  }));
  const firstRowPage = await page.evaluate(() => window.__firstRow);
  row("cold load: navigation start to first customer row drawn", Math.round(firstRowPage), "ms");
  row("cold load: reload to first row visible (seen by the test driver)", firstRowMs, "ms");
  row("cold load: navigation start to directory ready (app mark)", Math.round(marks.ready), "ms");
  const loadParts = await page.evaluate(() => {
    const sum = (name) => performance.getEntriesByName(name).reduce((t, m) => t + m.duration, 0);
    return { index: sum("karibu:index-page"), rank: sum("karibu:rank") };
  });
  row("cold load: of which indexing customers into the directory", Math.round(loadParts.index), "ms");
  row("cold load: of which sorting the directory by name", Math.round(loadParts.rank), "ms");
  const domRows = await page.locator(".virtual-row").count();
  row("DOM rows in the list", domRows, "rows");

  // 3. Search: type each query a key at a time. Per keystroke, two figures:
  //    - input to DOM updated: from the input event to the last DOM change it caused
  //      (a MutationObserver sees each change), i.e. the work the keystroke costs;
  //    - input to next frame: until the frame after it has been produced, which also
  //      waits for the display's next refresh (what a person sees, like INP).
  //    The app also measures its directory query alone ("karibu:query").
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await page.evaluate(() => {
    performance.clearMeasures("karibu:query");
    const log = (window.__keystrokes = []);
    let current = null;
    new MutationObserver(() => {
      if (current) current.lastChange = performance.now();
    }).observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true, attributes: true });
    document.querySelector("#search").addEventListener("input", (e) => {
      const stroke = (current = { start: e.timeStamp, lastChange: null });
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          log.push({ dom: (stroke.lastChange ?? stroke.start) - stroke.start, frame: performance.now() - stroke.start });
        };
        ch.port2.postMessage(0);
      });
    }, true);
  });
  for (const q of queries) {
    await search.fill("");
    await search.pressSequentially(q, { delay: 25 });
  }
  await page.waitForTimeout(200);
  const strokes = await page.evaluate(() => window.__keystrokes);
  const dom = strokes.map((s) => s.dom).sort((a, b) => a - b);
  const frame = strokes.map((s) => s.frame).sort((a, b) => a - b);
  const query = (await page.evaluate(() => performance.getEntriesByName("karibu:query").map((m) => m.duration)))
    .sort((a, b) => a - b);
  const ms = (v) => +v.toFixed(2);
  row(`search keystroke, input to DOM updated, median (${dom.length} keystrokes, ${queries.length} queries)`, ms(percentile(dom, 50)), "ms");
  row("search keystroke, input to DOM updated, p95", ms(percentile(dom, 95)), "ms");
  row("search keystroke, input to next frame, median", ms(percentile(frame, 50)), "ms");
  row("search keystroke, input to next frame, p95", ms(percentile(frame, 95)), "ms");
  row("search: directory query alone, median", ms(percentile(query, 50)), "ms");
  row("search: directory query alone, p95", ms(percentile(query, 95)), "ms");

  // 4. Memory after load.
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  row("memory: JS heap used", heap && +(heap / 2 ** 20).toFixed(1), "MiB");
  row("memory: wasm linear memory", marks.wasm && +(marks.wasm / 2 ** 20).toFixed(1), "MiB");

  // 5. Bundle.
  for (const name of await readdir(DIST)) {
    const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") && name.startsWith("karibu") ? "js" : null;
    if (!kind) continue;
    const bytes = await readFile(join(DIST, name));
    row(`bundle: ${kind} raw`, +(bytes.length / 1024).toFixed(1), "KiB");
    row(`bundle: ${kind} gzip`, +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1), "KiB");
  }
  if (errors.length) console.warn("page errors:", errors);
} finally {
  await context.close();
  await server.close();
}

const width = Math.max(...rows.map((r) => r.metric.length));
console.log(`\nKaribu benchmark: ${customers.toLocaleString("en-US")} customers${quick ? " (quick)" : ""}\n`);
for (const r of rows) console.log(`${r.metric.padEnd(width)}  ${String(r.karibu).padStart(10)} ${r.unit}`);
await mkdir("target/bench", { recursive: true });
await writeFile("target/bench/results.json", JSON.stringify({ rows: customers, results: rows }, null, 2));
console.log("\nwritten: target/bench/results.json");
