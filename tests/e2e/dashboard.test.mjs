// The dashboard, used as an owner would, by accessible names, on demo data: the period's
// figures against the one before, a walk-in sale at the counter showing up in them, a
// longer period with its chart table and the cohort heatmap, the slower figures
// (feedback, points owed, lifetime value and segments) arriving; axe clean, nothing
// fetched from elsewhere.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8206);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069\u00a0]/g, " ").replace(/\s+/g, " ").trim();
const escaped = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const card = (name) => page.locator(".kpi").filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${escaped(name)}$`) }) });
const value = async (name) => clean(await card(name).locator(".value").innerText());
const amountOf = (text) => Number(text.replace(/[^\d.]/g, ""));

test("the dashboard shows the period against the one before, and a sale counts at once", async () => {
  await page.goto(`${server.url}/?demo=400&seed=5`);
  await page.getByText("400 customers", { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "How the shop is doing" }).waitFor();
  assert.equal(await page.getByLabel("Period", { exact: true }).inputValue(), "1", "the last 30 days at first");
  await card("Customers").waitFor({ timeout: 60_000 });
  assert.equal(await value("Customers"), "400");
  assert.match(clean(await page.locator(".dashboard-span").innerText()), /^\w+ \d+, \d{4} to \w+ \d+, \d{4}, compared with \w+ \d+, \d{4} to \w+ \d+, \d{4}\.$/);
  // Every figure says how it compares with the period before.
  for (const name of ["Customers who bought", "Average sale", "Came back (retention)"]) {
    assert.match(clean(await card(name).locator(".change").innerText()), /^(Up from|Down from|The same as|Nothing to compare)/, name);
  }

  const walkInsBefore = amountOf(await value("Walk-in sales"));
  await page.getByRole("link", { name: "Counter" }).click();
  await page.getByRole("button", { name: "Walk-in sale (no customer)" }).click();
  const amount = page.getByLabel("Amount (KES)");
  await amount.fill("123");
  await amount.press("Enter");
  await page.getByText(/Sale of \W*KES\s123\.00\W* recorded/).waitFor();
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await card("Walk-in sales").waitFor();
  await page.waitForFunction(
    (before) => {
      const dd = [...document.querySelectorAll(".kpi")].find((k) => k.querySelector("dt")?.textContent === "Walk-in sales");
      return dd && Number(dd.querySelector(".value").textContent.replace(/[^\d.]/g, "")) === before + 123;
    },
    walkInsBefore,
    { timeout: 30_000 },
  );

  // The slower figures arrive: feedback, points owed, lifetime value and segments.
  await card("Satisfaction (1 to 5)").locator(".note").waitFor({ timeout: 60_000 });
  assert.match(clean(await card("Satisfaction (1 to 5)").locator(".note").innerText()), /^Average score, (one response|\d+ responses)\.$/);
  assert.match(await value("Points owed"), /^[\d,]+$/);
  await page.getByRole("table", { name: "Members by tier" }).waitFor({ timeout: 60_000 });
  await page.getByRole("table", { name: "Customers by segment" }).waitFor({ timeout: 120_000 });
  assert.match(clean(await page.locator(".average-value").innerText()), /^Average lifetime value: /);
  await assertAccessible(page, "the dashboard");
});

test("a longer period shows its months as a table and the cohorts as a heatmap", async () => {
  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Last 12 months" });
  await page.getByText("Show as a table").click();
  const steps = page.getByRole("table", { name: "Sales, visits and customers over the period" });
  await steps.waitFor();
  assert.equal(await steps.getByRole("row").count(), 1 + 12, "a header and twelve months");
  const [takings, visits] = await Promise.all([
    steps.locator("tbody tr td:nth-child(2)").allInnerTexts(),
    steps.locator("tbody tr td:nth-child(3)").allInnerTexts(),
  ]);
  assert.ok(amountOf(takings.at(-1)) >= 123, "this month holds the walk-in sale");
  assert.ok(visits.some((v) => amountOf(v) > 0));

  const cohorts = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "First purchase" }) });
  assert.equal(await cohorts.getByRole("row").count(), 1 + 12, "a header and a row per month");
  assert.equal(await cohorts.getByRole("columnheader", { name: "1 month later" }).count(), 1);
  assert.equal(await cohorts.getByRole("columnheader", { name: "11 months later" }).count(), 1);
  // The oldest cohort can be followed for eleven months, the newest for none.
  const shaded = cohorts.locator("tbody td[class^=heat-]");
  assert.ok((await shaded.count()) > 0, "some customers came back");
  assert.match(clean(await shaded.first().innerText()), /^\d+(\.\d)?%$/);
  assert.equal(await cohorts.locator("tbody tr").last().locator("td.none").count(), 11);
  await assertAccessible(page, "the dashboard over twelve months");
  assert.deepEqual(browser.foreign, [], "nothing fetched from elsewhere");
  assert.deepEqual(browser.errors, []);
});
