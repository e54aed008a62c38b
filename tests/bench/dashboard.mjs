// The dashboard timed at scale: a demo book of N customers (10 purchases each; default
// 100,000 and 1,000,000) loaded, then the dashboard opened as an owner would. Prints the
// app's own measures (karibu:dashboard for the period's figures, -satisfaction for the
// feedback read from every timeline), the time from the click to the figures drawn, a
// second period, and the longest main-thread tasks. Asserts nothing about speed.
// Run from tests/: node bench/dashboard.mjs [N]
import { openDemoBook } from "./demo-book.mjs";

const n = Number(process.argv[2] ?? 100000);
const { page, close } = await openDemoBook(8198, n);
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: "longtask" });
});
const measures = (name) => page.evaluate((m) => performance.getEntriesByName(m).map((e) => Math.round(e.duration)), name);
const clicked = Date.now();
await page.getByRole("link", { name: "Dashboard", exact: true }).click();
await page.locator(".kpi .value").first().waitFor({ timeout: 600_000 });
const shown = Date.now() - clicked;
await page.locator(".kpi", { hasText: "Satisfaction (1 to 5)" }).locator(".note").waitFor({ timeout: 600_000 });
const feedback = Date.now() - clicked;
await page.getByRole("table", { name: "Customers by segment" }).waitFor({ timeout: 600_000 });
const models = Date.now() - clicked;
const before = (await measures("karibu:dashboard")).length;
await page.getByLabel("Period", { exact: true }).selectOption({ label: "Last 12 months" });
await page.waitForFunction((k) => performance.getEntriesByName("karibu:dashboard").length > k, before, { timeout: 600_000 });
console.log(JSON.stringify({
  customers: n,
  "karibu:dashboard (ms, each run)": await measures("karibu:dashboard"),
  "karibu:dashboard-satisfaction (ms)": await measures("karibu:dashboard-satisfaction"),
  "click to figures drawn (ms)": shown,
  "click to feedback shown (ms)": feedback,
  "click to segments shown (ms, insights worked out if not yet)": models,
  "longest tasks (ms)": (await page.evaluate(() => window.__long)).sort((a, b) => b - a).slice(0, 8),
}, null, 1));
await close();
