// Times an import through the page at full size: a CSV of N customers (default
// 100,000) chosen, checked (parse, every row validated, matched against the book) and
// imported (batches of 1,000 written to IndexedDB), each from click to its result.
// Prints figures; asserts nothing. `node tests/bench/import.mjs [rows]` after a build.
import { startServer, launch } from "../e2e/support.mjs";

const rows = Number(process.argv[2] || 100_000);
let text = "Name,Phone,Email,Birthday,Tags\n";
for (let i = 0; i < rows; i++) {
  text += `Person ${i} Family${i % 997},+2547${String(i).padStart(8, "0")},p${i}@example.org,${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10},tag${i % 20}\n`;
}
const server = await startServer(8310);
const browser = await launch();
const page = browser.page;
await page.goto(server.url + "/import");
await page.getByRole("heading", { level: 1, name: "Import customers" }).waitFor();
let t = performance.now();
await page.getByLabel("File to import (CSV or vCard)").setInputFiles({ name: "bench.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
await page.getByRole("heading", { name: "Columns" }).waitFor({ timeout: 300_000 });
const read = performance.now() - t;
t = performance.now();
await page.getByRole("button", { name: "Check the rows" }).click();
await page.getByRole("heading", { name: "Before importing" }).waitFor({ timeout: 300_000 });
const check = performance.now() - t;
t = performance.now();
await page.getByRole("button", { name: "Import", exact: true }).click();
await page.getByRole("status").filter({ hasText: "Import finished" }).waitFor({ timeout: 900_000 });
const write = performance.now() - t;
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s (${Math.round(rows / (ms / 1000)).toLocaleString("en-GB")} rows/s)`;
console.log(`import of ${rows.toLocaleString("en-GB")} customers (${(text.length / 1048576).toFixed(1)} MiB CSV)`);
console.log(`  read file (decode + parse):          ${fmt(read)}`);
console.log(`  check rows (validate + match book):  ${fmt(check)}`);
console.log(`  store (IndexedDB, 1,000 per batch):  ${fmt(write)}`);
console.log(`  JS heap after: ${(heap / 1048576).toFixed(0)} MiB`);
await browser.context.close();
await server.close();
