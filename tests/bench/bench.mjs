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
  const loadStart = Date.now();
  await page.goto(`${server.url}/`);
  await page.getByRole("list", { name: "Customer list" }).getByRole("link").first().waitFor({ timeout: 120_000 });
  const firstRowMs = Date.now() - loadStart;
  const marks = await page.evaluate(() => ({
    ready: performance.getEntriesByName("karibu:list-ready")[0]?.startTime,
    wasm: performance.getEntriesByName("karibu:wasm-memory")[0]?.detail,
  }));
  row("cold load: reload to first customer row", firstRowMs, "ms");
  row("cold load: navigation start to directory ready (app mark)", Math.round(marks.ready), "ms");
  const domRows = await page.locator(".virtual-row").count();
  row("DOM rows in the list", domRows, "rows");

  // 3. Search: type each query a key at a time; the app measures input event -> DOM updated.
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await page.evaluate(() => performance.clearMeasures("karibu:search"));
  for (const q of queries) {
    await search.fill("");
    await search.pressSequentially(q, { delay: 25 });
  }
  await page.waitForTimeout(100);
  const latencies = (await page.evaluate(() => performance.getEntriesByName("karibu:search").map((m) => m.duration)))
    .sort((a, b) => a - b);
  row(`search keystroke latency, median (${latencies.length} keystrokes, ${queries.length} queries)`, +percentile(latencies, 50).toFixed(2), "ms");
  row("search keystroke latency, p95", +percentile(latencies, 95).toFixed(2), "ms");
  row("search keystroke latency, max", +latencies[latencies.length - 1].toFixed(2), "ms");

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
