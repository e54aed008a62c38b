// Times imports through the page at full size: a CSV of N customers (default
// 100,000), then a CSV of their purchases (ten each, so a million by default, named by
// email, with walk-ins among them), each chosen, checked (parse, every row validated
// and matched against the book) and imported (customers 1,000 per batch, purchases
// 5,000), each step from click to its result; with the longest main-thread task of
// each step and the renderer's peak memory. Prints figures; asserts nothing.
// `node tests/bench/import.mjs [customers] [purchases-per-customer]` after a build.
import { readFileSync, readdirSync } from "node:fs";
import { startServer, launch } from "../e2e/support.mjs";

const rows = Number(process.argv[2] || 100_000);
const perCustomer = Number(process.argv[3] || 10);

let customers = "Name,Phone,Email,Birthday,Tags\n";
for (let i = 0; i < rows; i++) {
  customers += `Person ${i} Family${i % 997},+2547${String(i).padStart(8, "0")},p${i}@example.org,${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10},tag${i % 20}\n`;
}
const day = 86_400_000;
const start = Date.now() - 730 * day;
const sales = [];
sales.push("Date,Customer,Amount,Category\n");
for (let n = 0; n < rows * perCustomer; n++) {
  const who = n % 10 === 9 ? "" : `p${(n * 7919) % rows}@example.org`;
  const at = new Date(start + Math.floor((n / (rows * perCustomer)) * 729 * day)).toISOString().slice(0, 16).replace("T", " ");
  sales.push(`${at},${who},${(50 + (n % 2950)).toFixed(2)},${n % 3 === 0 ? "Coffee" : ""}\n`);
}
const purchases = sales.join("");

// Peak resident memory of this browser's renderers (Linux VmHWM), in MiB: the
// renderers descend from the browser process started on `profile`.
function rendererPeakMiB(profile) {
  const procs = new Map();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const ppid = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1];
      procs.set(pid, { cmd, ppid });
    } catch {}
  }
  const ours = (pid) => {
    for (let p = pid, hops = 0; p && procs.has(p) && hops < 10; p = procs.get(p).ppid, hops++) {
      if (procs.get(p).cmd.includes(profile)) return true;
    }
    return false;
  };
  let peak = 0;
  for (const [pid, { cmd }] of procs) {
    if (!cmd.includes("--type=renderer") || !ours(pid)) continue;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {}
  }
  return peak;
}

const server = await startServer(8310);
const browser = await launch();
const page = browser.page;
const watchTasks = () =>
  page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: "longtask" });
  });
const longest = async () => Math.round(await page.evaluate(() => Math.max(0, ...window.__long.splice(0))));
const fmt = (ms, n) => `${(ms / 1000).toFixed(2)} s (${Math.round(n / (ms / 1000)).toLocaleString("en-GB")} rows/s)`;

async function importFile(path, heading, label, name, text, n, what) {
  await page.goto(server.url + path);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await watchTasks();
  let t = performance.now();
  await page.getByLabel(label).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("heading", { name: "Columns" }).waitFor({ timeout: 600_000 });
  const read = performance.now() - t;
  const readTask = await longest();
  if (path.endsWith("purchases")) await page.getByLabel("Country for phone numbers without +").selectOption("KE");
  t = performance.now();
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "Before importing" }).waitFor({ timeout: 600_000 });
  const check = performance.now() - t;
  const checkTask = await longest();
  t = performance.now();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Import finished" }).waitFor({ timeout: 1_800_000 });
  const write = performance.now() - t;
  const writeTask = await longest();
  console.log(`import of ${n.toLocaleString("en-GB")} ${what} (${(text.length / 1048576).toFixed(1)} MiB CSV)`);
  console.log(`  read file (fingerprint, decode, parse): ${fmt(read, n)}, longest task ${readTask} ms`);
  console.log(`  check rows (validate, match the book):  ${fmt(check, n)}, longest task ${checkTask} ms`);
  console.log(`  store (IndexedDB):                      ${fmt(write, n)}, longest task ${writeTask} ms`);
}

await importFile("/import", "Import customers", "File to import (CSV or vCard)", "customers.csv", customers, rows, "customers");
await importFile("/import/purchases", "Import purchases", "File to import (CSV)", "purchases.csv", purchases, rows * perCustomer, "purchases");
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
console.log(`  JS heap after: ${(heap / 1048576).toFixed(0)} MiB; renderer peak memory (VmHWM): ${rendererPeakMiB(browser.profile).toFixed(0)} MiB`);
await browser.context.close();
await server.close();
