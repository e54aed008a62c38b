// Erasure timed at scale: the busiest of the sampled customers erased from a demo book
// of N customers (10 purchases each; default 100,000 and 1,000,000), printing each
// step (karibu:erase, -remove, -scan), the longest main-thread tasks and the progress
// shown. Asserts nothing about speed. Run from tests/: node bench/erase.mjs [N]
import { openDemoBook } from "./demo-book.mjs";
const n = Number(process.argv[2] ?? 100000);
const { server, page, close } = await openDemoBook(8199, n);
const sample = await page.evaluate(() => JSON.parse(performance.getEntriesByName("karibu:answers").at(-1).detail).sample);
sample.sort((a, b) => b[1] - a[1]);
const [id, purchases] = sample[0];
console.log("erasing", id, "with", purchases, "purchases (busiest of", sample.length, "sampled)");
await page.goto(`${server.url}/customers/${id}/erase`);
await page.getByRole("button", { name: "Erase for good" }).waitFor({ timeout: 600000 });
await page.waitForFunction(() => !document.querySelector(".erase-page button.danger")?.disabled, null, { timeout: 600000 });
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: "longtask" });
  window.__progress = [];
  setInterval(() => { const s = document.querySelector(".erase-page p.loading")?.textContent; if (s && window.__progress.at(-1) !== s) window.__progress.push(s); }, 100);
});
page.once("dialog", (d) => d.accept());
const start = Date.now();
await page.getByRole("button", { name: "Erase for good" }).click();
await page.getByRole("heading", { level: 1, name: "Erased" }).waitFor({ timeout: 600000 });
console.log("erased in", (Date.now() - start) / 1000, "s wall");
console.log(await page.locator(".verdict").innerText());
const out = await page.evaluate(() => ({
  measures: ["karibu:erase", "karibu:erase-remove", "karibu:erase-scan"].map((m) => [m, performance.getEntriesByName(m).at(-1)?.duration]),
  long: window.__long.sort((a, b) => b[1] - a[1]).slice(0, 8),
  count: window.__long.length,
  progress: window.__progress,
}));
console.log(JSON.stringify(out, null, 1));
await close();
